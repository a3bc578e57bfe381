using Aims.Model;
using Aims.Risk;

namespace Aims.Tests.Model;

public class SmallTypesTests
{
    [Theory]
    [InlineData(ThreatTaxonomy.Stride, "Tampering")]
    [InlineData(ThreatTaxonomy.OwaspLlmTop10, "LLM01")]
    [InlineData(ThreatTaxonomy.OwaspLlmTop10, "LLM10:2025")]
    [InlineData(ThreatTaxonomy.MitreAtlas, "AML.T0051")]
    [InlineData(ThreatTaxonomy.MitreAtlas, "AML.T0051.000")]
    [InlineData(ThreatTaxonomy.Linddun, "DataDisclosure")]
    [InlineData(ThreatTaxonomy.MitreAtlas, "AML.TA0005")]
    [InlineData(ThreatTaxonomy.OwaspAgenticTop10, "ASI02")]
    [InlineData(ThreatTaxonomy.OwaspAgenticTop10, "ASI10:2026")]
    [InlineData(ThreatTaxonomy.NistAi600, "CONFABULATION")]
    public void ThreatReference_accepts_valid_ids(ThreatTaxonomy taxonomy, string id) =>
        Assert.Equal(id, new ThreatReference(taxonomy, id).Id);

    [Theory]
    [InlineData(ThreatTaxonomy.Stride, "tampering")]
    [InlineData(ThreatTaxonomy.OwaspLlmTop10, "LLM11")]
    [InlineData(ThreatTaxonomy.OwaspLlmTop10, "LLM1")]
    [InlineData(ThreatTaxonomy.MitreAtlas, "T0051")]
    [InlineData(ThreatTaxonomy.Linddun, "Spoofing")]
    [InlineData(ThreatTaxonomy.MitreAtlas, "AML.TA005")]
    [InlineData(ThreatTaxonomy.OwaspAgenticTop10, "ASI11")]
    [InlineData(ThreatTaxonomy.OwaspAgenticTop10, "LLM01")]
    [InlineData(ThreatTaxonomy.NistAi600, "Confabulation")]
    public void ThreatReference_rejects_malformed_ids(ThreatTaxonomy taxonomy, string id) =>
        Assert.Equal("id", Assert.Throws<ArgumentException>(() => new ThreatReference(taxonomy, id)).ParamName);

    [Fact]
    public void DocumentRevision_Next_appends_to_the_log_and_the_log_must_end_at_the_current_version()
    {
        var at = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

        var revision = DocumentRevision.Draft.Next("1.0", "Ana", at, "Approved").Next("1.1", "Bo", at.AddDays(1), "Typo");

        Assert.Equal("1.1", revision.Version);
        Assert.Equal(["1.0", "1.1"], revision.ChangeLog.Select(c => c.Version));
        Assert.Throws<ArgumentException>(() => new DocumentRevision("2.0", [new ChangeLogEntry("1.0", "Ana", at, "x")]));
    }

    [Fact]
    public void RiskEntry_rejects_default_ratings_and_Accept_needs_a_residual_rating()
    {
        Assert.Equal("inherent", Assert.Throws<ArgumentException>(() => new RiskEntry("R-1", "x", "CRO", default)).ParamName);
        Assert.Equal("residual", Assert.Throws<ArgumentException>(() => new RiskEntry("R-1", "x", "CRO", new RiskRating(1, 1)).WithResidual(default(RiskRating))).ParamName);
        var risk = new RiskEntry("R-1", "x", "CRO", new RiskRating(4, 4));
        Assert.Throws<InvalidOperationException>(() => risk.Accept(new RiskAcceptance("CRO", new DateOnly(2026, 1, 1))));
        Assert.Equal(new RiskRating(4, 4), risk.Position(null).Current);
    }

    [Fact]
    public void ImpactAssessment_needs_both_approver_and_date()
    {
        Assert.Throws<ArgumentException>(() => new ImpactAssessment("IA", "s", DocumentRevision.Draft).WithApproval("CRO", null));
        var approved = new ImpactAssessment("IA", "s", DocumentRevision.Draft).Approve("CRO", new DateOnly(2026, 1, 1));
        Assert.True(approved.IsApproved);
    }

    [Fact]
    public void ManagementReview_lists_the_topics_it_did_not_consider()
    {
        var review = new ManagementReview("MR", new DateOnly(2026, 1, 1)).WithInputs([new ManagementReviewInput(ManagementReviewTopic.Performance, "ok")]);

        Assert.Equal(
            [ManagementReviewTopic.PreviousActions, ManagementReviewTopic.ContextChanges, ManagementReviewTopic.InterestedPartyNeeds, ManagementReviewTopic.ImprovementOpportunities],
            review.MissingTopics);
    }

    [Theory]
    [InlineData(1, 1, RiskBand.Low)]
    [InlineData(2, 2, RiskBand.Low)]
    [InlineData(1, 5, RiskBand.Medium)]
    [InlineData(3, 3, RiskBand.Medium)]
    [InlineData(2, 5, RiskBand.High)]
    [InlineData(4, 4, RiskBand.High)]
    [InlineData(4, 5, RiskBand.Critical)]
    public void RiskRating_band_follows_the_5x5_thresholds(int likelihood, int impact, RiskBand band) =>
        Assert.Equal(band, new RiskRating(likelihood, impact).Band);

    [Fact]
    public void AimsResult_From_hides_the_value_only_when_there_is_an_error()
    {
        var warning = new AimsDiagnostic("AIMS9999", "/x", "careful", DiagnosticSeverity.Warning);
        var error = new AimsDiagnostic("AIMS9999", "/x", "broken");

        Assert.True(AimsResult.From(42, [warning]).TryGetValue(out var value) && value == 42);
        var failed = AimsResult.From(42, [warning, error]);
        Assert.False(failed.TryGetValue(out _));
        var ex = Assert.Throws<AimsValidationException>(() => failed.GetValueOrThrow());
        Assert.Equal(2, ex.Diagnostics.Length);
    }

    [Fact]
    public void AimsResult_From_with_errors_keeps_the_partial_value_and_counts()
    {
        var error = new AimsDiagnostic("AIMS9999", "/rows/3/Id", "broken");

        var partial = AimsResult.From<IReadOnlyList<string>>(["a", "b"], [error], new RecordCounts(3, 2));

        Assert.False(partial.IsValid);
        Assert.True(partial.HasValue);
        Assert.False(partial.TryGetValue(out _));
        Assert.True(partial.TryGetPartialValue(out var kept));
        Assert.Equal(["a", "b"], kept);
        Assert.Equal(1, partial.Records!.Value.Rejected);
    }

    [Fact]
    public void AimsResult_Failure_has_no_value_even_partially()
    {
        var failed = AimsResult.Failure<string>([new AimsDiagnostic("AIMS9999", "", "unreadable")], new RecordCounts(0, 0));

        Assert.False(failed.HasValue);
        Assert.False(failed.TryGetPartialValue(out _));
        Assert.Throws<AimsValidationException>(() => failed.GetValueOrThrow());
    }

    [Fact]
    public void RecordCounts_rejects_more_accepted_than_read()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new RecordCounts(1, 2));
        Assert.Throws<ArgumentOutOfRangeException>(() => new RecordCounts(1, -1));
        Assert.Equal(new RecordCounts(4, 2), new RecordCounts(4, 2));
        Assert.NotEqual(new RecordCounts(4, 2), new RecordCounts(4, 3));
    }

    [Fact]
    public void Derived_lists_are_computed_once_and_a_copy_computes_its_own()
    {
        var scope = new AimsScope(new DocumentRevision("1.0"), "All AI")
            .WithBoundaries([new ScopeBoundary("Chatbot", true, "customer facing").WithSystemId("S-1"), new ScopeBoundary("Lab", false, "research only").WithSystemId("S-2")]);
        var wider = scope.WithBoundaries([.. scope.Boundaries, new ScopeBoundary("Scoring", true, "decisions").WithSystemId("S-3")]);

        Assert.Same(scope.SystemsInScope, scope.SystemsInScope);
        Assert.Equal(["S-1"], scope.SystemsInScope);
        Assert.Equal(["S-1", "S-3"], wider.SystemsInScope);

        var review = new ManagementReview("MR-1", new DateOnly(2026, 6, 1)).WithInputs([new ManagementReviewInput(ManagementReviewTopic.Performance, "2 findings")]).WithAttendees(["CEO"]);
        Assert.Same(review.MissingTopics, review.MissingTopics);
        Assert.DoesNotContain(ManagementReviewTopic.Performance, review.MissingTopics);
        Assert.Equal(Enum.GetValues<ManagementReviewTopic>().Length - 1, review.MissingTopics.Count);
    }

    [Fact]
    public void InternalAudit_starts_planned_and_each_copy_sets_one_value()
    {
        var planned = new InternalAudit("AUD-1", "Life cycle", new DateOnly(2026, 9, 15), "Auditor");
        var finding = new AuditFinding("F-1", AuditFindingType.MinorNonconformity, "Drift monitoring missing");

        var performed = planned.WithScope(["8.1", "A.6.2.6"]).WithPerformedOn(new DateOnly(2026, 9, 17)).WithFindings([finding]);

        Assert.Empty(planned.Scope);
        Assert.Null(planned.PerformedOn);
        Assert.Empty(planned.Findings);
        Assert.Equal(["8.1", "A.6.2.6"], performed.Scope);
        Assert.Equal(new DateOnly(2026, 9, 17), performed.PerformedOn);
        Assert.Equal([finding], performed.Findings);
        Assert.Equal((planned.Id, planned.Title, planned.PlannedOn, planned.Auditor), (performed.Id, performed.Title, performed.PlannedOn, performed.Auditor));
        Assert.NotEqual(planned, performed);
        Assert.Equal(performed, planned.WithScope(["8.1", "A.6.2.6"]).WithPerformedOn(new DateOnly(2026, 9, 17)).WithFindings([finding]));
        Assert.Equal(planned, performed.WithScope([]).WithPerformedOn(null).WithFindings([]));
    }

    [Fact]
    public void RiskTreatment_is_planned_until_a_status_is_set_and_each_copy_sets_one_value()
    {
        var modify = new RiskTreatment(TreatmentOption.Modify);

        var started = modify.WithControlIds(["A.6.2.4"]).WithDueOn(new DateOnly(2026, 10, 31)).WithStatus(TreatmentStatus.InProgress).WithPlan("  Filter prompts  ");

        Assert.Equal(TreatmentStatus.Planned, modify.Status);
        Assert.Empty(modify.ControlIds);
        Assert.Null(modify.DueOn);
        Assert.Null(modify.Plan);
        Assert.Equal(TreatmentOption.Modify, started.Option);
        Assert.Equal(["A.6.2.4"], started.ControlIds);
        Assert.Equal(new DateOnly(2026, 10, 31), started.DueOn);
        Assert.Equal(TreatmentStatus.InProgress, started.Status);
        Assert.Equal("Filter prompts", started.Plan);
        Assert.NotEqual(modify, started);
        Assert.Equal(modify, started.WithControlIds([]).WithDueOn(null).WithStatus(TreatmentStatus.Planned).WithPlan(null));
    }

    [Fact]
    public void AiPolicy_dates_are_set_by_name_so_they_cannot_be_swapped()
    {
        var policy = new AiPolicy("POL-1", "AI policy", "CTO", new DocumentRevision("1.0"));

        var approved = policy.WithApprovedOn(new DateOnly(2026, 3, 1));
        var scheduled = policy.WithNextReviewOn(new DateOnly(2027, 3, 1));

        Assert.Equal((null, null), (policy.ApprovedOn, policy.NextReviewOn));
        Assert.Equal((new DateOnly(2026, 3, 1), (DateOnly?)null), (approved.ApprovedOn, approved.NextReviewOn));
        Assert.Equal(((DateOnly?)null, new DateOnly(2027, 3, 1)), (scheduled.ApprovedOn, scheduled.NextReviewOn));
        Assert.NotEqual(approved, scheduled);
        Assert.Equal(approved.WithNextReviewOn(new DateOnly(2027, 3, 1)), scheduled.WithApprovedOn(new DateOnly(2026, 3, 1)));
    }

    [Fact]
    public void ManagementReview_copies_set_one_list_each_and_a_copy_computes_its_own_missing_topics()
    {
        var review = new ManagementReview("MR-1", new DateOnly(2026, 6, 1));
        var decision = new ManagementReviewDecision("Fund drift monitoring", changesAims: false);

        Assert.Equal(Enum.GetValues<ManagementReviewTopic>(), review.MissingTopics);
        var held = review.WithInputs([new ManagementReviewInput(ManagementReviewTopic.Performance, "2 findings")]).WithDecisions([decision]).WithAttendees(["CEO", "CRO"]);

        Assert.DoesNotContain(ManagementReviewTopic.Performance, held.MissingTopics);
        Assert.Contains(ManagementReviewTopic.Performance, review.MissingTopics);
        Assert.Equal([decision], held.Decisions);
        Assert.Equal(["CEO", "CRO"], held.Attendees);
        Assert.Empty(review.Decisions);
        Assert.NotEqual(review, held);
    }

    private static readonly Dictionary<string, Action> InvalidCopies = new(StringComparer.Ordinal)
    {
        ["scope"] = () => new InternalAudit("AUD-1", "Audit", new DateOnly(2026, 1, 1), "Auditor").WithScope(["8.1", " "]),
        ["findings"] = () => new InternalAudit("AUD-1", "Audit", new DateOnly(2026, 1, 1), "Auditor").WithFindings([null!]),
        ["controlIds"] = () => new RiskTreatment(TreatmentOption.Avoid).WithControlIds([""]),
        ["status"] = () => new RiskTreatment(TreatmentOption.Avoid).WithStatus((TreatmentStatus)99),
        ["option"] = () => _ = new RiskTreatment((TreatmentOption)99),
        ["inputs"] = () => new ManagementReview("MR-1", new DateOnly(2026, 1, 1)).WithInputs([null!]),
        ["decisions"] = () => new ManagementReview("MR-1", new DateOnly(2026, 1, 1)).WithDecisions([null!]),
        ["attendees"] = () => new ManagementReview("MR-1", new DateOnly(2026, 1, 1)).WithAttendees(["CEO", " "]),
        ["revision"] = () => _ = new AiPolicy("POL-1", "Policy", "CTO", null!),
    };

    [Theory]
    [InlineData("scope")]
    [InlineData("findings")]
    [InlineData("controlIds")]
    [InlineData("status")]
    [InlineData("option")]
    [InlineData("inputs")]
    [InlineData("decisions")]
    [InlineData("attendees")]
    [InlineData("revision")]
    public void Invalid_values_throw_naming_the_member_so_readers_report_its_path(string member) =>
        Assert.Equal(member, Assert.ThrowsAny<ArgumentException>(InvalidCopies[member]).ParamName);

    [Fact]
    public void ToString_uses_the_vocabulary_words()
    {
        Assert.Equal("owaspLlmTop10:LLM01:2025", new ThreatReference(ThreatTaxonomy.OwaspLlmTop10, "LLM01:2025").ToString());
        Assert.Equal("A.6.2.6 included (inProgress)", new SoaEntry("A.6.2.6", true).WithStatus(ImplementationStatus.InProgress).ToString());
    }
}
