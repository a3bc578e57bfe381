using System.Collections.Immutable;

namespace Aims.Risk;

/// <summary>Options of a FAIR Monte Carlo run. Checked eagerly: one exception lists every problem.</summary>
/// <remarks>Instances are immutable after initialization and safe to share between threads.</remarks>
public sealed class FairSimulationOptions
{
    /// <summary>The largest number of trials accepted.</summary>
    public const int MaxTrials = 50_000_000;

    /// <summary>Gets the number of simulated years; 1 to <see cref="MaxTrials"/>. Default 100,000.</summary>
    public int Trials { get; init; } = 100_000;

    /// <summary>Gets the seed. The same seed gives bit-identical results whatever the degree of parallelism.</summary>
    public long Seed { get; init; } = 1;

    /// <summary>Gets the most threads to use; -1 (default) for all cores.</summary>
    public int MaxDegreeOfParallelism { get; init; } = -1;

    /// <summary>Gets the frequency semantics; <see cref="FrequencyMode.PerEvent"/> by default.</summary>
    public FrequencyMode FrequencyMode { get; init; } = FrequencyMode.PerEvent;

    /// <summary>Gets the vulnerability semantics; <see cref="VulnerabilityMode.RunAverage"/> by default.</summary>
    public VulnerabilityMode VulnerabilityMode { get; init; } = VulnerabilityMode.RunAverage;

    /// <summary>Gets the confidence level of <see cref="FairResult.ValueAtRisk"/>; in (0, 1), default 0.95.</summary>
    public double ValueAtRiskConfidence { get; init; } = 0.95;

    /// <summary>Gets the number of histogram bins; 1 to 1,000, default 40.</summary>
    public int HistogramBins { get; init; } = 40;

    /// <summary>Gets annual-loss thresholds whose exceedance probability P(loss &gt; x) is computed exactly.</summary>
    public ImmutableArray<double> LossThresholds { get; init; } = [];

    /// <summary>Gets a value indicating whether to keep every trial's annual loss in the result (memory: 8 bytes per trial).</summary>
    public bool KeepTrialLosses { get; init; }

    internal void Validate()
    {
        var thresholds = LossThresholds.IsDefault ? [] : LossThresholds;
        string?[] checks =
        [
            Trials is >= 1 and <= MaxTrials ? null : $"{nameof(Trials)} must be 1..{MaxTrials:N0}; got {Trials}.",
            MaxDegreeOfParallelism == -1 || MaxDegreeOfParallelism >= 1 ? null : $"{nameof(MaxDegreeOfParallelism)} must be -1 or at least 1.",
            Enum.IsDefined(FrequencyMode) ? null : $"Unknown {nameof(FrequencyMode)}.",
            Enum.IsDefined(VulnerabilityMode) ? null : $"Unknown {nameof(VulnerabilityMode)}.",
            ValueAtRiskConfidence is > 0 and < 1 ? null : $"{nameof(ValueAtRiskConfidence)} must be in (0, 1).",
            HistogramBins is >= 1 and <= 1000 ? null : $"{nameof(HistogramBins)} must be 1..1,000.",
            thresholds.All(double.IsFinite) ? null : $"{nameof(LossThresholds)} must be finite numbers.",
        ];
        var errors = checks.OfType<string>().ToList();
        if (errors.Count > 0)
        {
            throw new ArgumentException(string.Join(" ", errors), "options");
        }
    }
}
