using Aims.Model;

namespace Aims.Tests.Docs;

/// <summary>Keeps the README's ten-line example compiling and telling the truth.</summary>
public class ReadmeExampleTests
{
    [Fact]
    public void Readme_example_compiles_and_prints_what_the_comments_say()
    {
        using var output = new StringWriter();

        // --- README "Ten lines" (Console replaced by output) ---
        var system = new AiSystem("credit-scoring", "Credit scoring", owner: "CRO", purpose: "Score loan applicants",
            euAiActCategory: EuAiActRiskCategory.High,
            dataSources: [new DataSource("bureau", "Bureau data", "restricted", DataUse.Training)]);
        var raci = new RaciMatrix([new("Risk", "CRO", RaciCode.Accountable), new("Risk", "Analyst", RaciCode.Responsible)]);
        var workspace = new AimsWorkspace("Contoso", systems: [system], raci: raci);

        output.WriteLine(workspace.ClassificationScale.Inherit(system).Explanation);
        foreach (var d in workspace.Validate(asOf: new DateOnly(2026, 11, 23)).Diagnostics)
        {
            output.WriteLine(d);
        }

        // --- end ---
        var lines = output.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("credit-scoring is 'restricted' because its training data bureau is classified 'restricted'.", lines[0]);
        Assert.StartsWith("Warning AIMS1009 at '/systems/0/lastReviewDate':", lines[1], StringComparison.Ordinal);
        Assert.Equal(2, lines.Length);
    }
}
