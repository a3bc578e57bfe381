using Aims.Risk;

namespace Aims.Tests.Risk;

public class FairSimulatorTests
{
    private static readonly FairSimulationOptions Baseline = new()
    {
        Trials = 1_000_000,
        Seed = 42,
        FrequencyMode = FrequencyMode.ExpectedLoss,
        VulnerabilityMode = VulnerabilityMode.RunAverage,
    };

    [Fact]
    public void Reference_scenario_matches_the_exact_mean_and_reference_percentiles()
    {
        var result = FairSimulator.Run(ReferenceScenarios.Standard(), Baseline);

        // Standard error of the mean ≈ 240 (0.07 %) plus vulnerability noise (~0.13 %); allow 4 of each.
        Assert.InRange(result.Mean, ReferenceScenarios.ExactMean * 0.994, ReferenceScenarios.ExactMean * 1.006);
        Assert.InRange(result.StandardDeviation, ReferenceScenarios.ExactSd * 0.99, ReferenceScenarios.ExactSd * 1.01);
        Assert.InRange(result.Vulnerability, ReferenceScenarios.ExactVulnerability - 0.002, ReferenceScenarios.ExactVulnerability + 0.002);
        (double P, double Reference)[] percentiles = [(0.5, 286_205), (0.9, 665_993), (0.95, 815_461), (0.99, 1_147_051)];
        foreach (var (p, reference) in percentiles)
        {
            Assert.InRange(result.Percentile(p), reference * 0.99, reference * 1.01);
        }
    }

    [Fact]
    public void Per_event_and_per_trial_semantics_keep_the_mean_and_change_the_shape()
    {
        var perEvent = FairSimulator.Run(ReferenceScenarios.Standard(), new FairSimulationOptions { Trials = 400_000, Seed = 3 });
        var perTrial = FairSimulator.Run(ReferenceScenarios.Standard(), new FairSimulationOptions
        {
            Trials = 400_000,
            Seed = 3,
            FrequencyMode = FrequencyMode.ExpectedLoss,
            VulnerabilityMode = VulnerabilityMode.PerTrial,
        });

        Assert.InRange(perEvent.Mean, ReferenceScenarios.ExactMean * 0.985, ReferenceScenarios.ExactMean * 1.015);
        Assert.InRange(perTrial.Mean, ReferenceScenarios.ExactMean * 0.985, ReferenceScenarios.ExactMean * 1.015);
        Assert.InRange(perTrial.ProbabilityOfZeroLoss, 1 - ReferenceScenarios.ExactVulnerability - 0.005, 1 - ReferenceScenarios.ExactVulnerability + 0.005);
        Assert.True(perEvent.ProbabilityOfZeroLoss > 0.05); // Poisson years without any loss event
        Assert.True(perEvent.StandardDeviation > ReferenceScenarios.ExactSd); // each event draws its own loss
    }

    [Fact]
    public void Estimated_vulnerability_matches_the_analytic_mean_in_both_frequency_modes()
    {
        var scenario = FairScenario.FromThreats("direct",
            threatEventFrequency: Estimate.LognormalFrom90(0.5, 8), vulnerability: Estimate.Pert(0.1, 0.3, 0.6),
            primaryLossByForm: new Dictionary<LossForm, Estimate>
            {
                [LossForm.Productivity] = Estimate.Triangular(1_000, 5_000, 20_000),
                [LossForm.Response] = Estimate.TruncatedNormal(20_000, 10_000),
            })
            .WithSecondaryLossByForm(
                secondaryLossEventFrequency: Estimate.Uniform(0.1, 0.3),
                secondaryLossByForm: new Dictionary<LossForm, Estimate> { [LossForm.FinesAndJudgements] = Estimate.LognormalFrom90(10_000, 500_000) });
        var analytic = scenario.AnalyticMeanAnnualLoss!.Value;

        foreach (var mode in new[] { FrequencyMode.PerEvent, FrequencyMode.ExpectedLoss })
        {
            var result = FairSimulator.Run(scenario, new FairSimulationOptions { Trials = 500_000, Seed = 5, FrequencyMode = mode });
            Assert.InRange(result.Mean, analytic * 0.98, analytic * 1.02);
            Assert.True(double.IsNaN(result.Vulnerability));
        }
    }

    [Fact]
    public void Node_summaries_describe_tef_vulnerability_lef_and_loss_magnitude()
    {
        var result = FairSimulator.Run(ReferenceScenarios.Standard(), Baseline);

        var tef = result.SummaryOf(FairNode.ThreatEventFrequency)!;
        var lef = result.SummaryOf(FairNode.LossEventFrequency)!;
        var lm = result.SummaryOf(FairNode.LossMagnitude)!;
        Assert.InRange(tef.Mean, 6.8, 6.87);
        Assert.InRange(tef.Min, 1, 20);
        Assert.Equal(result.Vulnerability, result.SummaryOf(FairNode.Vulnerability)!.Mean);
        Assert.InRange(lef.Mean, tef.Mean * result.Vulnerability * 0.9999, tef.Mean * result.Vulnerability * 1.0001);
        Assert.InRange(lm.Mean, 129_916 * 0.995, 129_916 * 1.005); // 76,666.67 + 0.225 × 236,666.67
    }

    [Fact]
    public void Cancellation_and_progress_are_honoured()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => FairSimulator.Run(ReferenceScenarios.Standard(), Baseline, null, cts.Token));

        var reports = new System.Collections.Concurrent.ConcurrentQueue<double>();
        FairSimulator.Run(ReferenceScenarios.Standard(), new FairSimulationOptions { Trials = 100_000 }, new SynchronousProgress(reports.Enqueue));
        Assert.Equal(1.0, reports.Last());
        Assert.True(reports.Count > 1);
        Assert.All(reports, r => Assert.InRange(r, 0, 1));
    }

    [Fact]
    public void Options_report_every_problem_at_once()
    {
        var ex = Assert.Throws<ArgumentException>(() => FairSimulator.Run(ReferenceScenarios.Standard(), new FairSimulationOptions
        {
            Trials = 0,
            MaxDegreeOfParallelism = 0,
            ValueAtRiskConfidence = 1,
            HistogramBins = 0,
            LossThresholds = [double.NaN],
        }));

        foreach (var name in new[] { "Trials", "MaxDegreeOfParallelism", "ValueAtRiskConfidence", "HistogramBins", "LossThresholds" })
        {
            Assert.Contains(name, ex.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Thresholds_are_exact_and_appetite_statements_use_them()
    {
        var options = new FairSimulationOptions { Seed = 42, FrequencyMode = FrequencyMode.ExpectedLoss, Trials = 200_000, LossThresholds = [1_000_000, 5_000_000], KeepTrialLosses = true };
        var result = FairSimulator.Run(ReferenceScenarios.Standard(), options);

        Assert.Equal(result.TrialLosses.Count(x => x > 1_000_000) / 200_000.0, result.ProbabilityOfLossAbove(1_000_000));
        Assert.Equal(0, result.ProbabilityOfLossAbove(5_000_000));
        var evaluation = new RiskAppetiteStatement(1_000_000, 0.05).Evaluate(result);
        Assert.True(evaluation.WithinAppetite);
        Assert.Equal(result.ProbabilityOfLossAbove(1_000_000), evaluation.Probability);
        Assert.InRange(evaluation.Probability, 0.005, 0.05);
        Assert.Contains("within appetite", evaluation.Explanation, StringComparison.Ordinal);
        Assert.Equal(evaluation.Explanation, evaluation.ToString());
        Assert.False(new RiskAppetiteStatement(1_000_000, 0.001).Evaluate(result).WithinAppetite);

        var plain = FairSimulator.Run(ReferenceScenarios.Standard(), new FairSimulationOptions { Seed = 42, FrequencyMode = FrequencyMode.ExpectedLoss, Trials = 10_000 });
        Assert.Throws<InvalidOperationException>(() => plain.ProbabilityOfLossAbove(123));
    }

    [Fact]
    public void Portfolio_of_one_scenario_equals_the_single_run_and_contributions_add_up()
    {
        var options = new FairSimulationOptions { Trials = 50_000, Seed = 9 };
        var single = FairSimulator.Run(ReferenceScenarios.Standard(), options);
        var portfolio = FairSimulator.RunPortfolio([ReferenceScenarios.Standard()], options);

        Assert.Equal(single.Mean, portfolio.Total.Mean);
        Assert.Equal(single.Percentiles, portfolio.Total.Percentiles);
        Assert.Equal(1.0, portfolio.Contributions.Single().ShareOfMean);
    }

    [Fact]
    public void Reference_portfolio_mean_matches_the_exact_value()
    {
        var scenarios = Enumerable.Range(0, 1000).Select(ReferenceScenarios.Portfolio).ToList();
        var portfolio = FairSimulator.RunPortfolio(scenarios, new FairSimulationOptions { Seed = 42, FrequencyMode = FrequencyMode.ExpectedLoss, Trials = 4_000 });

        Assert.InRange(portfolio.Total.Mean, 225_949_510 * 0.995, 225_949_510 * 1.005);
        Assert.Equal(1000, portfolio.Contributions.Length);
        Assert.Equal(1.0, portfolio.Contributions.Sum(c => c.ShareOfMean), 9);
        Assert.Equal(portfolio.Total.Mean, portfolio.Contributions.Sum(c => c.Mean), 1e-6 * portfolio.Total.Mean);
    }

    [Fact]
    public void Controls_reduce_risk_on_common_random_numbers_and_report_roi()
    {
        var tef40 = new FairControl("Rate limiting", 20_000, [ControlEffect.Reduce(FairNode.ThreatEventFrequency, Estimate.Constant(0.4))]);
        var stronger = new FairControl("Hardening", 50_000, [ControlEffect.Shift(FairNode.ResistanceStrength, Estimate.Pert(0.05, 0.1, 0.15))]);
        var options = new FairSimulationOptions { Seed = 42, FrequencyMode = FrequencyMode.ExpectedLoss, Trials = 200_000 };

        var analysis = FairSimulator.AnalyzeControls(ReferenceScenarios.Standard(), [tef40, stronger], options);

        var plain = FairSimulator.Run(ReferenceScenarios.Standard(), options);
        Assert.Equal(plain.Mean, analysis.Before.Mean, plain.Mean * 1e-12);
        var alone = analysis.PerControl[0];
        Assert.Equal(analysis.Before.Mean * 0.6, alone.MeanAfter, analysis.Before.Mean * 1e-9); // same draws: exactly 60 %
        Assert.Equal((analysis.Before.Mean - alone.MeanAfter - 20_000) / 20_000, alone.ReturnOnInvestment, 9);
        Assert.True(analysis.PerControl[1].MeanAfter < analysis.Before.Mean);
        Assert.True(analysis.After.Mean < alone.MeanAfter);
        Assert.Equal(70_000, analysis.Combined.AnnualCost);
        Assert.True(analysis.After.Vulnerability < analysis.Before.Vulnerability);
    }

    [Fact]
    public void Controls_in_per_event_mode_thin_events_and_reduce_loss_forms()
    {
        var scenario = FairScenario.FromLossEvents("forms", lossEventFrequency: Estimate.Pert(1, 3, 8),
            primaryLossByForm: new Dictionary<LossForm, Estimate> { [LossForm.Response] = Estimate.Constant(1000), [LossForm.Productivity] = Estimate.Constant(500) });
        var response = new FairControl("IR retainer", 100, [ControlEffect.Reduce(FairNode.PrimaryLoss, Estimate.Constant(0.3), LossForm.Response)]);
        var fewer = new FairControl("Awareness", 100, [ControlEffect.Reduce(FairNode.LossEventFrequency, Estimate.Constant(0.5))]);

        var analysis = FairSimulator.AnalyzeControls(scenario, [response, fewer], new FairSimulationOptions { Trials = 200_000, Seed = 1 });

        Assert.Equal(analysis.Before.Mean * (1 - (0.3 * 1000 / 1500)), analysis.PerControl[0].MeanAfter, analysis.Before.Mean * 1e-9);
        Assert.InRange(analysis.PerControl[1].MeanAfter / analysis.Before.Mean, 0.49, 0.51);
    }

    [Fact]
    public void Controls_on_missing_nodes_are_reported_with_paths()
    {
        var direct = FairScenario.FromLossEvents("lef", lossEventFrequency: Estimate.Constant(1), primaryLoss: Estimate.Constant(1));
        var bad = new FairControl("bad", 1,
        [
            ControlEffect.Reduce(FairNode.ThreatEventFrequency, Estimate.Constant(0.5)),
            ControlEffect.Shift(FairNode.PrimaryLoss, Estimate.Constant(1)),
            ControlEffect.Reduce(FairNode.LossEventFrequency, Estimate.Constant(1.5)),
        ]);

        var ex = Assert.Throws<FairValidationException>(() => FairSimulator.AnalyzeControls(direct, [bad]));

        Assert.Equal(["/controls/0/effects/0", "/controls/0/effects/1", "/controls/0/effects/2/amount"], ex.Diagnostics.Select(p => p.Path));
        Assert.Equal(
            [RiskDiagnosticCodes.EffectTargetMissing, RiskDiagnosticCodes.ShiftNotAllowed, RiskDiagnosticCodes.OutOfRange],
            ex.Diagnostics.Select(p => p.Code));
    }

    [Fact]
    public void Sensitivity_ranks_inputs_by_swing()
    {
        var bars = FairSimulator.Sensitivity(ReferenceScenarios.Standard(), new FairSimulationOptions { Seed = 42, FrequencyMode = FrequencyMode.ExpectedLoss, Trials = 50_000 });

        Assert.Equal(6, bars.Length);
        Assert.True(bars.Zip(bars.Skip(1)).All(p => p.First.Swing >= p.Second.Swing));
        Assert.Equal("/threatCapability", bars[0].Path); // moves vulnerability from ~3 % to ~85 %
        Assert.Equal("/resistanceStrength", bars[1].Path);
        var tef = bars.Single(b => b.Path == "/threatEventFrequency");
        Assert.True(tef.MeanAtHigh > tef.MeanAtLow && tef.HighInput > tef.LowInput);
        var resistance = bars.Single(b => b.Path == "/resistanceStrength");
        Assert.True(resistance.MeanAtHigh < resistance.MeanAtLow); // stronger resistance, less loss
    }

    [Fact]
    public void Sensitivity_means_are_the_means_of_full_runs()
    {
        // The mean-only path must give the bits of Run(...).Mean of the scenario with the input held.
        var options = new FairSimulationOptions { Seed = 3, Trials = 30_000 };
        var scenario = ReferenceScenarios.Standard();
        foreach (var bar in FairSimulator.Sensitivity(scenario, options))
        {
            Assert.Equal(FairSimulator.Run(scenario.Replace(bar.Path, Estimate.Constant(bar.LowInput)), options).Mean, bar.MeanAtLow);
            Assert.Equal(FairSimulator.Run(scenario.Replace(bar.Path, Estimate.Constant(bar.HighInput)), options).Mean, bar.MeanAtHigh);
        }
    }

    private sealed class SynchronousProgress(Action<double> report) : IProgress<double>
    {
        public void Report(double value) => report(value);
    }
}
