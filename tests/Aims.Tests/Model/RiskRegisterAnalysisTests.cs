using Aims.Model;
using Aims.Risk;
using Aims.Samples.Demo;

namespace Aims.Tests.Model;

/// <summary>Issue 15, section 4: residual risk computed from the control measures of the controls the SoA marks implemented.</summary>
public class RiskRegisterAnalysisTests
{
    private static readonly RiskRegisterAnalysisOptions Fast = new() { Simulation = new FairSimulationOptions { Trials = 20_000, Seed = 7 } };

    private static RiskRegisterAnalysis Analyze(AimsWorkspace workspace, RiskRegisterAnalysisOptions? options = null)
    {
        var result = RiskRegisterAnalysis.Analyze(workspace, options ?? Fast);
        Assert.True(result.TryGetPartialValue(out var analysis), string.Join("; ", result.Diagnostics));
        return analysis!;
    }

    private static AimsWorkspace WithStatus(AimsWorkspace w, string controlId, ImplementationStatus status) =>
        w.WithSoa(new StatementOfApplicability(w.Soa!.Revision, w.Soa.Entries.Select(e => e.ControlId == controlId ? e.WithStatus(status) : e)));

    [Fact]
    public void Every_demo_risk_with_implemented_measured_controls_has_a_residual_below_its_inherent_risk()
    {
        var analysis = Analyze(DemoWorkspace.Create());

        Assert.Equal(["R-001", "R-002", "R-003", "R-004", "R-005", "R-007"], analysis.Risks.Select(r => r.RiskId));
        Assert.Equal(["R-006"], analysis.UnquantifiedRiskIds);
        foreach (var risk in analysis.Risks)
        {
            if (risk.Controls.Any(c => c.InResidual))
            {
                Assert.True(risk.Residual.Mean < risk.Inherent.Mean, $"{risk.RiskId}: residual {risk.Residual.Mean} vs inherent {risk.Inherent.Mean}");
            }
            else
            {
                Assert.Equal(risk.Inherent.Mean, risk.Residual.Mean); // no implemented control: the residual is the inherent risk, not a hope
            }
        }

        Assert.True(analysis.Residual.Total.Mean < analysis.Inherent.Total.Mean);
        Assert.Equal(analysis.Risks.Sum(r => r.Residual.Mean), analysis.Residual.Total.Mean, 1e-6 * analysis.Residual.Total.Mean);
    }

    [Fact]
    public void A_control_the_soa_no_longer_marks_implemented_raises_the_residual_of_the_risks_it_acts_on_and_only_theirs()
    {
        var demo = DemoWorkspace.Create();
        var before = Analyze(demo);
        var after = Analyze(WithStatus(demo, "A.10.3", ImplementationStatus.InProgress));

        var r3Before = before.Risks.Single(r => r.RiskId == "R-003");
        var r3After = after.Risks.Single(r => r.RiskId == "R-003");
        Assert.True(r3After.Residual.Mean > r3Before.Residual.Mean);
        Assert.Equal(r3After.Inherent.Mean, r3After.Residual.Mean);
        Assert.False(r3After.Controls.Single().InResidual);
        Assert.Equal(before.Risks.Single(r => r.RiskId == "R-001").Residual.Mean, after.Risks.Single(r => r.RiskId == "R-001").Residual.Mean);
        Assert.Contains(after.Opportunities, o => o.ControlId == "A.10.3" && o.AleReduction > 0);
    }

    [Fact]
    public void A_what_if_counts_a_planned_control_on_the_same_random_numbers_and_ranks_what_is_left()
    {
        var demo = DemoWorkspace.Create();
        var plain = Analyze(demo);
        var whatIf = Analyze(demo, new RiskRegisterAnalysisOptions { Simulation = Fast.Simulation, WhatIf = ["A.6.2.6"] });

        Assert.Contains(plain.Opportunities, o => o.ControlId == "A.6.2.6" && o.RiskIds.SequenceEqual(["R-002", "R-004"]));
        Assert.DoesNotContain(whatIf.Opportunities, o => o.ControlId == "A.6.2.6");
        var r4 = whatIf.Risks.Single(r => r.RiskId == "R-004");
        Assert.Equal(r4.Inherent.Mean, r4.Residual.Mean);
        Assert.True(r4.WhatIf!.Mean < r4.Residual.Mean);
        Assert.Equal(plain.Residual.Total.Mean, whatIf.Residual.Total.Mean); // the residual run is unchanged by asking a what-if
        var gain = plain.Opportunities.Single(o => o.ControlId == "A.6.2.6").AleReduction;
        Assert.Equal(gain, whatIf.Residual.Total.Mean - whatIf.WhatIfResidual!.Total.Mean, 1e-6 * gain);
    }

    [Fact]
    public void A_typed_residual_in_another_band_than_the_computed_one_is_a_warning_at_its_path()
    {
        var scenario = FairScenario.FromLossEvents("outage", Estimate.Pert(5, 8, 12), Estimate.Pert(2_000_000, 3_000_000, 5_000_000));
        var workspace = new AimsWorkspace("Acme")
            .WithRisks([new RiskEntry("R-1", "Outage", "CTO", new RiskRating(5, 5)).WithResidual(new RiskRating(1, 1)).WithScenario(scenario)]);

        var result = RiskRegisterAnalysis.Analyze(workspace, Fast);

        Assert.True(result.IsValid);
        var warning = Assert.Single(result.Diagnostics, d => d.Code == ModelDiagnosticCodes.ResidualRatingDisagrees);
        Assert.Equal("/risks/0/residual", warning.Path);
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
    }

    [Fact]
    public void The_demo_typed_residuals_agree_with_the_computed_bands()
    {
        var result = RiskRegisterAnalysis.Analyze(DemoWorkspace.Create(), Fast);

        Assert.DoesNotContain(result.Diagnostics, d => d.Code == ModelDiagnosticCodes.ResidualRatingDisagrees);
    }

    [Fact]
    public void An_effect_on_a_node_the_scenario_lacks_is_left_out_for_that_risk_with_a_warning_and_a_bad_measure_is_reported_while_the_rest_runs()
    {
        var losses = FairScenario.FromLossEvents("events", Estimate.Pert(1, 2, 4), Estimate.Pert(1_000, 5_000, 20_000));
        var workspace = new AimsWorkspace("Acme")
            .WithSoa(new StatementOfApplicability(DocumentRevision.Draft, [new SoaEntry("A.6.2.4", true).WithStatus(ImplementationStatus.Implemented)]))
            .WithRisks([new RiskEntry("R-1", "Events", "CTO", new RiskRating(3, 3)).WithScenario(losses)
                .WithTreatment(new RiskTreatment(TreatmentOption.Modify).WithControlIds(["A.6.2.4"]))])
            .WithControlMeasures(
            [
                new ControlMeasure("A.6.2.4", new FairControl("testing", 1_000,
                    [ControlEffect.Shift(FairNode.ResistanceStrength, Estimate.Constant(0.1)), ControlEffect.Reduce(FairNode.LossEventFrequency, Estimate.Constant(0.5))])),
                new ControlMeasure("A.6.2.4", new FairControl("broken", 1_000, [ControlEffect.Reduce(FairNode.PrimaryLoss, Estimate.Constant(1.5))])),
            ]);

        var result = RiskRegisterAnalysis.Analyze(workspace, Fast);

        Assert.True(result.TryGetPartialValue(out var analysis));
        Assert.Contains(result.Diagnostics, d => d.Code == ModelDiagnosticCodes.ControlEffectNotApplicable && d.Path == "/controlMeasures/0/effects/0" && d.Severity == DiagnosticSeverity.Warning);
        Assert.Contains(result.Diagnostics, d => d.Path.StartsWith("/controlMeasures/1/effects/0/amount", StringComparison.Ordinal) && d.Severity == DiagnosticSeverity.Error);
        var risk = Assert.Single(analysis!.Risks);
        Assert.Equal("testing", Assert.Single(risk.Controls).Name);
        Assert.Equal(risk.Inherent.Mean * 0.5, risk.Residual.Mean, 0.02 * risk.Inherent.Mean);
    }

    [Fact]
    public void A_register_without_scenarios_fails_with_one_error_and_a_measure_that_acts_on_nothing_is_a_warning()
    {
        var empty = RiskRegisterAnalysis.Analyze(new AimsWorkspace("Acme").WithRisks([new RiskEntry("R-1", "x", "CTO", new RiskRating(1, 1))]));
        Assert.False(empty.HasValue);
        Assert.Equal(ModelDiagnosticCodes.NoQuantifiedRisk, Assert.Single(empty.Diagnostics).Code);

        var idle = DemoWorkspace.Create();
        idle = idle.WithControlMeasures([.. idle.ControlMeasures, new ControlMeasure("A.8.4", new FairControl("idle", 1, [ControlEffect.Reduce(FairNode.LossEventFrequency, Estimate.Constant(0.1))]))]);
        var result = RiskRegisterAnalysis.Analyze(idle, Fast);
        Assert.Contains(result.Diagnostics, d => d.Code == ModelDiagnosticCodes.ControlMeasureActsOnNothing && d.Path == $"/controlMeasures/{idle.ControlMeasures.Length - 1}");
    }

    [Fact]
    public void Options_that_are_a_caller_bug_throw()
    {
        Assert.Throws<ArgumentNullException>(() => RiskRegisterAnalysis.Analyze(null!));
        Assert.Throws<ArgumentException>(() => RiskRegisterAnalysis.Analyze(DemoWorkspace.Create(), new RiskRegisterAnalysisOptions { WhatIf = [" "] }));
        Assert.Throws<ArgumentException>(() => RiskRegisterAnalysis.Analyze(DemoWorkspace.Create(), new RiskRegisterAnalysisOptions { Simulation = new FairSimulationOptions { Trials = 0 } }));
    }

    [Fact]
    public void The_validator_reports_a_measure_for_an_unknown_control_or_risk()
    {
        var demo = DemoWorkspace.Create();
        var workspace = demo.WithControlMeasures([new ControlMeasure("A.99", new FairControl("x", 1, [ControlEffect.Reduce(FairNode.LossEventFrequency, Estimate.Constant(0.1))])).WithRiskIds(["R-404"])]);

        var diagnostics = workspace.Validate(DemoWorkspace.AsOf).Diagnostics;

        Assert.Contains(diagnostics, d => d.Code == ModelDiagnosticCodes.UnknownControl && d.Path == "/controlMeasures/0/controlId");
        Assert.Contains(diagnostics, d => d.Code == ModelDiagnosticCodes.UnknownRisk && d.Path == "/controlMeasures/0/riskIds/0");
    }
}
