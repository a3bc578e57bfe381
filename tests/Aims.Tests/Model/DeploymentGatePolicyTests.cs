using Aims.Model;
using Aims.Risk;

namespace Aims.Tests.Model;

public class DeploymentGatePolicyTests
{
    private static AiSystem Ready(MonitoringStatus monitoring = MonitoringStatus.Monitored) => new AiSystem("s", "S").WithMonitoringStatus(monitoring).WithEvidence([
        new EvidenceReference("Card", EvidenceKind.ModelCard),
        new EvidenceReference("Why", EvidenceKind.ExplainabilityDocumentation),
        new EvidenceReference("Bias", EvidenceKind.BiasFairnessTestResult),
    ]);

    private static RiskEntry Risk(string acceptedBy) =>
        new RiskEntry("R-1", "x", "CRO", new RiskRating(3, 3)).WithSystemIds(["s"]).WithResidual(new RiskRating(1, 3))
            .Accept(new RiskAcceptance(acceptedBy, new DateOnly(2026, 1, 1)));

    [Fact]
    public void A_system_with_all_evidence_passes_the_default_gate()
    {
        var system = Ready();
        var workspace = new AimsWorkspace("Org").WithSystems([system]).WithRisks([Risk("CRO")]).WithImpactAssessments([new ImpactAssessment("IA", "s", DocumentRevision.Draft).Approve("CRO", new DateOnly(2026, 1, 1))]);

        var evaluation = DeploymentGatePolicy.Default.Evaluate(system, workspace);

        Assert.True(evaluation.Passed, string.Join("; ", evaluation.Results.Select(r => r.Reason)));
        Assert.Equal(6, evaluation.Results.Length);
    }

    [Fact]
    public void Each_failed_requirement_says_why()
    {
        var system = Ready(MonitoringStatus.Partial);
        var workspace = new AimsWorkspace("Org").WithSystems([system]).WithRisks([Risk("Someone else")]).WithImpactAssessments([new ImpactAssessment("IA", "s", DocumentRevision.Draft)]);

        var failed = DeploymentGatePolicy.Default.Evaluate(system, workspace).Results.Where(r => !r.Passed).ToList();

        Assert.Equal(
            [GateCheck.MonitoringInPlace, GateCheck.ImpactAssessmentApproved, GateCheck.ResidualRisksAccepted],
            failed.Select(r => r.Requirement.Check));
        Assert.Equal("Monitoring status is partial and no drift monitoring evidence is attached.", failed[0].Reason);   // the vocabulary word
        Assert.Equal("Impact assessment IA is not approved.", failed[1].Reason);
        Assert.Equal("Residual risk not accepted by its owner: R-1.", failed[2].Reason);
    }

    [Fact]
    public void A_low_risk_tool_needs_no_model_card_but_a_high_risk_system_does()
    {
        var bare = new AiSystem("s", "S").WithMonitoringStatus(MonitoringStatus.Monitored);
        var low = bare.WithRiskLevel(RiskLevel.Low);
        var high = bare.WithRiskLevel(RiskLevel.High);
        var workspace = new AimsWorkspace("Org").WithSystems([low]).WithRisks([Risk("CRO")]);

        var lowResult = DeploymentGatePolicy.RiskTiered.Evaluate(low, workspace);
        var highResult = DeploymentGatePolicy.RiskTiered.Evaluate(high, workspace.WithSystems([high]));

        Assert.True(lowResult.Passed, string.Join("; ", lowResult.Results.Select(r => r.Reason)));
        var card = lowResult.Results.Single(r => r.Requirement.EvidenceKind == EvidenceKind.ModelCard);
        Assert.False(card.IsRequired);
        Assert.Equal("Not required at low risk (required at high, critical).", card.Reason);
        Assert.False(highResult.Passed);
        Assert.Equal(
            [EvidenceKind.ModelCard, EvidenceKind.ExplainabilityDocumentation, EvidenceKind.BiasFairnessTestResult],
            highResult.Results.Where(r => !r.Passed && r.Requirement.Check == GateCheck.Evidence).Select(r => r.Requirement.EvidenceKind!.Value));
        Assert.Contains(highResult.Results, r => r.Requirement.Check == GateCheck.ImpactAssessmentApproved && !r.Passed && r.IsRequired);
    }

    [Fact]
    public void An_unassessed_tier_gets_every_requirement()
    {
        var system = new AiSystem("s", "S");   // RiskLevel.NotAssessed

        var results = DeploymentGatePolicy.RiskTiered.Evaluate(system, new AimsWorkspace("Org").WithSystems([system])).Results;

        Assert.All(results, r => Assert.True(r.IsRequired));
        Assert.All(results, r => Assert.False(r.Passed));
    }

    [Fact]
    public void Tiers_are_sorted_distinct_and_not_assessed_is_not_a_tier()
    {
        var requirement = GateRequirement.MonitoringInPlace().WithTiers([RiskLevel.Critical, RiskLevel.High, RiskLevel.Critical]);

        Assert.Equal([RiskLevel.High, RiskLevel.Critical], requirement.Tiers);
        Assert.True(requirement.AppliesTo(RiskLevel.High));
        Assert.False(requirement.AppliesTo(RiskLevel.Medium));
        Assert.True(requirement.AppliesTo(RiskLevel.NotAssessed));
        Assert.NotEqual(GateRequirement.MonitoringInPlace(), requirement);
        Assert.Equal(GateRequirement.MonitoringInPlace(), requirement.WithTiers([]));
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => requirement.WithTiers([RiskLevel.NotAssessed]));
        Assert.Equal("tiers", ex.ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => requirement.WithTiers([(RiskLevel)42]));
    }

    [Fact]
    public void Drift_evidence_satisfies_monitoring_and_missing_risks_fail_acceptance()
    {
        var system = new AiSystem("s", "S").WithEvidence([new EvidenceReference("Dashboard", EvidenceKind.DriftMonitoring)]);
        var policy = new DeploymentGatePolicy("g", "Gate", [GateRequirement.MonitoringInPlace(), GateRequirement.ResidualRisksAccepted()]);

        var results = policy.Evaluate(system, new AimsWorkspace("Org").WithSystems([system])).Results;

        Assert.True(results[0].Passed);
        Assert.False(results[1].Passed);
        Assert.Throws<ArgumentException>(() => new DeploymentGatePolicy("g", "Gate", []));
    }

    [Fact]
    public void Messages_and_default_descriptions_use_the_vocabulary_words()
    {
        var system = new AiSystem("s", "S");
        var requirement = GateRequirement.Evidence(EvidenceKind.ModelCard);

        var result = new DeploymentGatePolicy("g", "Gate", [requirement, GateRequirement.MonitoringInPlace()]).Evaluate(system, new AimsWorkspace("Org").WithSystems([system])).Results;

        Assert.Equal("Evidence: modelCard", requirement.Description);
        Assert.Equal("No modelCard evidence is attached to s.", result[0].Reason);
        Assert.Equal("Monitoring status is notMonitored and no drift monitoring evidence is attached.", result[1].Reason);
        Assert.Equal("Monitoring status is monitored.", new DeploymentGatePolicy("g", "Gate", [GateRequirement.MonitoringInPlace()])
            .Evaluate(system.WithMonitoringStatus(MonitoringStatus.Monitored), new AimsWorkspace("Org")).Results[0].Reason);
    }
}
