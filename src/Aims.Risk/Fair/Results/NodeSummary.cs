namespace Aims.Risk;

/// <summary>Summary statistics of one FAIR node over a run (per trial; loss magnitude per loss event in per-event mode).</summary>
/// <param name="Node">The node.</param>
/// <param name="Count">The number of values summarised.</param>
/// <param name="Mean">The mean.</param>
/// <param name="StandardDeviation">The sample standard deviation.</param>
/// <param name="Min">The smallest value.</param>
/// <param name="Max">The largest value.</param>
public readonly record struct NodeSummary(FairNode Node, long Count, double Mean, double StandardDeviation, double Min, double Max);
