using System.Text.Json;
using Aims.Mapping;
using Aims.Model;
using Aims.Risk;
using Aims.Samples.Demo;
using Aims.Serialization.Json;
using Aims.Tests.Model;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Aims.Tests.Serialization;

[Properties(Arbitrary = [typeof(ModelArbitraries), typeof(SerializationArbitraries)])]
public class JsonRoundTripTests
{
    private static readonly AimsJsonReadOptions NoModelValidation = new() { ValidateModel = false };

    private static readonly JsonSerializerOptions Options = new JsonSerializerOptions().ConfigureForAims();

    [Fact]
    public void Demo_workspace_round_trips_losslessly_and_validates_as_before()
    {
        var workspace = DemoWorkspace.Create();

        var json = AimsJson.Write(workspace);
        var read = AimsJson.ReadWorkspace(json);

        Assert.True(read.TryGetValue(out var back), string.Join("\n", read.Diagnostics));
        Assert.Equal(workspace, back);
        Assert.Equal(workspace.Validate().Diagnostics.Length, read.Diagnostics.Length);
        Assert.Equal(json, AimsJson.Write(back));
    }

    [Fact]
    public void Written_documents_start_with_the_versioned_envelope()
    {
        using var document = JsonDocument.Parse(AimsJson.Write(DemoWorkspace.Create(), indented: false));
        var first = document.RootElement.EnumerateObject().Take(2).Select(p => (p.Name, p.Value.GetString())).ToArray();

        Assert.Equal([("kind", "workspace"), ("schemaVersion", AimsJson.CurrentSchemaVersion)], first);
    }

    [Fact]
    public void Enums_are_camel_case_strings_and_dates_are_iso_8601()
    {
        var system = new AiSystem("s1", "Chatbot").WithLifecycleStage(LifecycleStage.OperationAndMonitoring).WithEuAiActCategory(EuAiActRiskCategory.High).WithLastReviewDate(new DateOnly(2026, 3, 1));

        var json = AimsJson.WriteInventory([system], indented: false);

        Assert.Contains("\"lifecycleStage\":\"operationAndMonitoring\"", json, StringComparison.Ordinal);
        Assert.Contains("\"euAiActCategory\":\"high\"", json, StringComparison.Ordinal);
        Assert.Contains("\"lastReviewDate\":\"2026-03-01\"", json, StringComparison.Ordinal);
    }

    [Property(MaxTest = 60)]
    public Property Workspace_round_trips(AimsWorkspace workspace) => RoundTrip(workspace, w => AimsJson.Write(w), j => AimsJson.ReadWorkspace(j, NoModelValidation), Equal);

    [Property(MaxTest = 60)]
    public Property Inventory_round_trips(AiSystem[] generated)
    {
        var systems = generated.DistinctBy(s => s.Id).ToList();
        return RoundTrip(systems, s => AimsJson.WriteInventory(s), j => Unwrap(AimsJson.ReadInventory(j)), SequenceEqual);
    }

    [Property(MaxTest = 60)]
    public Property Risk_register_round_trips(RiskEntry[] generated)
    {
        var risks = generated.DistinctBy(r => r.Id).ToList();
        return RoundTrip(risks, r => AimsJson.WriteRiskRegister(r), j => Unwrap(AimsJson.ReadRiskRegister(j)), SequenceEqual);
    }

    [Property(MaxTest = 60)]
    public Property Soa_round_trips(StatementOfApplicability soa) => RoundTrip(soa, s => AimsJson.Write(s), j => AimsJson.ReadSoa(j, NoModelValidation), Equal);

    [Property(MaxTest = 60)]
    public Property Fair_scenarios_round_trip(FairScenarioSet scenarios) => RoundTrip(scenarios, s => AimsJson.Write(s), j => AimsJson.ReadFairScenarios(j), (a, b) => a == b);

    [Property(MaxTest = 60)]
    public Property Mapping_set_round_trips(MappingSet set) => RoundTrip(set, s => AimsJson.Write(s), j => AimsJson.ReadMappingSet(j), (a, b) => a == b);

    [Fact]
    public void Every_built_in_mapping_set_round_trips()
    {
        foreach (var set in Crosswalk.BuiltIn.Sets)
        {
            var read = AimsJson.ReadMappingSet(AimsJson.Write(set));

            Assert.True(read.TryGetValue(out var back), set.Id + ": " + string.Join("\n", read.Diagnostics));
            Assert.Equal(set, back);
        }
    }

    [Fact]
    public void Reference_scenario_file_reads_with_its_semantics()
    {
        var json = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "docs", "examples", "reference-scenario.json"));

        var read = AimsJson.ReadFairScenarios(json);

        Assert.True(read.TryGetValue(out var set), string.Join("\n", read.Diagnostics));
        Assert.Equal(FrequencyMode.ExpectedLoss, set.FrequencyMode);
        Assert.Equal("fair-std-1", Assert.Single(set.Scenarios).Name);
    }

    [Property(MaxTest = 30)]
    public Property Converters_embed_model_values_in_host_types(AiSystem system, RiskEntry risk, FairScenarioSet scenarios)
    {
        var host = new Host(system, risk, scenarios);

        var back = JsonSerializer.Deserialize<Host>(JsonSerializer.Serialize(host, Options), Options);

        return (back is not null && host.System == back.System && host.Risk == back.Risk
            && host.Scenarios == back.Scenarios).ToProperty();
    }

    [Fact]
    public void Converters_ignore_the_callers_naming_policy()
    {
        var snakeCase = new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseUpper }.ConfigureForAims();

        Assert.Equal("""{"id":"a1","name":"Chatbot","lifecycleStage":"inception","riskLevel":"notAssessed","euAiActCategory":"notAssessed","monitoringStatus":"notMonitored","isShadowAi":false,"isGeneralPurposeModel":false,"deployerIsPublicBody":false,"hasSystemicRisk":false,"isOpenSource":false,"isAnnexIProduct":false}""",
            JsonSerializer.Serialize(new AiSystem("a1", "Chatbot"), snakeCase));
    }

    [Fact]
    public void Converter_throws_JsonException_listing_every_problem()
    {
        var ex = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<AiSystem>("""{"id":"a 1","name":" ","lifecycleStage":"nope"}""", Options));

        Assert.Contains("/id:", ex.Message, StringComparison.Ordinal);
        Assert.Contains("/lifecycleStage:", ex.Message, StringComparison.Ordinal);
    }

    private static AimsResult<List<T>> Unwrap<T>(AimsResult<System.Collections.Immutable.ImmutableArray<T>> result) =>
        result.TryGetValue(out var value) ? AimsResult.Success(value.ToList(), result.Diagnostics) : AimsResult.Failure<List<T>>(result.Diagnostics);

    private static bool Equal<T>(T expected, T actual)
        where T : IEquatable<T> => expected.Equals(actual);

    private static bool SequenceEqual<T>(List<T> expected, List<T> actual)
        where T : IEquatable<T> => expected.SequenceEqual(actual);

    private static Property RoundTrip<T>(T value, Func<T, string> write, Func<string, AimsResult<T>> read, Func<T, T, bool> equal)
    {
        var json = write(value);
        var result = read(json);
        if (!result.TryGetValue(out var back))
        {
            return false.Label(string.Join("\n", result.Diagnostics) + "\n" + json);
        }

        return (equal(value, back) && result.Diagnostics.IsEmpty).Label("read back differs\n" + string.Join("\n", result.Diagnostics) + "\n" + json);
    }

    public sealed record Host(AiSystem System, RiskEntry Risk, FairScenarioSet Scenarios);
}
