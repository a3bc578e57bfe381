using Aims.Mapping;
using Aims.Model;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Aims.Tests.Mapping;

/// <summary>Generators for the EU AI Act and STAR for AI result types, from small domains so that equal pairs are common.</summary>
public static class MappingResultTypeArbitraries
{
    private static readonly Gen<string> Words = Gen.Elements("Art.26", "Art.5", "Deployer duties");
    private static readonly Gen<bool> Flags = ArbMap.Default.GeneratorFor<bool>();

    public static Arbitrary<AiActObligation> Obligations() =>
        (from article in Words
         from title in Words
         from reason in Words
         from prohibition in Flags
         select new AiActObligation(article, title, reason, prohibition)).ToArbitrary();

    public static Arbitrary<ApplicationDate> ApplicationDates() =>
        (from provision in Words
         from description in Words
         from day in Gen.Choose(1, 2)
         from source in Words
         from amendedBy in Gen.Elements<string?>(null, "Regulation (EU) 2026/1744")
         from verified in Flags
         select new ApplicationDate(provision, description, new DateOnly(2026, 8, day), source, amendedBy, verified)).ToArbitrary();

    public static Arbitrary<HighRiskClassification> Classifications() =>
        (from high in Flags
         from route in Gen.Elements("Art.6(1)", "none")
         from explanation in Words
         select new HighRiskClassification(high, route, explanation)).ToArbitrary();

    public static Arbitrary<ReadinessItem> ReadinessItems() =>
        (from id in Gen.Elements("L1.1", "L2.1")
         from title in Words
         from met in Flags
         from reason in Words
         select new ReadinessItem(id, title, met, reason)).ToArbitrary();

    public static Arbitrary<StarForAiEvidence> Evidence() =>
        (from version in Gen.Elements<string?>(null, "1.0.2", "1.1.0")
         from answered in Flags
         from submitted in Flags
         from score in Flags
         select new StarForAiEvidence(version).WithAllQuestionsAnswered(answered).WithSubmittedToRegistry(submitted).WithValidAiTedScore(score)).ToArbitrary();
}

[Properties(Arbitrary = [typeof(MappingResultTypeArbitraries)])]
public class MappingResultTypeProperties
{
    [Property]
    public bool AiActObligation_has_value_equality(AiActObligation x, AiActObligation y) =>
        EqualityLaws.Hold(x, new AiActObligation(x.ArticleId, x.Title, x.Reason, x.IsProhibition), y,
            o => (o.ArticleId, o.Title, o.Reason, o.IsProhibition), (a, b) => a == b, (a, b) => a != b);

    [Property]
    public bool ApplicationDate_has_value_equality(ApplicationDate x, ApplicationDate y) =>
        EqualityLaws.Hold(x, new ApplicationDate(x.Provision, x.Description, x.AppliesFrom, x.Source, x.AmendedBy, x.IsVerified), y,
            d => (d.Provision, d.Description, d.AppliesFrom, d.Source, d.AmendedBy, d.IsVerified), (a, b) => a == b, (a, b) => a != b);

    [Property]
    public bool HighRiskClassification_has_value_equality(HighRiskClassification x, HighRiskClassification y) =>
        EqualityLaws.Hold(x, new HighRiskClassification(x.IsHighRisk, x.Route, x.Explanation), y,
            c => (c.IsHighRisk, c.Route, c.Explanation), (a, b) => a == b, (a, b) => a != b);

    [Property]
    public bool ReadinessItem_has_value_equality(ReadinessItem x, ReadinessItem y) =>
        EqualityLaws.Hold(x, new ReadinessItem(x.RequirementId, x.Title, x.IsMet, x.Reason), y,
            i => (i.RequirementId, i.Title, i.IsMet, i.Reason), (a, b) => a == b, (a, b) => a != b);

    [Property]
    public bool StarForAiEvidence_has_value_equality(StarForAiEvidence x, StarForAiEvidence y) =>
        EqualityLaws.Hold(x,
            new StarForAiEvidence(x.AiCaiqVersion).WithAllQuestionsAnswered(x.AllQuestionsAnswered).WithSubmittedToRegistry(x.SubmittedToRegistry).WithValidAiTedScore(x.HasValidAiTedScore),
            y, e => (e.AiCaiqVersion, e.AllQuestionsAnswered, e.SubmittedToRegistry, e.HasValidAiTedScore), (a, b) => a == b, (a, b) => a != b);

    [Property]
    public bool StarForAiEvidence_copies_change_only_their_own_flag(StarForAiEvidence x, bool value) =>
        x.WithAllQuestionsAnswered(value) is var a && a.AllQuestionsAnswered == value
            && (a.AiCaiqVersion, a.SubmittedToRegistry, a.HasValidAiTedScore) == (x.AiCaiqVersion, x.SubmittedToRegistry, x.HasValidAiTedScore)
        && x.WithSubmittedToRegistry(value) is var s && s.SubmittedToRegistry == value
            && (s.AiCaiqVersion, s.AllQuestionsAnswered, s.HasValidAiTedScore) == (x.AiCaiqVersion, x.AllQuestionsAnswered, x.HasValidAiTedScore)
        && x.WithValidAiTedScore(value) is var v && v.HasValidAiTedScore == value
            && (v.AiCaiqVersion, v.AllQuestionsAnswered, v.SubmittedToRegistry) == (x.AiCaiqVersion, x.AllQuestionsAnswered, x.SubmittedToRegistry);
}

public class MappingResultTypeTests
{
    [Fact]
    public void Constructors_reject_blank_text()
    {
        Assert.Equal("reason", Assert.Throws<ArgumentException>(() => new AiActObligation("Art.26", "Obligations of deployers", " ", false)).ParamName);
        Assert.Throws<ArgumentNullException>(() => new AiActObligation(null!, "t", "r", false));
        Assert.Equal("amendedBy", Assert.Throws<ArgumentException>(() => new ApplicationDate("Art.113", "d", new DateOnly(2026, 8, 2), "OJ", " ", true)).ParamName);
        Assert.Equal("source", Assert.Throws<ArgumentException>(() => new ApplicationDate("Art.113", "d", new DateOnly(2026, 8, 2), "", null, true)).ParamName);
        Assert.Equal("route", Assert.Throws<ArgumentException>(() => new HighRiskClassification(true, "", "e")).ParamName);
        Assert.Equal("title", Assert.Throws<ArgumentException>(() => new ReadinessItem("L1.1", "", true, "r")).ParamName);
    }

    [Fact]
    public void StarForAiEvidence_rejects_a_version_that_is_not_a_version_number()
    {
        var ex = Assert.Throws<ArgumentException>(() => new StarForAiEvidence("latest"));

        Assert.Equal("aiCaiqVersion", ex.ParamName);
        Assert.Contains("'latest' is not a version number such as 1.0.2.", ex.Message, StringComparison.Ordinal);
        Assert.Null(StarForAiEvidence.None.AiCaiqVersion);
        Assert.False(StarForAiEvidence.None.AllQuestionsAnswered || StarForAiEvidence.None.SubmittedToRegistry || StarForAiEvidence.None.HasValidAiTedScore);
    }

    [Fact]
    public void Lists_are_computed_once_not_on_every_read()
    {
        var soa = new StatementOfApplicability(new DocumentRevision("1.0"),
            Iso42001.Catalog.Controls.Select(c => new SoaEntry(c.Id, true).WithJustification("x").WithStatus(ImplementationStatus.Planned)));
        var report = CoverageAnalysis.Analyze(soa, FrameworkIds.Iso27001);

        Assert.Same(report.Gaps, report.Gaps);
        Assert.Equal(report.Items.Where(i => i.Status == CoverageStatus.NotCovered), report.Gaps);
        Assert.Same(EuAiActApplicationDates.Original, EuAiActApplicationDates.Original);
        Assert.Same(EuAiActApplicationDates.Amendments, EuAiActApplicationDates.Amendments);
    }
}
