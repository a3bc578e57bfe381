using System.Collections.Immutable;
using System.Globalization;

namespace Aims.Model;

/// <summary>
/// Checks one impact assessment — modelled once — against what each regime asks of it: ISO/IEC 42005-style content,
/// the EU AI Act Art. 27 fundamental rights impact assessment, the link to a GDPR Art. 35 DPIA, and NIST AI RMF MAP 5.
/// Every missing element is a diagnostic with the JSON Pointer of the member to fill in.
/// </summary>
public static class ImpactAssessmentCheck
{
    /// <summary>Checks one assessment against a regime.</summary>
    /// <param name="assessment">The assessment.</param>
    /// <param name="regime">The regime.</param>
    /// <param name="path">The assessment's JSON Pointer in its document, for example <c>/impactAssessments/0</c>; empty for the assessment alone.</param>
    /// <returns>The diagnostics (<see cref="ModelDiagnosticCodes.ImpactAssessmentElementMissing"/>, and for the FRIA <see cref="ModelDiagnosticCodes.FriaNotNotified"/>); empty when complete.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="assessment"/> or <paramref name="path"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="regime"/> is not a defined value.</exception>
    public static ImmutableArray<AimsDiagnostic> Check(ImpactAssessment assessment, ImpactAssessmentRegime regime, string path = "")
    {
        ArgumentNullException.ThrowIfNull(assessment);
        ArgumentNullException.ThrowIfNull(path);
        Guard.Defined(regime, nameof(regime));
        var list = new List<AimsDiagnostic>();
        var a = assessment;
        void Missing(bool present, string member, string element)
        {
            if (!present)
            {
                list.Add(new AimsDiagnostic(ModelDiagnosticCodes.ImpactAssessmentElementMissing, $"{path}/{member}",
                    $"{Name(regime)}: impact assessment {a.Id} of {a.SystemId} does not record {element}; fill in '{member}'."));
            }
        }

        switch (regime)
        {
            case ImpactAssessmentRegime.Iso42005:
                Missing(a.SystemDescription is not null, "systemDescription", "the description of the system");
                Missing(a.IntendedUse is not null, "intendedUse", "its intended use and context");
                Missing(!a.ForeseeableMisuse.IsEmpty, "foreseeableMisuse", "reasonably foreseeable misuse");
                Missing(!a.AffectedParties.IsEmpty, "affectedParties", "the parties affected");
                Missing(!a.Benefits.IsEmpty, "benefits", "the benefits");
                Missing(!a.Findings.IsEmpty, "findings", "the harms, with likelihood and severity");
                for (var j = 0; j < a.Findings.Length; j++)
                {
                    Missing(!a.Findings[j].Mitigations.IsEmpty, string.Create(CultureInfo.InvariantCulture, $"findings/{j}/mitigations"), $"a mitigation of the harm \"{a.Findings[j].Description}\"");
                }

                Missing(a.Monitoring is not null, "monitoring", "how the impacts are monitored");
                Missing(!a.ReviewTriggers.IsEmpty, "reviewTriggers", "what makes the assessment be reviewed early");
                Missing(a.NextReviewOn is not null, "nextReviewOn", "when it is next reviewed");
                break;
            case ImpactAssessmentRegime.EuAiActFria:
                Missing(a.DeployerProcess is not null, "deployerProcess", "Art. 27(1)(a), the deployer's processes in which the system is used");
                Missing(a.PeriodAndFrequencyOfUse is not null, "periodAndFrequencyOfUse", "Art. 27(1)(b), the period and frequency of use");
                Missing(!a.AffectedParties.IsEmpty, "affectedParties", "Art. 27(1)(c), the categories of persons and groups likely to be affected");
                Missing(!a.Findings.IsEmpty, "findings", "Art. 27(1)(d), the specific risks of harm to those persons");
                Missing(a.HumanOversight is not null, "humanOversight", "Art. 27(1)(e), the human oversight measures");
                Missing(a.RiskResponse is not null, "riskResponse", "Art. 27(1)(f), the measures if the risks materialise, with internal governance");
                Missing(a.ComplaintMechanism is not null, "complaintMechanism", "Art. 27(1)(f), the complaint mechanism");
                if (a.AuthorityNotification is null)
                {
                    list.Add(new AimsDiagnostic(ModelDiagnosticCodes.FriaNotNotified, $"{path}/authorityNotification",
                        $"{Name(regime)}: impact assessment {a.Id} of {a.SystemId} has no record of notifying the market surveillance authority of its results (Art. 27(3)); "
                        + (a.IsApproved ? "notify it and record 'authorityNotification'." : "notify it once the assessment is approved."),
                        a.IsApproved ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning));
                }

                break;
            case ImpactAssessmentRegime.GdprDpia:
                Missing(a.Dpia is not null, "dpia", "the GDPR Art. 35 DPIA of the personal data the system processes");
                if (a.Dpia is { CompletedOn: null })
                {
                    list.Add(new AimsDiagnostic(ModelDiagnosticCodes.ImpactAssessmentElementMissing, $"{path}/dpia/completedOn",
                        $"{Name(regime)}: the DPIA '{a.Dpia.Title}' of {a.SystemId} is not completed; record 'completedOn' when it is.", DiagnosticSeverity.Warning));
                }

                break;
            case ImpactAssessmentRegime.NistAiRmfMap5:
                Missing(!a.Findings.IsEmpty, "findings", "MAP 5.1, the likelihood and magnitude of each harmful impact");
                Missing(!a.Benefits.IsEmpty, "benefits", "MAP 5.1, the beneficial impacts");
                Missing(a.StakeholderEngagement is not null, "stakeholderEngagement", "MAP 5.2, how relevant AI actors are engaged and their feedback integrated");
                break;
        }

        return [.. list];
    }

    /// <summary>
    /// Checks a workspace's impact assessments against a regime: each assessment the regime concerns (for the FRIA,
    /// those marked <see cref="ImpactAssessment.IsFundamentalRightsAssessment"/>; for the DPIA link, those of systems
    /// with the <see cref="AiSystemTrait.PersonalData"/> trait; otherwise all), and each system the regime requires one for.
    /// </summary>
    /// <param name="workspace">The workspace.</param>
    /// <param name="regime">The regime.</param>
    /// <param name="requiresAssessment">
    /// Which systems must have an assessment under the regime (for the FRIA, those to which EU AI Act Art. 27 applies:
    /// <c>Aims.Mapping.ImpactAssessmentRegimes</c> supplies it); <see langword="null"/> for the default: systems with
    /// personal data for the DPIA link, high-risk systems (risk level or EU AI Act category) for ISO/IEC 42005, none otherwise.
    /// </param>
    /// <returns>The diagnostics, at paths into the workspace document; empty when complete.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="workspace"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="regime"/> is not a defined value.</exception>
    public static ImmutableArray<AimsDiagnostic> Check(AimsWorkspace workspace, ImpactAssessmentRegime regime, Func<AiSystem, bool>? requiresAssessment = null)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        Guard.Defined(regime, nameof(regime));
        var personal = workspace.Systems.Where(s => s.Traits.Contains(AiSystemTrait.PersonalData)).Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        bool Concerns(ImpactAssessment a) => regime switch
        {
            ImpactAssessmentRegime.EuAiActFria => a.IsFundamentalRightsAssessment,
            ImpactAssessmentRegime.GdprDpia => personal.Contains(a.SystemId),
            _ => true,
        };

        requiresAssessment ??= regime switch
        {
            ImpactAssessmentRegime.GdprDpia => s => personal.Contains(s.Id),
            ImpactAssessmentRegime.Iso42005 => s => s.RiskLevel == RiskLevel.High || s.EuAiActCategory == EuAiActRiskCategory.High,
            _ => _ => false,
        };

        var list = new List<AimsDiagnostic>();
        for (var i = 0; i < workspace.Systems.Length; i++)
        {
            var system = workspace.Systems[i];
            if (requiresAssessment(system) && !workspace.ImpactAssessments.Any(a => a.SystemId == system.Id && Concerns(a)))
            {
                list.Add(new AimsDiagnostic(ModelDiagnosticCodes.ImpactAssessmentMissing, string.Create(CultureInfo.InvariantCulture, $"/systems/{i}"),
                    $"{Name(regime)}: {system.Id} needs {What(regime)} and has none; add one to 'impactAssessments'{(regime == ImpactAssessmentRegime.EuAiActFria ? " with isFundamentalRightsAssessment" : "")}."));
            }
        }

        for (var k = 0; k < workspace.ImpactAssessments.Length; k++)
        {
            if (Concerns(workspace.ImpactAssessments[k]))
            {
                list.AddRange(Check(workspace.ImpactAssessments[k], regime, string.Create(CultureInfo.InvariantCulture, $"/impactAssessments/{k}")));
            }
        }

        return [.. list];
    }

    private static string Name(ImpactAssessmentRegime regime) => regime switch
    {
        ImpactAssessmentRegime.Iso42005 => "ISO/IEC 42005",
        ImpactAssessmentRegime.EuAiActFria => "EU AI Act Art. 27 FRIA",
        ImpactAssessmentRegime.GdprDpia => "GDPR Art. 35 DPIA",
        _ => "NIST AI RMF MAP 5",
    };

    private static string What(ImpactAssessmentRegime regime) => regime switch
    {
        ImpactAssessmentRegime.EuAiActFria => "a fundamental rights impact assessment (Art. 27 applies to it)",
        ImpactAssessmentRegime.GdprDpia => "an impact assessment linked to a DPIA (it processes personal data)",
        ImpactAssessmentRegime.Iso42005 => "an AI system impact assessment (it is high-risk)",
        _ => "an impact assessment",
    };
}
