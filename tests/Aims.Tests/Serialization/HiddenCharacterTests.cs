using Aims.Cli;
using Aims.Mapping;
using Aims.Model;
using Aims.Serialization.Csv;
using Aims.Serialization.Json;
using Aims.Tests.Cli;

namespace Aims.Tests.Serialization;

/// <summary>
/// Issue 13, reproduction 9: ids reject control, bidirectional and zero-width characters in every format; free text
/// keeps them; the CLI's text output shows them escaped instead of sending them to the terminal.
/// </summary>
public sealed class HiddenCharacterTests : IDisposable
{
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("aims-hidden-");

    public static TheoryData<string> HiddenIds => new() { "a\u0000b", "a\u0007", "\u001b[31mred", "evil\u202Egnp.exe", "a\u2066b", "a\u200Bb", "a\uFEFF" };

    public void Dispose() => _directory.Delete(recursive: true);

    [Theory]
    [MemberData(nameof(HiddenIds))]
    public void Ids_reject_hidden_characters_in_the_model_json_csv_and_mappings(string id)
    {
        var escaped = System.Text.Json.JsonSerializer.Serialize(id);

        var model = Assert.Throws<ArgumentException>(() => new AiSystem(id, "Name"));
        var json = AimsJson.ReadInventory($$"""{"kind":"inventory","schemaVersion":"1.0","systems":[{"id":{{escaped}},"name":"N"}]}""");
        var csv = AimsCsv.ReadInventory(new StringReader($"Id,Name\n\"{id}\",N\n"));
        var mapping = Assert.Throws<ArgumentException>(() => new ControlMapping("iso42001", id, "nist-ai-rmf", "GOVERN 1.1", Relationship.IntersectsWith, MatchingRationale.Semantic));

        Assert.Equal("id", model.ParamName);
        Assert.Contains(json.Diagnostics, d => d.Code == JsonDiagnosticCodes.InvalidValue && d.Path == "/systems/0/id");
        Assert.Contains(csv.Diagnostics, d => d.Code == CsvDiagnosticCodes.InvalidRow && d.Path == "/rows/2/Id");
        Assert.Equal("sourceId", mapping.ParamName);
        Assert.All(json.Diagnostics.Concat(csv.Diagnostics), d => Assert.DoesNotContain(d.Message, c => c == '\u001b' || c == '\u202E'));
    }

    [Fact]
    public void Free_text_keeps_hidden_characters()
    {
        var system = new AiSystem("s1", "Name").WithPurpose("left \u202Eright\u202C and a bell \u0007");

        Assert.Equal("left \u202Eright\u202C and a bell \u0007", system.Purpose);
    }

    [Fact]
    public void The_cli_does_not_echo_escape_sequences_from_member_names()
    {
        var file = Path.Combine(_directory.FullName, "inv.json");
        File.WriteAllText(file, "{\"kind\":\"inventory\",\"schemaVersion\":\"1.0\",\"systems\":[],\"\\u001b[2J\\u202Ex\":1}");

        var (_, output, error) = CliRunner.Run("validate", file);

        Assert.DoesNotContain(output + error, c => c == '\u001b' || c == '\u202E');
        Assert.Contains("\\u001B[2J\\u202Ex", output + error, StringComparison.Ordinal);
    }

    [Fact]
    public void Terminal_text_escapes_hidden_characters_but_keeps_line_breaks_and_tabs()
    {
        using var inner = new StringWriter();
        var writer = TerminalText.Safe(inner);

        writer.WriteLine("a\tb\u001b[31m\u202E");
        writer.Write('\u0007');

        Assert.Equal("a\tb\\u001B[31m\\u202E" + Environment.NewLine + "\\u0007", inner.ToString());
    }
}
