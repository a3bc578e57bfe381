using Aims.Risk;
using Aims.Risk.Internal;

namespace Aims.Tests.Risk;

/// <summary>Issue 13, reproductions 1–3 and 12: no estimate hangs the engine, no run returns a number that is not finite.</summary>
public class EngineLimitsTests
{
    public static TheoryData<Estimate, string> OutsideTheDomain => new()
    {
        { Estimate.Pert(0, 1, 1e308), "±1e15" }, // reproduction 1: γ(max − mode) overflowed, β = ∞, and the Beta table looped forever
        { Estimate.Pert(0, 1, 5e307), "±1e15" },
        { Estimate.Uniform(0, 1.7e308), "±1e15" }, // reproduction 3: ALE Infinity, sd NaN
        { Estimate.LognormalFrom90(1, 1e300), "±1e15" }, // reproduction 3
        { Estimate.Constant(1e300), "±1e15" }, // reproduction 2 as a loss; as a frequency below
        { Estimate.LognormalFrom90(1e-6, 1e6), "factor 1e9" },
        { Estimate.Pert(0, 1, 2, gamma: 1e6), "must not exceed 1000" },
        { Estimate.PyfairPert(0, 1, 2, gamma: 0.01), "γ ≥ 1" },
        { Estimate.TruncatedNormal(-1, 1e-300), "standard deviations below zero" }, // Robert's sampler met ∞ − ∞ and looped
    };

    [Theory]
    [MemberData(nameof(OutsideTheDomain))]
    public void Validate_rejects_estimates_outside_the_engines_domain_with_AIMS5011_at_their_path(Estimate estimate, string message)
    {
        var problem = Assert.Single(estimate.Validate("/primaryLoss", isNonNegative: true));

        Assert.Equal((RiskDiagnosticCodes.OutsideEngineRange, "/primaryLoss"), (problem.Code, problem.Path));
        Assert.Contains(message, problem.Message, StringComparison.Ordinal);
        var thrown = Assert.Throws<FairValidationException>(() => FairScenario.FromLossEvents("h", Estimate.Constant(1), estimate));
        Assert.Contains(thrown.Diagnostics, d => (d.Code, d.Path) == (RiskDiagnosticCodes.OutsideEngineRange, "/primaryLoss"));
    }

    [Fact]
    public void FromLossEvents_rejects_a_loss_event_frequency_of_1e300_instead_of_saturating_the_event_count()
    {
        var thrown = Assert.Throws<FairValidationException>(() => FairScenario.FromLossEvents("lef", Estimate.Constant(1e300), Estimate.Constant(1)));

        Assert.Equal((RiskDiagnosticCodes.OutsideEngineRange, "/lossEventFrequency"), (thrown.Diagnostics[0].Code, thrown.Diagnostics[0].Path));
    }

    [Fact]
    public void Run_simulates_a_pert_at_the_edge_of_the_domain_exactly()
    {
        var scenario = FairScenario.FromLossEvents("edge", Estimate.Constant(1), Estimate.Pert(0, 1, 1e15));

        var result = FairSimulator.Run(scenario, new FairSimulationOptions { Trials = 20_000, Seed = 5, FrequencyMode = FrequencyMode.ExpectedLoss });

        var exact = (0 + (4 * 1.0) + 1e15) / 6; // Beta(1, 5) scaled: sd = 1e15 · √5 / 42 ≈ 5.3e13, standard error ≈ 3.8e11
        Assert.InRange(result.Mean, exact - 2e12, exact + 2e12);
        Assert.InRange(result.Max, 0, 1e15);
    }

    [Fact]
    public void Pyfair_pert_with_the_largest_gamma_samples_instead_of_looping()
    {
        // Its Beta shapes are about 125,000: the unnormalised density underflowed to 0 in every bin and Sample never returned.
        var sampler = Sampler.From(Estimate.PyfairPert(0, 0.5, 1, gamma: Estimate.MaxPertGamma));
        var rng = new Xoshiro256(3);
        var draws = Enumerable.Range(0, 20_000).Select(_ => sampler.Sample(ref rng)).ToArray();

        Assert.All(draws, x => Assert.InRange(x, 0, 1));
        Assert.InRange(draws.Average(), 0.5 - 1e-4, 0.5 + 1e-4);
        var sd = Math.Sqrt(draws.Select(x => (x - 0.5) * (x - 0.5)).Average());
        Assert.InRange(sd, 0.98 / (Estimate.MaxPertGamma + 2), 1.02 / (Estimate.MaxPertGamma + 2)); // pyfair's sd = range / (γ + 2)
    }

    [Fact]
    public void Run_simulates_a_pyfair_pert_whose_range_is_near_1e_minus_300()
    {
        // Found by the simulator fuzzer: the squares of the moment match underflowed, the Beta shapes were 0/0 and the
        // run stopped with AIMS5013.
        var vulnerability = Estimate.PyfairPert(2.04e-301, 8.12e-301, 1.74e-300, gamma: 1);
        var scenario = FairScenario.FromThreats("tiny", Estimate.Uniform(1.12, 37.72), vulnerability, Estimate.Constant(1));

        var result = FairSimulator.Run(scenario, new FairSimulationOptions { Trials = 500, FrequencyMode = FrequencyMode.ExpectedLoss });

        Assert.InRange(result.Mean, 0, 1e-298);
        Assert.All(FiniteChecks.Statistics(result), x => Assert.True(double.IsFinite(x)));
    }

    [Theory]
    [InlineData(FrequencyMode.ExpectedLoss)]
    [InlineData(FrequencyMode.PerEvent)]
    public void Run_keeps_every_statistic_finite_at_the_edge_of_the_domain(FrequencyMode mode)
    {
        // The widest lognormal at the largest scale, for every form of primary and secondary loss; in expected-loss mode
        // also as the frequency. Its largest draws are near 1e43 and the annual loss near 1e88: far from overflow.
        var widest = Estimate.LognormalFrom90(1e6, 1e15);
        var forms = Enum.GetValues<LossForm>().ToDictionary(f => f, _ => widest);
        var frequency = mode == FrequencyMode.ExpectedLoss ? widest : Estimate.Constant(1_000);
        var scenario = FairScenario.FromLossEvents("edge", frequency, forms).WithSecondaryLossByForm(Estimate.Constant(1), forms);

        var result = FairSimulator.Run(scenario, new FairSimulationOptions { Trials = 300, Seed = 9, FrequencyMode = mode, KeepTrialLosses = true });

        Assert.All(FiniteChecks.Statistics(result), x => Assert.True(double.IsFinite(x)));
    }

    [Fact]
    public void Run_stops_with_AIMS5012_when_a_trial_expects_more_events_than_the_limit()
    {
        // Reproduction 2: a constant LEF of 1e9 took 8.7 s per trial and ignored cancellation.
        var scenario = FairScenario.FromLossEvents("lef", Estimate.Constant(1e9), Estimate.Constant(1));

        var thrown = Assert.Throws<FairValidationException>(() => FairSimulator.Run(scenario, new FairSimulationOptions { Trials = 10 }));
        var expectedLoss = FairSimulator.Run(scenario, new FairSimulationOptions { Trials = 10, FrequencyMode = FrequencyMode.ExpectedLoss });

        var problem = Assert.Single(thrown.Diagnostics);
        Assert.Equal((RiskDiagnosticCodes.TooManyEvents, "/lossEventFrequency"), (problem.Code, problem.Path));
        Assert.Contains("100,000", problem.Message, StringComparison.Ordinal);
        Assert.Equal(1e9, expectedLoss.Mean); // expected-loss mode multiplies instead of counting events
    }

    [Fact]
    public void RunPortfolio_reports_the_first_scenario_over_the_event_limit_at_its_path()
    {
        var fine = FairScenario.FromLossEvents("fine", Estimate.Constant(10), Estimate.Constant(1));
        var heavy = FairScenario.FromThreats("heavy", Estimate.Uniform(3_000, 4_000), Estimate.Constant(0.5), Estimate.Constant(1));
        var options = new FairSimulationOptions { Trials = 100, MaxEventsPerTrial = 1_000 };

        var thrown = Assert.Throws<FairValidationException>(() => FairSimulator.RunPortfolio([fine, heavy, fine, heavy], options));
        var raised = FairSimulator.RunPortfolio([fine, heavy], new FairSimulationOptions { Trials = 100, MaxEventsPerTrial = 2_000 });

        var problem = Assert.Single(thrown.Diagnostics);
        Assert.Equal((RiskDiagnosticCodes.TooManyEvents, "/scenarios/1/threatEventFrequency"), (problem.Code, problem.Path));
        Assert.InRange(raised.Total.Mean, 10 + 1_600, 10 + 1_900); // LEF = U(3000, 4000) × 0.5 ≈ 1,750 per year
    }

    [Fact]
    public void AnalyzeControls_applies_the_event_limit_to_a_control_that_raises_the_frequency()
    {
        // Vulnerability 0: no loss event before the control, 2,000 a year after it; the extra events are drawn per trial too.
        var scenario = FairScenario.FromThreats("raised", Estimate.Constant(2_000), Estimate.Constant(0), Estimate.Constant(1));
        var raise = new FairControl("worse", 1, [ControlEffect.Shift(FairNode.Vulnerability, Estimate.Constant(1))]);

        var thrown = Assert.Throws<FairValidationException>(() =>
            FairSimulator.AnalyzeControls(scenario, [raise], new FairSimulationOptions { Trials = 50, MaxEventsPerTrial = 1_000 }));
        var allowed = FairSimulator.AnalyzeControls(scenario, [raise], new FairSimulationOptions { Trials = 50, MaxEventsPerTrial = 3_000 });

        Assert.Equal((RiskDiagnosticCodes.TooManyEvents, "/threatEventFrequency"), (thrown.Diagnostics[0].Code, thrown.Diagnostics[0].Path));
        Assert.InRange(allowed.After.Mean, 1_900, 2_100);
    }

    [Fact]
    public void AnalyzeControls_stops_with_AIMS5013_when_a_return_on_investment_would_overflow()
    {
        var tiny = new FairControl("tiny", double.Epsilon, [ControlEffect.Reduce(FairNode.ThreatEventFrequency, Estimate.Constant(0.5))]);

        var thrown = Assert.Throws<FairValidationException>(() =>
            FairSimulator.AnalyzeControls(ReferenceScenarios.Standard(), [tiny], new FairSimulationOptions { Trials = 100 }));

        Assert.Equal((RiskDiagnosticCodes.NonFiniteResult, "/controls"), (thrown.Diagnostics[0].Code, thrown.Diagnostics[0].Path));
    }

    [Fact]
    public void RunChunk_observes_cancellation_inside_one_long_trial()
    {
        var scenario = FairScenario.FromLossEvents("long", Estimate.Constant(100_000), Estimate.Constant(1));
        var kernel = new ScenarioKernel(scenario, new FairSimulationOptions { Trials = 1 }, []);
        var output = new double[1];
        var stats = default(ChunkStats);
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.Throws<OperationCanceledException>(() =>
            kernel.RunChunk(1, 0, 0, output, default, double.NaN, double.NaN, ref stats, cancelled.Token));
        var stoppedAfter = stats.Lm.Count;
        stats = default;
        kernel.RunChunk(1, 0, 0, output, default, double.NaN, double.NaN, ref stats, CancellationToken.None);

        Assert.InRange(stoppedAfter, 1, ScenarioKernel.EventsBetweenChecks); // not the trial's ~100,000 events
        Assert.InRange(stats.Lm.Count, 99_000, 101_000);
        Assert.Equal((double)stats.Lm.Count, output[0]);
    }

    [Fact]
    public void ProbabilityOfLossAbove_throws_ArgumentOutOfRangeException_for_a_threshold_that_is_not_finite()
    {
        // Reproduction 12: NaN threw InvalidOperationException ("not computed"), as if it were a state problem.
        var result = FairSimulator.Run(ReferenceScenarios.Standard(), new FairSimulationOptions { Trials = 100, KeepTrialLosses = true });

        Assert.Throws<ArgumentOutOfRangeException>(() => result.ProbabilityOfLossAbove(double.NaN));
        Assert.Throws<ArgumentOutOfRangeException>(() => result.ProbabilityOfLossAbove(double.PositiveInfinity));
        Assert.Equal(1, result.ProbabilityOfLossAbove(-1));
    }

    [Fact]
    public void Options_reject_a_per_trial_event_limit_out_of_range_and_ApplySemantics_keeps_it()
    {
        var problem = Assert.Single(new FairSimulationOptions { MaxEventsPerTrial = 0 }.Validate().Diagnostics);
        var applied = new FairScenarioSet("s", [ReferenceScenarios.Standard()], FrequencyMode.ExpectedLoss).ApplySemantics(new FairSimulationOptions { MaxEventsPerTrial = 7 });

        Assert.Equal((RiskDiagnosticCodes.InvalidSimulationOption, "/maxEventsPerTrial"), (problem.Code, problem.Path));
        Assert.False(new FairSimulationOptions { MaxEventsPerTrial = FairSimulationOptions.MaxEventsPerTrialLimit + 1 }.Validate().IsValid);
        Assert.Equal(7, applied.MaxEventsPerTrial);
    }
}
