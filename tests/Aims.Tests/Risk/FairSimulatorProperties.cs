using Aims.Risk;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Aims.Tests.Risk;

public class FairSimulatorProperties
{
    private static readonly FairScenario WithControls = ReferenceScenarios.Standard();

    [Property(MaxTest = 25)]
    public Property Results_are_bit_identical_whatever_the_degree_of_parallelism() =>
        Prop.ForAll(
            (from trials in Gen.Choose(1, 60_000)
             from seed in Gen.Choose(0, int.MaxValue)
             from frequency in Gen.Elements(FrequencyMode.PerEvent, FrequencyMode.ExpectedLoss)
             from vulnerability in Gen.Elements(VulnerabilityMode.RunAverage, VulnerabilityMode.PerTrial)
             select (trials, seed, frequency, vulnerability)).ToArbitrary(),
            run =>
            {
                var (trials, seed, frequency, vulnerability) = run;
                FairResult RunWith(int threads) => FairSimulator.Run(ReferenceScenarios.Standard(), new FairSimulationOptions
                {
                    Trials = trials,
                    Seed = seed,
                    FrequencyMode = frequency,
                    VulnerabilityMode = vulnerability,
                    MaxDegreeOfParallelism = threads,
                    KeepTrialLosses = true,
                });

                var one = RunWith(1);
                return new[] { 2, 3, 8 }.Select(RunWith).All(other =>
                    other.TrialLosses.SequenceEqual(one.TrialLosses)
                    && other.Mean.Equals(one.Mean) && other.StandardDeviation.Equals(one.StandardDeviation)
                    && other.Percentiles.SequenceEqual(one.Percentiles) && other.LossExceedance.SequenceEqual(one.LossExceedance)
                    && other.NodeSummaries.SequenceEqual(one.NodeSummaries) && other.Histogram.SequenceEqual(one.Histogram));
            });

    /// <summary>A portfolio runs chunks in parallel and its scenarios in list order inside a chunk: the same bits at any thread count.</summary>
    [Property(MaxTest = 15)]
    public Property Portfolios_are_bit_identical_whatever_the_degree_of_parallelism() =>
        Prop.ForAll(
            (from trials in Gen.Choose(1, 40_000)
             from seed in Gen.Choose(0, int.MaxValue)
             from frequency in Gen.Elements(FrequencyMode.PerEvent, FrequencyMode.ExpectedLoss)
             from vulnerability in Gen.Elements(VulnerabilityMode.RunAverage, VulnerabilityMode.PerTrial)
             from scenarios in Gen.ListOf(Gen.Choose(0, 999)).Where(l => l.Count is > 0 and <= 6)
             select (trials, seed, frequency, vulnerability, scenarios)).ToArbitrary(),
            run =>
            {
                var scenarios = run.scenarios.Select(ReferenceScenarios.Portfolio).ToList();
                FairPortfolioResult RunWith(int threads) => FairSimulator.RunPortfolio(scenarios, new FairSimulationOptions
                {
                    Trials = run.trials,
                    Seed = run.seed,
                    FrequencyMode = run.frequency,
                    VulnerabilityMode = run.vulnerability,
                    MaxDegreeOfParallelism = threads,
                    KeepTrialLosses = true,
                });

                var one = RunWith(1);
                return new[] { 2, 3, 8 }.Select(RunWith).All(other =>
                    other.Total.TrialLosses.SequenceEqual(one.Total.TrialLosses)
                    && other.Total.Mean.Equals(one.Total.Mean) && other.Total.Percentiles.SequenceEqual(one.Total.Percentiles)
                    && other.Contributions.SequenceEqual(one.Contributions));
            });

    /// <summary>
    /// The web API runs a lone scenario through <see cref="FairSimulator.RunPortfolio"/>: over trial chunks in parallel, with
    /// the same years as <see cref="FairSimulator.Run"/> at any thread count (issue 14, "every path uses every core").
    /// </summary>
    [Property(MaxTest = 10)]
    public Property A_lone_scenario_through_RunPortfolio_gives_Runs_years_at_any_thread_count() =>
        Prop.ForAll(
            (from trials in Gen.Choose(1, 50_000)
             from seed in Gen.Choose(0, int.MaxValue)
             from threads in Gen.Elements(1, 2, 3, 8)
             from vulnerability in Gen.Elements(VulnerabilityMode.RunAverage, VulnerabilityMode.PerTrial)
             select (trials, seed, threads, vulnerability)).ToArbitrary(),
            run =>
            {
                FairSimulationOptions Options(int threads) => new()
                {
                    Trials = run.trials,
                    Seed = run.seed,
                    VulnerabilityMode = run.vulnerability,
                    MaxDegreeOfParallelism = threads,
                    KeepTrialLosses = true,
                };
                var single = FairSimulator.Run(ReferenceScenarios.Standard(), Options(1));
                var portfolio = FairSimulator.RunPortfolio([ReferenceScenarios.Standard()], Options(run.threads)).Total;
                return (portfolio.TrialLosses.SequenceEqual(single.TrialLosses)
                    && portfolio.Mean.Equals(single.Mean) && portfolio.StandardDeviation.Equals(single.StandardDeviation)
                    && portfolio.Percentiles.SequenceEqual(single.Percentiles)).Label($"{portfolio.Mean} vs {single.Mean}");
            });

    [Property(MaxTest = 10)]
    public Property Control_analysis_is_identical_whatever_the_degree_of_parallelism() =>
        Prop.ForAll(Gen.Choose(1, 30_000).ToArbitrary(), Gen.Choose(0, 1000).ToArbitrary(), (trials, seed) =>
        {
            var control = new FairControl("c", 1, [ControlEffect.Reduce(FairNode.SecondaryLoss, Estimate.Uniform(0.1, 0.5))]);
            ControlAnalysis RunWith(int threads) => FairSimulator.AnalyzeControls(WithControls, [control],
                new FairSimulationOptions { Trials = trials, Seed = seed, MaxDegreeOfParallelism = threads });
            var (a, b) = (RunWith(1), RunWith(4));
            return a.After.Mean.Equals(b.After.Mean) && a.Before.Percentiles.SequenceEqual(b.Before.Percentiles);
        });

    [Property(MaxTest = 40)]
    public Property Statistics_equal_those_of_a_sorted_copy() =>
        Prop.ForAll(
            Gen.Choose(1, 5_000).ToArbitrary(),
            Gen.Choose(0, 10_000).ToArbitrary(),
            Gen.Elements(VulnerabilityMode.RunAverage, VulnerabilityMode.PerTrial).ToArbitrary(),
            (trials, seed, vulnerability) =>
            {
                var result = FairSimulator.Run(ReferenceScenarios.Standard(), new FairSimulationOptions
                {
                    Trials = trials,
                    Seed = seed,
                    VulnerabilityMode = vulnerability,
                    KeepTrialLosses = true,
                    HistogramBins = 7,
                });
                var sorted = result.TrialLosses.Order().ToArray();
                double TypeSeven(double p)
                {
                    var h = (sorted.Length - 1) * p;
                    var lo = (int)Math.Floor(h);
                    return sorted[lo] + ((h - lo) * (sorted[Math.Min(lo + 1, sorted.Length - 1)] - sorted[lo]));
                }

                var percentilesExact = result.Percentiles.All(p => p.Value.Equals(TypeSeven(p.Probability)));
                var curveExact = result.LossExceedance.All(point =>
                    point.Probability.Equals((double)sorted.Count(x => x >= point.Loss) / sorted.Length));
                var histogramComplete = result.Histogram.Sum(b => b.Count) == trials;
                var extremes = result.Min.Equals(sorted[0]) && result.Max.Equals(sorted[^1]);
                var var95 = result.ValueAtRisk.Equals(TypeSeven(0.95));
                // The tail: ranks from the first at or above VaR (its lower order statistic when (n − 1)·0.95 is whole).
                var h = (sorted.Length - 1) * 0.95;
                var tail = sorted.Skip(h == Math.Floor(h) ? (int)h : Math.Min(sorted.Length - 1, (int)h + 1)).Average();
                var esClose = Math.Abs(result.ExpectedShortfall - tail) <= 1e-9 * Math.Max(1, tail);
                return percentilesExact && curveExact && histogramComplete && extremes && var95 && esClose;
            });
}
