using System.Runtime.CompilerServices;

namespace Aims.Risk.Internal;

/// <summary>
/// Standard normal deviates by the ziggurat method of Marsaglia and Tsang (2000), in the 128-layer form of
/// Doornik (2005, "An improved ziggurat method"). About 99 % of draws take the fast path: one 64-bit random number,
/// one comparison and one multiplication.
/// </summary>
internal static class Ziggurat
{
    private const int Layers = 128;
    private const double R = 3.442619855899;
    private const double V = 9.91256303526217e-3;

    private static readonly double[] X = BuildX();
    private static readonly double[] Ratio = BuildRatio(X);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Next(ref Xoshiro256 rng)
    {
        while (true)
        {
            var bits = rng.NextUInt64();
            var i = (int)(bits & (Layers - 1));
            var u = ((bits >> 11) * (2.0 / (1UL << 53))) - 1.0; // uniform in [-1, 1)
            if (Math.Abs(u) < Ratio[i])
            {
                return u * X[i];
            }

            // The slow path takes the generator by value and hands back its new state, so a caller's local generator
            // never has its address taken and can stay in registers.
            rng = Slow(rng, i, u, out var result, out var accepted);
            if (accepted)
            {
                return result;
            }
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Xoshiro256 Slow(Xoshiro256 rng, int i, double u, out double result, out bool accepted)
    {
        accepted = true;
        if (i == 0)
        {
            // Tail beyond R (Marsaglia 1964).
            double x, y;
            do
            {
                x = Math.Log(rng.NextDoubleNonZero()) / R;
                y = Math.Log(rng.NextDoubleNonZero());
            }
            while (-2 * y < x * x);
            result = u < 0 ? x - R : R - x;
            return rng;
        }

        var z = u * X[i];
        var f0 = Math.Exp(-0.5 * ((X[i] * X[i]) - (z * z)));
        var f1 = Math.Exp(-0.5 * ((X[i + 1] * X[i + 1]) - (z * z)));
        accepted = f1 + (rng.NextDouble() * (f0 - f1)) < 1.0;
        result = z;
        return rng;
    }

    private static double[] BuildX()
    {
        var x = new double[Layers + 1];
        var f = Math.Exp(-0.5 * R * R);
        x[0] = V / f;
        x[1] = R;
        x[Layers] = 0;
        for (var i = 2; i < Layers; i++)
        {
            x[i] = Math.Sqrt(-2 * Math.Log((V / x[i - 1]) + f));
            f = Math.Exp(-0.5 * x[i] * x[i]);
        }

        return x;
    }

    private static double[] BuildRatio(double[] x)
    {
        var ratio = new double[Layers];
        for (var i = 0; i < Layers; i++)
        {
            ratio[i] = x[i + 1] / x[i];
        }

        return ratio;
    }
}
