using System.Collections.Immutable;

namespace Aims.Risk;

/// <summary>
/// What a materiality threshold means for a loss scenario broken into cost modules (<see cref="MaterialityAnalysis"/>):
/// how likely one loss event is material, how likely a year has a material event or material losses in total, and
/// which modules drive the material events.
/// </summary>
/// <remarks>Immutable and safe to share between threads.</remarks>
public sealed class MaterialityResult
{
    internal MaterialityResult(
        double threshold, int trials, long seed, double expectedLossPerEvent, double probabilityEventIsMaterial,
        double probabilityOfMaterialEventInYear, double probabilityAnnualLossIsMaterial, double meanAnnualLoss,
        ImmutableArray<PercentileValue> perEventPercentiles, ImmutableArray<CostModuleShare> modules)
    {
        Threshold = threshold;
        Trials = trials;
        Seed = seed;
        ExpectedLossPerEvent = expectedLossPerEvent;
        ProbabilityEventIsMaterial = probabilityEventIsMaterial;
        ProbabilityOfMaterialEventInYear = probabilityOfMaterialEventInYear;
        ProbabilityAnnualLossIsMaterial = probabilityAnnualLossIsMaterial;
        MeanAnnualLoss = meanAnnualLoss;
        PerEventPercentiles = perEventPercentiles;
        Modules = modules;
    }

    /// <summary>Gets the materiality threshold: a loss at or above it is material.</summary>
    public double Threshold { get; }

    /// <summary>Gets the number of simulated loss events, and of simulated years.</summary>
    public int Trials { get; }

    /// <summary>Gets the seed.</summary>
    public long Seed { get; }

    /// <summary>Gets the exact expected loss of one event: the sum of the modules' means.</summary>
    public double ExpectedLossPerEvent { get; }

    /// <summary>Gets P(one loss event costs at least the threshold): the question of a single-incident disclosure.</summary>
    public double ProbabilityEventIsMaterial { get; }

    /// <summary>Gets P(a year has at least one material loss event).</summary>
    public double ProbabilityOfMaterialEventInYear { get; }

    /// <summary>Gets P(a year's losses together reach the threshold): the question of related incidents that are material in aggregate.</summary>
    public double ProbabilityAnnualLossIsMaterial { get; }

    /// <summary>Gets the simulated mean annual loss.</summary>
    public double MeanAnnualLoss { get; }

    /// <summary>Gets percentiles of the loss of one event (P50, P90, P95, P99).</summary>
    public ImmutableArray<PercentileValue> PerEventPercentiles { get; }

    /// <summary>Gets each module's share of the expected loss per event and its mean in the material events, in the order given.</summary>
    public ImmutableArray<CostModuleShare> Modules { get; }
}
