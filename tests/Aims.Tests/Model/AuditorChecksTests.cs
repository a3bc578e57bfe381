using Aims.Model;
using Aims.Risk;
using Aims.Serialization.Json;

namespace Aims.Tests.Model;

/// <summary>The checks an ISO/IEC 42001 auditor makes across sections (issue 12): each fires on its defect, at its path, and not on the fixed data.</summary>
public class AuditorChecksTests
{
    private static readonly DocumentRevision Rev = new("1.0");

    private static (string Code, string Path)[] Found(AimsWorkspace workspace, string code, DateOnly? asOf = null) =>
        [.. workspace.Validate(asOf).Diagnostics.Where(d => d.Code == code).Select(d => (d.Code, d.Path))];

    private static StatementOfApplicability Soa(params string[] excluded) => new(Rev,
        Iso42001.Catalog.Controls.Select(c => excluded.Contains(c.Id)
            ? new SoaEntry(c.Id, isApplicable: false).WithJustification("Not needed.")
            : new SoaEntry(c.Id, isApplicable: true).WithJustification("Needed.")));

    private static int EntryIndex(string controlId) => Iso42001.Catalog.Controls.Select(c => c.Id).ToList().IndexOf(controlId);

    [Fact]
    public void A_treatment_relying_on_an_excluded_control_is_reported_at_the_control()
    {
        var risk = new RiskEntry("R-1", "Drift", "CRO", new RiskRating(3, 3))
            .WithTreatment(new RiskTreatment(TreatmentOption.Modify).WithControlIds(["A.6.2.4", "A.6.2.6"]));
        var workspace = new AimsWorkspace("Org").WithRisks([risk]).WithSoa(Soa("A.6.2.6"));

        Assert.Equal([(ModelDiagnosticCodes.TreatmentControlExcluded, "/risks/0/treatment/controlIds/1")], Found(workspace, ModelDiagnosticCodes.TreatmentControlExcluded));
        var d = workspace.Validate().Diagnostics.Single(x => x.Code == ModelDiagnosticCodes.TreatmentControlExcluded);
        Assert.Equal(DiagnosticSeverity.Error, d.Severity);
        Assert.Contains($"/soa/entries/{EntryIndex("A.6.2.6")}", d.Message, StringComparison.Ordinal);
        Assert.Contains("include the control in the SoA", d.Message, StringComparison.Ordinal);
        Assert.Empty(Found(workspace.WithSoa(Soa()), ModelDiagnosticCodes.TreatmentControlExcluded));
    }

    [Theory]
    [InlineData(EuAiActRiskCategory.High, RiskLevel.Medium, true)]
    [InlineData(EuAiActRiskCategory.Minimal, RiskLevel.Critical, true)]
    [InlineData(EuAiActRiskCategory.Limited, RiskLevel.High, false)]
    public void A_high_risk_system_out_of_scope_is_reported_at_its_boundary(EuAiActRiskCategory category, RiskLevel level, bool reported)
    {
        var system = new AiSystem("s", "S").WithEuAiActCategory(category).WithRiskLevel(level);
        var scope = new AimsScope(Rev, "AI").WithBoundaries(
        [
            new ScopeBoundary("Subsidiary", false, "Own management system"),
            new ScopeBoundary("S", false, "Not ours").WithSystemId("s"),
        ]);
        var workspace = new AimsWorkspace("Org").WithSystems([system]).WithScope(scope)
            .WithImpactAssessments([new ImpactAssessment("IA-1", "s", Rev)]);

        Assert.Equal(reported ? [(ModelDiagnosticCodes.HighRiskSystemOutOfScope, "/scope/boundaries/1/isIncluded")] : [],
            Found(workspace, ModelDiagnosticCodes.HighRiskSystemOutOfScope));
        Assert.Empty(Found(workspace.WithSystems([system.WithLifecycleStage(LifecycleStage.Retirement)]), ModelDiagnosticCodes.HighRiskSystemOutOfScope));
        Assert.Empty(Found(workspace.WithScope(scope.WithBoundaries([new ScopeBoundary("S", true, "Ours").WithSystemId("s")])), ModelDiagnosticCodes.HighRiskSystemOutOfScope));
    }

    [Fact]
    public void A_high_risk_system_without_an_impact_assessment_is_reported_at_the_system()
    {
        var workspace = new AimsWorkspace("Org").WithSystems(
        [
            new AiSystem("low", "Low").WithEuAiActCategory(EuAiActRiskCategory.Minimal),
            new AiSystem("high", "High").WithEuAiActCategory(EuAiActRiskCategory.High),
        ]).WithImpactAssessments([new ImpactAssessment("IA-1", "low", Rev)]);

        Assert.Equal([(ModelDiagnosticCodes.HighRiskSystemWithoutImpactAssessment, "/systems/1/id")], Found(workspace, ModelDiagnosticCodes.HighRiskSystemWithoutImpactAssessment));
        Assert.Contains("record one for it", workspace.Validate().Diagnostics.Single(d => d.Code == ModelDiagnosticCodes.HighRiskSystemWithoutImpactAssessment).Message, StringComparison.Ordinal);
        Assert.Empty(Found(workspace.WithImpactAssessments([new ImpactAssessment("IA-2", "high", Rev)]), ModelDiagnosticCodes.HighRiskSystemWithoutImpactAssessment));
    }

    [Fact]
    public void Stage_1_and_2_before_an_internal_audit_and_a_management_review_are_reported()
    {
        var plan = new CertificationPlan("CB").WithMilestones(
        [
            new CertificationMilestone(CertificationStage.Stage1, new DateOnly(2026, 3, 1)).WithCompletedOn(new DateOnly(2026, 3, 2)),
            new CertificationMilestone(CertificationStage.Stage2, new DateOnly(2026, 6, 1)),
            new CertificationMilestone(CertificationStage.Surveillance, new DateOnly(2027, 6, 1)),
        ]);
        var audit = new InternalAudit("AUD-1", "AIMS", new DateOnly(2026, 4, 1), "Auditor").WithScope(["4", "5", "6", "7", "8", "9", "10"]);
        var review = new ManagementReview("MR-1", new DateOnly(2026, 2, 1));
        var workspace = new AimsWorkspace("Org").WithCertification(plan).WithInternalAudits([audit]).WithManagementReviews([review]);

        // Stage 1 was completed before any audit; the audit is only planned, which is enough for the planned Stage 2.
        Assert.Equal([(ModelDiagnosticCodes.CertificationBeforeAuditAndReview, "/certification/milestones/0/completedOn")],
            Found(workspace, ModelDiagnosticCodes.CertificationBeforeAuditAndReview));
        Assert.Contains("before any internal audit of the AIMS", workspace.Validate().Diagnostics.First(d => d.Code == ModelDiagnosticCodes.CertificationBeforeAuditAndReview).Message, StringComparison.Ordinal);

        // At a date after the audit's planned date, an audit not performed no longer counts for the planned Stage 2.
        Assert.Equal(
            [(ModelDiagnosticCodes.CertificationBeforeAuditAndReview, "/certification/milestones/0/completedOn"), (ModelDiagnosticCodes.CertificationBeforeAuditAndReview, "/certification/milestones/1/plannedOn")],
            Found(workspace, ModelDiagnosticCodes.CertificationBeforeAuditAndReview, new DateOnly(2026, 5, 1)));

        // No review at all: both stages, whatever the audits.
        var noReview = workspace.WithManagementReviews([]).WithInternalAudits([audit.WithPerformedOn(new DateOnly(2026, 1, 15))]);
        Assert.Equal(2, Found(noReview, ModelDiagnosticCodes.CertificationBeforeAuditAndReview).Length);
        Assert.Contains("before any management review", noReview.Validate().Diagnostics.First(d => d.Code == ModelDiagnosticCodes.CertificationBeforeAuditAndReview).Message, StringComparison.Ordinal);

        Assert.Empty(Found(workspace.WithInternalAudits([audit.WithPerformedOn(new DateOnly(2026, 1, 15))]), ModelDiagnosticCodes.CertificationBeforeAuditAndReview, new DateOnly(2026, 5, 1)));
    }

    [Fact]
    public void A_partial_internal_audit_does_not_count_for_stage_1_and_2_and_the_message_names_what_it_left_out()
    {
        var plan = new CertificationPlan("CB").WithMilestones([new CertificationMilestone(CertificationStage.Stage1, new DateOnly(2026, 3, 1)).WithCompletedOn(new DateOnly(2026, 3, 2))]);
        var partial = new InternalAudit("AUD-1", "Life cycle", new DateOnly(2026, 1, 10), "Auditor").WithPerformedOn(new DateOnly(2026, 1, 12))
            .WithScope(["4", "5", "6", "7", "8", "9.1", "9.2", "A.6.2.4"]);
        var workspace = new AimsWorkspace("Org").WithCertification(plan).WithInternalAudits([partial])
            .WithManagementReviews([new ManagementReview("MR-1", new DateOnly(2026, 2, 1))]);

        Assert.False(partial.CoversWholeAims);
        Assert.Equal(["9", "10"], partial.UncoveredClauses);   // 9.3 and 10 are missing
        Assert.Equal([(ModelDiagnosticCodes.CertificationBeforeAuditAndReview, "/certification/milestones/0/completedOn")],
            Found(workspace, ModelDiagnosticCodes.CertificationBeforeAuditAndReview));
        Assert.Contains("before a full internal audit (clauses 4 to 10; AUD-1 left out clause 9, 10)",
            workspace.Validate().Diagnostics.Single(d => d.Code == ModelDiagnosticCodes.CertificationBeforeAuditAndReview).Message, StringComparison.Ordinal);

        // Naming every sub-clause covers a clause, as naming the clause does.
        var full = partial.WithScope([.. partial.Scope, "9.3", "10"]);
        Assert.True(full.CoversWholeAims);
        Assert.Empty(Found(workspace.WithInternalAudits([full]), ModelDiagnosticCodes.CertificationBeforeAuditAndReview));
    }

    [Theory]
    [InlineData("A.10.4", EuAiActOperatorRole.Provider)]
    [InlineData("A.8.2", EuAiActOperatorRole.Provider)]
    [InlineData("A.9.2", EuAiActOperatorRole.Deployer)]
    public void An_exclusion_a_role_rule_needs_is_reported_at_the_entry(string control, EuAiActOperatorRole role)
    {
        var system = new AiSystem("s", "S").WithOperatorRoles([role]);
        var workspace = new AimsWorkspace("Org").WithSystems([system]).WithSoa(Soa(control));

        Assert.Equal([(ModelDiagnosticCodes.SoaExclusionContradictsRoles, $"/soa/entries/{EntryIndex(control)}/isApplicable")],
            Found(workspace, ModelDiagnosticCodes.SoaExclusionContradictsRoles));
        Assert.Contains("include the control in the SoA", workspace.Validate().Diagnostics.Single(d => d.Code == ModelDiagnosticCodes.SoaExclusionContradictsRoles).Message, StringComparison.Ordinal);

        // A system that does not count for the organization (retired, or out of scope) drives nothing.
        Assert.Empty(Found(workspace.WithSystems([system.WithLifecycleStage(LifecycleStage.Retirement)]), ModelDiagnosticCodes.SoaExclusionContradictsRoles));
        Assert.Empty(Found(workspace.WithScope(new AimsScope(Rev, "AI").WithBoundaries([new ScopeBoundary("S", false, "Not ours").WithSystemId("s")])), ModelDiagnosticCodes.SoaExclusionContradictsRoles));
    }

    [Fact]
    public void Role_rules_cover_high_risk_duties_and_suppliers_but_not_unrelated_exclusions()
    {
        var high = new AiSystem("h", "H").WithEuAiActCategory(EuAiActRiskCategory.High);
        var supplied = new AiSystem("c", "C").WithComponents([new ThirdPartyComponent("LLM", ComponentKind.ExternalModelApi, "Vendor")]);
        var workspace = new AimsWorkspace("Org").WithSystems([high, supplied]).WithSoa(Soa("A.5.2", "A.8.4", "A.6.2.8", "A.10.3", "A.10.4", "A.4.4"));

        Assert.Equal(
            new[] { "A.5.2", "A.6.2.8", "A.8.4", "A.10.3" }.Select(c => (ModelDiagnosticCodes.SoaExclusionContradictsRoles, $"/soa/entries/{EntryIndex(c)}/isApplicable")).OrderBy(x => x.Item2, StringComparer.Ordinal),
            Found(workspace, ModelDiagnosticCodes.SoaExclusionContradictsRoles).OrderBy(x => x.Path, StringComparer.Ordinal));
    }

    [Fact]
    public void Nonconformity_requirements_and_sources_that_point_nowhere_are_reported()
    {
        var audit = new InternalAudit("AUD-1", "AIMS", new DateOnly(2026, 1, 10), "Auditor").WithScope(["9.2", "A.99"])
            .WithFindings([new AuditFinding("AUD-1-F1", AuditFindingType.MinorNonconformity, "x").WithRequirementId("11.1")]);
        var incident = new AiIncident("INC-1", "x", IncidentSeverity.Low, new DateTimeOffset(2026, 1, 2, 0, 0, 0, TimeSpan.Zero));
        var workspace = new AimsWorkspace("Org").WithInternalAudits([audit]).WithIncidents([incident]).WithNonconformities(
        [
            new Nonconformity("NC-1", "x", new DateOnly(2026, 1, 11)).WithRequirementId("A.6.2.6").WithSourceId("AUD-1-F1"),
            new Nonconformity("NC-2", "x", new DateOnly(2026, 1, 11)).WithRequirementId("8.4").WithSourceId("AUD-1"),
            new Nonconformity("NC-3", "x", new DateOnly(2026, 1, 11)).WithRequirementId("GOVERN-1.1").WithSourceId("INC-1"),
            new Nonconformity("NC-4", "x", new DateOnly(2026, 1, 11)).WithRequirementId("10.2").WithSourceId("AUD-404"),
        ]);

        Assert.Equal(
            [
                (ModelDiagnosticCodes.UnknownRequirement, "/nonconformities/2/requirementId"),
                (ModelDiagnosticCodes.UnknownRequirement, "/internalAudits/0/scope/1"),
                (ModelDiagnosticCodes.UnknownRequirement, "/internalAudits/0/findings/0/requirementId"),
            ],
            Found(workspace, ModelDiagnosticCodes.UnknownRequirement));
        Assert.Equal([(ModelDiagnosticCodes.UnknownSource, "/nonconformities/3/sourceId")], Found(workspace, ModelDiagnosticCodes.UnknownSource));

        // An additional control of the SoA is a requirement too.
        var soa = new StatementOfApplicability(Rev, [], [new AdditionalControl("X.1", "Extra")]);
        Assert.DoesNotContain(
            Found(workspace.WithSoa(soa).WithNonconformities([new Nonconformity("NC-5", "x", new DateOnly(2026, 1, 11)).WithRequirementId("X.1")]), ModelDiagnosticCodes.UnknownRequirement),
            x => x.Path.StartsWith("/nonconformities", StringComparison.Ordinal));
    }

    [Fact]
    public void Review_figures_that_contradict_the_workspace_are_reported_at_each_figure()
    {
        static DateTimeOffset At(int month, int day) => new(2026, month, day, 9, 0, 0, TimeSpan.Zero);
        var workspace = new AimsWorkspace("Org").WithIncidents(
        [
            new AiIncident("INC-1", "Before the period", IncidentSeverity.Low, At(6, 30)),
            new AiIncident("INC-2", "In the period", IncidentSeverity.High, At(7, 15)),
            new AiIncident("INC-3", "Serious, in the period", IncidentSeverity.Critical, At(9, 30)).WithSeriousCriteria([SeriousIncidentCriterion.FundamentalRightsInfringement]),
            new AiIncident("INC-4", "In the period, known only after the review", IncidentSeverity.Low, At(10, 5)).WithOccurredAt(At(9, 1)),
        ]).WithNonconformities(
        [
            new Nonconformity("NC-1", "Closed before the review", new DateOnly(2026, 1, 5)).WithClosedOn(new DateOnly(2026, 3, 1)),
            new Nonconformity("NC-2", "Open at the review", new DateOnly(2026, 8, 1)).WithClosedOn(new DateOnly(2026, 10, 20)),
            new Nonconformity("NC-3", "Raised after the review", new DateOnly(2026, 10, 10)),
        ]);
        var figures = new ManagementReviewFigures(new DateOnly(2026, 7, 1), new DateOnly(2026, 9, 30));
        var review = new ManagementReview("MR-1", new DateOnly(2026, 10, 1));

        var wrong = workspace.WithManagementReviews([review.WithFigures(figures.WithIncidentCount(3).WithSeriousIncidentCount(2).WithOpenNonconformityCount(0))]);
        Assert.Equal(
            [
                (ModelDiagnosticCodes.ManagementReviewFiguresDiffer, "/managementReviews/0/figures/incidentCount"),
                (ModelDiagnosticCodes.ManagementReviewFiguresDiffer, "/managementReviews/0/figures/seriousIncidentCount"),
                (ModelDiagnosticCodes.ManagementReviewFiguresDiffer, "/managementReviews/0/figures/openNonconformityCount"),
            ],
            Found(wrong, ModelDiagnosticCodes.ManagementReviewFiguresDiffer));
        var first = wrong.Validate().Diagnostics.First(d => d.Code == ModelDiagnosticCodes.ManagementReviewFiguresDiffer);
        Assert.Contains("records incidentCount 3, but the workspace has 2", first.Message, StringComparison.Ordinal);
        Assert.Contains("INC-2, INC-3", first.Message, StringComparison.Ordinal);
        Assert.Contains("correct the recorded figure", first.Message, StringComparison.Ordinal);

        // The right counts, and counts not recorded, pass.
        Assert.Empty(Found(workspace.WithManagementReviews([review.WithFigures(figures.WithIncidentCount(2).WithSeriousIncidentCount(1).WithOpenNonconformityCount(1))]), ModelDiagnosticCodes.ManagementReviewFiguresDiffer));
        Assert.Empty(Found(workspace.WithManagementReviews([review.WithFigures(figures)]), ModelDiagnosticCodes.ManagementReviewFiguresDiffer));
        Assert.Empty(Found(workspace.WithManagementReviews([review]), ModelDiagnosticCodes.ManagementReviewFiguresDiffer));
    }

    [Fact]
    public void Review_figures_reject_a_negative_count_and_a_period_that_ends_before_it_starts()
    {
        var figures = new ManagementReviewFigures(new DateOnly(2026, 7, 1), new DateOnly(2026, 7, 1));

        Assert.Equal("incidentCount", Assert.Throws<ArgumentOutOfRangeException>(() => figures.WithIncidentCount(-1)).ParamName);
        Assert.Equal("seriousIncidentCount", Assert.Throws<ArgumentOutOfRangeException>(() => figures.WithSeriousIncidentCount(-1)).ParamName);
        Assert.Equal("openNonconformityCount", Assert.Throws<ArgumentOutOfRangeException>(() => figures.WithOpenNonconformityCount(-1)).ParamName);
        Assert.Equal("periodEnd", Assert.Throws<ArgumentException>(() => new ManagementReviewFigures(new DateOnly(2026, 7, 2), new DateOnly(2026, 7, 1))).ParamName);
        Assert.Null(figures.WithIncidentCount(4).WithIncidentCount(null).IncidentCount);
        Assert.Equal(0, figures.WithOpenNonconformityCount(0).OpenNonconformityCount);
    }

    [Theory]
    [InlineData("""{"periodStart": "2026-07-01", "periodEnd": "2026-09-30", "incidentCount": -1}""", "/managementReviews/0/figures/incidentCount")]
    [InlineData("""{"periodStart": "2026-07-01", "periodEnd": "2026-06-30"}""", "/managementReviews/0/figures/periodEnd")]
    [InlineData("""{"periodEnd": "2026-09-30"}""", "/managementReviews/0/figures/periodStart")]
    public void Json_review_figures_with_a_bad_value_are_reported_at_the_member(string figures, string path)
    {
        var json = $$"""{"kind": "workspace", "schemaVersion": "1.0", "organization": "Org", "managementReviews": [{"id": "MR-1", "heldOn": "2026-10-01", "figures": {{figures}}}]}""";

        var read = AimsJson.ReadWorkspace(json);

        Assert.Contains(read.Diagnostics, d => d.Path == path && d.Severity == DiagnosticSeverity.Error);
    }

    [Fact]
    public void Json_review_figures_round_trip()
    {
        var review = new ManagementReview("MR-1", new DateOnly(2026, 10, 1))
            .WithFigures(new ManagementReviewFigures(new DateOnly(2026, 7, 1), new DateOnly(2026, 9, 30)).WithIncidentCount(1).WithSeriousIncidentCount(0));
        var workspace = new AimsWorkspace("Org").WithManagementReviews([review]);

        var json = AimsJson.Write(workspace);

        Assert.Contains("\"incidentCount\": 1", json, StringComparison.Ordinal);
        Assert.DoesNotContain("openNonconformityCount", json, StringComparison.Ordinal);
        Assert.True(AimsJson.ReadWorkspace(json).TryGetPartialValue(out var back));   // a draft: its figures differ from its (no) incidents
        Assert.Equal(workspace, back);
    }
}
