using System.Diagnostics;
using System.Text.Json.Nodes;
using Aims.Model;
using Aims.Samples.Demo;
using Aims.Serialization.Json;
using Aims.Tests.Model;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NJsonSchema;

namespace Aims.Tests.Serialization;

/// <summary>
/// The inventory as a CycloneDX 1.6 ML-BOM, checked against the official CycloneDX 1.6 schema from ../shared/cyclonedx
/// (skipped with a reason when that folder is absent), and read back.
/// </summary>
[Properties(Arbitrary = [typeof(ModelArbitraries)])]
public class AiBomTests
{
    private static readonly AiBomExportOptions Fixed = new() { TimeProvider = new FixedClock() };

    private static string DemoBom() => AiBom.Export(DemoWorkspace.Create(), Fixed);

    [Fact]
    public async Task The_demo_bom_is_valid_against_the_official_cyclonedx_1_6_schema()
    {
        var schema = await JsonSchema.FromFileAsync(Path.Combine(RequireCycloneDx(), "schema", "bom-1.6.schema.json"), TestContext.Current.CancellationToken);

        var errors = schema.Validate(DemoBom());

        Assert.True(errors.Count == 0, string.Join("\n", errors.Take(20).Select(e => $"{e.Path}: {e.Kind} {e}")));
    }

    [Fact]
    public void The_demo_bom_passes_the_shared_python_validator()
    {
        var validator = Path.Combine(RequireCycloneDx(), "validate.py");
        Assert.SkipUnless(File.Exists("/usr/bin/python3") && Python("-c \"import jsonschema\"").Exit == 0, "python3 with jsonschema is not installed (apt-get install -y python3-jsonschema).");
        var file = Path.Combine(Path.GetTempPath(), $"aims-aibom-{Guid.NewGuid():N}.json");
        File.WriteAllText(file, DemoBom());
        try
        {
            var (exit, output) = Python($"\"{validator}\" \"{file}\"");

            Assert.True(exit == 0, output);
            Assert.StartsWith("ok ", output, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void The_demo_bom_carries_models_data_lineage_and_energy_figures()
    {
        var bom = JsonNode.Parse(DemoBom())!;
        var components = bom["components"]!.AsArray();
        var credit = components.Single(c => (string?)c!["bom-ref"] == "aims:system:credit-scoring")!;

        Assert.Equal("CycloneDX", (string?)bom["bomFormat"]);
        Assert.Equal("1.6", (string?)bom["specVersion"]);
        Assert.Equal("machine-learning-model", (string?)credit["type"]);
        Assert.Equal("gradient-boosted trees (XGBoost)", (string?)credit["pedigree"]!["ancestors"]![0]!["name"]);
        var energy = credit["modelCard"]!["considerations"]!["environmentalConsiderations"]!["energyConsumptions"]!.AsArray();
        Assert.Equal(["training", "inference"], energy.Select(e => (string?)e!["activity"]));
        Assert.Equal(42.5, (double)energy[0]!["activityEnergyCost"]!["value"]!);
        Assert.Equal("tCO2eq", (string?)energy[0]!["co2CostEquivalent"]!["unit"]);
        Assert.Equal(0.0149, (double)energy[0]!["co2CostEquivalent"]!["value"]!, 9);
        Assert.Contains(components, c => (string?)c!["type"] == "data" && (string?)c["bom-ref"] == "aims:data:credit-scoring:bureau");
        var dependency = bom["dependencies"]!.AsArray().Single(d => (string?)d!["ref"] == "aims:system:credit-scoring")!;
        Assert.Equal(["aims:data:credit-scoring:loan-history", "aims:data:credit-scoring:bureau", "aims:data:credit-scoring:application"],
            dependency["dependsOn"]!.AsArray().Select(d => (string?)d));
        Assert.Equal("2026-11-16T09:00:00Z", (string?)bom["metadata"]!["timestamp"]);
    }

    [Fact]
    public void Import_reads_back_every_field_the_bom_carries_for_the_demo()
    {
        var workspace = DemoWorkspace.Create();

        var read = AiBom.Import(AiBom.Export(workspace, Fixed));

        Assert.True(read.IsValid, string.Join("\n", read.Diagnostics));
        Assert.Equal(workspace.Systems.Select(Carried), read.GetValueOrThrow());
        Assert.Equal((workspace.Systems.Length, workspace.Systems.Length), (read.Records!.Value.Read, read.Records.Value.Accepted));
    }

    [Property(MaxTest = 60)]
    public Property Import_of_export_keeps_what_the_bom_carries(AiSystem[] generated)
    {
        var systems = generated.DistinctBy(s => s.Id).ToList();
        var workspace = new AimsWorkspace("Org \"quoted\"").WithSystems(systems);

        var read = AiBom.Import(AiBom.Export(workspace, Fixed));

        return (read.IsValid && read.GetValueOrThrow().SequenceEqual(systems.Select(Carried)))
            .Label(string.Join("\n", read.Diagnostics));
    }

    [Theory]
    [InlineData("[]", JsonDiagnosticCodes.InvalidAiBom, "")]
    [InlineData("""{"bomFormat":"SPDX"}""", JsonDiagnosticCodes.InvalidAiBom, "")]
    [InlineData("""{"bomFormat":"CycloneDX","specVersion":"2.0"}""", JsonDiagnosticCodes.InvalidAiBom, "/specVersion")]
    [InlineData("""{"bomFormat":"CycloneDX","specVersion":"1.6","components":[{"type":"machine-learning-model"}]}""", JsonDiagnosticCodes.InvalidAiBom, "/components/0/name")]
    [InlineData("""{"bomFormat":"CycloneDX","specVersion":"1.6","components":[{"type":"machine-learning-model","name":"M","properties":[{"name":"aims:riskLevel","value":"huge"}]}]}""", JsonDiagnosticCodes.InvalidValue, "/components/0/properties/0/value")]
    [InlineData("""{"bomFormat":"CycloneDX","specVersion":"1.6","components":[{"type":"machine-learning-model","name":"M","modelCard":{"considerations":{"environmentalConsiderations":{"properties":[{"name":"aims:sustainability","value":"{\"metric\":\"water\",\"value\":-1,\"method\":\"m\",\"periodStart\":\"2026-01-01\",\"periodEnd\":\"2026-01-02\"}"}]}}}}]}""", JsonDiagnosticCodes.InvalidAiBom, "/components/0/modelCard/considerations/environmentalConsiderations/properties/0/value")]
    [InlineData("""{"bomFormat":"CycloneDX","specVersion":"1.6","components":[{"type":"machine-learning-model","name":"M","properties":[{"name":"aims:modelRun","value":"not json"}],"pedigree":{"ancestors":[{"type":"machine-learning-model","name":"base"}]}}]}""", JsonDiagnosticCodes.InvalidAiBom, "/components/0/properties/0/value")]
    [InlineData("{", JsonDiagnosticCodes.InvalidJson, "")]
    public void Import_reports_bad_input_with_a_code_and_path_and_never_throws(string json, string code, string path)
    {
        var read = AiBom.Import(json);

        Assert.False(read.IsValid);
        Assert.Contains((code, path), read.Diagnostics.Select(d => (d.Code, d.Path)));
    }

    [Fact]
    public void Import_keeps_the_good_models_of_a_foreign_bom_and_reads_its_energy_where_a_period_is_given()
    {
        const string Json = """
            {"bomFormat":"CycloneDX","specVersion":"1.6","components":[
              {"type":"machine-learning-model","bom-ref":"pkg:huggingface/acme/sentiment 2","name":"Sentiment","version":"2",
               "modelCard":{"modelParameters":{"datasets":[{"ref":"ds-1"}]},"considerations":{"useCases":["Triage reviews"],"environmentalConsiderations":{"energyConsumptions":[
                 {"activity":"training","energyProviders":[],"activityEnergyCost":{"value":12.5,"unit":"kWh"},"properties":[{"name":"aims:periodStart","value":"2026-01-01"},{"name":"aims:periodEnd","value":"2026-01-31"}]},
                 {"activity":"inference","energyProviders":[],"activityEnergyCost":{"value":3,"unit":"kWh"}}]}}}},
              {"type":"machine-learning-model"},
              {"type":"data","bom-ref":"ds-1","name":"Reviews","data":[{"type":"dataset","classification":"public","sensitiveData":["personal","genome"]}]}]}
            """;

        var read = AiBom.Import(Json);

        Assert.True(read.TryGetPartialValue(out var systems));
        var system = Assert.Single(systems);
        Assert.Equal(("pkg:huggingface/acme/sentiment-2", "Sentiment", "2"), (system.Id, system.Name, system.Version));
        Assert.Equal(["Triage reviews"], system.EthicsDisclosure!.IntendedUses);
        Assert.Equal(12.5, Assert.Single(system.Sustainability).Value);
        var source = Assert.Single(system.DataSources);
        Assert.Equal(("ds-1", "public", DataUse.Training, DataCategory.Personal), (source.Id, source.Classification, source.Use, Assert.Single(source.Categories)));
        Assert.Contains(read.Diagnostics, d => d.Path == "/components/1/name" && d.Severity == Aims.DiagnosticSeverity.Error);
        Assert.Contains(read.Diagnostics, d => d.Path == "/components/0/modelCard/considerations/environmentalConsiderations/energyConsumptions/1" && d.Severity == Aims.DiagnosticSeverity.Warning);
        Assert.Contains(read.Diagnostics, d => d.Path == "/components/2/data/0/sensitiveData/1");
        Assert.Equal((2, 1), (read.Records!.Value.Read, read.Records.Value.Accepted));
    }

    [Property(MaxTest = 200)]
    public bool Import_never_throws_on_mutated_text(NonNull<string> noise, int at)
    {
        var json = DemoBom();
        var i = Math.Abs(at % json.Length);
        var result = AiBom.Import(json[..i] + noise.Get + json[i..]);
        return result.IsValid || result.Diagnostics.Any(d => d.Severity == Aims.DiagnosticSeverity.Error);
    }

    /// <summary>What the BOM carries of a system: identity, purpose, owner, stage, risk, category, data sources, lineage, sustainability, ethics.</summary>
    internal static AiSystem Carried(AiSystem s) =>
        new AiSystem(s.Id, s.Name).WithVersion(s.Version).WithPurpose(s.Purpose).WithOwner(s.Owner).WithLifecycleStage(s.LifecycleStage)
            .WithRiskLevel(s.RiskLevel).WithEuAiActCategory(s.EuAiActCategory).WithDataSources(s.DataSources)
            .WithLineage(s.Lineage).WithSustainability(s.Sustainability).WithEthicsDisclosure(s.EthicsDisclosure);

    private static string RequireCycloneDx()
    {
        var folder = Path.GetFullPath(Path.Combine(TestPaths.RepositoryRoot, "..", "shared", "cyclonedx"));
        Assert.SkipUnless(Directory.Exists(folder), "../shared/cyclonedx (the official CycloneDX 1.6 schemas and validator) is not next to this repository.");
        return folder;
    }

    private static (int Exit, string Output) Python(string arguments)
    {
        using var process = Process.Start(new ProcessStartInfo("/usr/bin/python3", arguments) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        var output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output);
    }

    private sealed class FixedClock : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => new(2026, 11, 16, 9, 0, 0, TimeSpan.Zero);
    }
}
