using Aims.Model;

namespace Aims.Tests.Model;

public class WorkspaceWarningsTests
{
    private static readonly RaciMatrix Raci = new(
    [
        new RaciAssignment("Fix", "CTO", RaciCode.Accountable),
        new RaciAssignment("Fix", "Dev", RaciCode.Responsible),
    ]);

    private static AiSystem System(string id) => new AiSystem(id, id).WithPurpose("p").WithEuAiActCategory(EuAiActRiskCategory.Minimal).WithLastReviewDate(new DateOnly(2026, 6, 1));

    [Fact]
    public void Scope_reports_unknown_and_unmentioned_systems()
    {
        var scope = new AimsScope(new DocumentRevision("1.0"), "All AI")
            .WithBoundaries([new ScopeBoundary("A", true, "core").WithSystemId("a"), new ScopeBoundary("Ghost", false, "gone").WithSystemId("ghost")])
            .WithObligations([new Obligation("O", ObligationKind.Legal, "Law"), new Obligation("O", ObligationKind.Contractual, "Contract")])
            .WithClimateChange(new ClimateChangeRelevance(true, "Training energy", new DateOnly(2026, 1, 1)));

        var result = new AimsWorkspace("Org").WithScope(scope).WithSystems([System("a"), System("b")]).Validate();

        Assert.Equal(
        [
            (ModelDiagnosticCodes.DuplicateId, "/scope/obligations/1/id"),
            (ModelDiagnosticCodes.UnknownSystem, "/scope/boundaries/1/systemId"),
            (ModelDiagnosticCodes.SystemNotInScope, "/systems/1/id"),
        ], result.Diagnostics.Select(d => (d.Code, d.Path)));
        Assert.Equal(["a"], scope.SystemsInScope);
        Assert.False(scope.IsInScope("ghost"));
        Assert.Null(scope.IsInScope("b"));
    }

    [Fact]
    public void Overdue_reports_actions_and_missing_review_topics_are_warnings()
    {
        var aware = new DateTimeOffset(2026, 10, 1, 0, 0, 0, TimeSpan.Zero);
        var workspace = new AimsWorkspace("Org").WithSystems([System("a")]).WithRaci(Raci).WithIncidents([new AiIncident("I-1", "x", IncidentSeverity.High, aware).WithSystemIds(["a"]).WithSeriousCriteria([SeriousIncidentCriterion.Death])]).WithNonconformities([
                new Nonconformity("NC-1", "open", new DateOnly(2026, 9, 1)).WithCorrectiveActions([new CorrectiveAction("fix", "Dev", new DateOnly(2026, 10, 1))]),
                new Nonconformity("NC-2", "closed", new DateOnly(2026, 9, 1)).WithCorrectiveActions([new CorrectiveAction("fix", "Nobody", new DateOnly(2026, 10, 1))])
                    .WithClosedOn(new DateOnly(2026, 8, 1)),
            ]).WithInternalAudits([new InternalAudit("AUD", "Audit", new DateOnly(2026, 9, 1), "Auditor").WithFindings([new AuditFinding("F", AuditFindingType.MinorNonconformity, "x").WithRequirementId("8.1").WithNonconformityId("NC-9")])]).WithManagementReviews([new ManagementReview("MR", new DateOnly(2026, 9, 1))]).WithImpactAssessments([new ImpactAssessment("IA", "a", DocumentRevision.Draft).Approve("CTO", new DateOnly(2026, 1, 1)).WithNextReviewOn(new DateOnly(2026, 10, 1))]);

        var result = workspace.Validate(new DateOnly(2026, 11, 1));

        Assert.Equal(
        [
            (ModelDiagnosticCodes.ReviewOverdue, "/impactAssessments/0/nextReviewOn", DiagnosticSeverity.Warning),
            (ModelDiagnosticCodes.SeriousIncidentReportOverdue, "/incidents/0/reportedAt", DiagnosticSeverity.Warning),
            (ModelDiagnosticCodes.CorrectiveActionOverdue, "/nonconformities/0/correctiveActions/0/dueOn", DiagnosticSeverity.Warning),
            (ModelDiagnosticCodes.DateOrder, "/nonconformities/1/closedOn", DiagnosticSeverity.Error),
            (ModelDiagnosticCodes.UnknownOwner, "/nonconformities/1/correctiveActions/0/owner", DiagnosticSeverity.Error),
            (ModelDiagnosticCodes.UnknownNonconformity, "/internalAudits/0/findings/0/nonconformityId", DiagnosticSeverity.Error),
            (ModelDiagnosticCodes.ManagementReviewTopicMissing, "/managementReviews/0/inputs", DiagnosticSeverity.Warning),
        ], result.Diagnostics.Select(d => (d.Code, d.Path, d.Severity)));
    }

    [Fact]
    public void A_missing_review_topic_is_named_with_the_word_users_write_and_what_it_means()
    {
        var review = new ManagementReview("MR", new DateOnly(2026, 9, 1)).WithInputs(
        [
            new ManagementReviewInput(ManagementReviewTopic.PreviousActions, "All closed"),
            new ManagementReviewInput(ManagementReviewTopic.Performance, "One incident"),
            new ManagementReviewInput(ManagementReviewTopic.ImprovementOpportunities, "Automate evidence"),
        ]);

        var message = new AimsWorkspace("Org").WithManagementReviews([review]).Validate().Diagnostics
            .Single(d => d.Code == ModelDiagnosticCodes.ManagementReviewTopicMissing).Message;

        Assert.Equal("Management review MR did not consider contextChanges (changes in external and internal issues); "
            + "interestedPartyNeeds (changes in the needs and expectations of interested parties); record an input on each (clause 9.3.2).", message);
        Assert.DoesNotContain("ContextChanges", message, StringComparison.Ordinal);
    }
}
