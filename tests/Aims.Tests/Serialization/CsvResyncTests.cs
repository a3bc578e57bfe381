using Aims.Serialization.Csv;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Aims.Tests.Serialization;

/// <summary>
/// Issue 13, reproductions 4 and 5: a broken quote costs only the rows it can swallow, is reported with its line,
/// and the reader resynchronises on the next line; the AICM importer reports extra fields, duplicate headers and
/// rows after blank lines at the right place.
/// </summary>
public class CsvResyncTests
{
    private static readonly Aims.Mapping.MappingProvenance Provenance = new("t", "1", "a", "m", Aims.Mapping.MappingStatus.Draft, new DateOnly(2026, 1, 1), "CC0");

    [Fact]
    public void An_unclosed_quote_costs_only_its_row_and_reading_resumes_on_the_next_line()
    {
        var result = AimsCsv.ReadInventory(new StringReader("Id,Name\na,\"broken\nb,B\nc,C\nd,D"));

        Assert.Equal(["b", "c", "d"], result.Partial().Select(s => s.Id));
        Assert.Equal(new RecordCounts(4, 3), result.Records);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal((CsvDiagnosticCodes.MalformedRow, "/rows/2"), (diagnostic.Code, diagnostic.Path));
        Assert.Contains("Line 2", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("line 3", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_quote_closed_lines_later_by_another_row_does_not_merge_the_rows_between()
    {
        // The quote opened on line 2 closes on line 4 and text follows it: the record is broken, lines 3 and 4 are read again.
        var result = AimsCsv.ReadInventory(new StringReader("Id,Name\na,\"broken\nb,B\nc,\"C\"\n"));

        Assert.Equal(["b", "c"], result.Partial().Select(s => s.Id));
        Assert.Equal(["/rows/2"], result.Diagnostics.Select(d => d.Path));
    }

    [Fact]
    public void Quoted_cells_spanning_lines_before_and_after_a_broken_row_are_kept()
    {
        var result = AimsCsv.ReadInventory(new StringReader("Id,Name,Purpose\na,A,\"two\nlines\"\nb,\"broken\nc,C,\"also\ntwo\"\n"));

        Assert.Equal(["a", "c"], result.Partial().Select(s => s.Id));
        Assert.Equal("two\nlines", result.Partial()[0].Purpose);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("/rows/3", diagnostic.Path);
        Assert.Contains("Line 4", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rows_are_numbered_as_a_spreadsheet_shows_them_blank_lines_included()
    {
        var result = AimsCsv.ReadInventory(new StringReader("Id,Name\n\na,A\n\n\nb c,B\n"));

        Assert.Equal(["a"], result.Partial().Select(s => s.Id));
        Assert.Equal(["/rows/6/Id"], result.Diagnostics.Select(d => d.Path));
        Assert.Equal(new RecordCounts(2, 1), result.Records);
    }

    [Fact]
    public void Model_messages_reach_the_diagnostic_without_the_runtime_decoration()
    {
        var result = AimsCsv.ReadInventory(new StringReader("Id,Name\nb c,B\n"));

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.DoesNotContain("'id'", diagnostic.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("\n", diagnostic.Message, StringComparison.Ordinal);
        Assert.NotEmpty(diagnostic.Message);
    }

    [Fact]
    public void The_mapping_set_and_scenario_readers_resynchronise_too()
    {
        const string Mappings = "sourceFramework,sourceId,targetFramework,targetId,relationship,notes\n"
            + "iso42001,A.2.2,nist-ai-rmf,GOVERN 1.1,intersectsWith,\"broken\n"
            + "iso42001,A.2.3,nist-ai-rmf,GOVERN 1.2,subsetOf,\n"
            + "iso42001,A.2.4,nist-ai-rmf,GOVERN 1.3,subsetOf,ok\n";
        const string Scenarios = "Name,LossEventFrequency,PrimaryLoss\nbroken,\"constant(1),constant(2)\nok,constant(1),constant(2)\n";

        var mappings = AimsCsv.ReadMappingSet(new StringReader(Mappings), "s", Provenance);
        var scenarios = AimsCsv.ReadFairScenarios(new StringReader(Scenarios));

        Assert.Equal(["A.2.3", "A.2.4"], mappings.Partial().Mappings.Select(m => m.SourceId));
        Assert.Equal(["/rows/2"], mappings.Diagnostics.Select(d => d.Path));
        Assert.Equal(["ok"], scenarios.Partial().Select(s => s.Name));
        Assert.Equal([(CsvDiagnosticCodes.MalformedRow, "/rows/2")], scenarios.Diagnostics.Select(d => (d.Code, d.Path)));
    }

    [Fact]
    public void Aicm_an_unclosed_title_costs_one_control()
    {
        var result = AimsCsv.ReadAicmCatalog(new StringReader("Control ID,Control Title\nAIS-01,\"Broken title\nAIS-02,Second\nAIS-03,Third\n"), "1.1.1", default);

        Assert.Equal(["AIS-02", "AIS-03"], result.Partial().Controls.Select(c => c.Id));
        Assert.Equal([(CsvDiagnosticCodes.MalformedRow, "/rows/2")], result.Diagnostics.Select(d => (d.Code, d.Path)));
        Assert.Equal(new RecordCounts(3, 2), result.Records);
    }

    [Fact]
    public void Aicm_extra_fields_blank_lines_and_duplicate_headers_are_reported()
    {
        var extra = AimsCsv.ReadAicmCatalog(new StringReader("Control ID,Control Title\nAIS-01,Title,lost text\n\n\nAIS-02,\n"), "1.1.1", default);
        var duplicate = AimsCsv.ReadAicmCatalog(new StringReader("Control ID,ID,Control Title\nAIS-01,AIS-02,T\n"), "1.1.1", default);

        Assert.Equal([(CsvDiagnosticCodes.InvalidRow, "/rows/2"), (CsvDiagnosticCodes.InvalidRow, "/rows/5/Control Title")], extra.Diagnostics.Select(d => (d.Code, d.Path)));
        Assert.False(duplicate.HasValue);
        Assert.Equal([(CsvDiagnosticCodes.DuplicateColumn, "/rows/1/Control ID")], duplicate.Diagnostics.Select(d => (d.Code, d.Path)));
    }

    [Fact]
    public void A_record_longer_than_the_limit_is_malformed_and_the_next_row_is_read()
    {
        var csv = "Id,Name\na," + new string('x', AimsCsv.MaxRecordLength) + "\nb,B\n";

        var result = AimsCsv.ReadInventory(new StringReader(csv));

        Assert.Equal(["b"], result.Partial().Select(s => s.Id));
        Assert.Equal([(CsvDiagnosticCodes.MalformedRow, "/rows/2")], result.Diagnostics.Select(d => (d.Code, d.Path)));
    }

    [Fact]
    public void An_endless_input_stops_at_the_row_limit_with_a_diagnostic()
    {
        var result = AimsCsv.ReadInventory(new EndlessReader("Id,Name\n", "\n"));

        Assert.Equal([(CsvDiagnosticCodes.TooLarge, "/rows")], result.Diagnostics.Select(d => (d.Code, d.Path)));
    }

    [Fact]
    public void An_endless_line_stops_at_the_input_limit_with_a_diagnostic()
    {
        var result = AimsCsv.ReadInventory(new EndlessReader("Id,Name\na,", "\0"));

        Assert.Contains(result.Diagnostics, d => d.Code == CsvDiagnosticCodes.TooLarge);
        Assert.Contains(result.Diagnostics, d => d.Code == CsvDiagnosticCodes.MalformedRow && d.Path == "/rows/2");
    }

    /// <summary>Good rows around any number of broken lines (a quote never closed) are all kept, each broken line reported once.</summary>
    [Property(MaxTest = 200)]
    public Property Broken_quotes_cost_only_their_own_rows()
    {
        var line = Gen.Elements("ok", "broken").ListOf().Select(l => l.ToArray());
        return Prop.ForAll(line.ToArbitrary(), kinds =>
        {
            var text = "Id,Name\n" + string.Concat(kinds.Select((k, i) => k == "ok" ? $"r{i},Row {i}\n" : $"x{i},\"broken {i}\n"));
            var result = AimsCsv.ReadInventory(new StringReader(text));
            var expected = kinds.Select((k, i) => (k, i)).Where(p => p.k == "ok").Select(p => $"r{p.i}");
            var broken = kinds.Select((k, i) => (k, i)).Where(p => p.k != "ok").Select(p => $"/rows/{p.i + 2}");
            var kept = result.TryGetPartialValue(out var systems) ? systems.Select(s => s.Id) : [];
            return kept.SequenceEqual(expected) && result.Diagnostics.Select(d => d.Path).SequenceEqual(broken);
        });
    }

    private sealed class EndlessReader(string start, string repeat) : TextReader
    {
        private long _position;

        public override int Read(char[] buffer, int index, int count)
        {
            for (var i = 0; i < count; i++, _position++)
            {
                buffer[index + i] = _position < start.Length ? start[(int)_position] : repeat[(int)((_position - start.Length) % repeat.Length)];
            }

            return count;
        }
    }
}
