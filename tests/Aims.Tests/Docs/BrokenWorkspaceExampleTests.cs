using Aims.Model;
using Aims.Serialization.Json;

namespace Aims.Tests.Docs;

/// <summary>
/// <c>docs/examples/broken-workspace.json</c> is the deliberately broken sample the docs point to: it reads whole
/// and triggers each of the auditor's checks (issue 12) at the documented path.
/// </summary>
public class BrokenWorkspaceExampleTests
{
    private static readonly string FilePath = Path.Combine(TestPaths.RepositoryRoot, "docs", "examples", "broken-workspace.json");

    private static readonly (string Code, string Path)[] Checks =
    [
        (ModelDiagnosticCodes.UnknownRequirement, "/nonconformities/0/requirementId"),
        (ModelDiagnosticCodes.UnknownSource, "/nonconformities/0/sourceId"),
        (ModelDiagnosticCodes.TreatmentControlExcluded, "/risks/0/treatment/controlIds/0"),
        (ModelDiagnosticCodes.HighRiskSystemOutOfScope, "/scope/boundaries/0/isIncluded"),
        (ModelDiagnosticCodes.HighRiskSystemWithoutImpactAssessment, "/systems/0/id"),
        (ModelDiagnosticCodes.FundamentalRightsAssessmentMissing, "/systems/2/deployerIsPublicBody"),
        (ModelDiagnosticCodes.DerogationWithoutAssessment, "/systems/3/article6Derogation"),
        (ModelDiagnosticCodes.DerogationNotRegistered, "/systems/3/article6Derogation"),
        (ModelDiagnosticCodes.DerogationContradictsClassification, "/systems/4/article6Derogation"),
        (ModelDiagnosticCodes.DerogationWithProfiling, "/systems/4/profilesNaturalPersons"),
        (ModelDiagnosticCodes.AnnexIIISystemNotHighRisk, "/systems/5/euAiActCategory"),
        (ModelDiagnosticCodes.SoaExclusionContradictsRoles, "/soa/entries/37/isApplicable"),
        (ModelDiagnosticCodes.ManagementReviewFiguresDiffer, "/managementReviews/0/figures/incidentCount"),
        (ModelDiagnosticCodes.CertificationBeforeAuditAndReview, "/certification/milestones/0/completedOn"),
    ];

    public static TheoryData<string, string> Expected
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var (code, path) in Checks)
            {
                data.Add(code, path);
            }

            return data;
        }
    }

    private static AimsWorkspace Read()
    {
        var read = AimsJson.ReadWorkspace(File.ReadAllText(FilePath));
        Assert.True(read.TryGetPartialValue(out var workspace), string.Join(Environment.NewLine, read.Diagnostics));
        Assert.DoesNotContain(read.Diagnostics, d => d.Code.StartsWith("AIMS3", StringComparison.Ordinal));   // it reads whole: only the model's findings
        return workspace;
    }

    [Theory]
    [MemberData(nameof(Expected))]
    public void Each_auditor_check_fires_at_its_path(string code, string path)
    {
        var diagnostics = Read().Validate().Diagnostics;

        Assert.Contains(diagnostics, d => d.Code == code && d.Path == path && d.Severity == DiagnosticSeverity.Error);
    }

    [Fact]
    public void The_example_covers_every_auditor_check_and_nothing_else_is_an_error()
    {
        var errors = Read().Validate().Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => (d.Code, d.Path)).ToList();

        Assert.Equal(Checks.OrderBy(x => x.Code, StringComparer.Ordinal).ThenBy(x => x.Path, StringComparer.Ordinal),
            errors.OrderBy(x => x.Code, StringComparer.Ordinal).ThenBy(x => x.Path, StringComparer.Ordinal));
    }
}
