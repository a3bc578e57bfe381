using System.Globalization;

namespace Aims.Risk;

/// <summary>
/// A quantitative risk appetite statement such as "P(annual loss &gt; $5M) ≤ 5 %", checked against a FAIR result.
/// </summary>
/// <remarks>Instances are immutable and safe to share between threads.</remarks>
public sealed class RiskAppetiteStatement
{
    /// <summary>Initializes a new instance of the <see cref="RiskAppetiteStatement"/> class.</summary>
    /// <param name="lossThreshold">The annual loss, for example 5,000,000.</param>
    /// <param name="maxProbability">The highest acceptable probability of exceeding it, in [0, 1].</param>
    /// <exception cref="ArgumentOutOfRangeException">The threshold is not finite, or the probability is outside [0, 1].</exception>
    public RiskAppetiteStatement(double lossThreshold, double maxProbability)
    {
        if (!double.IsFinite(lossThreshold))
        {
            throw new ArgumentOutOfRangeException(nameof(lossThreshold), lossThreshold, "The threshold must be finite.");
        }

        if (!(maxProbability is >= 0 and <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(maxProbability), maxProbability, "The probability must be in [0, 1].");
        }

        LossThreshold = lossThreshold;
        MaxProbability = maxProbability;
    }

    /// <summary>Gets the annual-loss threshold.</summary>
    public double LossThreshold { get; }

    /// <summary>Gets the highest acceptable exceedance probability.</summary>
    public double MaxProbability { get; }

    /// <summary>Checks a result. Run it with <see cref="LossThreshold"/> in <see cref="FairSimulationOptions.LossThresholds"/> (or with trial losses kept).</summary>
    /// <param name="result">The result.</param>
    /// <returns>Whether the risk is within appetite, the probability found, and an explanation.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">The exceedance probability of the threshold was not computed.</exception>
    public RiskAppetiteEvaluation Evaluate(FairResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var p = result.ProbabilityOfLossAbove(LossThreshold);
        var within = p <= MaxProbability;
        var text = string.Create(CultureInfo.InvariantCulture,
            $"P(annual loss > {LossThreshold:N0}) = {p:P2} {(within ? "≤" : ">")} {MaxProbability:P2}: {(within ? "within" : "outside")} appetite.");
        return new RiskAppetiteEvaluation(within, p, text);
    }

    /// <inheritdoc />
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"P(annual loss > {LossThreshold:N0}) ≤ {MaxProbability:P2}");
}
