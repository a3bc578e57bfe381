using System.Text.Json.Nodes;
using Aims.Mapping;
using Aims.Serialization.Json;
using Aims.Serialization.Json.Oscal;

namespace Aims.Tests.Serialization;

/// <summary>
/// Issue 13, reproduction 6: the OSCAL import accepted nonsense. Each bad record is now reported at its JSON Pointer,
/// the good ones are kept, the record counts are true and the expansion of maps is bounded.
/// </summary>
public class OscalImportValidationTests
{
    private const string Map0 = "/mapping-collection/mappings/0/maps/0";

    [Fact]
    public void Valid_collection_reads_both_maps()
    {
        var read = OscalImport.ReadMappingCollection(Collection().ToJsonString());

        Assert.True(read.IsValid, string.Join("\n", read.Diagnostics));
        Assert.Equal(new RecordCounts(2, 2), read.Records);
        Assert.Equal(["A.2.2", "A.2.3"], read.Partial()[0].Mappings.Select(m => m.SourceId));
    }

    [Theory]
    [InlineData("\"not-a-uuid\"", "not a version 4 or 5 UUID")]
    [InlineData("42", "got the number 42")]
    [InlineData("null", "got null")]
    [InlineData("\"12345678-1234-1234-8234-123456789abc\"", "not a version 4 or 5 UUID")]
    [InlineData("\"2a4c6e8a-0c2e-4a6c-ce0a-2c4e6a8c0e2a\"", "not a version 4 or 5 UUID")]
    public void A_map_uuid_that_is_not_an_rfc_4122_uuid_costs_that_map_only(string uuid, string message)
    {
        var collection = Collection();
        Maps(collection)[0]!["uuid"] = JsonNode.Parse(uuid);

        var read = OscalImport.ReadMappingCollection(collection.ToJsonString());

        var diagnostic = Assert.Single(read.Diagnostics);
        Assert.Equal((JsonDiagnosticCodes.InvalidOscalMapping, Map0 + "/uuid"), (diagnostic.Code, diagnostic.Path));
        Assert.Contains(message, diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal(new RecordCounts(2, 1), read.Records);
        Assert.Equal("A.2.3", Assert.Single(read.Partial()[0].Mappings).SourceId);
    }

    [Fact]
    public void A_missing_map_uuid_is_reported_as_required()
    {
        var collection = Collection();
        Maps(collection)[0]!.AsObject().Remove("uuid");

        var read = OscalImport.ReadMappingCollection(collection.ToJsonString());

        var diagnostic = Assert.Single(read.Diagnostics);
        Assert.Equal(Map0 + "/uuid", diagnostic.Path);
        Assert.StartsWith("Required: \"uuid\"", diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal(new RecordCounts(2, 1), read.Records);
    }

    [Fact]
    public void A_bad_mapping_uuid_costs_its_maps_and_no_set_is_named_oscal_mapping()
    {
        var collection = Collection();
        Mapping(collection)["uuid"] = "not-a-uuid";

        var read = OscalImport.ReadMappingCollection(collection.ToJsonString());

        Assert.Equal(("AIMS3012", "/mapping-collection/mappings/0/uuid"), (read.Diagnostics[0].Code, read.Diagnostics[0].Path));
        Assert.Empty(read.Partial());
        Assert.Equal(new RecordCounts(2, 0), read.Records);
    }

    [Fact]
    public void A_bad_collection_uuid_costs_every_map_as_a_bad_header_does()
    {
        var collection = Collection();
        collection["mapping-collection"]!["uuid"] = 7;

        var read = OscalImport.ReadMappingCollection(collection.ToJsonString());

        Assert.Contains(("AIMS3012", "/mapping-collection/uuid"), read.Diagnostics.Select(d => (d.Code, d.Path)));
        Assert.Contains(("AIMS3012", "/mapping-collection"), read.Diagnostics.Select(d => (d.Code, d.Path)));
        Assert.Empty(read.Partial());
        Assert.Equal(new RecordCounts(2, 0), read.Records);
    }

    [Theory]
    [InlineData("yesterday")]
    [InlineData("2026-01-15T09:30:00")]
    [InlineData("2026-02-30T09:30:00Z")]
    [InlineData("1900-02-29T09:30:00Z")]
    [InlineData("1899-12-31T23:59:59Z")]
    [InlineData("2026-01-15T24:00:00Z")]
    [InlineData("2026-01-15T09:30:00+05:15")]
    [InlineData("2026-01-15T09:30:00.Z")]
    [InlineData("2026-01-15 09:30:00Z")]
    public void A_last_modified_that_is_not_an_oscal_date_time_is_an_error_not_1970(string lastModified)
    {
        var collection = Collection();
        collection["mapping-collection"]!["metadata"]!["last-modified"] = lastModified;

        var read = OscalImport.ReadMappingCollection(collection.ToJsonString());

        Assert.Contains(("AIMS3012", "/mapping-collection/metadata/last-modified"), read.Diagnostics.Select(d => (d.Code, d.Path)));
        Assert.Empty(read.Partial());
    }

    [Theory]
    [InlineData("2000-02-29T00:00:00Z", 2000, 2, 29)]
    [InlineData("2026-01-15T23:30:00.123456789-03:30", 2026, 1, 16)]
    [InlineData("2026-01-15T09:30:00+05:45", 2026, 1, 15)]
    [InlineData("2026-01-15T00:30:00+14:00", 2026, 1, 14)]
    public void A_valid_last_modified_dates_the_set_in_utc(string lastModified, int year, int month, int day)
    {
        var collection = Collection();
        collection["mapping-collection"]!["metadata"]!["last-modified"] = lastModified;

        var read = OscalImport.ReadMappingCollection(collection.ToJsonString());

        Assert.True(read.IsValid, string.Join("\n", read.Diagnostics));
        Assert.Equal(new DateOnly(year, month, day), read.Partial()[0].Provenance.Date);
    }

    [Fact]
    public void An_unknown_confidence_category_is_a_warning_and_reads_as_unspecified()
    {
        var collection = Collection();
        Maps(collection)[0]!["confidence-score"] = new JsonObject { ["category"] = "extreme" };

        var read = OscalImport.ReadMappingCollection(collection.ToJsonString());

        var diagnostic = Assert.Single(read.Diagnostics);
        Assert.Equal((JsonDiagnosticCodes.OscalReadLeniently, Map0 + "/confidence-score/category", Aims.DiagnosticSeverity.Warning), (diagnostic.Code, diagnostic.Path, diagnostic.Severity));
        Assert.Equal(MappingConfidence.Unspecified, read.Partial()[0].Mappings[0].Confidence);
        Assert.Equal(new RecordCounts(2, 2), read.Records);
    }

    [Theory]
    [InlineData("{\"percentage\": 1.5}", "/percentage")]
    [InlineData("{\"percentage\": \"0.5\"}", "/percentage")]
    [InlineData("{\"category\": \"high\", \"percentage\": 0.9}", "")]
    [InlineData("{\"category\": \" high\"}", "/category")]
    public void A_confidence_score_the_schema_rejects_costs_the_map(string score, string member)
    {
        var collection = Collection();
        Maps(collection)[0]!["confidence-score"] = JsonNode.Parse(score);

        var read = OscalImport.ReadMappingCollection(collection.ToJsonString());

        Assert.Equal(("AIMS3012", Map0 + "/confidence-score" + member), (read.Diagnostics[0].Code, read.Diagnostics[0].Path));
        Assert.Equal(new RecordCounts(2, 1), read.Records);
    }

    [Theory]
    [InlineData("high")]
    [InlineData("-1")]
    [InlineData("1.5")]
    public void A_strength_that_is_not_a_whole_number_costs_the_map(string strength)
    {
        var collection = Collection();
        Maps(collection)[0]!["props"] = new JsonArray(new JsonObject { ["name"] = "strength", ["ns"] = "urn:aims-core:oscal", ["value"] = strength });

        var read = OscalImport.ReadMappingCollection(collection.ToJsonString());

        var diagnostic = Assert.Single(read.Diagnostics);
        Assert.Equal(("AIMS3012", Map0 + "/props/0/value"), (diagnostic.Code, diagnostic.Path));
        Assert.Equal(new RecordCounts(2, 1), read.Records);
    }

    [Fact]
    public void Two_mappings_with_one_set_id_are_reported_and_the_later_is_skipped()
    {
        var collection = Collection();
        Mapping(collection)["props"] = new JsonArray(SetId("one-set"));
        var second = SecondMapping(collection);
        second["props"] = new JsonArray(SetId("one-set"));

        var read = OscalImport.ReadMappingCollection(collection.ToJsonString());

        var diagnostic = Assert.Single(read.Diagnostics);
        Assert.Equal((JsonDiagnosticCodes.DuplicateOscalMapping, "/mapping-collection/mappings/1/props/0/value"), (diagnostic.Code, diagnostic.Path));
        Assert.Single(read.Partial());
        Assert.Equal(new RecordCounts(4, 2), read.Records);
    }

    [Fact]
    public void A_uuid_used_twice_costs_the_later_record_and_names_the_first_use()
    {
        var collection = Collection();
        collection["mapping-collection"]!["mappings"]!.AsArray().Add(Mapping(collection).DeepClone());

        var read = OscalImport.ReadMappingCollection(collection.ToJsonString());

        var mappingUuid = Assert.Single(read.Diagnostics, d => d.Path == "/mapping-collection/mappings/1/uuid");
        Assert.Equal(JsonDiagnosticCodes.InvalidOscalMapping, mappingUuid.Code);
        Assert.Contains("already used at /mapping-collection/mappings/0/uuid", mappingUuid.Message, StringComparison.Ordinal);
        Assert.Contains(read.Diagnostics, d => d.Path == "/mapping-collection/mappings/1/maps/1/uuid"
            && d.Message.Contains("already used at /mapping-collection/mappings/0/maps/1/uuid", StringComparison.Ordinal));
        Assert.Equal(["A.2.2", "A.2.3"], Assert.Single(read.Partial()).Mappings.Select(m => m.SourceId));
    }

    [Fact]
    public void Two_maps_with_one_uuid_cost_the_later_map_only()
    {
        var collection = Collection();
        Maps(collection)[1]!["uuid"] = Maps(collection)[0]!["uuid"]!.GetValue<string>().ToUpperInvariant();

        var read = OscalImport.ReadMappingCollection(collection.ToJsonString());

        var diagnostic = Assert.Single(read.Diagnostics);
        Assert.Equal(("AIMS3012", "/mapping-collection/mappings/0/maps/1/uuid"), (diagnostic.Code, diagnostic.Path));
        Assert.Contains("already used at " + Map0 + "/uuid", diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal(new RecordCounts(2, 1), read.Records);
    }

    [Fact]
    public void A_uuid_reference_resolves_to_its_back_matter_resource()
    {
        var collection = Collection();
        collection["mapping-collection"]!["back-matter"] = new JsonObject
        {
            ["resources"] = new JsonArray(new JsonObject
            {
                ["uuid"] = "3d5f7a9c-1e3a-4c5e-8a7c-9e1b3d5f7a9c",
                ["props"] = new JsonArray(new JsonObject { ["name"] = "framework-id", ["ns"] = "urn:aims-core:oscal", ["value"] = "iso42001" }),
            }),
        };
        Mapping(collection)["source-resource"]!["href"] = "#3d5f7a9c-1e3a-4c5e-8a7c-9e1b3d5f7a9c";

        var read = OscalImport.ReadMappingCollection(collection.ToJsonString());

        Assert.True(read.IsValid, string.Join("\n", read.Diagnostics));
        Assert.Equal("iso42001", read.Partial()[0].SourceFramework);
    }

    [Fact]
    public void A_uuid_reference_that_names_no_resource_costs_its_mapping_instead_of_becoming_a_framework_id()
    {
        var collection = Collection();
        SecondMapping(collection);
        Mapping(collection)["target-resource"]!["href"] = "#3d5f7a9c-1e3a-4c5e-8a7c-9e1b3d5f7a9c";

        var read = OscalImport.ReadMappingCollection(collection.ToJsonString());

        var diagnostic = Assert.Single(read.Diagnostics);
        Assert.Equal(("AIMS3012", "/mapping-collection/mappings/0/target-resource/href"), (diagnostic.Code, diagnostic.Path));
        Assert.Equal("nist.json", Assert.Single(read.Partial()).TargetFramework);
        Assert.Equal(new RecordCounts(4, 2), read.Records);
    }

    [Fact]
    public void A_set_id_the_model_rejects_is_reported_at_the_property_it_was_read_from()
    {
        var collection = Collection();
        Mapping(collection)["props"] = new JsonArray(SetId("set\u202Eid"));

        var read = OscalImport.ReadMappingCollection(collection.ToJsonString());

        var diagnostic = Assert.Single(read.Diagnostics);
        Assert.Equal(("AIMS3010", "/mapping-collection/mappings/0/props/0/value"), (diagnostic.Code, diagnostic.Path));
        Assert.Contains("U+202E", diagnostic.Message, StringComparison.Ordinal);
        Assert.Empty(read.Partial());
    }

    [Fact]
    public void Crosswalk_rejects_two_sets_with_one_id()
    {
        var set = Crosswalk.BuiltIn.Sets[0];

        var error = Assert.Throws<ArgumentException>(() => new Crosswalk([set, set]));

        Assert.Equal("sets", error.ParamName);
        Assert.Contains(set.Id, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_framework_mismatch_costs_the_maps_and_the_counts_say_so()
    {
        var collection = Collection();
        foreach (var map in Maps(collection))
        {
            map!["sources"]![0]!["props"] = new JsonArray(new JsonObject { ["name"] = "framework-id", ["ns"] = "urn:aims-core:oscal", ["value"] = "other" });
        }

        var read = OscalImport.ReadMappingCollection(collection.ToJsonString());

        Assert.Equal([Map0 + "/sources/0/props/0/value", "/mapping-collection/mappings/0/maps/1/sources/0/props/0/value"], read.Diagnostics.Select(d => d.Path));
        Assert.Equal(new RecordCounts(2, 0), read.Records);
        Assert.Empty(read.Partial()[0].Mappings);
    }

    [Fact]
    public void A_map_that_expands_past_the_limit_stops_reading_before_it_allocates()
    {
        var collection = Collection();
        var items = new JsonArray([.. Enumerable.Range(0, 1001).Select(i => (JsonNode)Item($"S{i}"))]);
        var targets = new JsonArray([.. Enumerable.Range(0, 1000).Select(i => (JsonNode)Item($"T{i}"))]);
        Maps(collection)[0]!["sources"] = items;
        Maps(collection)[0]!["targets"] = targets;

        var read = OscalImport.ReadMappingCollection(collection.ToJsonString());

        var diagnostic = Assert.Single(read.Diagnostics);
        Assert.Equal((JsonDiagnosticCodes.TooManyOscalMappings, Map0), (diagnostic.Code, diagnostic.Path));
        Assert.Contains("1,001,000", diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal(new RecordCounts(2, 0), read.Records);
        Assert.Empty(read.Partial()[0].Mappings);
    }

    [Fact]
    public void Maps_within_the_limit_expand_to_every_pair()
    {
        var collection = Collection();
        Maps(collection)[0]!["sources"] = new JsonArray(Item("A.2.2"), Item("A.2.3"));
        Maps(collection)[0]!["targets"] = new JsonArray(Item("X1"), Item("X2"), Item("X3"));

        var read = OscalImport.ReadMappingCollection(collection.ToJsonString());

        Assert.True(read.IsValid);
        Assert.Equal(7, read.Partial()[0].Mappings.Length);
        Assert.Equal(new RecordCounts(2, 2), read.Records);
    }

    [Theory]
    [InlineData("relationship", "\"similar\"")]
    [InlineData("relationship", "\"Equal-To\"")]
    [InlineData("matching-rationale", "\"intuitive\"")]
    [InlineData("sources", "[]")]
    [InlineData("sources", "[{\"id-ref\": \"A.2.2\"}]")]
    [InlineData("sources", "[{\"type\": \"clause\", \"id-ref\": \"A.2.2\"}]")]
    [InlineData("sources", "[{\"type\": \"control\", \"id-ref\": \"A.2.2 \"}]")]
    [InlineData("remarks", "3")]
    [InlineData("props", "[{\"name\": \"1bad\", \"value\": \"x\"}]")]
    public void A_map_member_the_schema_rejects_costs_that_map(string member, string value)
    {
        var collection = Collection();
        Maps(collection)[0]![member] = JsonNode.Parse(value);

        var read = OscalImport.ReadMappingCollection(collection.ToJsonString());

        Assert.StartsWith(Map0 + "/" + member, read.Diagnostics[0].Path, StringComparison.Ordinal);
        Assert.All(read.Diagnostics, d => Assert.Equal("AIMS3012", d.Code));
        Assert.Equal(new RecordCounts(2, 1), read.Records);
    }

    [Fact]
    public void An_id_the_model_rejects_is_reported_once_at_its_id_ref_and_costs_the_map()
    {
        var collection = Collection();
        Maps(collection)[0]!["sources"] = new JsonArray(Item("A.2.\u202E2"));
        Maps(collection)[0]!["targets"] = new JsonArray(Item("X1"), Item("X2"), Item("X3"));

        var read = OscalImport.ReadMappingCollection(collection.ToJsonString());

        var diagnostic = Assert.Single(read.Diagnostics);
        Assert.Equal((JsonDiagnosticCodes.InvalidValue, Map0 + "/sources/0/id-ref"), (diagnostic.Code, diagnostic.Path));
        Assert.Contains("U+202E", diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal(new RecordCounts(2, 1), read.Records);
    }

    [Fact]
    public void A_member_outside_the_oscal_model_is_a_warning_and_ignored()
    {
        var collection = Collection();
        Maps(collection)[0]!["strength"] = 3;

        var read = OscalImport.ReadMappingCollection(collection.ToJsonString());

        var diagnostic = Assert.Single(read.Diagnostics);
        Assert.Equal((JsonDiagnosticCodes.UnknownMember, Map0 + "/strength", Aims.DiagnosticSeverity.Warning), (diagnostic.Code, diagnostic.Path, diagnostic.Severity));
        Assert.Equal(new RecordCounts(2, 2), read.Records);
    }

    [Fact]
    public void A_lone_mapping_object_is_read_as_oscal_allows()
    {
        var collection = Collection();
        collection["mapping-collection"]!["mappings"] = Mapping(collection).DeepClone();

        var read = OscalImport.ReadMappingCollection(collection.ToJsonString());

        Assert.True(read.IsValid, string.Join("\n", read.Diagnostics));
        Assert.Equal(2, Assert.Single(read.Partial()).Mappings.Length);
    }

    [Fact]
    public void The_provenance_rationale_applies_to_maps_that_state_none()
    {
        var collection = Collection();
        collection["mapping-collection"]!["provenance"]!["matching-rationale"] = "functional";

        var read = OscalImport.ReadMappingCollection(collection.ToJsonString());

        Assert.All(read.Partial()[0].Mappings, m => Assert.Equal(MatchingRationale.Functional, m.Rationale));
    }

    [Fact]
    public void Every_invalid_mapping_example_of_the_validator_suite_is_an_error_and_every_valid_one_reads()
    {
        var oscal = TestPaths.OscalDirectory;
        Assert.SkipWhen(oscal is null, "../shared/oscal is not next to this repository.");

        foreach (var file in Directory.GetFiles(Path.Combine(oscal!, "tests", "invalid"), "mapping-*.json"))
        {
            var read = OscalImport.ReadMappingCollection(File.ReadAllText(file));
            Assert.False(read.IsValid, Path.GetFileName(file));
        }

        foreach (var file in Directory.GetFiles(Path.Combine(oscal!, "tests", "valid"), "hand_mapping-*.json"))
        {
            var read = OscalImport.ReadMappingCollection(File.ReadAllText(file));
            Assert.True(read.IsValid, Path.GetFileName(file) + ": " + string.Join("\n", read.Diagnostics));
            Assert.Equal(read.Records!.Value.Read, read.Records.Value.Accepted);
        }
    }

    [Theory]
    [InlineData("2a4c6e8a-0c2e-4a6c-8e0a-2c4e6a8c0e2a", true)]
    [InlineData("2A4C6E8A-0C2E-5A6C-BE0A-2C4E6A8C0E2A", true)]
    [InlineData("2a4c6e8a-0c2e-3a6c-8e0a-2c4e6a8c0e2a", false)]
    [InlineData("2a4c6e8a0c2e4a6c8e0a2c4e6a8c0e2a", false)]
    [InlineData("{2a4c6e8a-0c2e-4a6c-8e0a-2c4e6a8c0e2a}", false)]
    [InlineData("2a4c6e8a-0c2e-4a6c-8e0a-2c4e6a8c0e2g", false)]
    public void Uuids_are_version_4_or_5_in_the_canonical_form(string uuid, bool valid) =>
        Assert.Equal(valid, OscalDatatypes.IsUuid(uuid));

    [Theory]
    [InlineData("_x", true)]
    [InlineData("équipe-1.2", true)]
    [InlineData("1x", false)]
    [InlineData("a b", false)]
    [InlineData("", false)]
    public void Tokens_start_with_a_letter_or_underscore(string token, bool valid) =>
        Assert.Equal(valid, OscalDatatypes.IsToken(token));

    private static JsonObject Collection() => new()
    {
        ["mapping-collection"] = new JsonObject
        {
            ["uuid"] = "5f0c7c1e-2a3b-4c5d-8e9f-0a1b2c3d4e5f",
            ["metadata"] = new JsonObject
            {
                ["title"] = "Hostile input",
                ["last-modified"] = "2026-01-15T09:00:00Z",
                ["version"] = "1.0.0",
                ["oscal-version"] = "1.2.1",
            },
            ["provenance"] = new JsonObject
            {
                ["method"] = "human",
                ["matching-rationale"] = "semantic",
                ["status"] = "draft",
                ["mapping-description"] = "Test data.",
            },
            ["mappings"] = new JsonArray(new JsonObject
            {
                ["uuid"] = "0b6a2e4c-9d1f-4a7b-b3c5-6e8f0a2b4c6d",
                ["source-resource"] = new JsonObject { ["type"] = "catalog", ["href"] = "iso.json" },
                ["target-resource"] = new JsonObject { ["type"] = "catalog", ["href"] = "nist.json" },
                ["maps"] = new JsonArray(Map("7c9e1a3b-5d7f-4b2c-9e4a-6c8e0b2d4f6a", "A.2.2"), Map("8c0e2a4c-6e8a-4c2e-a4c6-e8a0c2e4a6c8", "A.2.3")),
            }),
        },
    };

    private static JsonObject Map(string uuid, string source) => new()
    {
        ["uuid"] = uuid,
        ["relationship"] = "subset-of",
        ["sources"] = new JsonArray(Item(source)),
        ["targets"] = new JsonArray(Item("GOVERN-1.2")),
    };

    private static JsonObject SetId(string id) => new() { ["name"] = "set-id", ["ns"] = "urn:aims-core:oscal", ["value"] = id };

    /// <summary>Adds a copy of the first mapping with uuids of its own (a copy with the same uuids is a uuid conflict).</summary>
    private static JsonObject SecondMapping(JsonObject collection)
    {
        var second = Mapping(collection).DeepClone().AsObject();
        second["uuid"] = "1c3e5a7c-9e1a-4c3e-9a5c-7e9a1c3e5a7c";
        second["maps"]![0]!["uuid"] = "2d4f6b8d-0f2b-4d4f-8b6d-8f0b2d4f6b8d";
        second["maps"]![1]!["uuid"] = "3e5a7c9e-1a3c-4e5a-ac7e-9a1c3e5a7c9e";
        collection["mapping-collection"]!["mappings"]!.AsArray().Add(second);
        return second;
    }

    private static JsonObject Item(string id) => new() { ["type"] = "control", ["id-ref"] = id };

    private static JsonObject Mapping(JsonObject collection) => collection["mapping-collection"]!["mappings"]![0]!.AsObject();

    private static JsonArray Maps(JsonObject collection) => Mapping(collection)["maps"]!.AsArray();
}
