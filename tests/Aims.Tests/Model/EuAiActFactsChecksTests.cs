using Aims.Model;

namespace Aims.Tests.Model;

/// <summary>The EU AI Act checks on what each system records (issue 12): each fires on its defect, at its path, and not on the fixed data.</summary>
public class EuAiActFactsChecksTests
{
    private static readonly DocumentRevision Rev = new("1.0");

    private static readonly Article6Derogation Claim = new(Article6Condition.NarrowProceduralTask, "Routes incoming files to a queue.");

    private static (string Code, string Path)[] Found(AimsWorkspace workspace, string code) =>
        [.. workspace.Validate().Diagnostics.Where(d => d.Code == code).Select(d => (d.Code, d.Path))];

    private static AimsWorkspace With(params AiSystem[] systems) => new AimsWorkspace("Org").WithSystems(systems);

    [Fact]
    public void A_derogation_without_its_documented_assessment_is_reported_at_the_claim()
    {
        var system = new AiSystem("s", "S").WithEuAiActCategory(EuAiActRiskCategory.Minimal).WithAnnexIIIArea("AnnexIII.4");
        var workspace = With(new AiSystem("other", "Other"), system.WithArticle6Derogation(Claim));

        Assert.Equal([(ModelDiagnosticCodes.DerogationWithoutAssessment, "/systems/1/article6Derogation")], Found(workspace, ModelDiagnosticCodes.DerogationWithoutAssessment));
        Assert.Contains("Art. 6(4)", workspace.Validate().Diagnostics.Single(d => d.Code == ModelDiagnosticCodes.DerogationWithoutAssessment).Message, StringComparison.Ordinal);
        Assert.Empty(Found(With(system.WithArticle6Derogation(Claim.WithAssessment(new EvidenceReference("Assessment")))), ModelDiagnosticCodes.DerogationWithoutAssessment));
        Assert.Empty(Found(With(system.WithArticle6Derogation(Claim).WithLifecycleStage(LifecycleStage.Retirement)), ModelDiagnosticCodes.DerogationWithoutAssessment));
    }

    [Fact]
    public void A_derogation_the_classification_contradicts_is_reported()
    {
        var claimed = new AiSystem("s", "S").WithArticle6Derogation(Claim.WithAssessment(new EvidenceReference("Assessment")));

        Assert.Equal([(ModelDiagnosticCodes.DerogationContradictsClassification, "/systems/0/article6Derogation")],
            Found(With(claimed.WithEuAiActCategory(EuAiActRiskCategory.Minimal)), ModelDiagnosticCodes.DerogationContradictsClassification));
        Assert.Equal([(ModelDiagnosticCodes.DerogationContradictsClassification, "/systems/0/euAiActCategory")],
            Found(With(claimed.WithAnnexIIIArea("AnnexIII.5").WithEuAiActCategory(EuAiActRiskCategory.High)), ModelDiagnosticCodes.DerogationContradictsClassification));
        Assert.Empty(Found(With(claimed.WithAnnexIIIArea("AnnexIII.5").WithEuAiActCategory(EuAiActRiskCategory.Limited)), ModelDiagnosticCodes.DerogationContradictsClassification));
    }

    [Theory]
    [InlineData(EuAiActRiskCategory.Minimal, false, true)]
    [InlineData(EuAiActRiskCategory.Limited, false, true)]
    [InlineData(EuAiActRiskCategory.Minimal, true, false)]
    [InlineData(EuAiActRiskCategory.High, false, false)]
    [InlineData(EuAiActRiskCategory.NotAssessed, false, false)]
    public void An_annex_iii_system_below_high_risk_without_a_derogation_is_reported(EuAiActRiskCategory category, bool claims, bool reported)
    {
        var system = new AiSystem("s", "S").WithAnnexIIIArea("AnnexIII.3").WithEuAiActCategory(category)
            .WithArticle6Derogation(claims ? Claim.WithAssessment(new EvidenceReference("Assessment")) : null);

        Assert.Equal(reported ? [(ModelDiagnosticCodes.AnnexIIISystemNotHighRisk, "/systems/0/euAiActCategory")] : [],
            Found(With(system), ModelDiagnosticCodes.AnnexIIISystemNotHighRisk));
    }

    [Theory]
    [InlineData("AnnexIII.6", true, true, true)]
    [InlineData("AnnexIII.2", true, true, false)]
    [InlineData("AnnexIII.6", false, true, false)]
    [InlineData("AnnexIII.6", true, false, false)]
    public void A_public_body_deploying_a_high_risk_system_without_a_fundamental_rights_assessment_is_reported(string area, bool publicBody, bool deployer, bool reported)
    {
        var system = new AiSystem("s", "S").WithEuAiActCategory(EuAiActRiskCategory.High).WithAnnexIIIArea(area).WithPublicBodyDeployer(publicBody)
            .WithOperatorRoles(deployer ? [EuAiActOperatorRole.Deployer] : [EuAiActOperatorRole.Provider]);
        var workspace = With(system).WithImpactAssessments([new ImpactAssessment("IA-1", "s", Rev)]);

        Assert.Equal(reported ? [(ModelDiagnosticCodes.FundamentalRightsAssessmentMissing, "/systems/0/deployerIsPublicBody")] : [],
            Found(workspace, ModelDiagnosticCodes.FundamentalRightsAssessmentMissing));
        Assert.Empty(Found(workspace.WithImpactAssessments([new ImpactAssessment("IA-1", "s", Rev).WithFundamentalRightsAssessment(true)]), ModelDiagnosticCodes.FundamentalRightsAssessmentMissing));
    }

    [Theory]
    [InlineData(LifecycleStage.Deployment, null, DiagnosticSeverity.Error)]
    [InlineData(LifecycleStage.OperationAndMonitoring, null, DiagnosticSeverity.Error)]
    [InlineData(LifecycleStage.OperationAndMonitoring, "2026-12-08", DiagnosticSeverity.Error)]   // registered only after the validation date
    [InlineData(LifecycleStage.DesignAndDevelopment, null, DiagnosticSeverity.Warning)]
    [InlineData(LifecycleStage.OperationAndMonitoring, "2026-12-07", null)]
    [InlineData(LifecycleStage.Retirement, null, null)]
    public void A_providers_derogation_without_its_eu_database_registration_is_reported(LifecycleStage stage, string? registeredOn, DiagnosticSeverity? expected)
    {
        var claim = Claim.WithAssessment(new EvidenceReference("Assessment")).WithRegisteredOn(registeredOn is null ? null : DateOnly.Parse(registeredOn, System.Globalization.CultureInfo.InvariantCulture));
        var system = new AiSystem("s", "S").WithEuAiActCategory(EuAiActRiskCategory.Minimal).WithAnnexIIIArea("AnnexIII.4").WithLifecycleStage(stage)
            .WithOperatorRoles([EuAiActOperatorRole.Provider]).WithArticle6Derogation(claim);

        var found = With(new AiSystem("other", "Other"), system).Validate(new DateOnly(2026, 12, 7)).Diagnostics.Where(d => d.Code == ModelDiagnosticCodes.DerogationNotRegistered).ToList();

        Assert.Equal(expected is null ? [] : [(expected.Value, "/systems/1/article6Derogation")], found.Select(d => (d.Severity, d.Path)));
        Assert.All(found, d => Assert.Contains("Art. 49(2)", d.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void Registration_is_the_providers_duty_so_a_deployer_only_system_is_not_reported()
    {
        var system = new AiSystem("s", "S").WithEuAiActCategory(EuAiActRiskCategory.Minimal).WithAnnexIIIArea("AnnexIII.4").WithLifecycleStage(LifecycleStage.OperationAndMonitoring)
            .WithArticle6Derogation(Claim.WithAssessment(new EvidenceReference("Assessment")));

        Assert.Empty(Found(With(system.WithOperatorRoles([EuAiActOperatorRole.Deployer])), ModelDiagnosticCodes.DerogationNotRegistered));
        Assert.Single(Found(With(system.WithOperatorRoles([EuAiActOperatorRole.ProductManufacturer])), ModelDiagnosticCodes.DerogationNotRegistered));
    }

    [Theory]
    [InlineData(true, ModelDiagnosticCodes.DerogationWithProfiling, "/systems/0/profilesNaturalPersons", DiagnosticSeverity.Error)]
    [InlineData(null, ModelDiagnosticCodes.DerogationProfilingNotRecorded, "/systems/0/article6Derogation", DiagnosticSeverity.Warning)]
    [InlineData(false, null, null, null)]
    public void A_derogation_for_a_system_that_profiles_natural_persons_is_an_error_and_an_unrecorded_profiling_fact_a_warning(
        bool? profiles, string? code, string? path, DiagnosticSeverity? severity)
    {
        var system = new AiSystem("s", "S").WithEuAiActCategory(EuAiActRiskCategory.Minimal).WithAnnexIIIArea("AnnexIII.4")
            .WithArticle6Derogation(Claim.WithAssessment(new EvidenceReference("Assessment"))).WithProfilingOfNaturalPersons(profiles);

        var found = With(system).Validate().Diagnostics
            .Where(d => d.Code is ModelDiagnosticCodes.DerogationWithProfiling or ModelDiagnosticCodes.DerogationProfilingNotRecorded)
            .Select(d => (d.Code, d.Path, d.Severity)).ToList();

        Assert.Equal(code is null ? [] : [(code, path!, severity!.Value)], found);
        Assert.Empty(With(system.WithArticle6Derogation(null).WithEuAiActCategory(EuAiActRiskCategory.High)).Validate().Diagnostics
            .Where(d => d.Code is ModelDiagnosticCodes.DerogationWithProfiling or ModelDiagnosticCodes.DerogationProfilingNotRecorded));   // profiling without a claim: nothing to contradict
    }

    [Fact]
    public void A_registration_after_the_system_was_placed_on_the_market_is_reported_at_the_registration_date()
    {
        var system = new AiSystem("s", "S").WithEuAiActCategory(EuAiActRiskCategory.Minimal).WithAnnexIIIArea("AnnexIII.4").WithLifecycleStage(LifecycleStage.OperationAndMonitoring)
            .WithOperatorRoles([EuAiActOperatorRole.Provider]).WithProfilingOfNaturalPersons(false)
            .WithArticle6Derogation(Claim.WithAssessment(new EvidenceReference("Assessment")).WithRegisteredOn(new DateOnly(2026, 3, 2)));

        Assert.Equal([(ModelDiagnosticCodes.DerogationNotRegistered, "/systems/0/article6Derogation/registeredOn")],
            Found(With(system.WithPlacedOnMarketOn(new DateOnly(2026, 3, 1))), ModelDiagnosticCodes.DerogationNotRegistered));
        Assert.Empty(Found(With(system.WithPlacedOnMarketOn(new DateOnly(2026, 3, 2))), ModelDiagnosticCodes.DerogationNotRegistered));
    }

    [Theory]
    [InlineData(false, EuAiActRiskCategory.Minimal, true, false, "/systems/0/hasSystemicRisk")]
    [InlineData(false, EuAiActRiskCategory.Minimal, false, true, "/systems/0/isOpenSource")]
    [InlineData(true, EuAiActRiskCategory.Minimal, true, true, null)]
    [InlineData(false, EuAiActRiskCategory.GeneralPurpose, true, true, null)]
    public void Systemic_risk_or_open_source_on_a_system_that_is_no_general_purpose_model_is_reported(
        bool generalPurpose, EuAiActRiskCategory category, bool systemicRisk, bool openSource, string? path)
    {
        var system = new AiSystem("s", "S").WithGeneralPurposeModel(generalPurpose).WithEuAiActCategory(category).WithSystemicRisk(systemicRisk).WithOpenSourceModel(openSource);

        Assert.Equal(path is null ? [] : [(ModelDiagnosticCodes.GeneralPurposeFactWithoutModel, path)], Found(With(system), ModelDiagnosticCodes.GeneralPurposeFactWithoutModel));
    }
}
