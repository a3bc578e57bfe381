namespace Aims.Model;

/// <summary>The EU AI Act checks an auditor makes on what each system records: Art. 6(3) derogations, their Art. 49(2) registration and Art. 27 assessments.</summary>
internal sealed partial class WorkspaceValidator
{
    /// <summary>
    /// A provider relying on Art. 6(3) registers itself and the system in the EU database before placing it on the market
    /// or putting it into service (Art. 49(2)): an error for a system at deployment or later without a registration date
    /// (or with one after the validation date), a warning for a system not yet deployed.
    /// </summary>
    private void Registration(AiSystem s, int i, Article6Derogation derogation)
    {
        if (derogation.RegisteredOn is { } late && s.PlacedOnMarketOn is { } placed && late > placed)
        {
            _d.Error(ModelDiagnosticCodes.DerogationNotRegistered,
                $"{s.Id} relies on the Art. 6(3) derogation but was registered in the EU database on {late:yyyy-MM-dd}, after it was placed on the market or put into service on {placed:yyyy-MM-dd}; Art. 49(2) asks for the registration before: correct the dates, or record the late registration as a nonconformity.",
                "systems", i, "article6Derogation", "registeredOn");
            return;
        }

        var registered = derogation.RegisteredOn is { } on && (_asOf is not { } asOf || on <= asOf);
        if (registered)
        {
            return;
        }

        var inService = s.LifecycleStage >= LifecycleStage.Deployment;
        var when = derogation.RegisteredOn is { } later ? $"registered only on {later:yyyy-MM-dd}, after {_asOf:yyyy-MM-dd}" : "no EU database registration recorded";
        var message = inService
            ? $"{s.Id} relies on the Art. 6(3) derogation and is in {Vocabulary.Word(s.LifecycleStage)} with {when}; a provider registers itself and the system in the EU database before placing it on the market or putting it into service (Art. 49(2)): register it and record the date (registeredOn), or classify the system as high-risk."
            : $"{s.Id} relies on the Art. 6(3) derogation with {when}; register the provider and the system in the EU database before placing it on the market or putting it into service (Art. 49(2)) and record the date (registeredOn).";
        if (inService)
        {
            _d.Error(ModelDiagnosticCodes.DerogationNotRegistered, message, "systems", i, "article6Derogation");
        }
        else
        {
            _d.Warning(ModelDiagnosticCodes.DerogationNotRegistered, message, "systems", i, "article6Derogation");
        }
    }

    private void EuAiActFacts()
    {
        var fundamentalRights = _w.ImpactAssessments.Where(a => a.IsFundamentalRightsAssessment).Select(a => a.SystemId).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < _w.Systems.Length; i++)
        {
            var s = _w.Systems[i];
            if (s.LifecycleStage == LifecycleStage.Retirement)
            {
                continue;
            }

            if (s.Article6Derogation is { } derogation)
            {
                if (derogation.Assessment is null)
                {
                    _d.Error(ModelDiagnosticCodes.DerogationWithoutAssessment,
                        $"{s.Id} claims the Art. 6(3) derogation ({Vocabulary.Word(derogation.Condition)}) without a documented assessment; record the assessment the provider must draw up before placing the system on the market (Art. 6(4)), or classify the system as high-risk.",
                        "systems", i, "article6Derogation");
                }

                if (s.OperatorRoles.Contains(EuAiActOperatorRole.Provider) || s.OperatorRoles.Contains(EuAiActOperatorRole.ProductManufacturer))
                {
                    Registration(s, i, derogation);
                }

                if (s.ProfilesNaturalPersons == true)
                {
                    _d.Error(ModelDiagnosticCodes.DerogationWithProfiling,
                        $"{s.Id} claims the Art. 6(3) derogation but profiles natural persons; an Annex III system that profiles natural persons is always high-risk (Art. 6(3), last subparagraph): classify it as high-risk and remove the claim, or correct the profiling fact.",
                        "systems", i, "profilesNaturalPersons");
                }
                else if (s.ProfilesNaturalPersons is null)
                {
                    _d.Warning(ModelDiagnosticCodes.DerogationProfilingNotRecorded,
                        $"{s.Id} claims the Art. 6(3) derogation without recording whether it profiles natural persons; a system that does is always high-risk (Art. 6(3), last subparagraph): record profilesNaturalPersons.",
                        "systems", i, "article6Derogation");
                }

                if (s.AnnexIIIArea is null)
                {
                    _d.Error(ModelDiagnosticCodes.DerogationContradictsClassification,
                        $"{s.Id} claims the Art. 6(3) derogation but records no Annex III area; the derogation concerns only Annex III systems: record the area, or remove the claim.",
                        "systems", i, "article6Derogation");
                }
                else if (s.EuAiActCategory is EuAiActRiskCategory.High or EuAiActRiskCategory.Prohibited)
                {
                    _d.Error(ModelDiagnosticCodes.DerogationContradictsClassification,
                        $"{s.Id} claims the Art. 6(3) derogation but is recorded as {Vocabulary.Word(s.EuAiActCategory)}; a system that relies on the derogation is not high-risk: correct the category, or remove the claim.",
                        "systems", i, "euAiActCategory");
                }
            }
            else if (s.AnnexIIIArea is { } area && s.EuAiActCategory is EuAiActRiskCategory.Limited or EuAiActRiskCategory.Minimal or EuAiActRiskCategory.GeneralPurpose)
            {
                _d.Error(ModelDiagnosticCodes.AnnexIIISystemNotHighRisk,
                    $"{s.Id} is used in {area} but recorded as {Vocabulary.Word(s.EuAiActCategory)}; an Annex III system is high-risk (Art. 6(2)) unless the provider claims and documents the Art. 6(3) derogation: classify it as high, or record the derogation.",
                    "systems", i, "euAiActCategory");
            }

            if (!s.IsGeneralPurposeModel && s.EuAiActCategory != EuAiActRiskCategory.GeneralPurpose && (s.HasSystemicRisk || s.IsOpenSource))
            {
                _d.Error(ModelDiagnosticCodes.GeneralPurposeFactWithoutModel,
                    $"{s.Id} records {(s.HasSystemicRisk ? "systemic risk" : "an open-source model")} but is no general-purpose AI model; systemic risk (Art. 51) and the open-source exemptions (Art. 53(2), 54(6)) concern general-purpose models: set isGeneralPurposeModel, or clear the fact.",
                    "systems", i, s.HasSystemicRisk ? "hasSystemicRisk" : "isOpenSource");
            }

            if (s.DeployerIsPublicBody && s.EuAiActCategory == EuAiActRiskCategory.High && s.OperatorRoles.Contains(EuAiActOperatorRole.Deployer)
                && s.AnnexIIIArea != "AnnexIII.2" && !fundamentalRights.Contains(s.Id))
            {
                _d.Error(ModelDiagnosticCodes.FundamentalRightsAssessmentMissing,
                    $"{s.Id} is a high-risk system the organization deploys as a public body (or provider of public services) without a fundamental rights impact assessment; record one before first use (Art. 27) and mark it as such.",
                    "systems", i, "deployerIsPublicBody");
            }
        }
    }
}
