using System.Collections.Immutable;
using System.Globalization;
using Aims.Model;

namespace Aims.Mapping;

/// <summary>
/// CSA STAR for AI readiness: the Level 1 and Level 2 checklist, derived from the workspace's certification status and
/// Statement of Applicability and from the AI-CAIQ evidence the organization reports.
/// </summary>
public static class StarForAiReadiness
{
    private static readonly Version MinimumAiCaiq = new(1, 0, 2);

    /// <summary>Assesses readiness at a date.</summary>
    /// <param name="workspace">The workspace (certification path and SoA).</param>
    /// <param name="asOf">The date (certificates expire).</param>
    /// <param name="evidence">The AI-CAIQ and registry evidence.</param>
    /// <returns>One item per requirement of the <c>csa-star-ai</c> catalog, in its order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="workspace"/> or <paramref name="evidence"/> is <see langword="null"/>.</exception>
    public static ImmutableArray<ReadinessItem> Assess(AimsWorkspace workspace, DateOnly asOf, StarForAiEvidence evidence)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(evidence);
        var catalog = FrameworkCatalogs.Get(FrameworkIds.CsaStarAi);
        var version = Version.TryParse(evidence.AiCaiqVersion, out var v) ? v : null;
        var caiqOk = version is not null && version >= MinimumAiCaiq;
        var certification = workspace.Certification;
        var certified = certification is { IsCertified: true } && (certification.CertificateExpiresOn is null || certification.CertificateExpiresOn >= asOf);
        var soaErrors = workspace.Soa?.Validate().Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);

        ReadinessItem Item(string id, bool met, string reason) =>
            new(id, catalog.TryGetItem(id, out var item) ? item.Title : id, met, reason);

        var next = certification?.NextMilestone();
        return
        [
            Item("L1.1", caiqOk, caiqOk ? $"AI-CAIQ {evidence.AiCaiqVersion} completed." : evidence.AiCaiqVersion is null
                ? "No AI-CAIQ completed yet." : $"AI-CAIQ {evidence.AiCaiqVersion} is older than 1.0.2."),
            Item("L1.2", caiqOk && evidence.AllQuestionsAnswered, evidence.AllQuestionsAnswered ? "Every answer and SSRM ownership cell is filled." : "Some answers or SSRM ownership cells are empty."),
            Item("L1.3", evidence.SubmittedToRegistry, evidence.SubmittedToRegistry ? "Submitted to the STAR Registry." : "Not yet submitted to the STAR Registry."),
            Item("L2.1", certified, certified
                ? $"ISO/IEC 42001 certified by {certification!.CertificationBody}" + (certification.CertificateExpiresOn is { } e ? string.Create(CultureInfo.InvariantCulture, $", valid until {e:yyyy-MM-dd}.") : ".")
                : "Not certified to ISO/IEC 42001" + (soaErrors is > 0 ? $"; the SoA still has {soaErrors} problem(s) to fix" : "")
                  + (next is not null ? string.Create(CultureInfo.InvariantCulture, $"; next: {Vocabulary.Word(next.Stage)} on {next.PlannedOn:yyyy-MM-dd}.") : ".")),
            Item("L2.2", caiqOk && evidence.SubmittedToRegistry, caiqOk && evidence.SubmittedToRegistry ? "A completed AI-CAIQ is on the registry." : "Level 2 needs a completed AI-CAIQ (1.0.2 or later) on the registry."),
            Item("L2.3", evidence.HasValidAiTedScore, evidence.HasValidAiTedScore ? "Valid-AI-ted maturity score obtained." : "No Valid-AI-ted maturity score yet."),
        ];
    }
}
