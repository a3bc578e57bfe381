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
