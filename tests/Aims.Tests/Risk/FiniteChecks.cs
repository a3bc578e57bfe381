using Aims.Risk;

namespace Aims.Tests.Risk;

/// <summary>Every number of a result that must be finite (a node with no values, such as loss magnitude in a year without events, reports NaN by design).</summary>
internal static class FiniteChecks
{
    public static IEnumerable<double> Statistics(FairResult result) =>
        new[] { result.Mean, result.StandardDeviation, result.Min, result.Max, result.ValueAtRisk, result.ExpectedShortfall }
            .Concat(result.Percentiles.Select(p => p.Value))
            .Concat(result.LossExceedance.SelectMany(p => new[] { p.Loss, p.Probability }))
            .Concat(result.Histogram.SelectMany(b => new[] { b.Lower, b.Upper }))
            .Concat(result.TrialLosses)
            .Concat(result.NodeSummaries.Where(n => n.Count > 0).SelectMany(n => new[] { n.Mean, n.StandardDeviation, n.Min, n.Max }));
}
