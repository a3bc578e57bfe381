using Aims.Tests.Serialization;
using Aims.Mapping;
using Aims.Model;

namespace Aims.Tests.Mapping;

public class ImportTests
{
    private static readonly MappingProvenance Provenance =
        new("Customer crosswalk", "1", "GRC team", "expert judgement", MappingStatus.Draft, new DateOnly(2026, 11, 1), "internal");

    [Fact]
    public void Csv_import_keeps_good_rows_and_reports_every_bad_one()
    {
        const string Csv = """
            sourceFramework,sourceId,targetFramework,targetId,relationship,rationale,confidence,strength,notes
            iso42001,A.6.2.8,iso27001,A.8.15,subset-of,functional,high,8,logging
            iso42001,A.99,iso27001,A.8.15,subset-of,,,,
            iso9001,8.1,iso27001,A.8.15,equal-to,,,,
            iso42001,A.6.2.6,iso27001,A.8.16,kinda,,,,
            iso42001,A.6.2.6,iso27001,A.8.16,intersects-with,,sure,-1,
            iso42001,A.6.2.6,nist-ai-rmf,MEASURE 2.4,intersects-with,,,,
            """;

        var result = MappingSetImporter.ReadCsv(new StringReader(Csv), Provenance, "customer");

        Assert.False(result.IsValid);
        Assert.Equal(new RecordCounts(6, 1), result.Records);
        var mapping = Assert.Single(result.Partial().Mappings);
        Assert.Equal((Relationship.SubsetOf, MatchingRationale.Functional, MappingConfidence.High, 8), (mapping.Relationship, mapping.Rationale, mapping.Confidence, mapping.Strength));
        Assert.Equal(
        [
            (MappingDiagnosticCodes.UnknownItem, "/rows/3/sourceId"),
            (MappingDiagnosticCodes.UnknownFramework, "/rows/4/sourceFramework"),
            (MappingSetImporter.InvalidValueCode, "/rows/5/relationship"),
            (MappingSetImporter.InvalidValueCode, "/rows/6/confidence"),
            (MappingSetImporter.InvalidValueCode, "/rows/6/strength"),
            (MappingSetImporter.MixedFrameworksCode, "/rows/7/sourceFramework"),
        ], result.Diagnostics.Select(d => (d.Code, d.Path)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("a,b,c\n1,2,3\n")]
    [InlineData("\"unterminated")]
    public void Unreadable_csv_is_a_diagnostic_not_an_exception(string csv)
    {
        var result = MappingSetImporter.ReadCsv(new StringReader(csv), Provenance);

        Assert.False(result.HasValue);
        Assert.Equal(MappingSetImporter.UnreadableCode, Assert.Single(result.Diagnostics).Code);
    }

    [Fact]
    public void Json_import_uses_json_pointer_paths()
    {
        const string Json = """
            { "id": "c1", "mappings": [
              { "sourceFramework": "eu-ai-act", "sourceId": "Art.10", "targetFramework": "iso42001", "targetId": "A.7.4", "relationship": "intersects-with" },
              { "sourceFramework": "eu-ai-act", "sourceId": "Art.999", "targetFramework": "iso42001", "targetId": "A.7.4", "relationship": "intersects-with" },
              42 ] }
            """;

        var result = MappingSetImporter.ReadJson(Json, Provenance);

        Assert.Equal("c1", result.Partial().Id);
        Assert.Single(result.Partial().Mappings);
        Assert.Contains(result.Diagnostics, d => d.Path == "/mappings/1/sourceId" && d.Code == MappingDiagnosticCodes.UnknownItem);
        Assert.Contains(result.Diagnostics, d => d.Path.StartsWith("/mappings/2/", StringComparison.Ordinal));
        Assert.Equal(MappingSetImporter.UnreadableCode, Assert.Single(MappingSetImporter.ReadJson("{ nope", Provenance).Diagnostics).Code);
        Assert.False(MappingSetImporter.ReadJson("[]", Provenance).HasValue);
    }

    [Fact]
    public void Aicm_import_reads_the_customers_controls_with_their_version()
    {
        const string Csv = """
            Control ID,Control Title,Control Specification
            MDS-01,Model documentation,Customer's licensed text.
            A&A-01,Audit policy,Text
            XYZ-01,Unknown,Text
            MDS-1,Bad id,Text
            MDS-01,Duplicate,Text
            GRC-02,,Text
            """;

        var result = AicmImporter.ReadCsv(new StringReader(Csv), "1.1.1", new DateOnly(2026, 7, 22));

        var catalog = result.Partial();
        Assert.Equal("1.1.1", catalog.Metadata.Version);
        Assert.Equal(2, result.Records?.Accepted);
        Assert.True(catalog.TryGetItem("MDS-01", out var control));
        Assert.Equal(("MDS", "Customer's licensed text."), (control.ParentId, control.Text));
        Assert.Equal(["/rows/4/Control ID", "/rows/5/Control ID", "/rows/6/Control ID", "/rows/7/Control Title"], result.Diagnostics.Select(d => d.Path));
        Assert.False(AicmImporter.ReadCsv(new StringReader("id only\n"), "1.1.1", default).HasValue);
    }

    [Fact]
    public void Application_dates_are_data_with_sources_and_amendments_are_marked_unverified()
    {
        var original = EuAiActApplicationDates.Original;

        Assert.Equal(new DateOnly(2025, 2, 2), original.Single(d => d.Provision == "Art.113(a)").AppliesFrom);
        Assert.Equal(new DateOnly(2026, 8, 2), original.Single(d => d.Provision == "Art.113(general)").AppliesFrom);
        Assert.All(original, d => Assert.True(d.IsVerified));
        Assert.NotEmpty(EuAiActApplicationDates.Amendments);
        Assert.All(EuAiActApplicationDates.Amendments, d => Assert.Equal(("Regulation (EU) 2026/1744", false), (d.AmendedBy, d.IsVerified)));
    }

    [Fact]
    public void Star_for_ai_readiness_follows_certification_and_ai_caiq_evidence()
    {
        var certified = new AimsWorkspace("Org").WithCertification(new CertificationPlan("CB",
            [new CertificationMilestone(CertificationStage.Stage1, new DateOnly(2026, 1, 1), new DateOnly(2026, 1, 1)),
             new CertificationMilestone(CertificationStage.Stage2, new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 2))],
            new DateOnly(2029, 3, 1)));

        var ready = StarForAiReadiness.Assess(certified, new DateOnly(2026, 11, 1), new StarForAiEvidence("1.1.0").WithAllQuestionsAnswered(true).WithSubmittedToRegistry(true).WithValidAiTedScore(true));
        var notYet = StarForAiReadiness.Assess(new AimsWorkspace("Org"), new DateOnly(2026, 11, 1), new StarForAiEvidence("1.0.1").WithAllQuestionsAnswered(true));

        Assert.All(ready, i => Assert.True(i.IsMet, i.RequirementId));
        Assert.Equal(["L1.1", "L1.2", "L1.3", "L2.1", "L2.2", "L2.3"], ready.Select(i => i.RequirementId));
        Assert.All(notYet, i => Assert.False(i.IsMet, i.RequirementId));
        Assert.Contains("older than 1.0.2", notYet[0].Reason, StringComparison.Ordinal);
        Assert.False(StarForAiReadiness.Assess(certified, new DateOnly(2030, 1, 1), new StarForAiEvidence("1.1.0").WithAllQuestionsAnswered(true).WithSubmittedToRegistry(true).WithValidAiTedScore(true))[3].IsMet); // expired
    }
}
