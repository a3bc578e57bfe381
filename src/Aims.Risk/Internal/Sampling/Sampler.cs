using System.Runtime.CompilerServices;

namespace Aims.Risk.Internal;

/// <summary>A compiled, always-valid sampler for one estimate. A switch on a small kind is cheaper than a virtual call here.</summary>
internal readonly struct Sampler
{
    private readonly EstimateKind _kind;
    private readonly double _a;
    private readonly double _b;
    private readonly double _c;
    private readonly double _d;
    private readonly double _e;
    private readonly double _f;
    private readonly BetaTable? _beta;

    private Sampler(EstimateKind kind, double a = 0, double b = 0, double c = 0, double d = 0, double e = 0, double f = 0, BetaTable? beta = null)
    {
        _kind = kind;
        (_a, _b, _c, _d, _e, _f) = (a, b, c, d, e, f);
        _beta = beta;
    }

    public static Sampler Constant(double value) => new(EstimateKind.Constant, value);

    /// <summary>Compiles an estimate; Beta tables are shared through <paramref name="tables"/> when given (one per shape).</summary>
    public static Sampler From(Estimate estimate, BetaTables? tables = null)
    {
        var (p1, p2, p3) = (estimate.Parameter1, estimate.Parameter2, estimate.Parameter3);
        switch (estimate.Kind)
        {
            case EstimateKind.Constant:
                return Constant(p1);
            case EstimateKind.Uniform:
                return new(EstimateKind.Uniform, p1, p2 - p1);
            case EstimateKind.Triangular:
                return new(EstimateKind.Triangular, p1, p2, p3, p3 > p1 ? (p2 - p1) / (p3 - p1) : 0);
            case EstimateKind.Pert:
            case EstimateKind.PyfairPert:
                var (alpha, beta) = estimate.BetaShape();
                var (d1, c1) = GammaConstants(alpha);
                var (d2, c2) = GammaConstants(beta);
                if (p3 <= p1)
                {
                    return Constant(p1);
                }

                // Shapes ≥ 1 (always so for the standard PERT) use the exact table sampler; smaller shapes use gammas.
                var table = alpha >= 1 && beta >= 1 ? tables?.Get(alpha, beta) ?? new BetaTable(alpha, beta) : null;

                return new(EstimateKind.Pert, p1, p3 - p1, d1, c1, d2, c2, table);
            case EstimateKind.Normal:
                return new(EstimateKind.Normal, p1, p2);
            case EstimateKind.TruncatedNormal:
                // The truncation point in standard deviations, and Robert's optimal rate from it: from the ratio, never
                // from p1² / p2², which underflows to 0 / 0 = NaN for tiny parameters and made the rejection loop endless.
                var depth = -p1 / p2;
                return new(EstimateKind.TruncatedNormal, p1, p2, depth, (depth + Math.Sqrt((depth * depth) + 4)) / 2);
            default: // Lognormal from a 90 % interval: parameters are mu and sigma of the underlying normal.
                var (mu, sigma) = estimate.LognormalParameters();
                return new(EstimateKind.Lognormal, mu, sigma);
        }
    }

    /// <summary>Marsaglia–Tsang constants d = a − 1/3 and c = 1/√(9d); shapes below 1 are boosted by one (see <see cref="Gamma"/>).</summary>
    internal static (double D, double C) GammaConstants(double shape)
    {
        var d = (shape < 1 ? shape + 1 : shape) - (1.0 / 3);
        return (shape < 1 ? -d : d, 1 / Math.Sqrt(9 * d));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double Sample(ref Xoshiro256 rng)
    {
        switch (_kind)
        {
            case EstimateKind.Pert:
                if (_beta is not null)
                {
                    return _a + (_b * _beta.Sample(ref rng));
                }

                var x = Gamma(ref rng, _c, _d);
                var y = Gamma(ref rng, _e, _f);
                return _a + (_b * (x / (x + y)));
            case EstimateKind.Constant:
                return _a;
            case EstimateKind.Uniform:
                return _a + (_b * rng.NextDouble());
            case EstimateKind.Triangular:
                var u = rng.NextDouble();
                return u < _d ? _a + Math.Sqrt(u * (_b - _a) * (_c - _a)) : _c - Math.Sqrt((1 - u) * (_c - _a) * (_c - _b));
            case EstimateKind.Normal:
                return _a + (_b * Ziggurat.Next(ref rng));
            case EstimateKind.TruncatedNormal:
                return _a + (_b * TruncatedStandardNormal(ref rng, _c, _d));
            default:
                return Math.Exp(_a + (_b * Ziggurat.Next(ref rng)));
        }
    }

    /// <summary>One draw from the next lane of a four-lane stream.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double Sample(ref Xoshiro256x4 lanes) => Sample(ref lanes.Next());

    /// <summary>
    /// Fills <paramref name="destination"/> with draws, in order: the same values as repeated
    /// <see cref="Sample(ref Xoshiro256x4)"/> calls. The table-sampled BetaPERT draws four at a time in vector lanes.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Fill(Span<double> destination, ref Xoshiro256x4 lanes)
    {
        if (_kind == EstimateKind.Pert && _beta is not null)
        {
            _beta.Fill(destination, _a, _b, ref lanes);
        }
        else
        {
            FillOther(destination, ref lanes);
        }
    }

    /// <summary>
    /// <see cref="Fill"/> for every kind but the table-sampled PERT: its own method, so a first call of the common case
    /// does not compile the gamma, normal and triangular samplers inlined into it.
    /// </summary>
    [MethodImpl(Jit.Hot | MethodImplOptions.NoInlining)]
    private void FillOther(Span<double> destination, ref Xoshiro256x4 lanes)
    {
        if (_kind == EstimateKind.Constant)
        {
            destination.Fill(_a);
            return;
        }

        for (var i = 0; i < destination.Length; i++)
        {
            destination[i] = Sample(ref lanes.Next());
        }
    }

    /// <summary>
    /// Gamma(shape, 1) by Marsaglia and Tsang (2000). A negative <paramref name="d"/> marks a shape below 1, sampled as
    /// Gamma(shape + 1) · U^(1/shape).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static double Gamma(ref Xoshiro256 rng, double d, double c)
    {
        var boost = d < 0;
        if (boost)
        {
            d = -d;
        }

        double result;
        while (true)
        {
            double z, v;
            do
            {
                z = Ziggurat.Next(ref rng);
                v = 1 + (c * z);
            }
            while (v <= 0);

            v = v * v * v;
            var u = rng.NextDouble();
            var z2 = z * z;
            if (u < 1 - (0.0331 * z2 * z2) || Math.Log(u) < (0.5 * z2) + (d * (1 - v + Math.Log(v))))
            {
                result = d * v;
                break;
            }
        }

        return boost ? result * Math.Pow(rng.NextDoubleNonZero(), 1 / (d + (1.0 / 3) - 1)) : result;
    }

    /// <summary>A standard normal truncated to [a, ∞): plain rejection when a ≤ 0.5, else Robert's (1995) exponential proposal.</summary>
    private static double TruncatedStandardNormal(ref Xoshiro256 rng, double a, double alpha)
    {
        if (a <= 0.5)
        {
            double z;
            do
            {
                z = Ziggurat.Next(ref rng);
            }
            while (z < a);
            return z;
        }

        while (true)
        {
            var z = a - (Math.Log(rng.NextDoubleNonZero()) / alpha);
            var rho = Math.Exp(-0.5 * (z - alpha) * (z - alpha));
            if (rng.NextDouble() <= rho)
            {
                return z;
            }
        }
    }

    /// <summary>Poisson(λ) event counts: inversion for small λ, PTRS (Hörmann 1993) otherwise.</summary>
    public static int Poisson(ref Xoshiro256 rng, double lambda)
    {
        if (lambda <= 0)
        {
            return 0;
        }

        if (lambda < 12)
        {
            var p = Math.Exp(-lambda);
            var u = rng.NextDouble();
            var k = 0;
            var cumulative = p;
            while (u > cumulative && k < 1000)
            {
                k++;
                p *= lambda / k;
                cumulative += p;
            }

            return k;
        }

        var slam = Math.Sqrt(lambda);
        var loglam = Math.Log(lambda);
        var b = 0.931 + (2.53 * slam);
        var a = -0.059 + (0.02483 * b);
        var invalpha = 1.1239 + (1.1328 / (b - 3.4));
        var vr = 0.9277 - (3.6224 / (b - 2));
        while (true)
        {
            var u = rng.NextDouble() - 0.5;
            var v = rng.NextDouble();
            var us = 0.5 - Math.Abs(u);
            var k = Math.Floor((((2 * a / us) + b) * u) + lambda + 0.43);
            if (us >= 0.07 && v <= vr)
            {
                return (int)k;
            }

            if (k < 0 || (us < 0.013 && v > us))
            {
                continue;
            }

            if (Math.Log(v) + Math.Log(invalpha) - Math.Log((a / (us * us)) + b) <= -lambda + (k * loglam) - LogFactorial(k))
            {
                return (int)k;
            }
        }
    }

    private static double LogFactorial(double k) => k < 2 ? 0 : LogGamma(k + 1);

    /// <summary>ln Γ(x) for x ≥ 1 by the Lanczos approximation (g = 7, n = 9); relative error below 1e-13.</summary>
    internal static double LogGamma(double x)
    {
        ReadOnlySpan<double> g =
        [
            0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
            12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
        ];
        x -= 1;
        var sum = g[0];
        for (var i = 1; i < 9; i++)
        {
            sum += g[i] / (x + i);
        }

        var t = x + 7.5;
        return (0.5 * Math.Log(2 * Math.PI)) + ((x + 0.5) * Math.Log(t)) - t + Math.Log(sum);
    }
}
