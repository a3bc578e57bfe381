using System.Collections.Immutable;
using System.Globalization;

namespace Aims.Risk;

/// <summary>
/// Options of a FAIR Monte Carlo run. <see cref="Validate"/> reports every problem; the simulation entry points
/// (<see cref="FairSimulator"/>, <see cref="ConfiguredFairSimulator"/>) call it and throw one exception listing them all.
/// </summary>
/// <remarks>Instances are immutable after initialization and safe to share between threads.</remarks>
public sealed class FairSimulationOptions
{
    /// <summary>The largest number of trials accepted.</summary>
    public const int MaxTrials = 50_000_000;

    /// <summary>The largest number of histogram bins accepted.</summary>
    public const int MaxHistogramBins = 1_000;

    /// <summary>The largest value accepted for <see cref="MaxEventsPerTrial"/>.</summary>
    public const int MaxEventsPerTrialLimit = 10_000_000;

    /// <summary>Gets the number of simulated years; 1 to <see cref="MaxTrials"/>. Default 100,000.</summary>
    public int Trials { get; init; } = 100_000;

    /// <summary>Gets the seed. The same seed gives bit-identical results whatever the degree of parallelism.</summary>
    public long Seed { get; init; } = 1;

    /// <summary>Gets the most threads to use; -1 (default) for all cores.</summary>
    public int MaxDegreeOfParallelism { get; init; } = -1;

    /// <summary>Gets the frequency semantics; <see cref="FrequencyMode.PerEvent"/> by default.</summary>
    public FrequencyMode FrequencyMode { get; init; } = FrequencyMode.PerEvent;

    /// <summary>
    /// Gets the most loss events one trial may expect in <see cref="FrequencyMode.PerEvent"/> mode, where each event is
    /// simulated: 1 to <see cref="MaxEventsPerTrialLimit"/>, default 100,000. A trial whose loss event frequency exceeds it
    /// stops the run with <see cref="RiskDiagnosticCodes.TooManyEvents"/> instead of running for hours; so the work of a
    /// run is bounded by about <see cref="Trials"/> × this many events. Lower it to budget a server's work; use
    /// <see cref="FrequencyMode.ExpectedLoss"/> for frequencies this high.
    /// </summary>
    public int MaxEventsPerTrial { get; init; } = 100_000;

    /// <summary>Gets the vulnerability semantics; <see cref="VulnerabilityMode.RunAverage"/> by default.</summary>
    public VulnerabilityMode VulnerabilityMode { get; init; } = VulnerabilityMode.RunAverage;

    /// <summary>Gets the confidence level of <see cref="FairResult.ValueAtRisk"/>; in (0, 1), default 0.95.</summary>
    public double ValueAtRiskConfidence { get; init; } = 0.95;

    /// <summary>Gets the number of histogram bins; 1 to <see cref="MaxHistogramBins"/>, default 40.</summary>
    public int HistogramBins { get; init; } = 40;

    /// <summary>Gets annual-loss thresholds whose exceedance probability P(loss &gt; x) is computed exactly; finite numbers.</summary>
    public ImmutableArray<double> LossThresholds { get; init; } = [];

    /// <summary>Gets a value indicating whether to keep every trial's annual loss in the result (memory: 8 bytes per trial).</summary>
    public bool KeepTrialLosses { get; init; }

    /// <summary>
    /// Checks every option and reports each problem as an <see cref="RiskDiagnosticCodes.InvalidSimulationOption"/>
    /// diagnostic whose path is the option's JSON Pointer (<c>/trials</c>, <c>/lossThresholds/2</c>), as in a scenario
    /// file's <c>options</c> object.
    /// </summary>
    /// <returns>A result with these options as its value; valid when there is no problem. Never throws.</returns>
    public AimsResult<FairSimulationOptions> Validate()
    {
        var problems = new List<AimsDiagnostic>();
        void Check(bool ok, string path, string message)
        {
            if (!ok)
            {
                problems.Add(new AimsDiagnostic(RiskDiagnosticCodes.InvalidSimulationOption, path, message));
            }
        }

        Check(Trials is >= 1 and <= MaxTrials, "/trials",
            string.Create(CultureInfo.InvariantCulture, $"{nameof(Trials)} must be 1..{MaxTrials:N0}; got {Trials}."));
        Check(MaxDegreeOfParallelism == -1 || MaxDegreeOfParallelism >= 1, "/maxDegreeOfParallelism",
            string.Create(CultureInfo.InvariantCulture, $"{nameof(MaxDegreeOfParallelism)} must be -1 or at least 1; got {MaxDegreeOfParallelism}."));
        Check(Enum.IsDefined(FrequencyMode), "/frequencyMode", $"Unknown {nameof(FrequencyMode)}.");
        Check(MaxEventsPerTrial is >= 1 and <= MaxEventsPerTrialLimit, "/maxEventsPerTrial",
            string.Create(CultureInfo.InvariantCulture, $"{nameof(MaxEventsPerTrial)} must be 1..{MaxEventsPerTrialLimit:N0}; got {MaxEventsPerTrial}."));
        Check(Enum.IsDefined(VulnerabilityMode), "/vulnerabilityMode", $"Unknown {nameof(VulnerabilityMode)}.");
        Check(ValueAtRiskConfidence is > 0 and < 1, "/valueAtRiskConfidence",
            string.Create(CultureInfo.InvariantCulture, $"{nameof(ValueAtRiskConfidence)} must be in (0, 1); got {ValueAtRiskConfidence}."));
        Check(HistogramBins is >= 1 and <= MaxHistogramBins, "/histogramBins",
            string.Create(CultureInfo.InvariantCulture, $"{nameof(HistogramBins)} must be 1..{MaxHistogramBins:N0}; got {HistogramBins}."));
        var thresholds = LossThresholds.IsDefault ? [] : LossThresholds;
        for (var i = 0; i < thresholds.Length; i++)
        {
            Check(double.IsFinite(thresholds[i]), string.Create(CultureInfo.InvariantCulture, $"/lossThresholds/{i}"),
                string.Create(CultureInfo.InvariantCulture, $"{nameof(LossThresholds)} must be finite numbers; item {i} is {thresholds[i]}."));
        }

        return AimsResult.From(this, problems);
    }

    /// <summary>Throws one exception that lists every problem <see cref="Validate"/> finds.</summary>
    /// <exception cref="ArgumentException">An option is invalid; the message lists every problem.</exception>
    internal void ThrowIfInvalid()
    {
        var result = Validate();
        if (!result.IsValid)
        {
            throw new ArgumentException(string.Join(" ", result.Diagnostics.Select(d => d.Message)), "options");
        }
    }
}
