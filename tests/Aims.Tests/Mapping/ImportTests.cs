using Aims.Tests.Serialization;
using Aims.Mapping;
using Aims.Model;
using Aims.Serialization.Csv;

namespace Aims.Tests.Mapping;

public class ImportTests
{
    private static readonly MappingProvenance Provenance =
        new("Customer crosswalk", "1", "GRC team", "expert judgement", MappingStatus.Draft, new DateOnly(2026, 11, 1), "internal");

    [Fact]
    public void Csv_mapping_set_keeps_good_rows_and_reports_every_bad_one_then_the_catalog_check_finds_unknown_ids()
    {
        const string Csv = """
            sourceFramework,sourceId,targetFramework,targetId,relationship,rationale,confidence,strength,notes
            iso42001,A.6.2.8,iso27001,A.8.15,subset-of,functional,high,8,logging
            iso42001,A.99,iso27001,A.8.15,subset-of,,,,
            iso42001,A.6.2.6,iso27001,A.8.16,kinda,,,,
            iso42001,A.6.2.6,iso27001,A.8.16,intersects-with,,sure,-1,
            iso42001,A.6.2.6,nist-ai-rmf,MEASURE 2.4,intersects-with,,,,
            """;

        var result = AimsCsv.ReadMappingSet(new StringReader(Csv), "customer", Provenance);

        Assert.False(result.IsValid);
        Assert.Equal(new RecordCounts(5, 2), result.Records);
        var set = result.Partial();
        var mapping = set.Mappings[0];
        Assert.Equal((Relationship.SubsetOf, MatchingRationale.Functional, MappingConfidence.High, 8), (mapping.Relationship, mapping.Rationale, mapping.Confidence, mapping.Strength));
        Assert.Equal(
        [
            (CsvDiagnosticCodes.InvalidRow, "/rows/4/relationship"),
            (CsvDiagnosticCodes.InvalidRow, "/rows/5/confidence"),
            (CsvDiagnosticCodes.InvalidRow, "/rows/6/sourceFramework"),
        ], result.Diagnostics.Select(d => (d.Code, d.Path)).Distinct());
        Assert.Equal([(MappingDiagnosticCodes.UnknownItem, "/mappings/1/sourceId")], FrameworkCatalogs.Check(set).Select(d => (d.Code, d.Path)));
    }

    [Fact]
    public void The_catalog_check_reports_frameworks_that_are_not_built_in()
    {
        var set = new MappingSet("m", "acme", "iso27001", Provenance, [new ControlMapping("acme", "X-1", "iso27001", "nope", Relationship.EqualTo, MatchingRationale.Semantic)]);

        Assert.Equal(
            [(MappingDiagnosticCodes.UnknownFramework, "/sourceFramework"), (MappingDiagnosticCodes.UnknownItem, "/mappings/0/targetId")],
            FrameworkCatalogs.Check(set).Select(d => (d.Code, d.Path)));
        Assert.Empty(FrameworkCatalogs.Check(Crosswalk.BuiltIn.Sets[0]));
    }

    [Theory]
    [InlineData("", CsvDiagnosticCodes.InvalidHeader)]
    [InlineData("a,b,c\n1,2,3\n", CsvDiagnosticCodes.InvalidHeader)]
    [InlineData("\"unterminated", CsvDiagnosticCodes.InvalidHeader)]
    public void Unreadable_csv_is_a_diagnostic_not_an_exception(string csv, string code)
    {
        var result = AimsCsv.ReadMappingSet(new StringReader(csv), "m", Provenance);

        Assert.False(result.HasValue);
        Assert.Contains(result.Diagnostics, d => d.Code == code);
    }

    [Fact]
    public void Aicm_import_reads_the_customers_controls_with_their_version()
    {
        const string Csv = """
            Control ID,Control Title,Control Specification,Domain
            MDS-01,Model documentation,Customer's licensed text.,x
            A&A-01,Audit policy,Text,x
            XYZ-01,Unknown,Text,x
            MDS-1,Bad id,Text,x
            MDS-01,Duplicate,Text,x
            GRC-02,,Text,x
            """;

        var result = AimsCsv.ReadAicmCatalog(new StringReader(Csv), "1.1.1", new DateOnly(2026, 7, 22));

        var catalog = result.Partial();
        Assert.Equal("1.1.1", catalog.Metadata.Version);
        Assert.Equal(new RecordCounts(6, 2), result.Records);
        Assert.True(catalog.TryGetItem("MDS-01", out var control));
        Assert.Equal(("MDS", "Customer's licensed text."), (control.ParentId, control.Text));
        Assert.Equal(
            [(CsvDiagnosticCodes.InvalidRow, "/rows/4/Control ID"), (CsvDiagnosticCodes.InvalidRow, "/rows/5/Control ID"),
             (CsvDiagnosticCodes.DuplicateId, "/rows/6/Control ID"), (CsvDiagnosticCodes.InvalidRow, "/rows/7/Control Title")],
            result.Diagnostics.Select(d => (d.Code, d.Path)));
        Assert.Equal(CsvDiagnosticCodes.InvalidHeader, Assert.Single(AimsCsv.ReadAicmCatalog(new StringReader("id only\n"), "1.1.1", default).Diagnostics).Code);
    }

    [Fact]
    public void An_unterminated_quote_in_an_aicm_file_is_a_diagnostic_and_does_not_merge_rows()
    {
        const string Csv = "Control ID,Control Title\nMDS-01,Model documentation\nMDS-02,\"Unclosed title\nMDS-03,Third\n";

        var result = AimsCsv.ReadAicmCatalog(new StringReader(Csv), "1.1.1", default);

        Assert.False(result.IsValid);
        Assert.Contains(result.Diagnostics, d => d.Code == CsvDiagnosticCodes.MalformedRow);
        Assert.DoesNotContain(result.Partial().Items, i => i.Title.Contains("Unclosed", StringComparison.Ordinal));
    }

    [Fact]
    public void Application_dates_are_data_with_sources_and_amendments_are_marked_unverified()
    {
        var original = EuAiActApplicationDates.Original;

        Assert.Equal(new DateOnly(2025, 2, 2), original.Single(d => d.Provision == "Art.113(a)").AppliesFrom);
        Assert.Equal(new DateOnly(2026, 8, 2), original.Single(d => d.Provision == "Art.113(general)").AppliesFrom);
        Assert.All(original, d => Assert.True(d.IsVerified));
        Assert.NotEmpty(EuAiActApplicationDates.Amendments);
        Assert.All(EuAiActApplicationDates.Amendments, d => Assert.Equal(("Regulation (EU) 2026/1744", false, SourceCertainty.Reported), (d.AmendedBy, d.IsVerified, d.Certainty)));
    }

    [Fact]
    public void The_timeline_in_force_is_the_amended_one_and_the_replaced_dates_stay_as_superseded_rows()
    {
        Assert.Equal(new DateOnly(2027, 12, 2), EuAiActApplicationDates.InForceFor("high-risk-annex-iii")!.AppliesFrom);
        Assert.Equal(new DateOnly(2028, 8, 2), EuAiActApplicationDates.InForceFor("high-risk-annex-i")!.AppliesFrom);
        Assert.Equal(new DateOnly(2026, 12, 2), EuAiActApplicationDates.InForceFor("art-50-2-on-market")!.AppliesFrom);
        Assert.Equal(new DateOnly(2026, 12, 2), EuAiActApplicationDates.InForceFor("new-prohibitions")!.AppliesFrom);
        Assert.Equal(new DateOnly(2026, 8, 2), EuAiActApplicationDates.InForceFor("general")!.AppliesFrom);
        Assert.Null(EuAiActApplicationDates.InForceFor("no-such-part"));

        var superseded = EuAiActApplicationDates.All.Where(d => !d.IsInForce).ToList();
        Assert.Equal(["Art.113(general).AnnexIII", "Art.113(general).Art.50(2)", "Art.113(c)"], superseded.Select(d => d.Provision));
        Assert.All(superseded, d =>
        {
            var by = EuAiActApplicationDates.All.Single(a => a.Provision == d.SupersededBy);
            Assert.Equal(d.Scope, by.Scope);
            Assert.Equal("Regulation (EU) 2026/1744", by.AmendedBy);
            Assert.True(by.AppliesFrom > d.AppliesFrom);
        });
        Assert.All(EuAiActApplicationDates.All, d => Assert.Contains("landscape-2026.md", d.Source, StringComparison.Ordinal));
        Assert.All(EuAiActApplicationDates.InForce, d => Assert.True(d.IsInForce));
        Assert.Equal(EuAiActApplicationDates.InForce.Select(d => d.Scope).Distinct().Count(), EuAiActApplicationDates.InForce.Count);
    }

    [Fact]
    public void Application_date_copies_validate_and_count_in_equality()
    {
        var row = new ApplicationDate("Art.113", "d", new DateOnly(2026, 8, 2), "OJ", null, true);

        Assert.Equal("provision", Assert.Throws<ArgumentException>(() => row.WithSupersededBy("Art.113")).ParamName);
        Assert.Equal("scope", Assert.Throws<ArgumentException>(() => row.WithScope(" ")).ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => row.WithCertainty((SourceCertainty)9));
        Assert.NotEqual(row, row.WithSupersededBy("Amend.X"));
        Assert.NotEqual(row, row.WithScope("general"));
        Assert.NotEqual(row, row.WithCertainty(SourceCertainty.Reported));
        Assert.False(row.WithSupersededBy("Amend.X").IsInForce);
        Assert.Equal(row, row.WithSupersededBy("Amend.X").WithSupersededBy(null));
    }

    [Fact]
    public void Star_for_ai_readiness_follows_certification_and_ai_caiq_evidence()
    {
        var certified = new AimsWorkspace("Org").WithCertification(new CertificationPlan("CB").WithMilestones(
            [new CertificationMilestone(CertificationStage.Stage1, new DateOnly(2026, 1, 1)).WithCompletedOn(new DateOnly(2026, 1, 1)),
             new CertificationMilestone(CertificationStage.Stage2, new DateOnly(2026, 3, 1)).WithCompletedOn(new DateOnly(2026, 3, 2))])
            .WithCertificateExpiresOn(new DateOnly(2029, 3, 1)));

        var ready = StarForAiReadiness.Assess(certified, new DateOnly(2026, 11, 1), new StarForAiEvidence("1.1.0").WithAllQuestionsAnswered(true).WithSubmittedToRegistry(true).WithValidAiTedScore(true));
        var notYet = StarForAiReadiness.Assess(new AimsWorkspace("Org"), new DateOnly(2026, 11, 1), new StarForAiEvidence("1.0.1").WithAllQuestionsAnswered(true));

        Assert.All(ready, i => Assert.True(i.IsMet, i.RequirementId));
        Assert.Equal(["L1.1", "L1.2", "L1.3", "L2.1", "L2.2", "L2.3"], ready.Select(i => i.RequirementId));
        Assert.All(notYet, i => Assert.False(i.IsMet, i.RequirementId));
        Assert.Contains("older than 1.0.2", notYet[0].Reason, StringComparison.Ordinal);
        Assert.False(StarForAiReadiness.Assess(certified, new DateOnly(2030, 1, 1), new StarForAiEvidence("1.1.0").WithAllQuestionsAnswered(true).WithSubmittedToRegistry(true).WithValidAiTedScore(true))[3].IsMet); // expired
        var planned = new AimsWorkspace("Org").WithCertification(new CertificationPlan("CB").WithMilestones([new CertificationMilestone(CertificationStage.Stage1, new DateOnly(2027, 2, 1))]));
        Assert.EndsWith("; next: stage1 on 2027-02-01.", StarForAiReadiness.Assess(planned, new DateOnly(2026, 11, 1), StarForAiEvidence.None)[3].Reason, StringComparison.Ordinal);   // the vocabulary word
    }
}
