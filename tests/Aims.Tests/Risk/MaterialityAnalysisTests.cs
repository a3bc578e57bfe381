using Aims.Risk;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Aims.Tests.Risk;

public class MaterialityAnalysisTests
{
    private static readonly FairSimulationOptions Options = new() { Trials = 100_000, Seed = 3 };

    private static FairSimulationOptions WithSeed(long seed) => new() { Trials = Options.Trials, Seed = seed };

    /// <summary>Two Uniform(0, a) modules: one event's cost is triangular on [0, 2a], P(cost ≥ t) = (2a − t)²/(2a²) for a ≤ t ≤ 2a.</summary>
    [Property(MaxTest = 20)]
    public Property Probability_that_an_event_is_material_matches_the_exact_value() =>
        Prop.ForAll(
            (from a in Gen.Choose(1, 1_000).Select(x => x * 1_000.0)
             from t in Gen.Choose(1_000, 1_990).Select(x => x / 1_000.0)
             from seed in Gen.Choose(0, int.MaxValue)
             select (a, t, seed)).ToArbitrary(),
            run =>
            {
                var (a, fraction, seed) = run;
                var threshold = fraction * a; // in [a, 1.99a]
                var modules = new[] { new CostModule("Business interruption", Estimate.Uniform(0, a)), new CostModule("Response", Estimate.Uniform(0, a)) };
                var result = MaterialityAnalysis.Analyze(Estimate.Constant(1), modules, threshold, WithSeed(seed)).GetValueOrThrow();

                var exact = Math.Pow((2 * a) - threshold, 2) / (2 * a * a);
                var standardError = Math.Sqrt(exact * (1 - exact) / Options.Trials);
                return (Math.Abs(result.ProbabilityEventIsMaterial - exact) <= (5 * standardError) + 1e-9)
                    .Label($"P(material) {result.ProbabilityEventIsMaterial} vs exact {exact}");
            });

    /// <summary>
    /// With a constant LEF λ, material events are a thinned Poisson count: P(a year has one) = 1 − e^(−λp); and the mean
    /// annual loss is λ times the exact expected loss per event.
    /// </summary>
    [Property(MaxTest = 15)]
    public Property Annual_figures_match_the_exact_values() =>
        Prop.ForAll(
            (from lambda in Gen.Choose(1, 50).Select(x => x / 10.0)
             from seed in Gen.Choose(0, int.MaxValue)
             select (lambda, seed)).ToArbitrary(),
            run =>
            {
                var (lambda, seed) = run;
                var modules = new[] { new CostModule("Data loss", Estimate.Uniform(0, 1_000)), new CostModule("Fines", Estimate.Constant(500)) };
                var result = MaterialityAnalysis.Analyze(Estimate.Constant(lambda), modules, 1_200, WithSeed(seed)).GetValueOrThrow();

                var p = 0.3; // P(U(0,1000) + 500 ≥ 1200)
                var exactYear = 1 - Math.Exp(-lambda * p);
                var exactMean = lambda * 1_000;
                var sdYear = Math.Sqrt(exactYear * (1 - exactYear) / Options.Trials);
                var sdMean = Math.Sqrt(lambda * ((1_000.0 * 1_000 / 12) + (1_000.0 * 1_000)) / Options.Trials); // Var(S) = λ·E[X²]
                return (Math.Abs(result.ProbabilityOfMaterialEventInYear - exactYear) <= 5 * sdYear).Label($"P(year) {result.ProbabilityOfMaterialEventInYear} vs {exactYear}")
                    .And((Math.Abs(result.MeanAnnualLoss - exactMean) <= 5 * sdMean).Label($"mean {result.MeanAnnualLoss} vs {exactMean}"))
                    .And((result.ProbabilityAnnualLossIsMaterial >= result.ProbabilityOfMaterialEventInYear).Label("a material event makes a material year"))
                    .And((Math.Abs(result.ProbabilityEventIsMaterial - p) <= 5 * Math.Sqrt(p * (1 - p) / Options.Trials)).Label("P(event)"));
            });

    [Fact]
    public void Modules_show_their_exact_share_and_which_ones_make_an_event_material()
    {
        var modules = new[]
        {
            new CostModule("Business interruption", Estimate.Pert(10_000, 50_000, 2_000_000)),
            new CostModule("Incident response", Estimate.Constant(40_000)),
        };

        var result = MaterialityAnalysis.Analyze(Estimate.Pert(0.1, 0.5, 2), modules, 1_000_000, Options).GetValueOrThrow();

        Assert.Equal(modules.Sum(m => m.PerEvent.Mean), result.ExpectedLossPerEvent);
        Assert.Equal(1.0, result.Modules.Sum(m => m.ShareOfMean), 12);
        var interruption = result.Modules[0];
        Assert.Equal(("Business interruption", modules[0].PerEvent.Mean), (interruption.Name, interruption.Mean));
        Assert.True(interruption.MeanWhenMaterial > 2 * interruption.Mean); // the heavy-tailed module drives the material events
        Assert.Equal(40_000, result.Modules[1].MeanWhenMaterial);
        Assert.True(result.ProbabilityEventIsMaterial is > 0 and < 0.5);
        Assert.Equal([0.5, 0.9, 0.95, 0.99], result.PerEventPercentiles.Select(p => p.Probability));
        Assert.True(result.PerEventPercentiles.Select(p => p.Value).SequenceEqual(result.PerEventPercentiles.Select(p => p.Value).Order()));
    }

    [Fact]
    public void Constant_modules_give_certain_answers_and_the_same_seed_the_same_result()
    {
        CostModule[] modules = [new("A", Estimate.Constant(300)), new("B", Estimate.Constant(800))];

        var above = MaterialityAnalysis.Analyze(Estimate.Constant(2), modules, 1_100, Options).GetValueOrThrow();
        var below = MaterialityAnalysis.Analyze(Estimate.Constant(2), modules, 1_101, Options).GetValueOrThrow();
        var again = MaterialityAnalysis.Analyze(Estimate.Constant(2), modules, 1_101, Options).GetValueOrThrow();

        Assert.Equal(1.0, above.ProbabilityEventIsMaterial); // at the threshold counts as material
        Assert.Equal(0.0, below.ProbabilityEventIsMaterial);
        Assert.Null(below.Modules[0].MeanWhenMaterial);
        Assert.True(below.ProbabilityAnnualLossIsMaterial > 0.5); // two events a year on average add up: material in aggregate
        Assert.Equal((below.MeanAnnualLoss, below.ProbabilityAnnualLossIsMaterial), (again.MeanAnnualLoss, again.ProbabilityAnnualLossIsMaterial));
    }

    [Fact]
    public void Bad_inputs_are_reported_with_their_paths_and_caller_bugs_throw()
    {
        CostModule[] modules = [new("A", Estimate.Constant(1)), new("A", Estimate.Constant(-5))];

        var result = MaterialityAnalysis.Analyze(Estimate.Constant(1), modules, double.NaN, Options, eventCountDispersion: 0.01);
        var none = MaterialityAnalysis.Analyze(Estimate.Constant(1), [], 10, Options);
        var flood = MaterialityAnalysis.Analyze(Estimate.Constant(1e7), [new("A", Estimate.Constant(1))], 10, Options);

        Assert.False(result.HasValue);
        Assert.Equal(
            ["/costModules/1/name", "/costModules/1/perEvent", "/eventCountDispersion", "/materialityThreshold"],
            result.Diagnostics.Select(d => d.Path).Order(StringComparer.Ordinal));
        Assert.Equal((RiskDiagnosticCodes.MissingEstimate, "/costModules"), (Assert.Single(none.Diagnostics).Code, none.Diagnostics[0].Path));
        Assert.Equal((RiskDiagnosticCodes.TooManyEvents, "/lossEventFrequency"), (Assert.Single(flood.Diagnostics).Code, flood.Diagnostics[0].Path));
        Assert.Throws<ArgumentException>(() => new CostModule(" ", Estimate.Constant(1)));
        Assert.Throws<ArgumentNullException>(() => MaterialityAnalysis.Analyze(Estimate.Constant(1), [null!], 10));
        Assert.Throws<ArgumentException>(() => MaterialityAnalysis.Analyze(Estimate.Constant(1), [new("A", Estimate.Constant(1))], 10, new FairSimulationOptions { Trials = 0 }));
    }

    [Fact]
    public void Over_dispersed_years_are_more_often_material_in_aggregate()
    {
        CostModule[] modules = [new("A", Estimate.Constant(100))];

        var poisson = MaterialityAnalysis.Analyze(Estimate.Constant(2), modules, 600, Options).GetValueOrThrow();
        var clustered = MaterialityAnalysis.Analyze(Estimate.Constant(2), modules, 600, Options, eventCountDispersion: 0.5).GetValueOrThrow();

        Assert.True(clustered.ProbabilityAnnualLossIsMaterial > poisson.ProbabilityAnnualLossIsMaterial + 0.03); // P(N ≥ 6): 0.017 Poisson, ≈ 0.10 NB(k = 0.5)
        Assert.Equal(poisson.MeanAnnualLoss, clustered.MeanAnnualLoss, 200 * 0.05);
    }
}
