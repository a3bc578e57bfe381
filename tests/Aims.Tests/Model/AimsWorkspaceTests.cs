using Aims.Model;
using Aims.Risk;

namespace Aims.Tests.Model;

public class AimsWorkspaceTests
{
    private static readonly RaciMatrix Raci = new(
    [
        new RaciAssignment("Risk", "CRO", RaciCode.Accountable),
        new RaciAssignment("Risk", "Analyst", RaciCode.Responsible),
    ]);

    [Fact]
    public void Validate_reports_broken_references_with_json_pointer_paths()
    {
        var workspace = new AimsWorkspace("Org").WithSystems([
                new AiSystem("a", "A").WithPurpose("p").WithOwner("CRO").WithEuAiActCategory(EuAiActRiskCategory.Minimal).WithDataSources([new DataSource("d", "D", "secret", DataUse.Training)]),
                new AiSystem("a", "Duplicate").WithPurpose("p").WithOwner("Ghost").WithEuAiActCategory(EuAiActRiskCategory.Minimal),
            ]).WithRisks([
                new RiskEntry("R-1", "x", "CRO", new RiskRating(2, 2)).WithSystemIds(["a", "missing"]).WithTreatment(new RiskTreatment(TreatmentOption.Modify).WithControlIds(["A.6.2.4", "A.42"])),
            ]).WithRaci(Raci).WithIncidents([new AiIncident("I-1", "x", IncidentSeverity.Low, new DateTimeOffset(2026, 1, 2, 0, 0, 0, TimeSpan.Zero))
                .WithSystemIds(["nope"]).WithOccurredAt(new DateTimeOffset(2026, 1, 3, 0, 0, 0, TimeSpan.Zero))]);

        var result = workspace.Validate();

        Assert.False(result.IsValid);
        Assert.Equal(
        [
            (ModelDiagnosticCodes.DuplicateId, "/systems/1/id"),
            (ModelDiagnosticCodes.UnknownClassification, "/systems/0/dataSources/0/classification"),
            (ModelDiagnosticCodes.UnknownOwner, "/systems/1/owner"),
            (ModelDiagnosticCodes.UnknownSystem, "/risks/0/systemIds/1"),
            (ModelDiagnosticCodes.UnknownControl, "/risks/0/treatment/controlIds/1"),
            (ModelDiagnosticCodes.UnknownSystem, "/incidents/0/systemIds/0"),
            (ModelDiagnosticCodes.DateOrder, "/incidents/0/occurredAt"),
        ], result.Diagnostics.Select(d => (d.Code, d.Path)));
    }

    [Fact]
    public void Validate_checks_soa_references_under_the_soa_path()
    {
        var soa = new StatementOfApplicability(new DocumentRevision("1.0"),
            Iso42001.Catalog.Controls.Select(c => new SoaEntry(c.Id, true).WithJustification("x").WithOwner(c.Id == "A.2.2" ? "Nobody" : "CRO")
                .WithRiskIds(c.Id == "A.2.3" ? ["R-404"] : []).WithObligationIds(c.Id == "A.2.3" ? [] : ["OBL-1"])));
        var scope = new AimsScope(new DocumentRevision("1.0"), "Everything").WithObligations([new Obligation("OBL-1", ObligationKind.Legal, "Law")])
            .WithClimateChange(new ClimateChangeRelevance(false, "Inference only", new DateOnly(2026, 1, 1)));

        var result = new AimsWorkspace("Org").WithScope(scope).WithSoa(soa).WithRaci(Raci).Validate();

        Assert.Equal(
            [(ModelDiagnosticCodes.UnknownOwner, "/soa/entries/0/owner"), (ModelDiagnosticCodes.UnknownRisk, "/soa/entries/1/riskIds/0")],
            result.Diagnostics.Select(d => (d.Code, d.Path)));
    }

    [Fact]
    public void Time_based_checks_run_only_with_a_date()
    {
        var workspace = new AimsWorkspace("Org").WithSystems([new AiSystem("a", "A").WithPurpose("p").WithEuAiActCategory(EuAiActRiskCategory.Minimal).WithLastReviewDate(new DateOnly(2024, 1, 1))]).WithReviewIntervalDays(180);

        Assert.Empty(workspace.Validate().Diagnostics);
        var overdue = Assert.Single(workspace.Validate(new DateOnly(2026, 1, 1)).Diagnostics);
        Assert.Equal((ModelDiagnosticCodes.ReviewOverdue, "/systems/0/lastReviewDate", DiagnosticSeverity.Warning), (overdue.Code, overdue.Path, overdue.Severity));
        Assert.Equal(["a"], workspace.SystemsOverdueForReview(new DateOnly(2026, 1, 1)).Select(s => s.Id));
    }

    [Fact]
    public void Certification_milestones_out_of_order_are_reported()
    {
        var plan = new CertificationPlan("CB").WithMilestones(
        [
            new CertificationMilestone(CertificationStage.Stage2, new DateOnly(2026, 3, 1)),
            new CertificationMilestone(CertificationStage.Stage1, new DateOnly(2026, 4, 1)),
            new CertificationMilestone(CertificationStage.Surveillance, new DateOnly(2027, 4, 1)),
            new CertificationMilestone(CertificationStage.Recertification, new DateOnly(2029, 1, 1)),
            new CertificationMilestone(CertificationStage.Surveillance, new DateOnly(2030, 1, 1)),
        ]);

        var result = new AimsWorkspace("Org").WithCertification(plan)
            .WithInternalAudits([new InternalAudit("AUD-1", "AIMS", new DateOnly(2026, 1, 10), "Auditor").WithScope(["4", "5", "6", "7", "8", "9", "10"]).WithPerformedOn(new DateOnly(2026, 1, 10))])
            .WithManagementReviews([new ManagementReview("MR-1", new DateOnly(2026, 2, 1))
                .WithInputs(Enum.GetValues<ManagementReviewTopic>().Select(t => new ManagementReviewInput(t, "Considered.")))])
            .Validate();

        Assert.Equal([(ModelDiagnosticCodes.CertificationOrder, "/certification/milestones/0/plannedOn")], result.Diagnostics.Select(d => (d.Code, d.Path)));
        Assert.Equal("stage2 on 2026-03-01 comes before stage1 on 2026-04-01.", result.Diagnostics[0].Message);   // the vocabulary words
        Assert.Equal(CertificationStage.Stage2, plan.NextMilestone()!.Stage);
        Assert.False(plan.IsCertified);
    }

    [Fact]
    public void Validate_never_throws_on_an_empty_workspace()
    {
        var result = new AimsWorkspace("Empty").Validate(new DateOnly(2026, 1, 1));

        Assert.True(result.IsValid);
    }
}
