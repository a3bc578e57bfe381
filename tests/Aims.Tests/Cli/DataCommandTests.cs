using System.Text.Json;
using Aims.Cli;
using static Aims.Tests.Cli.CliRunner;

namespace Aims.Tests.Cli;

public sealed class DataCommandTests : IDisposable
{
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("aims-data-");

    public static TheoryData<string, string> Exports => new()
    {
        { "workspace", "json" }, { "inventory", "json" }, { "risks", "json" }, { "soa", "json" },
        { "inventory", "csv" }, { "risks", "csv" }, { "soa", "csv" },
    };

    public void Dispose() => _directory.Delete(recursive: true);

    [Theory]
    [MemberData(nameof(Exports))]
    public void Every_export_validates(string kind, string format)
    {
        var file = Path.Combine(_directory.FullName, $"{kind}.{format}");

        var export = Run("export", kind, "--format", format, "--out", file);
        var (exit, output, _) = Run("validate", file, "--format", "json");

        Assert.Equal((CliApp.Ok, CliApp.Ok), (export.Exit, exit));
        using var json = JsonDocument.Parse(output);
        Assert.True(json.RootElement.GetProperty("valid").GetBoolean());
    }

    [Fact]
    public void Csv_import_round_trips_to_the_same_json_document()
    {
        var csv = Path.Combine(_directory.FullName, "risks.csv");
        var imported = Path.Combine(_directory.FullName, "risks.json");
        Run("export", "risks", "--format", "csv", "--out", csv);

        var (exit, _, _) = Run("import", "csv", "risks", csv, "--out", imported);

        Assert.Equal(CliApp.Ok, exit);
        Assert.Equal(Run("export", "risks").Out.TrimEnd(), File.ReadAllText(imported).TrimEnd());
    }

    [Fact]
    public void Partial_csv_import_exits_1_and_reports_the_bad_row()
    {
        var csv = Path.Combine(_directory.FullName, "bad.csv");
        File.WriteAllText(csv, "Id,Name\na,Alpha\nb c,Bravo\n");

        var (exit, output, _) = Run("import", "csv", "inventory", csv, "--format", "json");

        Assert.Equal(CliApp.Problems, exit);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(1, json.RootElement.GetProperty("recordsAccepted").GetInt32());
        Assert.Equal("/rows/3/Id", json.RootElement.GetProperty("diagnostics")[0].GetProperty("path").GetString());
    }

    [Fact]
    public void Validate_distinguishes_problems_from_unreadable_files()
    {
        var broken = Path.Combine(_directory.FullName, "broken.json");
        var inconsistent = Path.Combine(_directory.FullName, "inconsistent.json");
        File.WriteAllText(broken, "{\"kind\": \"inventory\",");
        File.WriteAllText(inconsistent, """{"kind": "inventory", "schemaVersion": "1.0", "systems": [{"id": "a", "name": "A"}, {"id": "a", "name": "B"}]}""");

        Assert.Equal(CliApp.Unusable, Run("validate", broken).Exit);
        var (exit, output, _) = Run("validate", inconsistent);
        Assert.Equal(CliApp.Problems, exit);
        Assert.Contains("error AIMS1002 /systems/1/id: ", output, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(Run("validate", inconsistent, "--format", "json").Out);
        Assert.Equal(
            Aims.Serialization.Json.AimsJson.Read(File.ReadAllText(inconsistent)).Diagnostics.Select(d => d.Path),
            json.RootElement.GetProperty("diagnostics").EnumerateArray().Select(d => d.GetProperty("path").GetString()));
    }

    [Theory]
    [InlineData("catalog", "iso42001")]
    [InlineData("implementation")]
    [InlineData("mapping", "nist-ai-rmf", "iso42001")]
    public void Oscal_exports_name_their_model(params string[] what)
    {
        var (exit, output, _) = Run(["export", "oscal", .. what]);

        Assert.Equal(CliApp.Ok, exit);
        using var json = JsonDocument.Parse(output);
        Assert.StartsWith("http://csrc.nist.gov/ns/oscal/1.2.1/", json.RootElement.GetProperty("$schema").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Aibom_export_writes_a_cyclonedx_ml_bom_of_the_workspace_that_reads_back()
    {
        var file = Path.Combine(_directory.FullName, "demo.cdx.json");
        var workspace = Path.Combine(_directory.FullName, "workspace.json");
        Run("export", "workspace", "--out", workspace);

        var (exit, _, error) = Run("export", "aibom", "--workspace", workspace, "--out", file);
        var csv = Run("export", "aibom", "--format", "csv");

        Assert.Equal(CliApp.Ok, exit);
        Assert.Equal("", error);
        using var json = JsonDocument.Parse(File.ReadAllText(file));
        Assert.Equal(("CycloneDX", "1.6"), (json.RootElement.GetProperty("bomFormat").GetString(), json.RootElement.GetProperty("specVersion").GetString()));
        var read = Aims.Serialization.Json.AiBom.Import(File.ReadAllText(file));
        Assert.True(read.IsValid);
        Assert.Equal(Aims.Samples.Demo.DemoWorkspace.Create().Systems.Select(s => s.Id), read.GetValueOrThrow().Select(s => s.Id));
        Assert.Equal(CliApp.Unusable, csv.Exit);
        Assert.Contains("the AI-BOM as JSON only", csv.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_reads_a_cyclonedx_bom_back_and_reports_a_bad_component_with_its_path()
    {
        var good = Path.Combine(_directory.FullName, "demo.cdx.json");
        var bad = Path.Combine(_directory.FullName, "bad.json");
        Run("export", "aibom", "--out", good);
        File.WriteAllText(bad, """{"bomFormat":"CycloneDX","specVersion":"1.6","components":[{"type":"machine-learning-model","name":"M","properties":[{"name":"aims:riskLevel","value":"huge"}]}]}""");

        var ok = Run("validate", good, "--format", "json");
        var (exit, output, _) = Run("validate", bad, "--kind", "aibom", "--format", "json");

        Assert.Equal((CliApp.Ok, CliApp.Problems), (ok.Exit, exit));
        using var okJson = JsonDocument.Parse(ok.Out);
        Assert.Equal("aibom", okJson.RootElement.GetProperty("kind").GetString());
        using var badJson = JsonDocument.Parse(output);
        Assert.Equal("/components/0/properties/0/value", badJson.RootElement.GetProperty("diagnostics")[0].GetProperty("path").GetString());
    }

    [Fact]
    public void Coverage_and_simulation_accept_files()
    {
        var workspace = Path.Combine(_directory.FullName, "workspace.json");
        Run("export", "workspace", "--out", workspace);

        var coverage = Run("coverage", "--workspace", workspace, "--to", "iso27001", "--format", "json");

        Assert.Equal(CliApp.Ok, coverage.Exit);
        Assert.Contains(workspace, coverage.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Risk_simulate_runs_a_spreadsheet_of_scenarios()
    {
        var csv = Path.Combine(_directory.FullName, "scenarios.csv");
        File.WriteAllText(csv, "Name,LossEventFrequency,PrimaryLoss\nA,\"constant(1)\",\"constant(100)\"\nB,\"constant(2)\",\"constant(50)\"\n");

        var (exit, output, _) = Run("risk", "simulate", csv, "--trials", "1000", "--format", "json");

        Assert.Equal(CliApp.Ok, exit);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(2, json.RootElement.GetProperty("contributions").GetArrayLength());
    }

    [Fact]
    public void Report_writes_a_self_contained_html_file()
    {
        var html = Path.Combine(_directory.FullName, "report.html");

        var (exit, output, _) = Run("report", "--out", html, "--trials", "2000");

        Assert.Equal(CliApp.Ok, exit);
        Assert.Contains("6 FAIR scenarios", output, StringComparison.Ordinal);
        Assert.Contains("<h2 id=\"lec-h\">", File.ReadAllText(html), StringComparison.Ordinal);
        Assert.Equal(CliApp.Unusable, Run("report").Exit);
    }

    [Fact]
    public void Report_of_a_workspace_file_simulates_the_scenarios_of_its_risks()
    {
        var workspace = Path.Combine(_directory.FullName, "ws.json");
        var html = Path.Combine(_directory.FullName, "ws-report.html");
        Assert.Equal(CliApp.Ok, Run("export", "workspace", "--out", workspace).Exit);

        var (_, output, _) = Run("report", "--workspace", workspace, "--out", html, "--trials", "2000");

        Assert.Contains("6 FAIR scenarios", output, StringComparison.Ordinal); // the register's own, read back from the file
        Assert.Contains("<h2 id=\"lec-h\">", File.ReadAllText(html), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("export", "aims export <workspace")]
    [InlineData("report", "aims report [--workspace")]
    [InlineData("risk", "aims risk simulate")]
    public void Help_of_a_command_shows_its_usage_only(string command, string expected)
    {
        var (exit, output, _) = Run(command, "--help");

        Assert.Equal(CliApp.Ok, exit);
        Assert.Contains(expected, output, StringComparison.Ordinal);
        Assert.DoesNotContain("aims catalog list", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_of_a_workspace_with_validation_errors_is_written_with_a_banner_and_exits_1()
    {
        var workspace = Path.Combine(_directory.FullName, "ws.json");
        Assert.Equal(CliApp.Ok, Run("export", "workspace", "--out", workspace).Exit);
        var json = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(workspace))!;
        var systems = json["systems"]!.AsArray();
        systems.Add(systems[0]!.DeepClone()); // a duplicate system id
        File.WriteAllText(workspace, json.ToJsonString());
        var html = Path.Combine(_directory.FullName, "report.html");

        var (exit, _, error) = Run("report", "--workspace", workspace, "--out", html);

        Assert.Equal(CliApp.Problems, exit);
        Assert.Contains("validation error", error, StringComparison.Ordinal);
        Assert.Contains("Data quality: ", File.ReadAllText(html), StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_refuses_an_unknown_kind_instead_of_ignoring_it()
    {
        var workspace = Path.Combine(_directory.FullName, "ws.json");
        Assert.Equal(CliApp.Ok, Run("export", "workspace", "--out", workspace).Exit);

        var (exit, output, error) = Run("validate", workspace, "--kind", "bogus");

        Assert.Equal((CliApp.Unusable, ""), (exit, output));
        Assert.StartsWith("error: unknown --kind 'bogus'", error, StringComparison.Ordinal);
        Assert.Equal(CliApp.Ok, Run("validate", workspace, "--kind", "workspace", "--as-of", "2026-11-16").Exit);
    }

    [Fact]
    public void Validate_runs_the_date_based_checks_on_the_as_of_date()
    {
        var workspace = Path.Combine(_directory.FullName, "ws.json");
        Assert.Equal(CliApp.Ok, Run("export", "workspace", "--out", workspace).Exit);

        var early = Run("validate", workspace, "--as-of", "2026-11-16").Out;
        var late = Run("validate", workspace, "--as-of", "2031-01-01").Out;

        // POL-AI-01 is due for review on 2027-03-01: overdue in 2031, not in November 2026.
        Assert.DoesNotContain("POL-AI-01 was due", early, StringComparison.Ordinal);
        Assert.Contains("warning AIMS1009 /policies/0/nextReviewOn: Policy POL-AI-01 was due for review on 2027-03-01.", late, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_names_the_kind_of_a_document_that_does_not_read_whole()
    {
        var soa = Path.Combine(_directory.FullName, "soa.json");
        File.WriteAllText(soa, """{"kind":"soa","schemaVersion":"1.0"}""");

        var (exit, output, _) = Run("validate", soa, "--format", "json");

        Assert.Equal(CliApp.Problems, exit);
        using var json = System.Text.Json.JsonDocument.Parse(output);
        Assert.Equal("soa", json.RootElement.GetProperty("kind").GetString());
    }

    [Fact]
    public void Csv_export_of_mappings_needs_a_set()
    {
        Assert.Equal(CliApp.Unusable, Run("export", "mappings", "--format", "csv").Exit);
        Assert.Equal(CliApp.Ok, Run("export", "mappings", "--format", "csv", "--set", "eu-ai-act-iso42001").Exit);
    }

    [Theory]
    [InlineData("eu-ai-act-iso42001")]
    [InlineData("nist-ai-rmf-iso42001-airc")]
    [InlineData("iso42001-iso27001-annex-a")]
    public void A_mapping_set_exported_as_csv_imports_without_error(string set)
    {
        var csv = Path.Combine(_directory.FullName, set + ".csv");
        Assert.Equal(CliApp.Ok, Run("export", "mappings", "--format", "csv", "--set", set, "--out", csv).Exit);

        var (exit, output, error) = Run("import", "csv", "mappings", csv, "--format", "json");

        Assert.Equal(CliApp.Ok, exit);
        Assert.Equal("", error);
        using var json = JsonDocument.Parse(output);
        var summary = json.RootElement;
        Assert.True(summary.GetProperty("complete").GetBoolean());
        Assert.Equal(0, summary.GetProperty("diagnostics").GetArrayLength());
        Assert.True(summary.GetProperty("recordsRead").GetInt32() > 0);
        Assert.Equal(summary.GetProperty("recordsRead").GetInt32(), summary.GetProperty("recordsAccepted").GetInt32());
    }
}
