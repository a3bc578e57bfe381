using System.Reflection;
using System.Text.RegularExpressions;

namespace Aims.Tests.Docs;

/// <summary>Keeps the README's code identical to samples/Aims.QuickStart, and that sample running and truthful.</summary>
public partial class ReadmeExampleTests
{
    [Fact]
    public void Readme_code_is_the_quick_start_sample()
    {
        var readme = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "README.md")).ReplaceLineEndings("\n");
        var program = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "samples", "Aims.QuickStart", "Program.cs")).ReplaceLineEndings("\n");

        var block = QuickStartBlock().Match(readme);

        Assert.True(block.Success, "README.md has no 'Quick start in code' C# block.");
        Assert.Equal(program, block.Groups[1].Value);
    }

    [Fact]
    public void Quick_start_sample_runs_and_prints_its_four_results()
    {
        var entry = Assembly.Load("Aims.QuickStart").EntryPoint!;
        var (_, output, _) = ConsoleCapture.Run(() => entry.Invoke(null, [Array.Empty<string>()]));

        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Matches("^[0-9]+ diagnostics, for example:", lines[0]);
        Assert.Contains(lines, l => l.StartsWith("Expected annual loss ", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("NIST AI RMF: ", StringComparison.Ordinal));
    }

    [GeneratedRegex("## Quick start in code\n.*?```csharp\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex QuickStartBlock();
}
