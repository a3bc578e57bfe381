namespace Aims.Model;

/// <summary>The EU AI Act checks an auditor makes on what each system records: Art. 6(3) derogations and Art. 27 assessments.</summary>
internal sealed partial class WorkspaceValidator
{
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
