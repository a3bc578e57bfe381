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
    public void ThreatReference_accepts_valid_ids(ThreatTaxonomy taxonomy, string id) =>
        Assert.Equal(id, new ThreatReference(taxonomy, id).Id);

    [Theory]
    [InlineData(ThreatTaxonomy.Stride, "tampering")]
    [InlineData(ThreatTaxonomy.OwaspLlmTop10, "LLM11")]
    [InlineData(ThreatTaxonomy.OwaspLlmTop10, "LLM1")]
    [InlineData(ThreatTaxonomy.MitreAtlas, "T0051")]
    [InlineData(ThreatTaxonomy.Linddun, "Spoofing")]
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
        Assert.Equal(new RiskRating(4, 4), risk.Current);
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
        var review = new ManagementReview("MR", new DateOnly(2026, 1, 1), [new ManagementReviewInput(ManagementReviewTopic.Performance, "ok")]);

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
            .WithBoundaries([new ScopeBoundary("Chatbot", true, "customer facing", "S-1"), new ScopeBoundary("Lab", false, "research only", "S-2")]);
        var wider = scope.WithBoundaries([.. scope.Boundaries, new ScopeBoundary("Scoring", true, "decisions", "S-3")]);

        Assert.Same(scope.SystemsInScope, scope.SystemsInScope);
        Assert.Equal(["S-1"], scope.SystemsInScope);
        Assert.Equal(["S-1", "S-3"], wider.SystemsInScope);

        var review = new ManagementReview("MR-1", new DateOnly(2026, 6, 1), [new ManagementReviewInput(ManagementReviewTopic.Performance, "2 findings")], [], ["CEO"]);
        Assert.Same(review.MissingTopics, review.MissingTopics);
        Assert.DoesNotContain(ManagementReviewTopic.Performance, review.MissingTopics);
        Assert.Equal(Enum.GetValues<ManagementReviewTopic>().Length - 1, review.MissingTopics.Count);
    }
}
