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

        Assert.Equal(["Art.4", "Art.25", "Art.26", "Art.26(5)", "Art.27", "Art.49", "Art.99"], obligations.Select(o => o.ArticleId)); // article order
        Assert.Contains("public body", obligations.Single(o => o.ArticleId == "Art.27").Reason, StringComparison.Ordinal);
        Assert.Equal("Fundamental rights impact assessment for high-risk AI systems", obligations.Single(o => o.ArticleId == "Art.27").Title);
    }

    [Fact]
    public void Private_credit_scoring_deployer_is_told_when_the_fria_applies()
    {
        var fria = EuAiActObligations.For(new AiActProfile([EuAiActOperatorRole.Deployer], EuAiActRiskCategory.High, "AnnexIII.5")).Single(o => o.ArticleId == "Art.27");

        Assert.Contains("creditworthiness", fria.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Critical_infrastructure_deployer_gets_no_fria_even_as_a_public_body(bool publicBody)
    {
        var articles = Articles(new AiActProfile([EuAiActOperatorRole.Deployer], EuAiActRiskCategory.High, "AnnexIII.2", deployerIsPublicBody: publicBody)).ToList();

        Assert.DoesNotContain("Art.27", articles);
        Assert.Contains("Art.26", articles);
        Assert.Contains("Art.26(5)", articles);
    }

    [Fact]
    public void Public_body_deployer_in_critical_infrastructure_registers_nationally()
    {
        var registration = EuAiActObligations.For(new AiActProfile([EuAiActOperatorRole.Deployer], EuAiActRiskCategory.High, "AnnexIII.2", deployerIsPublicBody: true))
            .Single(o => o.ArticleId == "Art.49");

        Assert.Contains("national level", registration.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Deployer_of_a_high_risk_system_reports_serious_incidents_but_a_provider_alone_does_not_get_art_26_5()
    {
        Assert.Contains("Art.26(5)", Articles(new AiActProfile([EuAiActOperatorRole.Deployer], EuAiActRiskCategory.High, "AnnexIII.4")));
        Assert.DoesNotContain("Art.26(5)", Articles(new AiActProfile([EuAiActOperatorRole.Provider], EuAiActRiskCategory.High, "AnnexIII.4")));
        Assert.DoesNotContain("Art.26(5)", Articles(new AiActProfile([EuAiActOperatorRole.Deployer], EuAiActRiskCategory.Limited)));
    }

    [Fact]
    public void Gpai_provider_notifies_the_commission_and_a_gpai_deployer_does_not()
    {
        Assert.Contains("Art.52", Articles(new AiActProfile([EuAiActOperatorRole.Provider], EuAiActRiskCategory.GeneralPurpose)));
        Assert.Contains("two weeks", EuAiActObligations.For(new AiActProfile([EuAiActOperatorRole.Provider], EuAiActRiskCategory.GeneralPurpose, hasSystemicRisk: true))
            .Single(o => o.ArticleId == "Art.52").Reason, StringComparison.Ordinal);
        Assert.DoesNotContain("Art.52", Articles(new AiActProfile([EuAiActOperatorRole.Deployer], EuAiActRiskCategory.GeneralPurpose)));
    }

    [Fact]
    public void Open_source_gpai_without_systemic_risk_is_exempt_from_model_documentation_and_representative()
    {
        var articles = Articles(new AiActProfile([EuAiActOperatorRole.Provider], EuAiActRiskCategory.GeneralPurpose, establishedOutsideUnion: true, isOpenSource: true)).ToList();

        Assert.Equal(["Art.4", "Art.52", "Art.53", "Art.53(2)", "Art.54(6)", "Art.101"], articles);
    }

    [Fact]
    public void Open_source_gpai_with_systemic_risk_keeps_every_duty()
    {
        var articles = Articles(new AiActProfile([EuAiActOperatorRole.Provider], EuAiActRiskCategory.GeneralPurpose, hasSystemicRisk: true, establishedOutsideUnion: true, isOpenSource: true)).ToList();

        Assert.Equal(["Art.4", "Art.51", "Art.52", "Art.53", "Art.54", "Art.55", "Art.101"], articles);
    }

    [Fact]
    public void Open_source_flag_needs_a_general_purpose_model()
    {
        Assert.Equal("isOpenSource", Assert.Throws<ArgumentException>(() => new AiActProfile([EuAiActOperatorRole.Provider], EuAiActRiskCategory.High, isOpenSource: true)).ParamName);
        Assert.True(new AiActProfile([EuAiActOperatorRole.Provider], EuAiActRiskCategory.Minimal, isGeneralPurposeModel: true, isOpenSource: true).IsOpenSource);
    }

    [Fact]
    public void Obligations_carry_the_date_they_apply_from_on_the_timeline_in_force()
    {
        var obligations = EuAiActObligations.For(new AiActProfile([EuAiActOperatorRole.Provider, EuAiActOperatorRole.Deployer], EuAiActRiskCategory.High, "AnnexIII.4"));

        Assert.All(obligations, o => Assert.NotNull(o.AppliesFrom));
        Assert.Equal(new DateOnly(2027, 12, 2), obligations.Single(o => o.ArticleId == "Art.9").AppliesFrom);
        Assert.Equal(new DateOnly(2027, 12, 2), obligations.Single(o => o.ArticleId == "Art.26(5)").AppliesFrom);
        Assert.Equal("Amend.AnnexIII", obligations.Single(o => o.ArticleId == "Art.16").Application!.Provision);
        Assert.Equal(new DateOnly(2025, 2, 2), obligations.Single(o => o.ArticleId == "Art.4").AppliesFrom);
        Assert.Equal(new DateOnly(2025, 8, 2), obligations.Single(o => o.ArticleId == "Art.99").AppliesFrom);
        Assert.Equal(new DateOnly(2025, 8, 2), EuAiActObligations.For(new AiActProfile([EuAiActOperatorRole.Provider], EuAiActRiskCategory.GeneralPurpose)).Single(o => o.ArticleId == "Art.53").AppliesFrom);
        Assert.Equal(new DateOnly(2026, 8, 2), EuAiActObligations.For(new AiActProfile([EuAiActOperatorRole.Provider], EuAiActRiskCategory.Limited)).Single(o => o.ArticleId == "Art.50(1)").AppliesFrom);
    }

    [Fact]
    public void Obligations_as_of_a_date_leave_out_those_not_yet_applicable()
    {
        var profile = new AiActProfile([EuAiActOperatorRole.Provider], EuAiActRiskCategory.High, "AnnexIII.4");
        var before = EuAiActObligations.For(profile, new DateOnly(2027, 6, 1)).Select(o => o.ArticleId).ToList();

        Assert.Equal(["Art.4", "Art.99"], before);
        Assert.Equal(EuAiActObligations.For(profile), EuAiActObligations.For(profile, new DateOnly(2027, 12, 2)));
        var art9 = EuAiActObligations.For(profile).Single(o => o.ArticleId == "Art.9");
        Assert.False(art9.AppliesOn(new DateOnly(2027, 12, 1)));
        Assert.True(art9.AppliesOn(new DateOnly(2027, 12, 2)));
        Assert.True(art9.WithApplication(null).AppliesOn(DateOnly.MinValue));
        Assert.NotEqual(art9, art9.WithApplication(null));
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
        Assert.Equal(["Art.4"], Articles(new AiActProfile([EuAiActOperatorRole.Deployer], EuAiActRiskCategory.Limited)
            .WithEmotionRecognitionOrBiometricCategorisation(false).WithDeepFakesOrPublicInterestText(false)));
        Assert.All(EuAiActObligations.For(new AiActProfile([EuAiActOperatorRole.Deployer], EuAiActRiskCategory.Limited)).Where(o => o.ArticleId.StartsWith("Art.50", StringComparison.Ordinal)),
            o => Assert.True(o.IsConditional));
        var gpai = Articles(new AiActProfile([EuAiActOperatorRole.Provider], EuAiActRiskCategory.GeneralPurpose, hasSystemicRisk: true, establishedOutsideUnion: true)).ToList();
        Assert.Equal(["Art.4", "Art.51", "Art.52", "Art.53", "Art.54", "Art.55", "Art.101"], gpai);
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
            profile = new AiActProfile(Enum.GetValues<EuAiActOperatorRole>(), category, "AnnexIII.2", true, true, false, true, isOpenSource: true);
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

    [Fact]
    public void An_annex_i_product_gets_its_high_risk_duties_from_the_annex_i_date()
    {
        var profile = new AiActProfile([EuAiActOperatorRole.Provider], EuAiActRiskCategory.High).WithAnnexIProduct(true);

        var obligations = EuAiActObligations.For(profile).ToDictionary(o => o.ArticleId);

        Assert.Equal(new DateOnly(2028, 8, 2), obligations["Art.9"].AppliesFrom);
        Assert.Equal("Amend.Art.6(1)", obligations["Art.9"].Application!.Provision);
        Assert.Equal(new DateOnly(2025, 2, 2), obligations["Art.4"].AppliesFrom);
        Assert.Equal(new DateOnly(2027, 12, 2), EuAiActObligations.For(profile.WithAnnexIProduct(false)).Single(o => o.ArticleId == "Art.9").AppliesFrom);
    }

    [Theory]
    [InlineData("2026-05-01", "2026-12-02", "Amend.Art.50(2)")] // on the market before the general date: the grace period
    [InlineData("2026-09-01", "2026-08-02", "Art.113(general)")]
    [InlineData(null, "2026-08-02", "Art.113(general)")]
    public void Art_50_2_marking_has_a_grace_period_for_systems_already_on_the_market(string? placed, string appliesFrom, string provision)
    {
        var profile = new AiActProfile([EuAiActOperatorRole.Provider], EuAiActRiskCategory.Limited)
            .WithPlacedOnMarketOn(placed is null ? null : DateOnly.Parse(placed, System.Globalization.CultureInfo.InvariantCulture));

        var marking = EuAiActObligations.For(profile).Single(o => o.ArticleId == "Art.50(2)");

        Assert.Equal((DateOnly.Parse(appliesFrom, System.Globalization.CultureInfo.InvariantCulture), provision), (marking.AppliesFrom!.Value, marking.Application!.Provision));
    }
}

