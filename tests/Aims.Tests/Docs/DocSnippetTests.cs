using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Aims.Mapping;
using Aims.Model;
using Aims.Risk;
using Aims.Samples.Demo;
using Aims.Serialization.Json;
using Microsoft.Extensions.DependencyInjection;

namespace Aims.Tests.Docs;

/// <summary>Every C# block in README.md and docs/ must appear, line for line, in compiled code; each block runs and shows what it claims.</summary>
public partial class DocSnippetTests
{
    private static readonly string[] CompiledSources =
    [
        Path.Combine("tests", "Aims.Tests", "Docs", "DocSnippets.cs"),
        Path.Combine("samples", "Aims.QuickStart", "Program.cs"),
    ];

    public static TheoryData<string, int> Blocks()
    {
        var data = new TheoryData<string, int>();
        foreach (var file in Markdown())
        {
            var count = CSharpBlock().Count(File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, file)));
            for (var i = 0; i < count; i++)
            {
                data.Add(file, i);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Blocks))]
    public void Every_csharp_block_in_the_docs_is_compiled_code(string file, int index)
    {
        var block = CSharpBlock().Matches(File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, file)))[index].Groups[1].Value;
        var wanted = Lines(block);
        var sources = CompiledSources.Select(s => Lines(File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, s)))).ToList();

        Assert.True(sources.Any(source => Contains(source, wanted)), $"Block {index + 1} of {file} is not in {string.Join(" or ", CompiledSources)}:\n{block}");
    }

    // One test per block: each asserts what its block (its comments, the text around it) says it shows.

    [Fact]
    public void Catalog_versions_block_prints_the_summary_and_the_credit_scoring_obligations()
    {
        var (diff, output, _) = ConsoleCapture.Run(DocSnippets.CatalogVersions);

        Assert.Equal("1 added, 3 dates moved, 1 dates added", diff.Summary());
        Assert.StartsWith("1 added, 3 dates moved, 1 dates added", output, StringComparison.Ordinal);
        Assert.Contains("Obligation /systems/0: 23 obligations (Art.8, ", output, StringComparison.Ordinal);
        Assert.Contains("of credit-scoring now apply from 2027-12-02", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Dependency_injection_registers_the_options_the_block_sets()
    {
        var services = DocSnippets.DependencyInjection();

        var simulation = services.GetRequiredService<FairSimulationOptions>();
        Assert.Equal((200_000, 42), (simulation.Trials, simulation.Seed));
        Assert.Equal(8 * 1024 * 1024, services.GetRequiredService<AimsJsonReadOptions>().MaxDocumentBytes);
        var crosswalk = services.GetRequiredService<Crosswalk>();
        Assert.Equal([.. BuiltInMappingSets.All.Select(m => m.Id), "ours"], crosswalk.Sets.Select(m => m.Id));   // next to the built-in sets
        Assert.True(services.GetRequiredService<FrameworkCatalog>().TryGetItem("A.2.2", out var item));
        Assert.Equal("Text from our licensed copy.", item.Text);
    }

    [Fact]
    public void Licensed_text_is_attached_and_every_skipped_entry_is_reported()
    {
        KeyValuePair<string, string>[] textFromOurCopy = [new("A.2.2", "Text from our licensed copy."), new("Z.99", "Not an item."), new("A.3.2", " ")];

        var (licensed, output, _) = ConsoleCapture.Run(() => DocSnippets.LicensedText(textFromOurCopy));

        Assert.Equal([(ModelDiagnosticCodes.UnknownLicensedTextId, "/Z.99"), (ModelDiagnosticCodes.BlankLicensedText, "/A.3.2")], licensed.Diagnostics.Select(d => (d.Code, d.Path)));
        Assert.Equal(["AIMS1901", "AIMS1902"], licensed.Diagnostics.Select(d => d.Code));   // the codes the comment names
        Assert.Equal(
            [.. licensed.Diagnostics.Select(d => d.ToString()), "Text from our licensed copy."],
            output.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void Mapping_queries_are_oriented_from_the_item_filtered_and_multi_hop()
    {
        var (all, toIso27001, inferred) = DocSnippets.MappingQueries();

        Assert.NotEmpty(all);
        Assert.All(all, r => Assert.Equal(("iso42001", "A.2.2"), (r.Mapping.SourceFramework, r.Mapping.SourceId)));
        Assert.Contains(all, r => r.IsInverse);          // both directions: stated to the item too
        Assert.Contains(all, r => !r.IsInverse);
        Assert.All(all, r => Assert.Contains(r.Mapping, r.IsInverse ? r.Set.Mappings.Select(m => m.Inverse()) : r.Set.Mappings));
        Assert.NotEmpty(toIso27001);
        Assert.All(toIso27001, r => Assert.Equal(("iso42001", "A.6.2.6", "iso27001"), (r.Mapping.SourceFramework, r.Mapping.SourceId, r.Mapping.TargetFramework)));
        Assert.Contains(inferred, m => m.IsInferred && m.Path.Length == 2);
        Assert.All(inferred, m =>
        {
            Assert.Equal("iso27001", m.TargetFramework);
            Assert.Equal(("nist-ai-rmf", "GOVERN 1.1"), (m.Path[0].Mapping.SourceFramework, m.Path[0].Mapping.SourceId));
            Assert.Equal((m.TargetFramework, m.TargetId), (m.Path[^1].Mapping.TargetFramework, m.Path[^1].Mapping.TargetId));
            Assert.Equal(m.Path.Min(r => r.Mapping.Confidence), m.Confidence);   // the lowest confidence along the path
            Assert.Equal(m.Path.Skip(1).Aggregate(InferredMapping.From(m.Path[0].Mapping.Relationship), (r, link) => InferredMapping.Compose(r, link.Mapping.Relationship)), m.Relationship);
        });
    }

    [Fact]
    public void Coverage_prints_the_covered_percentage_gaps_and_a_reason()
    {
        var (report, output, _) = ConsoleCapture.Run(DocSnippets.Coverage);

        Assert.Equal("iso27001", report.TargetFramework);
        Assert.Equal(report.Items.Count(i => i.Status == CoverageStatus.NotCovered), report.Gaps.Count);
        Assert.InRange(report.Percent(CoverageStatus.Covered), 0.1, 100);
        Assert.Equal(
            $"{report.Percent(CoverageStatus.Covered).ToString("F1", CultureInfo.CurrentCulture)} % covered, {report.Gaps.Count} gaps; {report.Items[0].Reason}",
            output.TrimEnd());
        Assert.False(string.IsNullOrWhiteSpace(report.Items[0].Reason));
    }

    [Fact]
    public void Common_controls_hold_the_example_the_comment_gives()
    {
        var shared = DocSnippets.CommonControls();

        var example = Assert.Single(shared, c => c.Id == "CC-iso42001:9.2");
        Assert.Equal(["iso27001:9.2", "iso27701:5.7.2"], example.AuditRequests.Where(r => r.Reuse == EvidenceReuse.Full).Select(r => r.Item.Key));
        Assert.Equal(2, example.AuditRequestsSaved);
        Assert.NotNull(example.ClauseBasis);
        var suppliers = Assert.Single(shared, c => c.Id == "CC-iso42001:A.10.3");
        Assert.Equal(["iso27001:A.5.19", "iso27001:A.5.23"], suppliers.AuditRequests.Select(r => r.Item.Key));
        Assert.All(suppliers.AuditRequests, r => Assert.Equal(EvidenceReuse.Partial, r.Reuse));
        Assert.NotNull(suppliers.Owner);
        Assert.False(suppliers.Evidence.IsEmpty);
    }

    [Fact]
    public void Eu_ai_act_prints_the_articles_the_comment_lists_and_classifies_profiling_as_high_risk()
    {
        var (cv, output, _) = ConsoleCapture.Run(DocSnippets.EuAiAct);

        Assert.Equal(["Art.4", "Art.25", "Art.26", "Art.26(5)", "Art.27", "Art.49", "Art.99"],
            output.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split(' ')[0]).Distinct());
        Assert.True(cv.IsHighRisk);
        Assert.Equal("Art.6(2)", cv.Route);
        Assert.Contains("Art. 6(3) derogation does not apply", cv.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Eu_ai_act_on_a_date_lists_what_applies_and_from_when()
    {
        var (before, art9) = DocSnippets.EuAiActOnADate();

        Assert.Equal(["Art.4", "Art.99"], before.Select(o => o.ArticleId));
        Assert.Equal([new DateOnly(2025, 2, 2), new DateOnly(2025, 8, 2)], before.Select(o => o.AppliesFrom!.Value));
        Assert.Equal(new DateOnly(2027, 12, 2), art9);
    }

    [Fact]
    public void Eu_ai_act_per_system_derives_a_derogating_providers_duties()
    {
        Assert.Equal(["Art.4", "Art.6(4)", "Art.49"], DocSnippets.EuAiActPerSystem().Select(o => o.ArticleId));
    }

    [Fact]
    public void Model_validation_prints_every_problem_with_its_code_and_path()
    {
        var ((system, result, report, gate), output, _) = ConsoleCapture.Run(DocSnippets.Model);

        var lines = output.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(result.Diagnostics.Length, lines.Length);
        Assert.All(lines, l => Assert.Matches(@"^(Error|Warning|Info) AIMS[0-9]{4} (/\S*)?: \S", l));
        // The block's workspace holds one system but every demo risk: each link to another system is reported, at its pointer.
        var workspace = result.TryGetPartialValue(out var w) ? w : throw new InvalidOperationException("Validate keeps the value.");
        var missing = workspace.Risks.SelectMany((r, i) => r.SystemIds.Select((id, j) => (id, Path: $"/risks/{i}/systemIds/{j}"))).Where(x => x.id != system.Id).ToList();
        Assert.NotEmpty(missing);
        Assert.All(missing, m => Assert.Contains($"Error {ModelDiagnosticCodes.UnknownSystem} {m.Path}: AI system '{m.id}' is not in the inventory.", lines));
        Assert.Equal((1, new DateOnly(2026, 11, 23)), (report.SystemCount, report.AsOf));
        Assert.Equal((DeploymentGatePolicy.Default.Id, system.Id), (gate.PolicyId, gate.SystemId));
        Assert.Equal(DeploymentGatePolicy.Default.Requirements.Length, gate.Results.Length);
    }

    [Fact]
    public void Risk_matrices_give_the_band_and_appetite_the_comment_states()
    {
        var (cell, heat, custom) = DocSnippets.RiskMatrices();

        Assert.Equal((RiskBand.High, false), (cell.Band, cell.WithinAppetite));
        Assert.Equal(2, heat.Sum(c => c.Count));
        Assert.Equal(1, heat.Single(c => c.Cell.Likelihood == 4 && c.Cell.Impact == 3).Count);
        Assert.Equal(1, heat.Single(c => c.Cell.Likelihood == 2 && c.Cell.Impact == 2).Count);
        Assert.Equal((RiskBand.Low, RiskBand.Medium, RiskBand.High), (custom.Cell(1, 2).Band, custom.Cell(1, 3).Band, custom.Cell(3, 2).Band));
        Assert.Equal((true, false), (custom.Cell(1, 3).WithinAppetite, custom.Cell(3, 3).WithinAppetite));
    }

    [Fact]
    public void Vocabulary_gives_the_words_the_comments_state() =>
        Assert.Equal(("runAverage", "intersects-with", true, Aims.Mapping.Relationship.IntersectsWith, "low, medium, high, critical"), DocSnippets.Words());

    [Fact]
    public void Two_workers_merge_to_the_moments_of_one_portfolio_run()
    {
        var scenarios = new[] { Risk.ReferenceScenarios.Standard(), Risk.ReferenceScenarios.Portfolio(123) };
        var options = new FairSimulationOptions { Trials = 50_000, Seed = 7 };
        var directory = Directory.CreateTempSubdirectory("aims-doc-partials-").FullName;
        try
        {
            var merged = DocSnippets.Distributed(scenarios, options, directory);
            var single = FairSimulator.RunPortfolio(scenarios, options);

            Assert.Equal(2, Directory.GetFiles(directory, "part-*.bin").Length);
            Assert.Equal((single.Total.Mean, single.Total.StandardDeviation), (merged.Total.Mean, merged.Total.StandardDeviation));
            Assert.Equal(single.Contributions, merged.Contributions);
            Assert.InRange(merged.Total.Percentile(0.99), single.Total.Percentile(0.99) * (1 - FairPartialResult.PercentileRelativeError),
                single.Total.Percentile(0.99) * (1 + FairPartialResult.PercentileRelativeError));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void Fair_result_has_the_figures_the_comment_lists()
    {
        var result = DocSnippets.Fair();

        Assert.Equal(200_000, result.Trials);
        Assert.InRange(result.Mean, 1, double.MaxValue);
        Assert.Equal((0.10, 0.999), (result.Percentiles[0].Probability, result.Percentiles[^1].Probability));   // p10 … p99.9
        Assert.Equal(result.Percentiles.Select(p => p.Value).Order(), result.Percentiles.Select(p => p.Value));
        Assert.True(result.ExpectedShortfall >= result.ValueAtRisk, $"ES {result.ExpectedShortfall} < VaR {result.ValueAtRisk}");
        Assert.NotEmpty(result.LossExceedance);
        Assert.Equal(result.Trials, result.Histogram.Sum(b => b.Count));
        foreach (var node in new[] { FairNode.ThreatEventFrequency, FairNode.Vulnerability, FairNode.LossEventFrequency, FairNode.LossMagnitude })
        {
            Assert.NotNull(result.SummaryOf(node));
        }
    }

    [Fact]
    public void Csv_read_prints_the_counts_and_the_bad_row_at_the_pointer_the_comment_gives()
    {
        var directory = Directory.CreateTempSubdirectory("aims-docs-");
        var current = Environment.CurrentDirectory;
        try
        {
            // Row 1 is the header, so the third system is row 4.
            File.WriteAllText(Path.Combine(directory.FullName, "inventory.csv"), "Id,Name,RiskLevel\na,Alpha,High\nb,Bravo,low\nc,Charlie,Extreme\n");

            var (import, output, _) = ConsoleCapture.Run(() => DocSnippets.Csv(directory.FullName));

            var lines = output.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal("2 of 3 rows accepted", lines[0]);
            Assert.StartsWith("/rows/4/RiskLevel: \"Extreme\" is not one of notAssessed, low, ", lines[1], StringComparison.Ordinal);
            Assert.Equal(2, lines.Length);
            Assert.False(import.IsValid);
            Assert.True(import.TryGetPartialValue(out var systems));
            Assert.Equal(["a", "b"], systems.Select(s => s.Id));
        }
        finally
        {
            Environment.CurrentDirectory = current;
            directory.Delete(recursive: true);
        }
    }

    [Fact]
    public void Csv_simulate_prints_an_engine_limit_at_the_row_and_column_the_comment_gives()
    {
        // Row 3 is blank, so the second scenario is row 4.
        const string Csv = "Name,LossEventFrequency,PrimaryLoss\na,constant(1),constant(5)\n\nb,constant(1e9),constant(5)\n";

        var (sheet, output, _) = ConsoleCapture.Run(() => DocSnippets.CsvSimulate(new StringReader(Csv), new FairSimulationOptions { Trials = 10 }));

        Assert.Equal([2, 4], sheet.Rows);
        Assert.StartsWith($"{RiskDiagnosticCodes.TooManyEvents} /rows/4/LossEventFrequency: ", output, StringComparison.Ordinal);
        Assert.Single(output.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void Json_read_prints_each_problem_to_stderr_as_the_comment_shows()
    {
        var directory = Directory.CreateTempSubdirectory("aims-docs-");
        var current = Environment.CurrentDirectory;
        try
        {
            var document = JsonNode.Parse(AimsJson.Write(DemoWorkspace.Create()))!;
            document["systems"]![2]!["dataSources"]![0]!["classification"] = "";
            File.WriteAllText(Path.Combine(directory.FullName, "workspace.json"), document.ToJsonString());

            var (result, output, error) = ConsoleCapture.Run(() => DocSnippets.JsonRead(directory.FullName));

            Assert.False(result.IsValid);
            Assert.Empty(output);
            Assert.StartsWith("Error AIMS3010 /systems/2/dataSources/0/classification: The value cannot be an empty string", error, StringComparison.Ordinal);
            Assert.Equal(result.Diagnostics.Length, error.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);

            File.WriteAllText(Path.Combine(directory.FullName, "workspace.json"), AimsJson.Write(DemoWorkspace.Create()));
            var (valid, _, nothing) = ConsoleCapture.Run(() => DocSnippets.JsonRead(directory.FullName));
            Assert.True(valid.IsValid);
            Assert.Empty(nothing);
        }
        finally
        {
            Environment.CurrentDirectory = current;
            directory.Delete(recursive: true);
        }
    }

    [Fact]
    public void Json_embedding_writes_the_values_without_an_envelope_and_reads_them_back_equal()
    {
        var (json, options, embedded) = DocSnippets.JsonEmbed();

        var system = JsonNode.Parse(json)!["System"]!.AsObject();
        Assert.Equal("credit-scoring", (string?)system["id"]);
        Assert.Equal("operationAndMonitoring", (string?)system["lifecycleStage"]);
        Assert.False(system.ContainsKey("kind") || system.ContainsKey("schemaVersion"));
        Assert.Equal(embedded, JsonSerializer.Deserialize<DocSnippets.Assessment>(json, options));
        var bad = json.Replace("\"id\":\"credit-scoring\"", "\"id\":\"\"", StringComparison.Ordinal);
        Assert.Contains("/id", Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<DocSnippets.Assessment>(bad, options)).Message, StringComparison.Ordinal);
    }

    private static IEnumerable<string> Markdown() =>
        ["README.md", .. Directory.EnumerateFiles(Path.Combine(TestPaths.RepositoryRoot, "docs"), "*.md", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(TestPaths.RepositoryRoot, f)).Order(StringComparer.Ordinal)];

    private static List<string> Lines(string text) =>
        [.. text.ReplaceLineEndings("\n").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0)];

    private static bool Contains(List<string> source, List<string> wanted)
    {
        for (var start = 0; start + wanted.Count <= source.Count; start++)
        {
            if (wanted.Select((line, i) => source[start + i] == line).All(x => x))
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex("```csharp\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex CSharpBlock();
}
