using System.Collections.Immutable;
using System.Globalization;
using Aims.Risk.Internal;

namespace Aims.Risk;

/// <summary>
/// The outcome of a FAIR Monte Carlo run: annual-loss statistics, percentiles, value at risk, loss exceedance curve,
/// histogram and per-node summaries.
/// </summary>
/// <remarks>Instances are immutable and safe to share between threads.</remarks>
public sealed class FairResult
{
    private readonly ImmutableArray<(double Threshold, double Probability)> _thresholds;

    internal FairResult(
        string name, FairSimulationOptions options, LossStatistics stats, ImmutableArray<NodeSummary> nodes,
        double vulnerability, ImmutableArray<double> trialLosses)
    {
        Name = name;
        Trials = options.Trials;
        Seed = options.Seed;
        FrequencyMode = options.FrequencyMode;
        VulnerabilityMode = options.VulnerabilityMode;
        Mean = stats.Mean;
        StandardDeviation = stats.StandardDeviation;
        Min = stats.Min;
        Max = stats.Max;
        Percentiles = stats.Percentiles;
        ValueAtRiskConfidence = options.ValueAtRiskConfidence;
        ValueAtRisk = stats.ValueAtRisk;
        ExpectedShortfall = stats.ExpectedShortfall;
        ProbabilityOfZeroLoss = stats.ProbabilityOfZero;
        LossExceedance = stats.Curve;
        Histogram = stats.Histogram;
        NodeSummaries = nodes;
        Vulnerability = vulnerability;
        TrialLosses = trialLosses;
        _thresholds = stats.Thresholds;
    }

    /// <summary>Gets the scenario or portfolio name.</summary>
    public string Name { get; }

    /// <summary>Gets the number of trials (simulated years).</summary>
    public int Trials { get; }

    /// <summary>Gets the seed.</summary>
    public long Seed { get; }

    /// <summary>Gets the frequency semantics used.</summary>
    public FrequencyMode FrequencyMode { get; }

    /// <summary>Gets the vulnerability semantics used.</summary>
    public VulnerabilityMode VulnerabilityMode { get; }

    /// <summary>Gets the mean annual loss (annualized loss expectancy, ALE).</summary>
    public double Mean { get; }

    /// <summary>Gets the sample standard deviation of annual loss.</summary>
    public double StandardDeviation { get; }

    /// <summary>Gets the smallest annual loss.</summary>
    public double Min { get; }

    /// <summary>Gets the largest annual loss.</summary>
    public double Max { get; }

    /// <summary>Gets the percentiles p10, p25, p50, p75, p80, p90, p95, p97.5, p99, p99.5 and p99.9.</summary>
    public ImmutableArray<PercentileValue> Percentiles { get; }

    /// <summary>Gets the confidence level of <see cref="ValueAtRisk"/>.</summary>
    public double ValueAtRiskConfidence { get; }

    /// <summary>Gets the value at risk: the annual loss at <see cref="ValueAtRiskConfidence"/>.</summary>
    public double ValueAtRisk { get; }

    /// <summary>
    /// Gets the expected shortfall: the mean annual loss of the worst years, those ranked at or above
    /// <see cref="ValueAtRisk"/> (sorted trials from rank ⌈(n − 1) · confidence⌉ to n − 1). Years tied with the value at
    /// risk count once per rank, so a run of mostly loss-free years has the mean of its worst years here, not the mean
    /// of every year; never below <see cref="ValueAtRisk"/>.
    /// </summary>
    public double ExpectedShortfall { get; }

    /// <summary>Gets the share of years without loss.</summary>
    public double ProbabilityOfZeroLoss { get; }

    /// <summary>Gets the loss exceedance curve, by increasing loss: P(annual loss ≥ x).</summary>
    public ImmutableArray<LossExceedancePoint> LossExceedance { get; }

    /// <summary>Gets the histogram of annual loss.</summary>
    public ImmutableArray<HistogramBin> Histogram { get; }

    /// <summary>Gets summaries of threat event frequency, vulnerability, loss event frequency and loss magnitude (empty for portfolios).</summary>
    public ImmutableArray<NodeSummary> NodeSummaries { get; }

    /// <summary>Gets the run-average vulnerability P(TCap &gt; RS), or <see cref="double.NaN"/> when vulnerability was not derived.</summary>
    public double Vulnerability { get; }

    /// <summary>Gets every trial's annual loss in trial order, when <see cref="FairSimulationOptions.KeepTrialLosses"/> was set; else empty.</summary>
    public ImmutableArray<double> TrialLosses { get; }

    /// <summary>Gets a percentile by level.</summary>
    /// <param name="probability">One of the levels of <see cref="Percentiles"/>, for example 0.95.</param>
    /// <returns>The annual loss at that level.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The level was not computed.</exception>
    public double Percentile(double probability)
    {
        foreach (var p in Percentiles)
        {
            if (Math.Abs(p.Probability - probability) < 1e-12)
            {
                return p.Value;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(probability), probability,
            "Not a computed level; use one of " + string.Join(", ", Percentiles.Select(p => p.Probability.ToString(CultureInfo.InvariantCulture))) + ".");
    }

    /// <summary>
    /// Gets P(annual loss &gt; <paramref name="threshold"/>), counted exactly: available for thresholds listed in
    /// <see cref="FairSimulationOptions.LossThresholds"/>, or for any threshold when trial losses were kept.
    /// </summary>
    /// <param name="threshold">The annual loss; a finite number, as in <see cref="FairSimulationOptions.LossThresholds"/>.</param>
    /// <returns>The exceedance probability.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="threshold"/> is NaN or infinite (a caller bug, whatever was computed).</exception>
    /// <exception cref="InvalidOperationException">The threshold was not requested and trial losses were not kept.</exception>
    public double ProbabilityOfLossAbove(double threshold)
    {
        if (!double.IsFinite(threshold))
        {
            throw new ArgumentOutOfRangeException(nameof(threshold), threshold, "The threshold must be a finite number.");
        }

        foreach (var (t, p) in _thresholds)
        {
            if (t.Equals(threshold))
            {
                return p;
            }
        }

        if (!TrialLosses.IsEmpty)
        {
            return (double)TrialLosses.Count(x => x > threshold) / TrialLosses.Length;
        }

        throw new InvalidOperationException(
            $"P(loss > {threshold.ToString(CultureInfo.InvariantCulture)}) was not computed: add it to {nameof(FairSimulationOptions.LossThresholds)} or set {nameof(FairSimulationOptions.KeepTrialLosses)}.");
    }

    /// <summary>Gets the summary of a node, if it was computed.</summary>
    /// <param name="node">The node.</param>
    /// <returns>The summary, or <see langword="null"/>.</returns>
    public NodeSummary? SummaryOf(FairNode node) => NodeSummaries.FirstOrDefault(s => s.Node == node);
}
