using Aims.Mapping;
using Aims.Model;

namespace Aims.Tests.Mapping;

public class EuAiActObligationsTests
{
    private static IEnumerable<string> Articles(AiActProfile profile) => EuAiActObligations.For(profile).Select(o => o.ArticleId);

    [Fact]
    public void High_risk_provider_gets_requirements_qms_conformity_registration_and_incident_reporting()
    {
        var articles = Articles(new AiActProfile([EuAiActOperatorRole.Provider], EuAiActRiskCategory.High, "AnnexIII.4")).ToList();

        foreach (var article in new[] { "Art.4", "Art.9", "Art.10", "Art.14", "Art.17", "Art.43", "Art.47", "Art.48", "Art.49", "Art.72", "Art.73", "Art.99" })
        {
            Assert.Contains(article, articles);
        }

        Assert.DoesNotContain("Art.26", articles);
        Assert.DoesNotContain("Art.22", articles);
    }

    [Fact]
    public void Public_body_deployer_of_high_risk_needs_a_fria_and_registration()
    {
        var obligations = EuAiActObligations.For(new AiActProfile([EuAiActOperatorRole.Deployer], EuAiActRiskCategory.High, "AnnexIII.5", deployerIsPublicBody: true));

        Assert.Equal(["Art.4", "Art.25", "Art.26", "Art.27", "Art.49", "Art.99"], obligations.Select(o => o.ArticleId)); // article order
        Assert.Contains("public body", obligations.Single(o => o.ArticleId == "Art.27").Reason, StringComparison.Ordinal);
        Assert.Equal("Fundamental rights impact assessment for high-risk AI systems", obligations.Single(o => o.ArticleId == "Art.27").Title);
    }

    [Fact]
    public void Private_credit_scoring_deployer_is_told_when_the_fria_applies()
    {
        var fria = EuAiActObligations.For(new AiActProfile([EuAiActOperatorRole.Deployer], EuAiActRiskCategory.High, "AnnexIII.5")).Single(o => o.ArticleId == "Art.27");

        Assert.Contains("creditworthiness", fria.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Prohibited_practices_are_flagged_first()
    {
        var obligations = EuAiActObligations.For(new AiActProfile([EuAiActOperatorRole.Deployer], EuAiActRiskCategory.Prohibited));

        Assert.True(obligations[0].IsProhibition);
        Assert.Equal("Art.5", obligations[0].ArticleId);
    }

    [Fact]
    public void Limited_risk_and_gpai_obligations_follow_the_role()
    {
        Assert.Equal(["Art.4", "Art.50(1)", "Art.50(2)"], Articles(new AiActProfile([EuAiActOperatorRole.Provider], EuAiActRiskCategory.Limited)));
        Assert.Equal(["Art.4", "Art.50(3)", "Art.50(4)"], Articles(new AiActProfile([EuAiActOperatorRole.Deployer], EuAiActRiskCategory.Limited)));
        var gpai = Articles(new AiActProfile([EuAiActOperatorRole.Provider], EuAiActRiskCategory.GeneralPurpose, hasSystemicRisk: true, establishedOutsideUnion: true)).ToList();
        Assert.Equal(["Art.4", "Art.51", "Art.53", "Art.54", "Art.55", "Art.101"], gpai);
        Assert.Equal(["Art.4"], Articles(new AiActProfile([EuAiActOperatorRole.Deployer], EuAiActRiskCategory.Minimal)));
    }

    [Fact]
    public void Every_obligation_cites_an_article_of_the_catalog()
    {
        var act = FrameworkCatalogs.Get(FrameworkIds.EuAiAct);
        foreach (var category in Enum.GetValues<EuAiActRiskCategory>())
        {
            var profile = new AiActProfile(Enum.GetValues<EuAiActOperatorRole>(), category, "AnnexIII.1", true, true, true, true);
            Assert.All(EuAiActObligations.For(profile), o => Assert.True(act.Contains(o.ArticleId), o.ArticleId));
        }
    }

    [Theory]
    [InlineData(true, null, false, false, true, "Art.6(1)")]
    [InlineData(false, "AnnexIII.4", false, false, true, "Art.6(2)")]
    [InlineData(false, "AnnexIII.4", false, true, false, "Art.6(3)")]
    [InlineData(false, "AnnexIII.4", true, true, true, "Art.6(2)")]
    [InlineData(false, null, false, false, false, "none")]
    public void ClassifyHighRisk_applies_article_6(bool annexI, string? area, bool profiling, bool exception, bool high, string route)
    {
        var result = EuAiActObligations.ClassifyHighRisk(annexI, area, profiling, exception);

        Assert.Equal((high, route), (result.IsHighRisk, result.Route));
    }

    [Fact]
    public void Profile_rejects_bad_input()
    {
        Assert.Throws<ArgumentException>(() => new AiActProfile([], EuAiActRiskCategory.High));
        Assert.Throws<ArgumentException>(() => new AiActProfile([EuAiActOperatorRole.Provider], EuAiActRiskCategory.High, "AnnexIII.9"));
    }
}
