using System.Text.RegularExpressions;

namespace Aims.Tests.Docs;

/// <summary>Every C# block in README.md and docs/ must appear, line for line, in compiled code; the snippets run.</summary>
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

    [Fact]
    public void Snippets_run()
    {
        var directory = Directory.CreateTempSubdirectory("aims-docs-");
        var current = Environment.CurrentDirectory;
        try
        {
            File.WriteAllText(Path.Combine(directory.FullName, "inventory.csv"), "Id,Name,RiskLevel\na,Alpha,High\nb,Bravo,Extreme\n");
            File.WriteAllText(Path.Combine(directory.FullName, "workspace.json"), Aims.Serialization.Json.AimsJson.Write(Aims.Samples.Demo.DemoWorkspace.Create()));
            DocSnippets.DependencyInjection();
            DocSnippets.LicensedText();
            DocSnippets.MappingQueries();
            DocSnippets.Coverage();
            DocSnippets.CommonControls();
            DocSnippets.EuAiAct();
            DocSnippets.Model();
            DocSnippets.RiskMatrices();
            Assert.Equal(("runAverage", "intersects-with", true, Aims.Mapping.Relationship.IntersectsWith, "low, medium, high, critical"), DocSnippets.Words());
            Assert.InRange(DocSnippets.Fair().Mean, 1, double.MaxValue);
            DocSnippets.Csv(directory.FullName);
            DocSnippets.JsonRead(directory.FullName);
            Assert.Contains("\"lifecycleStage\"", DocSnippets.JsonEmbed(), StringComparison.Ordinal);
        }
        finally
        {
            Environment.CurrentDirectory = current;
            directory.Delete(recursive: true);
        }
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
