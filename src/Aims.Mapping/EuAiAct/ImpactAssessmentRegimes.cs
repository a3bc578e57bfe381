using System.Collections.Immutable;
using Aims.Model;

namespace Aims.Mapping;

/// <summary>
/// Checks a workspace's impact assessments against a regime, knowing which systems the regime covers: for the EU AI
/// Act FRIA, the systems to which Art. 27 applies by their recorded facts (<see cref="EuAiActObligations"/>); for the
/// others, the defaults of <see cref="ImpactAssessmentCheck.Check(AimsWorkspace, ImpactAssessmentRegime, Func{AiSystem, bool}?)"/>.
/// </summary>
public static class ImpactAssessmentRegimes
{
    /// <summary>Checks a workspace against a regime.</summary>
    /// <param name="workspace">The workspace.</param>
    /// <param name="regime">The regime.</param>
    /// <returns>Every missing assessment and element, with its path; empty when complete.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="workspace"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="regime"/> is not a defined value.</exception>
    public static ImmutableArray<AimsDiagnostic> Check(AimsWorkspace workspace, ImpactAssessmentRegime regime) =>
        ImpactAssessmentCheck.Check(workspace, regime, regime == ImpactAssessmentRegime.EuAiActFria ? RequiresFria : null);

    /// <summary>Returns whether EU AI Act Art. 27 (the fundamental rights impact assessment) applies to a system, by its recorded facts.</summary>
    /// <param name="system">The system.</param>
    /// <returns><see langword="true"/> when its obligations include Art. 27.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="system"/> is <see langword="null"/>.</exception>
    public static bool RequiresFria(AiSystem system)
    {
        ArgumentNullException.ThrowIfNull(system);
        return AiActProfile.For(system) is { } profile && EuAiActObligations.For(profile).Any(o => o.ArticleId == "Art.27");
    }
}
