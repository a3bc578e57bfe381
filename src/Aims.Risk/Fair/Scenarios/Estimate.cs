using System.Globalization;

namespace Aims.Risk;

/// <summary>
/// A calibrated estimate of one FAIR input: a distribution family and its parameters, as a person writes it down.
/// Estimates are plain data; a <see cref="FairScenario"/> checks all of them at once and reports every problem with
/// its path, so a spreadsheet of estimates is never rejected one cell at a time.
/// </summary>
/// <remarks>Instances are immutable and safe to share between threads.</remarks>
public sealed class Estimate : IEquatable<Estimate>
{
    /// <summary>The default PERT shape γ (the weight of the most likely value).</summary>
    public const double DefaultPertGamma = 4;

    /// <summary>
    /// The largest magnitude of any parameter (10¹⁵: a quadrillion, above the world's annual product in any currency,
    /// and more events per year than there are microseconds). Within it every draw, sum and statistic the engine forms
    /// stays finite; see <c>docs/limits.md</c>.
    /// </summary>
    public const double MaxMagnitude = 1e15;

    /// <summary>The largest PERT shape γ (standard and pyfair). Larger values concentrate the mass so tightly that the Beta sampler's work per draw grows without bound; use a constant instead.</summary>
    public const double MaxPertGamma = 1_000;

    /// <summary>The smallest pyfair PERT shape γ: below it the moment-matched Beta shapes approach 0 and draws become 0/0.</summary>
    public const double MinPyfairPertGamma = 1;

    /// <summary>The widest lognormal 90 % interval, as upper ÷ lower (nine orders of magnitude; σ ≤ 6.3). Wider intervals put the mean in draws that overflow.</summary>
    public const double MaxLognormalRatio = 1e9;

    /// <summary>How far above its mean, in standard deviations, a truncated normal may be cut at zero (mean ≥ −30 sd); beyond that its mass and mean underflow.</summary>
    public const double MaxTruncationDepth = 30;

    /// <summary>z such that Φ(z) = 0.95: a 90 % interval spans ±1.645 standard deviations.</summary>
    private const double Z95 = 1.6448536269514722;

    private Estimate(EstimateKind kind, double p1, double p2 = 0, double p3 = 0, double gamma = DefaultPertGamma)
    {
        Kind = kind;
        (Parameter1, Parameter2, Parameter3, Gamma) = (p1, p2, p3, gamma);
    }

    /// <summary>Gets the distribution family.</summary>
    public EstimateKind Kind { get; }

    /// <summary>Gets the first parameter: the value, minimum, mean or 5th percentile, depending on <see cref="Kind"/>.</summary>
    public double Parameter1 { get; }

    /// <summary>Gets the second parameter: the maximum, most likely value, standard deviation or 95th percentile.</summary>
    public double Parameter2 { get; }

    /// <summary>Gets the third parameter: the maximum of a triangular or PERT estimate.</summary>
    public double Parameter3 { get; }

    /// <summary>Gets the PERT shape γ (PERT kinds only).</summary>
    public double Gamma { get; }

    /// <summary>Gets the analytic mean (for the truncated normal, of the truncated distribution).</summary>
    public double Mean => Kind switch
    {
        EstimateKind.Constant => Parameter1,
        EstimateKind.Uniform => (Parameter1 + Parameter2) / 2,
        EstimateKind.Triangular => (Parameter1 + Parameter2 + Parameter3) / 3,
        EstimateKind.Pert or EstimateKind.PyfairPert => (Parameter1 + (Gamma * Parameter2) + Parameter3) / (Gamma + 2),
        EstimateKind.Normal => Parameter1,
        EstimateKind.TruncatedNormal => TruncatedNormalMean(Parameter1, Parameter2),
        _ => Math.Exp(LognormalParameters().Mu + (LognormalParameters().Sigma * LognormalParameters().Sigma / 2)),
    };

    /// <summary>A fixed value.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The estimate.</returns>
    public static Estimate Constant(double value) => new(EstimateKind.Constant, value);

    /// <summary>Uniform on [<paramref name="min"/>, <paramref name="max"/>].</summary>
    /// <param name="min">The minimum.</param>
    /// <param name="max">The maximum.</param>
    /// <returns>The estimate.</returns>
    public static Estimate Uniform(double min, double max) => new(EstimateKind.Uniform, min, max);

    /// <summary>Triangular with a minimum, most likely value and maximum.</summary>
    /// <param name="min">The minimum.</param>
    /// <param name="mode">The most likely value.</param>
    /// <param name="max">The maximum.</param>
    /// <returns>The estimate.</returns>
    public static Estimate Triangular(double min, double mode, double max) => new(EstimateKind.Triangular, min, mode, max);

    /// <summary>
    /// BetaPERT in the standard (Vose) form: <c>min + (max − min)·Beta(α, β)</c> with
    /// <c>α = 1 + γ(mode − min)/(max − min)</c> and <c>β = 1 + γ(max − mode)/(max − min)</c>. Its mode is the given
    /// mode and its mean is <c>(min + γ·mode + max)/(γ + 2)</c>. This is the PERT of R's mc2d and of Vose's texts.
    /// </summary>
    /// <param name="min">The minimum.</param>
    /// <param name="mode">The most likely value.</param>
    /// <param name="max">The maximum.</param>
    /// <param name="gamma">The shape γ; 4 by default; larger values concentrate mass near the mode.</param>
    /// <returns>The estimate.</returns>
    public static Estimate Pert(double min, double mode, double max, double gamma = DefaultPertGamma) =>
        new(EstimateKind.Pert, min, mode, max, gamma);

    /// <summary>
    /// pyfair's BetaPERT: a Beta matched to the mean <c>(min + γ·mode + max)/(γ + 2)</c> and the standard deviation
    /// <c>(max − min)/(γ + 2)</c>. Its mode is <b>not</b> the given mode and its spread is smaller than the standard
    /// form's. Use it only to reproduce results of existing pyfair models during a migration or a parallel run;
    /// use <see cref="Pert"/> for new work.
    /// </summary>
    /// <param name="min">The minimum.</param>
    /// <param name="mode">The most likely value.</param>
    /// <param name="max">The maximum.</param>
    /// <param name="gamma">The shape γ; 4 by default.</param>
    /// <returns>The estimate.</returns>
    public static Estimate PyfairPert(double min, double mode, double max, double gamma = DefaultPertGamma) =>
        new(EstimateKind.PyfairPert, min, mode, max, gamma);

    /// <summary>Normal with a mean and standard deviation (may go negative; see <see cref="TruncatedNormal"/>).</summary>
    /// <param name="mean">The mean.</param>
    /// <param name="standardDeviation">The standard deviation.</param>
    /// <returns>The estimate.</returns>
    public static Estimate Normal(double mean, double standardDeviation) => new(EstimateKind.Normal, mean, standardDeviation);

    /// <summary>Normal truncated at zero, for quantities that cannot be negative (frequencies, losses).</summary>
    /// <param name="mean">The mean of the untruncated normal.</param>
    /// <param name="standardDeviation">Its standard deviation.</param>
    /// <returns>The estimate.</returns>
    public static Estimate TruncatedNormal(double mean, double standardDeviation) => new(EstimateKind.TruncatedNormal, mean, standardDeviation);

    /// <summary>Lognormal whose 5th and 95th percentiles are the given 90 % confidence interval.</summary>
    /// <param name="lower">The 5th percentile; greater than zero.</param>
    /// <param name="upper">The 95th percentile; greater than <paramref name="lower"/>.</param>
    /// <returns>The estimate.</returns>
    public static Estimate LognormalFrom90(double lower, double upper) => new(EstimateKind.Lognormal, lower, upper);

    /// <summary>Checks the parameters; returns every problem found, each at <paramref name="path"/> with an AIMS5xxx code.</summary>
    /// <param name="path">The JSON Pointer of this estimate (for example <c>/primaryLoss</c>); empty for the estimate itself.</param>
    /// <param name="isProbability">Whether every value must lie in [0, 1] (vulnerability, probabilities, fractions).</param>
    /// <param name="isNonNegative">Whether values must not be negative (frequencies and losses).</param>
    /// <returns>
    /// The problems; empty when the estimate is usable. Besides the parameters' shape (AIMS5004, AIMS5005) and the node's
    /// range (AIMS5006), the engine's domain is checked (AIMS5011): <see cref="MaxMagnitude"/>, <see cref="MaxPertGamma"/>,
    /// <see cref="MinPyfairPertGamma"/>, <see cref="MaxLognormalRatio"/>, <see cref="MaxTruncationDepth"/>.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is <see langword="null"/>.</exception>
    public IReadOnlyList<AimsDiagnostic> Validate(string path, bool isProbability = false, bool isNonNegative = false)
    {
        ArgumentNullException.ThrowIfNull(path);
        var problems = new List<AimsDiagnostic>();
        var code = RiskDiagnosticCodes.InvalidParameters;
        void Add(string message) => problems.Add(new AimsDiagnostic(code, path, message));

        double[] values = Kind switch
        {
            EstimateKind.Constant => [Parameter1],
            EstimateKind.Triangular or EstimateKind.Pert or EstimateKind.PyfairPert => [Parameter1, Parameter2, Parameter3],
            _ => [Parameter1, Parameter2],
        };
        var (allFinite, largest) = (double.IsFinite(Gamma), 0.0); // loops, not LINQ over doubles: less to compile on a first run
        foreach (var v in values)
        {
            allFinite &= double.IsFinite(v);
            largest = Math.Abs(v) > Math.Abs(largest) ? v : largest;
        }

        if (!allFinite)
        {
            code = RiskDiagnosticCodes.NonFiniteParameter;
            Add("Every parameter must be a finite number.");
            return problems;
        }

        var (low, high) = Kind switch
        {
            EstimateKind.Constant => (Parameter1, Parameter1),
            EstimateKind.Uniform or EstimateKind.Lognormal => (Parameter1, Parameter2),
            EstimateKind.Triangular or EstimateKind.Pert or EstimateKind.PyfairPert => (Parameter1, Parameter3),
            _ => (double.NaN, double.NaN),
        };
        switch (Kind)
        {
            case EstimateKind.Uniform when Parameter1 > Parameter2:
                Add(Format($"min ({Parameter1}) must not exceed max ({Parameter2})."));
                break;
            case EstimateKind.Triangular or EstimateKind.Pert or EstimateKind.PyfairPert when !(Parameter1 <= Parameter2 && Parameter2 <= Parameter3):
                Add(Format($"Need min ≤ mode ≤ max; got {Parameter1}, {Parameter2}, {Parameter3}."));
                break;
            case EstimateKind.Pert or EstimateKind.PyfairPert when Gamma <= 0:
                Add(Format($"The PERT shape γ must be greater than 0; got {Gamma}."));
                break;
            case EstimateKind.PyfairPert when Parameter1 < Parameter3 && (Parameter2 == Parameter1 || Parameter2 == Parameter3):
                Add("pyfair's moment-matched PERT is undefined when the mode equals min or max; use Estimate.Pert.");
                break;
            case EstimateKind.Normal or EstimateKind.TruncatedNormal when Parameter2 <= 0:
                Add(Format($"The standard deviation must be greater than 0; got {Parameter2}."));
                break;
            case EstimateKind.Lognormal when !(Parameter1 > 0 && Parameter2 > Parameter1):
                Add(Format($"A lognormal 90 % interval needs 0 < lower < upper; got {Parameter1}, {Parameter2}."));
                break;
        }

        if (problems.Count > 0)
        {
            return problems;
        }

        // The engine's domain (docs/limits.md): inside it no draw, sum or statistic overflows and no sampler loops without
        // end. One diagnostic per estimate: the first limit it crosses.
        code = RiskDiagnosticCodes.OutsideEngineRange;
        if (Math.Abs(largest) > MaxMagnitude)
        {
            Add(Format($"Every parameter must lie within ±{MaxMagnitude:0e0}; got {largest}."));
        }
        else if ((Kind is EstimateKind.Pert or EstimateKind.PyfairPert) && Gamma > MaxPertGamma)
        {
            Add(Format($"The PERT shape γ must not exceed {MaxPertGamma}; got {Gamma}."));
        }
        else if (Kind == EstimateKind.PyfairPert && Gamma < MinPyfairPertGamma)
        {
            Add(Format($"pyfair's PERT needs γ ≥ {MinPyfairPertGamma}; got {Gamma}."));
        }
        else if (Kind == EstimateKind.Lognormal && Parameter2 / Parameter1 > MaxLognormalRatio)
        {
            Add(Format($"A lognormal 90 % interval may span at most a factor {MaxLognormalRatio:0e0} (upper ÷ lower); got {Parameter2 / Parameter1:G3}."));
        }
        else if (Kind == EstimateKind.TruncatedNormal && Parameter1 < -MaxTruncationDepth * Parameter2)
        {
            Add(Format($"A truncated normal's mean must not lie more than {MaxTruncationDepth} standard deviations below zero; got mean {Parameter1}, sd {Parameter2}."));
        }

        code = RiskDiagnosticCodes.OutOfRange;
        if ((isProbability || isNonNegative) && (Kind == EstimateKind.Normal || low < 0))
        {
            Add(Kind == EstimateKind.Normal
                ? "A normal estimate can go negative here; use Estimate.TruncatedNormal or a bounded distribution."
                : Format($"Values must not be negative; the minimum is {low}."));
        }

        if (isProbability && (Kind is EstimateKind.TruncatedNormal or EstimateKind.Lognormal || high > 1))
        {
            Add(Kind is EstimateKind.TruncatedNormal or EstimateKind.Lognormal
                ? "A probability needs a distribution bounded to [0, 1] (constant, uniform, triangular or PERT)."
                : Format($"A probability must lie in [0, 1]; the maximum is {high}."));
        }

        return problems;
    }

    /// <inheritdoc />
    public bool Equals(Estimate? other) =>
        other is not null && Kind == other.Kind && Parameter1.Equals(other.Parameter1) && Parameter2.Equals(other.Parameter2)
        && Parameter3.Equals(other.Parameter3) && Gamma.Equals(other.Gamma);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Estimate);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, Parameter1, Parameter2, Parameter3, Gamma);

    /// <inheritdoc />
    public override string ToString() => Kind switch
    {
        EstimateKind.Constant => Format($"Constant({Parameter1})"),
        EstimateKind.Uniform or EstimateKind.Normal or EstimateKind.TruncatedNormal or EstimateKind.Lognormal => Format($"{Kind}({Parameter1}, {Parameter2})"),
        EstimateKind.Triangular => Format($"Triangular({Parameter1}, {Parameter2}, {Parameter3})"),
        _ => Format($"{Kind}({Parameter1}, {Parameter2}, {Parameter3}, γ={Gamma})"),
    };

    /// <summary>The Beta shapes of a PERT estimate (standard or pyfair form).</summary>
    internal (double Alpha, double Beta) BetaShape()
    {
        var (min, mode, max) = (Parameter1, Parameter2, Parameter3);
        var range = max - min;
        if (range <= 0)
        {
            return (1, 1);
        }

        if (Kind == EstimateKind.Pert)
        {
            return (1 + (Gamma * (mode - min) / range), 1 + (Gamma * (max - mode) / range));
        }

        var mu = (min + (Gamma * mode) + max) / (Gamma + 2);
        var sd = range / (Gamma + 2);
        var a = (mu - min) / range * (((mu - min) * (max - mu) / (sd * sd)) - 1);
        var b = a * (max - mu) / (mu - min);
        if (a > 0 && b > 0 && double.IsFinite(a) && double.IsFinite(b))
        {
            return (a, b);
        }

        // For ranges near 1e-300 the squares above underflow (0/0): the same shapes on the unit interval. Only then, so
        // that the shapes of every other estimate, and so their draws, stay bit-identical.
        var m = (1 + (Gamma * ((mode - min) / range))) / (Gamma + 2);
        var s = 1 / (Gamma + 2);
        var unitA = m * ((m * (1 - m) / (s * s)) - 1);
        return (unitA, unitA * (1 - m) / m);
    }

    /// <summary>μ and σ of the underlying normal of a lognormal given by its 90 % interval.</summary>
    internal (double Mu, double Sigma) LognormalParameters()
    {
        var (lo, hi) = (Math.Log(Parameter1), Math.Log(Parameter2));
        return ((lo + hi) / 2, (hi - lo) / (2 * Z95));
    }

    private static double TruncatedNormalMean(double mu, double sigma)
    {
        var a = -mu / sigma;
        var pdf = Math.Exp(-0.5 * a * a) / Math.Sqrt(2 * Math.PI);
        var tail = 0.5 * Erfc(a / Math.Sqrt(2)); // P(Z > a)
        return mu + (sigma * pdf / tail);
    }

    /// <summary>Complementary error function (Numerical Recipes erfcc; relative error below 1.2e-7).</summary>
    private static double Erfc(double x)
    {
        var z = Math.Abs(x);
        var t = 1 / (1 + (0.5 * z));
        ReadOnlySpan<double> c = [-1.26551223, 1.00002368, 0.37409196, 0.09678418, -0.18628806, 0.27886807, -1.13520398, 1.48851587, -0.82215223, 0.17087277];
        var poly = 0.0;
        for (var i = c.Length - 1; i >= 0; i--)
        {
            poly = c[i] + (t * poly);
        }

        var r = t * Math.Exp((-z * z) + poly);
        return x >= 0 ? r : 2 - r;
    }

    private static string Format(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
