using Aims.Model;
using Aims.Serialization.Csv;
using Aims.Tests.Model;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Aims.Tests.Serialization;

public class CsvBadInputTests
{
    [Fact]
    public void Bad_rows_are_reported_with_row_and_column_while_good_rows_are_kept()
    {
        const string Csv = """
            Id,Name,RiskLevel,LastReviewDate,IsShadowAi
            a,Alpha,High,2026-01-31,no
            b c,Bravo,,,
            c,Charlie,Extreme,31/01/2026,maybe
            d,Delta,low,,
            """;

        var result = AimsCsv.ReadInventory(new StringReader(Csv));

        Assert.Equal(["a", "d"], result.Partial().Select(s => s.Id));
        Assert.Equal(new RecordCounts(4, 2), result.Records);
        Assert.False(result.IsValid);
        Assert.Equal(["/rows/3/Id", "/rows/4/RiskLevel", "/rows/4/LastReviewDate", "/rows/4/IsShadowAi"], result.Diagnostics.Select(d => d.Path));
    }

    [Fact]
    public void Header_problems_are_each_reported_once()
    {
        var result = AimsCsv.ReadInventory(new StringReader("Name,Colour,Name,Owner\nx,red,y,z\nq,blue,r,s\n"));

        Assert.False(result.HasValue);
        Assert.Equal(
            [(CsvDiagnosticCodes.UnknownColumn, "/rows/1/Colour"), (CsvDiagnosticCodes.DuplicateColumn, "/rows/1/Name"), (CsvDiagnosticCodes.InvalidHeader, "/rows/1")],
            result.Diagnostics.Select(d => (d.Code, d.Path)));
    }

    [Fact]
    public void Unknown_columns_only_warn_and_header_matching_ignores_case()
    {
        var result = AimsCsv.ReadInventory(new StringReader("id,NAME,Colour\na,Alpha,red\n"));

        Assert.True(result.IsValid);
        Assert.Equal(DiagnosticSeverity.Warning, Assert.Single(result.Diagnostics).Severity);
    }

    [Fact]
    public void Duplicate_ids_keep_the_first_row()
    {
        var result = AimsCsv.ReadInventory(new StringReader("Id,Name\na,First\na,Second\n"));

        Assert.Equal("First", Assert.Single(result.Partial()).Name);
        Assert.Equal((CsvDiagnosticCodes.DuplicateId, "/rows/3/Id"), (result.Diagnostics[0].Code, result.Diagnostics[0].Path));
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://evil\",\"x\")")]
    [InlineData("+1+1")]
    [InlineData("-2+3")]
    [InlineData("@SUM(A1)")]
    [InlineData("\t=cmd")]
    [InlineData("\r=cmd")]
    [InlineData("'=already quoted")]
    [InlineData("''")]
    public void Formula_payloads_are_neutralised_on_export_and_restored_on_import(string payload)
    {
        var system = new AiSystem("s1", "Name").WithPurpose(payload + " tail");
        var writer = new StringWriter();

        AimsCsv.WriteInventory(writer, [system]);
        var back = AimsCsv.ReadInventory(new StringReader(writer.ToString()));

        Assert.Contains(("'" + system.Purpose).Replace("\"", "\"\"", StringComparison.Ordinal), writer.ToString(), StringComparison.Ordinal);
        Assert.Equal(system.Purpose, Assert.Single(back.Partial()).Purpose);
    }

    [Fact]
    public void Byte_order_mark_quotes_and_mixed_line_endings_are_read()
    {
        var csv = "\uFEFFId,Name,Purpose\r\na,Alpha,\"multi\r\nline, with comma\"\nb,Bravo,x\rc,Charlie,y\r\n";

        var result = AimsCsv.ReadInventory(new StringReader(csv));

        Assert.True(result.IsValid, string.Join("\n", result.Diagnostics));
        Assert.Equal(["a", "b", "c"], result.Partial().Select(s => s.Id));
    }

    [Fact]
    public void An_unterminated_quote_is_reported_not_merged_into_one_field()
    {
        var result = AimsCsv.ReadInventory(new StringReader("Id,Name\na,Alpha\nb,\"Bravo\nc,Charlie\n"));

        Assert.Equal(["a", "c"], result.Partial().Select(s => s.Id));
        Assert.Equal((CsvDiagnosticCodes.MalformedRow, "/rows/3"), (Assert.Single(result.Diagnostics).Code, result.Diagnostics[0].Path));
    }

    [Fact]
    public void Malformed_quotes_and_ragged_rows_are_reported()
    {
        var result = AimsCsv.ReadInventory(new StringReader("Id,Name\na,Al\"pha\nb,Bravo,extra\nc,Charlie\n"));

        Assert.Equal(["c"], result.Partial().Select(s => s.Id));
        Assert.Contains(result.Diagnostics, d => d.Code == CsvDiagnosticCodes.MalformedRow && d.Path == "/rows/2");
        Assert.Contains(result.Diagnostics, d => d.Code == CsvDiagnosticCodes.InvalidRow && d.Path == "/rows/3");
    }

    [Fact]
    public void Mapping_rows_without_frameworks_or_relationship_are_errors_not_crashes()
    {
        // Fuzz findings: blank framework cells crashed the set constructor; a blank relationship dropped the row silently.
        var provenance = new Aims.Mapping.MappingProvenance("t", "1", "a", "m", Aims.Mapping.MappingStatus.Draft, new DateOnly(2026, 1, 1), "CC0");
        const string Csv = """
            sourceFramework,sourceId,targetFramework,targetId,relationship
            ,A.2.2,,GOVERN 1.1,intersectsWith
            iso42001,A.2.3,nist-ai-rmf,GOVERN 1.2,
            iso42001,A.2.4,nist-ai-rmf,GOVERN 1.3,subsetOf
            """;

        var result = AimsCsv.ReadMappingSet(new StringReader(Csv), "s", provenance);

        Assert.Equal(["A.2.4"], result.Partial().Mappings.Select(m => m.SourceId));
        Assert.Equal(["/rows/2/sourceFramework", "/rows/2/targetFramework", "/rows/3/relationship"], result.Diagnostics.Select(d => d.Path));
    }

    [Fact]
    public void Writing_a_null_item_is_an_argument_exception_and_writes_nothing()
    {
        // Issue 13, reproduction 12: CsvHelper's WriterException escaped.
        var writer = new StringWriter();

        var inventory = Assert.Throws<ArgumentException>(() => AimsCsv.WriteInventory(writer, [new AiSystem("a", "A"), null!]));
        var risks = Assert.Throws<ArgumentException>(() => AimsCsv.WriteRiskRegister(writer, [null!]));

        Assert.Equal(("systems", "risks"), (inventory.ParamName, risks.ParamName));
        Assert.Equal("", writer.ToString());
    }

    [Fact]
    public void Empty_input_is_a_header_error()
    {
        var result = AimsCsv.ReadRiskRegister(new StringReader(""));

        Assert.Equal(CsvDiagnosticCodes.InvalidHeader, Assert.Single(result.Diagnostics).Code);
    }

    [Fact]
    public void Fair_estimate_problems_point_at_the_cell()
    {
        const string Csv = """
            Name,LossEventFrequency,PrimaryLoss,PrimaryLoss.Response
            ok,"constant(1)","pert(1, 2, 3)",
            bad numbers,"pert(1, x, 3)","pert(1, 2, 3)",
            bad order,"pert(5, 1, 3)","pert(1, 2, 3)",
            unknown,"cauchy(1)","pert(1, 2, 3)",
            nan,"constant(NaN)","pert(1, 2, 3)",
            """;

        var result = AimsCsv.ReadFairScenarios(new StringReader(Csv));

        Assert.Equal(["ok"], result.Partial().Select(s => s.Name));
        Assert.Equal(["/rows/3/LossEventFrequency", "/rows/4/LossEventFrequency", "/rows/5/LossEventFrequency", "/rows/6/LossEventFrequency"],
            result.Diagnostics.Select(d => d.Path).Distinct());
    }

    [Property(MaxTest = 400)]
    public Property Readers_never_throw_on_arbitrary_text(string text)
    {
        var input = text ?? "";
        var results = new object[]
        {
            AimsCsv.ReadInventory(new StringReader(input)), AimsCsv.ReadRiskRegister(new StringReader(input)),
            AimsCsv.ReadSoa(new StringReader(input), DocumentRevision.Draft), AimsCsv.ReadFairScenarios(new StringReader(input)),
            AimsCsv.ReadDiscoveredAssets(new StringReader(input)),
        };
        return results.All(r => r is not null).ToProperty();
    }

    [Property(MaxTest = 300, Arbitrary = [typeof(ModelArbitraries)])]
    public Property Readers_never_throw_on_mutated_tables(RiskEntry first, RiskEntry second, int position, char replacement)
    {
        var writer = new StringWriter();
        AimsCsv.WriteRiskRegister(writer, [first, second]);
        var text = writer.ToString().ToCharArray();
        text[(int)((uint)position % text.Length)] = replacement;

        var result = AimsCsv.ReadRiskRegister(new StringReader(new string(text)));

        return (result.Records?.Accepted <= result.Records?.Read && (result.IsValid || !result.Diagnostics.IsEmpty)).ToProperty();
    }
}
