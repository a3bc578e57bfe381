using Aims.Risk;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Aims.Tests.Risk;

/// <summary>Negative binomial (over-dispersed) yearly event counts against their exact moments.</summary>
public class EventCountProperties
{
    /// <summary>
    /// With a constant LEF λ and a constant loss of 1 per event, a year's loss is its event count: its mean must be λ and
    /// its variance λ + λ²/k (Poisson: λ). The bound is 5 standard errors of each moment estimate, so a correct sampler
    /// fails about once in a million runs, and a Poisson sampler in place of the negative binomial one fails whenever
    /// λ²/k is more than a few standard errors.
    /// </summary>
    [Property(MaxTest = 20)]
    public Property Counts_have_the_exact_mean_and_variance_of_their_distribution() =>
        Prop.ForAll(
            (from lambda in Gen.Choose(1, 400).Select(x => x / 20.0)
             from k in Gen.OneOf(Gen.Constant((double?)null), Gen.Choose(2, 200).Select(x => (double?)(x / 20.0)))
             from seed in Gen.Choose(0, int.MaxValue)
             select (lambda, k, seed)).ToArbitrary(),
            run =>
            {
                var (lambda, k, seed) = run;
                const int N = 200_000;
                var scenario = FairScenario.FromLossEvents("counts", Estimate.Constant(lambda), Estimate.Constant(1)).WithEventCountDispersion(k);
                var result = FairSimulator.Run(scenario, new FairSimulationOptions { Trials = N, Seed = seed, KeepTrialLosses = true });

                var variance = k is { } shape ? lambda + (lambda * lambda / shape) : lambda;
                var mean = result.TrialLosses.Average();
                var sampleVariance = result.TrialLosses.Sum(x => (x - mean) * (x - mean)) / (N - 1);
                // Var of the sample variance ≈ (μ4 − σ⁴)/n; for these counts μ4 ≤ 3σ⁴ + 6σ⁴/k·(1 + λ/k) bounds it generously.
                var fourth = (3 * variance * variance) + (6 * variance * variance * (1 + (lambda / (k ?? 1e9))) / (k ?? 1e9)) + variance;
                return (Math.Abs(mean - lambda) <= 5 * Math.Sqrt(variance / N))
                    .Label($"mean {mean} vs λ {lambda}")
                    .And((Math.Abs(sampleVariance - variance) <= 5 * Math.Sqrt(fourth / N)).Label($"variance {sampleVariance} vs {variance}"));
            });

    /// <summary>Over-dispersion moves years around, never the expected loss: the mean annual loss stays the analytic LEF × LM.</summary>
    [Property(MaxTest = 15)]
    public Property Over_dispersion_keeps_the_exact_expected_annual_loss() =>
        Prop.ForAll(
            (from lambda in Gen.Choose(1, 100).Select(x => x / 10.0)
             from k in Gen.Choose(2, 100).Select(x => x / 10.0)
             from seed in Gen.Choose(0, int.MaxValue)
             select (lambda, k, seed)).ToArbitrary(),
            run =>
            {
                var (lambda, k, seed) = run;
                const int N = 200_000;
                var loss = Estimate.Pert(1_000, 5_000, 40_000);
                var scenario = FairScenario.FromLossEvents("clustered", Estimate.Constant(lambda), loss).WithEventCountDispersion(k);
                var result = FairSimulator.Run(scenario, new FairSimulationOptions { Trials = N, Seed = seed });

                var exact = scenario.AnalyticMeanAnnualLoss!.Value;
                // Var(S) = E[N]·Var(X) + Var(N)·E[X]² for a compound sum; a PERT's variance is (μ − min)(max − μ)/7.
                var lossVariance = (loss.Mean - 1_000) * (40_000 - loss.Mean) / 7;
                var sd = Math.Sqrt((lambda * lossVariance) + ((lambda + (lambda * lambda / k)) * loss.Mean * loss.Mean));
                return (Math.Abs(result.Mean - exact) <= 5 * sd / Math.Sqrt(N)).Label($"mean {result.Mean} vs exact {exact}");
            });

    [Fact]
    public void Over_dispersion_fattens_the_tail_and_adds_loss_free_years()
    {
        var poisson = FairScenario.FromLossEvents("poisson", Estimate.Constant(3), Estimate.Constant(10_000));
        var options = new FairSimulationOptions { Trials = 100_000, Seed = 7 };

        var plain = FairSimulator.Run(poisson, options);
        var clustered = FairSimulator.Run(poisson.WithEventCountDispersion(0.5), options);

        Assert.True(clustered.ProbabilityOfZeroLoss > plain.ProbabilityOfZeroLoss + 0.2); // exact: 0.05 vs (1/7)^0.5 ≈ 0.38
        Assert.True(clustered.Percentile(0.99) > plain.Percentile(0.99) * 1.5);
    }

    [Fact]
    public void Dispersion_outside_its_range_is_rejected_at_its_pointer_and_null_means_poisson()
    {
        var scenario = FairScenario.FromLossEvents("s", Estimate.Constant(1), Estimate.Constant(1));

        var tooSmall = Assert.Throws<FairValidationException>(() => scenario.WithEventCountDispersion(0.05));
        Assert.Throws<FairValidationException>(() => scenario.WithEventCountDispersion(double.NaN));
        Assert.Throws<FairValidationException>(() => scenario.WithEventCountDispersion(double.PositiveInfinity));

        var diagnostic = Assert.Single(tooSmall.Diagnostics);
        Assert.Equal((RiskDiagnosticCodes.OutOfRange, "/eventCountDispersion"), (diagnostic.Code, diagnostic.Path));
        Assert.Null(scenario.WithEventCountDispersion(2).WithEventCountDispersion(null).EventCountDispersion);
        Assert.Equal(2, scenario.WithEventCountDispersion(2).WithName("renamed").EventCountDispersion); // copies keep it
        Assert.NotEqual(scenario, scenario.WithEventCountDispersion(2));
        var invalid = FairScenario.Validate(new FairScenarioInputs { Name = "x", LossEventFrequency = Estimate.Constant(1), PrimaryLoss = Estimate.Constant(1), EventCountDispersion = 0 });
        Assert.Equal("/eventCountDispersion", Assert.Single(invalid.Diagnostics).Path);
    }
}
