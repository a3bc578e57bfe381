using Aims.Mapping;
using Aims.Samples.Demo;
using Aims.Serialization.Json;
using NJsonSchema;

namespace Aims.Tests.Serialization;

/// <summary>
/// OSCAL exports checked against NIST's official OSCAL 1.2.1 JSON Schemas, read from ../shared/oscal/schemas (not
/// copied into this repository); the schema tests skip with a reason when that folder is absent.
/// </summary>
public class OscalTests
{
    private static readonly OscalExportOptions Fixed = new() { TimeProvider = new FixedClock() };

    public static TheoryData<string> Frameworks => [.. FrameworkCatalogs.Ids];

    [Theory]
    [MemberData(nameof(Frameworks))]
    public async Task Catalog_export_is_valid_oscal(string framework)
    {
        var json = OscalExport.Catalog(FrameworkCatalogs.Get(framework), Fixed);

        await AssertValid(json, "oscal_catalog_schema.json");
    }

    [Fact]
    public async Task Component_definition_from_the_soa_is_valid_oscal()
    {
        var json = OscalExport.ComponentDefinition(DemoWorkspace.Create(), Fixed);

        await AssertValid(json, "oscal_component_schema.json");
        Assert.Contains("\"control-id\": \"A.2.2\"", json, StringComparison.Ordinal);
        Assert.Contains("\"implementation-status\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Mapping_collection_is_valid_oscal()
    {
        var json = OscalExport.MappingCollection("Aims built-in crosswalks", Crosswalk.BuiltIn.Sets, Fixed);

        await AssertValid(json, "oscal_mapping_schema.json");
    }

    [Fact]
    public void Mapping_collection_refuses_a_set_without_mappings_that_the_schema_would_reject()
    {
        var full = Crosswalk.BuiltIn.Sets[0];
        var empty = new MappingSet("empty-set", full.SourceFramework, full.TargetFramework, full.Provenance, []);

        var ex = Assert.Throws<ArgumentException>(() => OscalExport.MappingCollection("with an empty set", [full, empty], Fixed));

        Assert.Equal("sets", ex.ParamName);
        Assert.Contains("'empty-set' has no mappings", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Mapping_collection_round_trips_through_import()
    {
        var sets = Crosswalk.BuiltIn.Sets;

        var read = OscalImport.ReadMappingCollection(OscalExport.MappingCollection("all", sets, Fixed));

        Assert.True(read.IsValid, string.Join("\n", read.Diagnostics));
        Assert.Equal(sets.Length, read.Partial().Count);
        for (var i = 0; i < sets.Length; i++)
        {
            Assert.Equal(sets[i], read.Partial()[i]);
        }
    }

    [Fact]
    public void Exports_are_reproducible_and_keep_iso_text_out()
    {
        var catalog = FrameworkCatalogs.Get(FrameworkIds.Iso42001);

        var first = OscalExport.Catalog(catalog, Fixed);

        Assert.Equal(first, OscalExport.Catalog(catalog, Fixed));
        Assert.DoesNotContain("\"prose\"", first, StringComparison.Ordinal);
        Assert.Contains("\"id\": \"_4.1\"", first, StringComparison.Ordinal);
        Assert.Contains("\"value\": \"4.1\"", first, StringComparison.Ordinal);
    }

    [Fact]
    public void Nist_text_is_carried_as_statement_prose()
    {
        var json = OscalExport.Catalog(FrameworkCatalogs.Get(FrameworkIds.NistAiRmf), Fixed);

        Assert.Contains("\"name\": \"statement\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Foreign_mapping_collection_imports_with_derived_provenance()
    {
        var path = Path.Combine(RequireOscal(), "tests", "valid", "hand_mapping-full.json");

        var read = OscalImport.ReadMappingCollection(File.ReadAllText(path));

        Assert.Equal(2, read.Partial().Count);
        Assert.Equal(3, read.Records?.Read);
        var first = read.Partial()[0].Mappings;
        Assert.Equal([("A.2.2", "GOVERN-1.2"), ("A.2.2", "GOVERN-1.4_smt"), ("A.10.4", "MAP-4.1")], first.Select(m => (m.SourceId, m.TargetId)));
        Assert.Equal(MappingConfidence.High, first[0].Confidence);
    }

    [Theory]
    [InlineData("[]", "AIMS3012", "")]
    [InlineData("{\"catalog\": {}}", "AIMS3012", "")]
    [InlineData("{\"mapping-collection\": {\"mappings\": 3}}", "AIMS3012", "/mapping-collection/mappings")]
    [InlineData("{\"mapping-collection\": {\"mappings\": [{\"source-resource\": {\"href\": \"a\"}, \"target-resource\": {\"href\": \"b\"}, \"maps\": [{\"relationship\": \"similar\", \"sources\": [], \"targets\": []}]}]}}", "AIMS3012", "/mapping-collection/mappings/0/maps/0/relationship")]
    [InlineData("{\"mapping-collection\": {\"mappings\": [{\"target-resource\": {\"href\": \"b\"}, \"maps\": []}]}}", "AIMS3012", "/mapping-collection/mappings/0/source-resource")]
    [InlineData("{\"mapping-collection\": ", "AIMS3001", "")]
    [InlineData("{\"mapping-collection\": {\"mappings\": [{\"source-resource\": {\"href\": \"\\uD800\"}}]}}", "AIMS3001", "")]
    public void Bad_mapping_collections_give_the_code_at_a_pointer_into_the_file(string json, string code, string jsonPointer)
    {
        var read = OscalImport.ReadMappingCollection(json);

        Assert.False(read.IsValid);
        Assert.Contains((code, jsonPointer), read.Diagnostics.Select(d => (d.Code, d.Path)));
    }

    private static async Task AssertValid(string json, string schemaFile)
    {
        var schema = await JsonSchema.FromFileAsync(Path.Combine(RequireOscal(), "schemas", schemaFile), TestContext.Current.CancellationToken);

        var errors = schema.Validate(json);

        Assert.True(errors.Count == 0, string.Join("\n", errors.Take(20).Select(e => $"{e.Path}: {e.Kind} {e}")));
    }

    private static string RequireOscal()
    {
        Assert.SkipWhen(TestPaths.OscalDirectory is null, "../shared/oscal (NIST's OSCAL 1.2.1 schemas and examples) is not next to this repository.");
        return TestPaths.OscalDirectory!;
    }

    private sealed class FixedClock : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
    }
}
