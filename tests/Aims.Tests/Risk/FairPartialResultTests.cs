using Aims.Risk;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Aims.Tests.Risk;

/// <summary>The chunk contract: partials of a run, merged in chunk order, equal the single run (moments and counts exactly, percentiles within the stated error).</summary>
public class FairPartialResultTests
{
    private static readonly double Error = FairPartialResult.PercentileRelativeError;

    private static Arbitrary<(int Trials, int Seed, FrequencyMode Frequency, int[] Scenarios, int[] Cuts)> Runs() =>
        (from trials in Gen.Choose(1, 70_000)
         from seed in Gen.Choose(0, int.MaxValue)
         from frequency in Gen.Elements(FrequencyMode.PerEvent, FrequencyMode.ExpectedLoss)
         from scenarios in Gen.ArrayOf(Gen.Choose(0, 999)).Where(a => a.Length is > 0 and <= 4)
         from cuts in Gen.ArrayOf(Gen.Choose(1, 8)) // chunk boundaries between partials, as a share of the chunks in eighths
         select (trials, seed, frequency, scenarios, cuts)).ToArbitrary();

    private static FairSimulationOptions Options(int trials, int seed, FrequencyMode frequency) => new()
    {
        Trials = trials,
        Seed = seed,
        FrequencyMode = frequency,
        LossThresholds = [0, 100_000, 1_000_000],
        HistogramBins = 13,
    };

    private static List<FairPartialResult> Partials(IReadOnlyList<FairScenario> scenarios, FairSimulationOptions options, int[] cuts)
    {
        var chunks = FairPartialResult.ChunkCountOf(options.Trials);
        var bounds = cuts.Select(c => chunks * c / 8).Append(0).Append(chunks).Distinct().Order().ToArray();
        return [.. bounds.Zip(bounds.Skip(1)).Select(b => FairSimulator.RunChunks(scenarios, b.First, b.Second - b.First, options, "p"))];
    }

    [Property(MaxTest = 25)]
    public Property Merged_partials_equal_the_single_run() =>
        Prop.ForAll(Runs(), run =>
        {
            var (ok, label) = MergedEqualsSingle(run);
            return ok.Label(label);
        });

    [Fact]
    public void Merged_expected_shortfall_takes_the_value_at_risk_rank_when_it_falls_on_a_trial()
    {
        // Found by the property above: 421 trials, so (n − 1) · 0.95 = 399 exactly and VaR is the 399th loss itself. The
        // merged result left that year out of the tail and overstated ES.
        var (ok, label) = MergedEqualsSingle((421, 735856610, FrequencyMode.PerEvent, [109, 497, 822, 513], [7, 5, 6, 1, 4, 3, 8, 2]));

        Assert.True(ok, label);
    }

    private static (bool Ok, string Label) MergedEqualsSingle((int Trials, int Seed, FrequencyMode Frequency, int[] Scenarios, int[] Cuts) run)
    {
        var scenarios = run.Scenarios.Select(ReferenceScenarios.Portfolio).ToList();
        var options = Options(run.Trials, run.Seed, run.Frequency);
        var keep = new FairSimulationOptions
        {
            Trials = options.Trials,
            Seed = options.Seed,
            FrequencyMode = options.FrequencyMode,
            LossThresholds = options.LossThresholds,
            HistogramBins = options.HistogramBins,
            KeepTrialLosses = true,
        };
        var single = FairSimulator.RunPortfolio(scenarios, keep, "p");
        var parts = Partials(scenarios, options, run.Cuts);
        parts.Reverse(); // any order: Merge puts them in chunk order
        var merged = FairPartialResult.Merge(parts);
        var whole = FairPartialResult.Merge([FairSimulator.RunChunks(scenarios, 0, FairPartialResult.ChunkCountOf(run.Trials), options, "p")]);
        var (m, s) = (merged.Total, single.Total);

        var sorted = s.TrialLosses.Order().ToArray();
        bool Within(double p, double value)
        {
            var h = (sorted.Length - 1) * p;
            var l = (int)Math.Floor(h);
            var bound = Error * Math.Max(Math.Abs(sorted[l]), Math.Abs(sorted[Math.Min(l + 1, sorted.Length - 1)]));
            return Math.Abs(value - s.Percentile(p)) <= bound + 1e-9;
        }

        var exact = m.Mean.Equals(s.Mean) && m.StandardDeviation.Equals(s.StandardDeviation) && m.Min.Equals(s.Min) && m.Max.Equals(s.Max)
            && m.ProbabilityOfZeroLoss.Equals(s.ProbabilityOfZeroLoss) && merged.Contributions.SequenceEqual(single.Contributions)
            && options.LossThresholds.All(t => m.ProbabilityOfLossAbove(t).Equals(s.ProbabilityOfLossAbove(t)));
        var percentiles = m.Percentiles.All(p => Within(p.Probability, p.Value)) && Within(0.95, m.ValueAtRisk);
        var shortfall = Math.Abs(m.ExpectedShortfall - s.ExpectedShortfall) <= (Error * Math.Abs(s.ExpectedShortfall)) + 1e-9;
        var curve = m.LossExceedance.All(point => point.Probability.Equals((double)sorted.Count(x => x >= point.Loss) / sorted.Length));
        var histogram = m.Histogram.Sum(b => b.Count) == run.Trials;
        var splitIndependent = m.Percentiles.SequenceEqual(whole.Total.Percentiles) && m.LossExceedance.SequenceEqual(whole.Total.LossExceedance)
            && m.Histogram.SequenceEqual(whole.Total.Histogram) && m.ExpectedShortfall.Equals(whole.Total.ExpectedShortfall);
        return (exact && percentiles && shortfall && curve && histogram && splitIndependent,
            $"exact {exact}, percentiles {percentiles}, ES {shortfall} ({m.ExpectedShortfall} vs {s.ExpectedShortfall}), curve {curve}, histogram {histogram}, split {splitIndependent}");
    }

    [Property(MaxTest = 10)]
    public Property Partials_survive_a_trip_through_a_stream() =>
        Prop.ForAll(Runs(), run =>
        {
            var scenarios = run.Scenarios.Select(ReferenceScenarios.Portfolio).ToList();
            var parts = Partials(scenarios, Options(run.Trials, run.Seed, run.Frequency), run.Cuts);
            var read = parts.Select(p =>
            {
                using var stream = new MemoryStream();
                p.WriteTo(stream);
                stream.Position = 0;
                return FairPartialResult.ReadFrom(stream);
            }).ToList();
            return read.SequenceEqual(parts) && FairPartialResult.Merge(read).Total.Percentiles.SequenceEqual(FairPartialResult.Merge(parts).Total.Percentiles);
        });

    [Fact]
    public void A_lone_scenario_merges_to_its_run_and_the_reference_mean()
    {
        var options = new FairSimulationOptions { Trials = 1_000_000, Seed = 42, FrequencyMode = FrequencyMode.ExpectedLoss };
        var chunks = FairPartialResult.ChunkCountOf(options.Trials);
        var merged = FairPartialResult.Merge(
            [FairSimulator.RunChunks([ReferenceScenarios.Standard()], 0, chunks / 2, options), FairSimulator.RunChunks([ReferenceScenarios.Standard()], chunks / 2, chunks - (chunks / 2), options)]);
        var single = FairSimulator.Run(ReferenceScenarios.Standard(), options);

        Assert.Equal(single.Mean, merged.Total.Mean);
        Assert.Equal(single.StandardDeviation, merged.Total.StandardDeviation);
        Assert.InRange(merged.Total.Mean, ReferenceScenarios.ExactMean * 0.993, ReferenceScenarios.ExactMean * 1.007); // 0.7 %: 5 sigma (shared/bench)
        Assert.InRange(merged.Total.Percentile(0.99), single.Percentile(0.99) * (1 - Error), single.Percentile(0.99) * (1 + Error));
    }

    [Fact]
    public void Merge_refuses_gaps_overlaps_and_other_runs()
    {
        var scenarios = new[] { ReferenceScenarios.Standard() };
        var options = new FairSimulationOptions { Trials = 40_000, Seed = 1 };
        var (a, b, c) = (FairSimulator.RunChunks(scenarios, 0, 2, options), FairSimulator.RunChunks(scenarios, 2, 1, options), FairSimulator.RunChunks(scenarios, 3, 2, options));
        var other = FairSimulator.RunChunks(scenarios, 2, 1, new FairSimulationOptions { Trials = 40_000, Seed = 2 });

        Assert.Equal(5, FairPartialResult.ChunkCountOf(40_000));
        Assert.Contains("Chunks 2 to 2 are missing", Assert.Throws<ArgumentException>(() => FairPartialResult.Merge([a, c])).Message, StringComparison.Ordinal);
        Assert.Contains("Chunk 2 is covered twice", Assert.Throws<ArgumentException>(() => FairPartialResult.Merge([a, b, b, c])).Message, StringComparison.Ordinal);
        Assert.Contains("Chunks 3 to 4 are missing", Assert.Throws<ArgumentException>(() => FairPartialResult.Merge([a, b])).Message, StringComparison.Ordinal);
        Assert.Contains("different runs", Assert.Throws<ArgumentException>(() => FairPartialResult.Merge([a, other, c])).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => FairPartialResult.Merge([]));
        Assert.Throws<ArgumentOutOfRangeException>(() => FairSimulator.RunChunks(scenarios, 4, 2, options));
        Assert.Throws<ArgumentOutOfRangeException>(() => FairSimulator.RunChunks(scenarios, -1, 1, options));
        Assert.Throws<ArgumentOutOfRangeException>(() => FairSimulator.RunChunks(scenarios, 0, 0, options));
        Assert.Equal(a, FairSimulator.RunChunks(scenarios, 0, 2, options));
        Assert.NotEqual(a, b);
    }

    [Fact]
    public void Reading_refuses_truncated_or_foreign_data()
    {
        using var stream = new MemoryStream();
        FairSimulator.RunChunks([ReferenceScenarios.Standard()], 0, 1, new FairSimulationOptions { Trials = 10_000 }).WriteTo(stream);
        var bytes = stream.ToArray();

        Assert.Throws<InvalidDataException>(() => FairPartialResult.ReadFrom(new MemoryStream(bytes[..^5])));
        var foreign = (byte[])bytes.Clone();
        foreign[3] ^= 0xFF;
        Assert.Throws<InvalidDataException>(() => FairPartialResult.ReadFrom(new MemoryStream(foreign)));
        var wrongCount = (byte[])bytes.Clone();
        wrongCount[^1] ^= 0x01; // the last bin's count no longer adds up to the trials
        Assert.Throws<InvalidDataException>(() => FairPartialResult.ReadFrom(new MemoryStream(wrongCount)));
        Assert.Equal(FairPartialResult.ReadFrom(new MemoryStream(bytes)), FairPartialResult.ReadFrom(new MemoryStream(bytes)));
    }
}
