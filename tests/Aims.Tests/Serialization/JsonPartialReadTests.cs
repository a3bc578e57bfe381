using System.Text.Json.Nodes;
using Aims.Mapping;
using Aims.Model;
using Aims.Serialization.Json;

namespace Aims.Tests.Serialization;

/// <summary>A bad record costs that record only: the reader keeps the others, reports the bad one and counts both.</summary>
public class JsonPartialReadTests
{
    [Fact]
    public void Inventory_with_one_bad_system_keeps_the_others()
    {
        const string Json = """
            {"kind": "inventory", "schemaVersion": "1.0", "systems": [
              {"id": "a", "name": "A"},
              {"id": "b", "name": "B", "riskLevel": "extreme"},
              {"id": "c", "name": "C"}]}
            """;

        var result = AimsJson.ReadInventory(Json);

        Assert.False(result.TryGetValue(out _));
        Assert.Equal(["a", "c"], result.Partial().Select(s => s.Id));
        Assert.Equal((JsonDiagnosticCodes.InvalidValue, "/systems/1/riskLevel"), (Assert.Single(result.Diagnostics).Code, result.Diagnostics[0].Path));
        Assert.Equal(new RecordCounts(3, 2), result.Records);
    }

    [Fact]
    public void A_bad_nested_value_leaves_out_the_record_that_holds_it()
    {
        const string Json = """
            {"kind": "inventory", "schemaVersion": "1.0", "systems": [
              {"id": "a", "name": "A", "dataSources": [{"id": "d", "name": "x", "classification": " ", "use": "training"}]},
              {"id": "b", "name": "B"}]}
            """;

        var result = AimsJson.ReadInventory(Json);

        Assert.Equal(["b"], result.Partial().Select(s => s.Id));
        Assert.Equal("/systems/0/dataSources/0/classification", Assert.Single(result.Diagnostics).Path);
    }

    [Fact]
    public void Later_duplicate_and_null_risks_are_left_out_with_one_diagnostic_each()
    {
        const string Json = """
            {"kind": "risk-register", "schemaVersion": "1.0", "risks": [
              {"id": "R1", "title": "t", "owner": "CRO", "inherent": {"likelihood": 2, "impact": 3}},
              null,
              {"id": "R1", "title": "again", "owner": "CRO", "inherent": {"likelihood": 1, "impact": 1}},
              {"id": "R2", "title": "u", "owner": "CRO", "inherent": {"likelihood": 6, "impact": 1}},
              {"id": "R3", "title": "v", "owner": "CRO", "inherent": {"likelihood": 1, "impact": 1}}]}
            """;

        var result = AimsJson.ReadRiskRegister(Json);

        Assert.Equal([("R1", "t"), ("R3", "v")], result.Partial().Select(r => (r.Id, r.Title)));
        Assert.Equal(
            [(JsonDiagnosticCodes.InvalidValue, "/risks/1"), (ModelDiagnosticCodes.DuplicateId, "/risks/2/id"), (JsonDiagnosticCodes.InvalidValue, "/risks/3/inherent/likelihood")],
            result.Diagnostics.Select(d => (d.Code, d.Path)));
        Assert.Equal(new RecordCounts(5, 2), result.Records);
    }

    [Fact]
    public void Workspace_with_a_bad_system_and_a_bad_soa_entry_keeps_everything_else()
    {
        const string Json = """
            {"kind": "workspace", "schemaVersion": "1.0", "organization": "Org",
             "systems": [{"id": "a", "name": "A"}, {"id": "b b", "name": "B"}],
             "soa": {"revision": {"version": "1"}, "entries": [
               {"controlId": "A.2.2", "isApplicable": false, "justification": "n/a"},
               {"controlId": "A.2.3", "isApplicable": true, "justification": "needed", "status": "sometimes"}]},
             "risks": [{"id": "R1", "title": "t", "owner": "CRO", "inherent": {"likelihood": 2, "impact": 3}}]}
            """;

        var result = AimsJson.ReadWorkspace(Json);

        var workspace = result.Partial();
        Assert.Equal(["a"], workspace.Systems.Select(s => s.Id));
        Assert.Equal(["A.2.2"], workspace.Soa!.Entries.Select(e => e.ControlId));
        Assert.Equal(["R1"], workspace.Risks.Select(r => r.Id));
        Assert.Equal(
            ["/systems/1/id", "/soa/entries/1/status"],
            result.Diagnostics.Where(d => d.Code == JsonDiagnosticCodes.InvalidValue).Select(d => d.Path));
        Assert.Equal(new RecordCounts(5, 3), result.Records);
    }

    [Fact]
    public void Mapping_set_with_one_bad_mapping_keeps_the_others()
    {
        var set = new MappingSet("s", "a", "b", new MappingProvenance("doc", "1", "me", "manual", MappingStatus.Draft, new DateOnly(2026, 1, 1), "CC-BY-4.0"),
            [new ControlMapping("a", "1", "b", "x", Relationship.EqualTo, MatchingRationale.Semantic), new ControlMapping("a", "2", "b", "y", Relationship.SubsetOf, MatchingRationale.Semantic)]);
        var document = JsonNode.Parse(AimsJson.Write(set))!;
        document["mappings"]![1]!["relationship"] = "similarTo";
        var json = document.ToJsonString();

        var result = AimsJson.ReadMappingSet(json);

        Assert.Equal(["1"], result.Partial().Mappings.Select(m => m.SourceId));
        Assert.Equal("/mappings/1/relationship", Assert.Single(result.Diagnostics).Path);
        Assert.Equal(new RecordCounts(2, 1), result.Records);
    }

    [Fact]
    public void A_value_of_the_wrong_json_type_in_one_system_costs_only_that_system()
    {
        const string Json = """
            {"kind": "inventory", "schemaVersion": "1.0", "systems": [
              {"id": "a", "name": "A"},
              {"id": "b", "name": 5, "dataSources": {"not": "a list"}},
              {"id": "c", "name": "C"}]}
            """;

        var result = AimsJson.ReadInventory(Json);

        Assert.Equal(["a", "c"], result.Partial().Select(s => s.Id));
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal((JsonDiagnosticCodes.InvalidType, "/systems/1/name"), (error.Code, error.Path));
        Assert.Equal("The value has the wrong JSON type: expected a string.", error.Message);
        Assert.Equal(new RecordCounts(3, 2), result.Records);
    }

    [Fact]
    public void Wrong_json_types_deep_inside_workspace_records_cost_only_those_records()
    {
        const string Json = """
            {"kind": "workspace", "schemaVersion": "1.0", "organization": "Org",
             "systems": [{"id": "a", "name": "A", "deployments": [{"provider": ["cloud"]}]}, {"id": "b", "name": "B"}],
             "soa": {"revision": {"version": "1"}, "entries": [
               {"controlId": "A.2.2", "isApplicable": "no", "justification": "n/a"},
               {"controlId": "A.2.3", "isApplicable": true, "justification": "needed"}]},
             "risks": [{"id": "R1", "title": "t", "owner": "CRO", "inherent": {"likelihood": "two", "impact": 3}},
                       {"id": "R2", "title": "u", "owner": "CRO", "inherent": {"likelihood": 2, "impact": 3}}]}
            """;

        var result = AimsJson.ReadWorkspace(Json);

        var workspace = result.Partial();
        Assert.Equal(["b"], workspace.Systems.Select(s => s.Id));
        Assert.Equal(["A.2.3"], workspace.Soa!.Entries.Select(e => e.ControlId));
        Assert.Equal(["R2"], workspace.Risks.Select(r => r.Id));
        Assert.Equal(
            ["/systems/0/deployments/0/provider", "/soa/entries/0/isApplicable", "/risks/0/inherent/likelihood"],
            result.Diagnostics.Where(d => d.Code == JsonDiagnosticCodes.InvalidType).Select(d => d.Path));
        Assert.Equal(new RecordCounts(6, 3), result.Records);
    }

    [Fact]
    public void A_wrong_json_type_in_one_scenario_or_mapping_keeps_the_others()
    {
        var set = new MappingSet("s", "a", "b", new MappingProvenance("doc", "1", "me", "manual", MappingStatus.Draft, new DateOnly(2026, 1, 1), "CC-BY-4.0"),
            [new ControlMapping("a", "1", "b", "x", Relationship.EqualTo, MatchingRationale.Semantic), new ControlMapping("a", "2", "b", "y", Relationship.SubsetOf, MatchingRationale.Semantic)]);
        var document = JsonNode.Parse(AimsJson.Write(set))!;
        document["mappings"]![0]!["sourceId"] = new JsonArray(1, 2);

        var mappings = AimsJson.ReadMappingSet(document.ToJsonString());

        Assert.Equal(["2"], mappings.Partial().Mappings.Select(m => m.SourceId));
        Assert.Equal((JsonDiagnosticCodes.InvalidType, "/mappings/0/sourceId"), (Assert.Single(mappings.Diagnostics).Code, mappings.Diagnostics[0].Path));

        const string Scenarios = """
            {"kind": "fair-scenarios", "schemaVersion": "1.0", "name": "set", "scenarios": [
              {"name": "bad", "lossEventFrequency": {"type": "constant", "value": "often"}, "primaryLoss": {"type": "constant", "value": 1}},
              {"name": "good", "lossEventFrequency": {"type": "constant", "value": 1}, "primaryLoss": {"type": "constant", "value": 1}}]}
            """;

        var scenarios = AimsJson.ReadFairScenarios(Scenarios);

        Assert.Equal(["good"], scenarios.Partial().Scenarios.Select(s => s.Name));
        Assert.Equal("/scenarios/0/lossEventFrequency/value", Assert.Single(scenarios.Diagnostics).Path);
        Assert.Equal(new RecordCounts(2, 1), scenarios.Records);
    }

    [Fact]
    public void A_record_list_of_the_wrong_json_type_is_still_a_document_error()
    {
        var result = AimsJson.ReadInventory("""{"kind": "inventory", "schemaVersion": "1.0", "systems": {"id": "a"}}""");

        Assert.False(result.HasValue);
        Assert.Equal((JsonDiagnosticCodes.InvalidType, "/systems"), (Assert.Single(result.Diagnostics).Code, result.Diagnostics[0].Path));
    }

    [Fact]
    public void An_error_outside_the_records_gives_no_value()
    {
        const string Json = """{"kind": "workspace", "schemaVersion": "1.0", "organization": " ", "systems": [{"id": "a", "name": "A"}]}""";

        var result = AimsJson.ReadWorkspace(Json);

        Assert.False(result.HasValue);
        Assert.Equal("/organization", Assert.Single(result.Diagnostics).Path);
    }

    [Fact]
    public void A_valid_document_counts_every_record_as_accepted()
    {
        var result = AimsJson.ReadInventory(AimsJson.WriteInventory([new AiSystem("a", "A"), new AiSystem("b", "B")]));

        Assert.True(result.IsValid);
        Assert.Equal(new RecordCounts(2, 2), result.Records);
    }
}
