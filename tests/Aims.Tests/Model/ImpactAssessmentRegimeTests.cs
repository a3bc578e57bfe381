using Aims.Mapping;
using Aims.Model;
using Aims.Risk;
using Aims.Samples.Demo;

namespace Aims.Tests.Model;

public class ImpactAssessmentRegimeTests
{
    private static readonly DocumentRevision Rev = DocumentRevision.Draft;

    [Fact]
    public void The_fria_of_a_creditworthiness_deployer_reports_each_missing_article_27_element_at_its_path()
    {
        var system = new AiSystem("credit", "Credit scoring").WithOperatorRoles([EuAiActOperatorRole.Deployer]).WithEuAiActCategory(EuAiActRiskCategory.High).WithAnnexIIIArea("AnnexIII.5");
        var fria = new ImpactAssessment("IA-1", "credit", Rev).WithFundamentalRightsAssessment(true)
            .WithAffectedParties([new AffectedParty("Applicants", AffectedPartyKind.Individual)])
            .WithHumanOversight("A credit officer decides");
        var workspace = new AimsWorkspace("Org").WithSystems([system]).WithImpactAssessments([fria]);

        var diagnostics = ImpactAssessmentRegimes.Check(workspace, ImpactAssessmentRegime.EuAiActFria);

        Assert.Equal(
            ["/impactAssessments/0/deployerProcess", "/impactAssessments/0/periodAndFrequencyOfUse", "/impactAssessments/0/findings",
             "/impactAssessments/0/riskResponse", "/impactAssessments/0/complaintMechanism", "/impactAssessments/0/authorityNotification"],
            diagnostics.Select(d => d.Path));
        Assert.Contains("Art. 27(1)(b)", diagnostics[1].Message, StringComparison.Ordinal);
        Assert.All(diagnostics.Take(5), d => Assert.Equal((ModelDiagnosticCodes.ImpactAssessmentElementMissing, DiagnosticSeverity.Error), (d.Code, d.Severity)));
        Assert.Equal((ModelDiagnosticCodes.FriaNotNotified, DiagnosticSeverity.Warning), (diagnostics[5].Code, diagnostics[5].Severity)); // a draft: notify once approved
    }

    [Fact]
    public void A_system_art_27_applies_to_without_a_fria_is_reported_and_a_complete_fria_is_clean()
    {
        var system = new AiSystem("credit", "Credit scoring").WithOperatorRoles([EuAiActOperatorRole.Deployer]).WithEuAiActCategory(EuAiActRiskCategory.High).WithAnnexIIIArea("AnnexIII.5");
        var missing = ImpactAssessmentRegimes.Check(new AimsWorkspace("Org").WithSystems([system]), ImpactAssessmentRegime.EuAiActFria);
        Assert.Equal(("/systems/0", ModelDiagnosticCodes.ImpactAssessmentMissing), (missing.Single().Path, missing.Single().Code));

        var complete = new ImpactAssessment("IA-1", "credit", Rev).WithFundamentalRightsAssessment(true)
            .WithDeployerProcess("Loan origination").WithPeriodAndFrequencyOfUse("Every application, from 2027")
            .WithAffectedParties([new AffectedParty("Applicants", AffectedPartyKind.Individual)])
            .WithFindings([new ImpactFinding(ImpactArea.Fairness, "Bias", new RiskRating(2, 3))])
            .WithHumanOversight("Officer decides").WithRiskResponse("Stop the model; escalate to the CRO").WithComplaintMechanism("Complaints desk")
            .WithAuthorityNotification(new AuthorityNotification("Authority", new DateOnly(2026, 3, 1)))
            .Approve("CRO", new DateOnly(2026, 2, 20));
        Assert.Empty(ImpactAssessmentRegimes.Check(new AimsWorkspace("Org").WithSystems([system]).WithImpactAssessments([complete]), ImpactAssessmentRegime.EuAiActFria));
    }

    [Fact]
    public void An_approved_fria_without_the_notification_is_an_error()
    {
        var fria = new ImpactAssessment("IA-1", "s", Rev).Approve("CRO", new DateOnly(2026, 1, 1));
        var notified = ImpactAssessmentCheck.Check(fria, ImpactAssessmentRegime.EuAiActFria).Single(d => d.Code == ModelDiagnosticCodes.FriaNotNotified);
        Assert.Equal(DiagnosticSeverity.Error, notified.Severity);
    }

    [Fact]
    public void The_demo_credit_scoring_fria_lacks_period_of_use_response_complaints_and_the_notification()
    {
        var diagnostics = ImpactAssessmentRegimes.Check(DemoWorkspace.Create(), ImpactAssessmentRegime.EuAiActFria);

        Assert.Equal(["periodAndFrequencyOfUse", "riskResponse", "complaintMechanism", "authorityNotification"], diagnostics.Select(d => d.Path.Split('/')[^1]));
        Assert.All(diagnostics, d => Assert.StartsWith("/impactAssessments/0/", d.Path, StringComparison.Ordinal));
    }

    [Fact]
    public void Dpia_and_map5_and_iso42005_report_what_each_asks()
    {
        var personal = new AiSystem("bot", "Bot").WithTraits([AiSystemTrait.PersonalData]);
        var bare = new ImpactAssessment("IA-1", "bot", Rev).WithFindings([new ImpactFinding(ImpactArea.Privacy, "Leak", new RiskRating(2, 2))]);
        var workspace = new AimsWorkspace("Org").WithSystems([personal]).WithImpactAssessments([bare]);

        Assert.Equal(["/impactAssessments/0/dpia"], ImpactAssessmentRegimes.Check(workspace, ImpactAssessmentRegime.GdprDpia).Select(d => d.Path));
        Assert.Equal(["/impactAssessments/0/benefits", "/impactAssessments/0/stakeholderEngagement"], ImpactAssessmentRegimes.Check(workspace, ImpactAssessmentRegime.NistAiRmfMap5).Select(d => d.Path));
        Assert.Contains("/impactAssessments/0/findings/0/mitigations", ImpactAssessmentRegimes.Check(workspace, ImpactAssessmentRegime.Iso42005).Select(d => d.Path));

        var inProgress = bare.WithDpia(new DpiaReference("DPIA-1"));
        var warning = ImpactAssessmentCheck.Check(inProgress, ImpactAssessmentRegime.GdprDpia).Single();
        Assert.Equal(("/dpia/completedOn", DiagnosticSeverity.Warning), (warning.Path, warning.Severity));
    }

    [Fact]
    public void Accepting_a_risk_for_a_system_without_an_approved_impact_assessment_warns()
    {
        var workspace = new AimsWorkspace("Org").WithSystems([new AiSystem("bot", "Bot")])
            .WithRisks([new RiskEntry("R-1", "Leak", "CISO", new RiskRating(2, 2)).WithSystemIds(["bot"]).WithResidual(new RiskRating(1, 2)).Accept(new RiskAcceptance("CISO", new DateOnly(2026, 1, 1)))]);

        var warning = Assert.Single(workspace.Validate(catalog: Iso42001.Catalog).Diagnostics, d => d.Code == ModelDiagnosticCodes.RiskAcceptedWithoutImpactAssessment);
        Assert.Equal(("/risks/0/acceptance", DiagnosticSeverity.Warning), (warning.Path, warning.Severity));

        var assessed = workspace.WithImpactAssessments([new ImpactAssessment("IA-1", "bot", Rev).Approve("CISO", new DateOnly(2025, 12, 1))]);
        Assert.DoesNotContain(assessed.Validate(catalog: Iso42001.Catalog).Diagnostics, d => d.Code == ModelDiagnosticCodes.RiskAcceptedWithoutImpactAssessment);
    }
}

public class VendorAssuranceTests
{
    [Fact]
    public void A_high_risk_system_on_a_vendor_api_without_the_ai_contract_terms_warns_with_what_is_missing()
    {
        var api = new ThirdPartyComponent("LLM API", ComponentKind.ExternalModelApi, "Vendor").WithAssurances([VendorAssurance.NoTrainingOnCustomerData]);
        var library = new ThirdPartyComponent("numpy", ComponentKind.Library, "NumFOCUS");
        var workspace = new AimsWorkspace("Org").WithSystems([new AiSystem("s", "S").WithRiskLevel(RiskLevel.High).WithComponents([library, api])]);

        var warning = Assert.Single(workspace.Validate(catalog: Iso42001.Catalog).Diagnostics, d => d.Code == ModelDiagnosticCodes.VendorAssuranceMissing);

        Assert.Equal(("/systems/0/components/1/assurances", DiagnosticSeverity.Warning), (warning.Path, warning.Severity));
        Assert.Contains("incident notification", warning.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("no training", warning.Message, StringComparison.Ordinal);

        var covered = api.WithAssurances([VendorAssurance.NoTrainingOnCustomerData, VendorAssurance.IncidentNotification, VendorAssurance.StarForAiLevel2]);
        var fine = workspace.WithSystems([new AiSystem("s", "S").WithRiskLevel(RiskLevel.High).WithComponents([library, covered])]);
        Assert.DoesNotContain(fine.Validate(catalog: Iso42001.Catalog).Diagnostics, d => d.Code == ModelDiagnosticCodes.VendorAssuranceMissing);
        Assert.DoesNotContain(new AimsWorkspace("Org").WithSystems([new AiSystem("s", "S").WithComponents([api])]).Validate(catalog: Iso42001.Catalog).Diagnostics,
            d => d.Code == ModelDiagnosticCodes.VendorAssuranceMissing);
    }
}

public class ClimateChangeTests
{
    [Fact]
    public void A_scope_without_the_clause_4_1_climate_determination_warns_and_one_with_it_does_not()
    {
        var scope = new AimsScope(DocumentRevision.Draft, "All AI systems");
        var warning = Assert.Single(new AimsWorkspace("Org").WithScope(scope).Validate(catalog: Iso42001.Catalog).Diagnostics, d => d.Code == ModelDiagnosticCodes.ClimateChangeNotDetermined);
        Assert.Equal(("/scope/climateChange", DiagnosticSeverity.Warning), (warning.Path, warning.Severity));

        var decided = scope.WithClimateChange(new ClimateChangeRelevance(false, "Inference only, on a shared cloud", new DateOnly(2026, 1, 1)));
        Assert.DoesNotContain(new AimsWorkspace("Org").WithScope(decided).Validate(catalog: Iso42001.Catalog).Diagnostics, d => d.Code == ModelDiagnosticCodes.ClimateChangeNotDetermined);
        Assert.Throws<ArgumentException>(() => new ClimateChangeRelevance(true, " ", default));
    }
}
