using System.Text;
using Aims.Model;
using Aims.Risk;
using Aims.Serialization.Json;
using Aims.Serialization.Json.Wire;
using Aims.Tests.Model;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Aims.Tests.Serialization;

/// <summary>The bad-input corpus: each input gives diagnostics with a path, and nothing throws.</summary>
public class JsonBadInputTests
{
    private const string Envelope = """ "kind": "inventory", "schemaVersion": "1.0" """;

    private static readonly HashSet<string> DocumentedCodes =
    [
        .. new[] { typeof(JsonDiagnosticCodes), typeof(ModelDiagnosticCodes), typeof(RiskDiagnosticCodes) }
            .SelectMany(t => t.GetFields()).Select(f => (string)f.GetValue(null)!),
    ];

    public static TheoryData<string, string, string, string> Corpus => new()
    {
        { "empty", "", JsonDiagnosticCodes.InvalidJson, "" },
        { "whitespace", "  \r\n ", JsonDiagnosticCodes.InvalidJson, "" },
        { "truncated", "{" + Envelope + ", \"systems\": [{\"id\": \"a\"", JsonDiagnosticCodes.InvalidJson, "/systems/0" },
        { "malformed", "{" + Envelope + ", systems: []}", JsonDiagnosticCodes.InvalidJson, "" },
        { "trailing garbage", "{" + Envelope + "} x", JsonDiagnosticCodes.InvalidJson, "" },
        { "array root", "[1,2]", JsonDiagnosticCodes.InvalidType, "" },
        { "null root", "null", JsonDiagnosticCodes.InvalidType, "" },
        { "deeply nested", "{" + Envelope + ", \"x\": " + new string('[', 5000) + new string(']', 5000) + "}", JsonDiagnosticCodes.TooDeep, "/x" + string.Concat(Enumerable.Repeat("/0", 30)) },
        { "duplicate member", "{" + Envelope + ", \"systems\": [{\"id\": \"a\", \"id\": \"b\", \"name\": \"n\"}]}", JsonDiagnosticCodes.DuplicateMember, "/systems/0/id" },
        { "wrong type", "{" + Envelope + ", \"systems\": [{\"id\": \"a\", \"name\": \"n\", \"isShadowAi\": \"yes\"}]}", JsonDiagnosticCodes.InvalidType, "/systems/0/isShadowAi" },
        { "object for list", "{" + Envelope + ", \"systems\": {\"id\": \"a\"}}", JsonDiagnosticCodes.InvalidType, "/systems" },
        { "null item", "{" + Envelope + ", \"systems\": [null]}", JsonDiagnosticCodes.InvalidValue, "/systems/0" },
        { "blank id", "{" + Envelope + ", \"systems\": [{\"id\": \" \", \"name\": \"n\"}]}", JsonDiagnosticCodes.InvalidValue, "/systems/0/id" },
        { "unknown enum", "{" + Envelope + ", \"systems\": [{\"id\": \"a\", \"name\": \"n\", \"riskLevel\": \"extreme\"}]}", JsonDiagnosticCodes.InvalidValue, "/systems/0/riskLevel" },
        { "numeric enum", "{" + Envelope + ", \"systems\": [{\"id\": \"a\", \"name\": \"n\", \"riskLevel\": \"2\"}]}", JsonDiagnosticCodes.InvalidValue, "/systems/0/riskLevel" },
        { "bad date", "{" + Envelope + ", \"systems\": [{\"id\": \"a\", \"name\": \"n\", \"lastReviewDate\": \"31/12/2025\"}]}", JsonDiagnosticCodes.InvalidValue, "/systems/0/lastReviewDate" },
        { "duplicate ids", "{" + Envelope + ", \"systems\": [{\"id\": \"a\", \"name\": \"n\"}, {\"id\": \"a\", \"name\": \"m\"}]}", ModelDiagnosticCodes.DuplicateId, "/systems/1/id" },
        { "formula payload", "{" + Envelope + ", \"systems\": [{\"id\": \"=cmd|'/C calc'!A0\", \"name\": \"n\"}]}", JsonDiagnosticCodes.InvalidValue, "/systems/0/id" },
        { "unknown kind", "{\"kind\": \"spreadsheet\", \"schemaVersion\": \"1.0\"}", JsonDiagnosticCodes.WrongKind, "/kind" },
        { "newer major", "{\"kind\": \"inventory\", \"schemaVersion\": \"2.0\"}", JsonDiagnosticCodes.UnsupportedVersion, "/schemaVersion" },
        { "bad version", "{\"kind\": \"inventory\", \"schemaVersion\": \"one\"}", JsonDiagnosticCodes.UnsupportedVersion, "/schemaVersion" },
        { "NaN literal", "{\"kind\": \"fair-scenarios\", \"schemaVersion\": \"1.0\", \"scenarios\": [{\"name\": \"s\", \"lossEventFrequency\": {\"type\": \"constant\", \"value\": NaN}}]}", JsonDiagnosticCodes.InvalidJson, "/scenarios/0/lossEventFrequency" },
        { "NaN string", "{\"kind\": \"fair-scenarios\", \"schemaVersion\": \"1.0\", \"scenarios\": [{\"name\": \"s\", \"lossEventFrequency\": {\"type\": \"constant\", \"value\": \"NaN\"}}]}", JsonDiagnosticCodes.InvalidType, "/scenarios/0/lossEventFrequency/value" },
        { "overflowing number", "{\"kind\": \"fair-scenarios\", \"schemaVersion\": \"1.0\", \"scenarios\": [{\"name\": \"s\", \"lossEventFrequency\": {\"type\": \"constant\", \"value\": 1e999}, \"primaryLoss\": {\"type\": \"constant\", \"value\": 1}}]}", RiskDiagnosticCodes.NonFiniteParameter, "/scenarios/0/lossEventFrequency" },
        { "invalid estimate", "{\"kind\": \"fair-scenarios\", \"schemaVersion\": \"1.0\", \"scenarios\": [{\"name\": \"s\", \"lossEventFrequency\": {\"type\": \"pert\", \"min\": 5, \"mode\": 1, \"max\": 2}, \"primaryLoss\": {\"type\": \"constant\", \"value\": 1}}]}", RiskDiagnosticCodes.InvalidParameters, "/scenarios/0/lossEventFrequency" },
        { "unknown distribution", "{\"kind\": \"fair-scenarios\", \"schemaVersion\": \"1.0\", \"scenarios\": [{\"name\": \"s\", \"primaryLoss\": {\"type\": \"cauchy\"}}]}", JsonDiagnosticCodes.InvalidValue, "/scenarios/0/primaryLoss/type" },
        { "mapping set without provenance", "{\"kind\": \"mapping-set\", \"schemaVersion\": \"1.0\", \"id\": \"m\", \"sourceFramework\": \"a\", \"targetFramework\": \"b\"}", JsonDiagnosticCodes.InvalidValue, "/provenance" },
        { "lone surrogate in a member name (fuzz finding)", "{" + Envelope + ", \"systems\": [{\"\\uD800\": 1}]}", JsonDiagnosticCodes.InvalidJson, "/systems/0" },
        { "bad currency", "{\"kind\": \"workspace\", \"schemaVersion\": \"1.0\", \"organization\": \"Org\", \"currency\": \"euro\"}", JsonDiagnosticCodes.InvalidValue, "/currency" },
        { "control measure with an unknown node", "{\"kind\": \"workspace\", \"schemaVersion\": \"1.0\", \"organization\": \"Org\", \"controlMeasures\": [{\"controlId\": \"A.6.2.4\", \"annualCost\": 10, \"effects\": [{\"node\": \"luck\", \"kind\": \"reduce\", \"amount\": {\"type\": \"constant\", \"value\": 0.1}}]}]}", JsonDiagnosticCodes.InvalidValue, "/controlMeasures/0/effects/0/node" },
        { "control measure without a cost", "{\"kind\": \"workspace\", \"schemaVersion\": \"1.0\", \"organization\": \"Org\", \"controlMeasures\": [{\"controlId\": \"A.6.2.4\", \"effects\": [{\"node\": \"lossEventFrequency\", \"kind\": \"reduce\", \"amount\": {\"type\": \"constant\", \"value\": 0.1}}]}]}", JsonDiagnosticCodes.InvalidValue, "/controlMeasures/0/annualCost" },
        { "control effect without an amount", "{\"kind\": \"workspace\", \"schemaVersion\": \"1.0\", \"organization\": \"Org\", \"controlMeasures\": [{\"controlId\": \"A.6.2.4\", \"annualCost\": 10, \"effects\": [{\"node\": \"lossEventFrequency\", \"kind\": \"reduce\"}]}]}", JsonDiagnosticCodes.InvalidValue, "/controlMeasures/0/effects/0/amount" },
        { "fria notification without a day", "{\"kind\": \"workspace\", \"schemaVersion\": \"1.0\", \"organization\": \"Org\", \"impactAssessments\": [{\"id\": \"IA-1\", \"systemId\": \"s\", \"revision\": {\"version\": \"0.1\"}, \"authorityNotification\": {\"authority\": \"A\"}}]}", JsonDiagnosticCodes.InvalidValue, "/impactAssessments/0/authorityNotification/notifiedOn" },
        { "benefit in an unknown area", "{\"kind\": \"workspace\", \"schemaVersion\": \"1.0\", \"organization\": \"Org\", \"impactAssessments\": [{\"id\": \"IA-1\", \"systemId\": \"s\", \"revision\": {\"version\": \"0.1\"}, \"benefits\": [{\"area\": \"happiness\", \"description\": \"d\"}]}]}", JsonDiagnosticCodes.InvalidValue, "/impactAssessments/0/benefits/0/area" },
        { "gate tier not assessed", "{\"kind\": \"workspace\", \"schemaVersion\": \"1.0\", \"organization\": \"Org\", \"gatePolicies\": [{\"id\": \"g\", \"name\": \"G\", \"requirements\": [{\"check\": \"monitoringInPlace\", \"tiers\": [\"notAssessed\"]}]}]}", JsonDiagnosticCodes.InvalidValue, "/gatePolicies/0/requirements/0/tiers" },
        { "lone surrogate", "{" + Envelope + ", \"systems\": [{\"id\": \"a\", \"name\": \"\\uD800\"}]}", JsonDiagnosticCodes.InvalidType, "/systems/0/name" },
        { "dismissed candidate without a reason", "{\"kind\": \"workspace\", \"schemaVersion\": \"1.0\", \"organization\": \"Org\", \"shadowAiCandidates\": [{\"source\": \"proxyLog\", \"externalId\": \"x\", \"name\": \"X\", \"lastSeen\": \"2026-11-01\", \"status\": \"dismissed\"}]}", JsonDiagnosticCodes.InvalidValue, "/shadowAiCandidates/0/reason" },
        { "candidate from an unknown source", "{\"kind\": \"workspace\", \"schemaVersion\": \"1.0\", \"organization\": \"Org\", \"shadowAiCandidates\": [{\"source\": \"rumour\", \"externalId\": \"x\", \"name\": \"X\", \"lastSeen\": \"2026-11-01\"}]}", JsonDiagnosticCodes.InvalidValue, "/shadowAiCandidates/0/source" },
        { "candidate first seen after last seen", "{\"kind\": \"workspace\", \"schemaVersion\": \"1.0\", \"organization\": \"Org\", \"shadowAiCandidates\": [{\"source\": \"manual\", \"externalId\": \"x\", \"name\": \"X\", \"firstSeen\": \"2026-12-01\", \"lastSeen\": \"2026-11-01\"}]}", JsonDiagnosticCodes.InvalidValue, "/shadowAiCandidates/0/firstSeen" },
        { "endpoint without a host", "{" + Envelope + ", \"systems\": [{\"id\": \"a\", \"name\": \"n\", \"endpoints\": [\"https://\"]}]}", JsonDiagnosticCodes.InvalidValue, "/systems/0/endpoints" },
    };

    [Theory]
    [MemberData(nameof(Corpus))]
    public void Bad_input_gives_the_expected_code_at_the_expected_pointer(string name, string json, string expectedCode, string expectedPointer)
    {
        var result = AimsJson.Read(json);

        Assert.False(result.IsValid, name);
        Assert.Contains((expectedCode, expectedPointer), result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => (d.Code, d.Path)));
    }

    [Fact]
    public void A_missing_required_value_says_so_without_a_dotnet_message()
    {
        var read = AimsJson.Read("""{"kind": "workspace", "schemaVersion": "1.0"}""");

        var diagnostic = Assert.Single(read.Diagnostics, d => d.Path == "/organization");
        Assert.Equal("Required: a value is missing.", diagnostic.Message);
        Assert.DoesNotContain(read.Diagnostics, d => d.Message.Contains("Parameter", StringComparison.Ordinal) || d.Message.Contains("Value cannot be null", StringComparison.Ordinal));
    }

    [Fact]
    public void Paths_point_at_the_offending_member()
    {
        var json = "{" + Envelope + """, "systems": [{"id": "a", "name": "n"}, {"id": "b", "name": "m", "dataSources": [{"id": "d", "name": "x", "classification": " ", "use": "training"}]}]}""";

        var result = AimsJson.ReadInventory(json);

        Assert.Equal("/systems/1/dataSources/0/classification", Assert.Single(result.Diagnostics).Path);
    }

    [Theory]
    [InlineData(null, "")]
    [InlineData("$", "")]
    [InlineData("$.systems[0].id", "/systems/0/id")]
    [InlineData("$.scenarios[12].primaryLossByForm['odd.name']", "/scenarios/12/primaryLossByForm/odd.name")]
    [InlineData("$['a/b']['c~d'].e", "/a~1b/c~0d/e")]
    [InlineData("$['it\\'s']", "/it's")]
    public void Serializer_json_paths_become_json_pointers(string? jsonPath, string jsonPointer) =>
        Assert.Equal(jsonPointer, ReadContext.FromJsonPath(jsonPath));

    [Fact]
    public void A_wrong_type_under_an_odd_member_name_is_reported_at_its_escaped_pointer()
    {
        const string Json = """{"kind": "fair-scenarios", "schemaVersion": "1.0", "scenarios": [{"name": "s", "primaryLossByForm": {"a/b.c~": 5}}]}""";

        var diagnostic = AimsJson.Read(Json).Diagnostics[0];

        Assert.Equal((JsonDiagnosticCodes.InvalidType, "/scenarios/0/primaryLossByForm/a~1b.c~0"), (diagnostic.Code, diagnostic.Path));
        Assert.Equal("The value has the wrong JSON type: expected an object.", diagnostic.Message);
    }

    [Fact]
    public void Every_problem_is_reported_not_just_the_first()
    {
        var json = "{" + Envelope + """, "systems": [{"id": "a b", "name": "n"}, {"id": "c", "name": "m", "riskLevel": "huge", "lastReviewDate": "yesterday"}]}""";

        var paths = AimsJson.ReadInventory(json).Diagnostics.Select(d => d.Path).ToArray();

        Assert.Equal(["/systems/0/id", "/systems/1/riskLevel", "/systems/1/lastReviewDate"], paths);
    }

    [Fact]
    public void Newer_minor_version_reads_with_a_warning_per_unknown_member()
    {
        var json = """{"kind": "inventory", "schemaVersion": "1.4", "systems": [{"id": "a", "name": "n", "carbonFootprint": 3}], "signedBy": "x"}""";

        var result = AimsJson.ReadInventory(json);

        Assert.True(result.IsValid);
        Assert.Equal(
            [(JsonDiagnosticCodes.UnknownMember, "/signedBy"), (JsonDiagnosticCodes.UnknownMember, "/systems/0/carbonFootprint"), (JsonDiagnosticCodes.NewerMinorVersion, "/schemaVersion")],
            result.Diagnostics.Select(d => (d.Code, d.Path)).Order().ToArray());
    }

    [Fact]
    public void Typed_reader_rejects_another_kind()
    {
        var result = AimsJson.ReadInventory("""{"kind": "soa", "schemaVersion": "1.0"}""");

        Assert.Equal((JsonDiagnosticCodes.WrongKind, "/kind"), (Assert.Single(result.Diagnostics).Code, result.Diagnostics[0].Path));
    }

    [Fact]
    public void Documents_without_envelope_read_with_a_warning_when_the_kind_is_known()
    {
        var result = AimsJson.ReadInventory("""{"systems": [{"id": "a", "name": "n"}]}""");

        Assert.True(result.IsValid);
        Assert.All(result.Diagnostics, d => Assert.Equal(JsonDiagnosticCodes.MissingEnvelope, d.Code));
        Assert.False(AimsJson.Read("""{"systems": []}""").IsValid);
    }

    [Fact]
    public void Byte_order_mark_and_crlf_line_endings_are_accepted()
    {
        var json = "\uFEFF{\r\n" + Envelope + ",\r\n\"systems\": [{\"id\": \"a\",\r\n\"name\": \"n\"}]\n}";

        Assert.True(AimsJson.ReadInventory(json).IsValid);
    }

    [Theory]
    [InlineData(new byte[] { 0xFF })] // never valid
    [InlineData(new byte[] { 0xC3, 0x28 })] // a lead byte without its continuation
    [InlineData(new byte[] { 0xC0, 0xAF })] // an overlong "/"
    [InlineData(new byte[] { 0xED, 0xA0, 0x80 })] // an encoded surrogate
    public async Task Invalid_utf8_is_invalid_json_at_its_line_and_byte_not_a_value_of_the_wrong_type(byte[] bad)
    {
        // Issue 13, reproduction 8: the bytes were rejected, but as AIMS3002 "the wrong JSON type: expected a string" at
        // /entries/0/justification (and the entry's absence as 28 AIMS1101 errors): not what is wrong with the file.
        byte[] bytes = [.. "{\"kind\":\"soa\",\"schemaVersion\":\"1.0\",\n\"revision\":{\"version\":\"1\"},\"entries\":[{\"controlId\":\"A.2.2\",\"justification\":\"x"u8, .. bad, .. "\"}]}"u8];
        using var stream = new MemoryStream(bytes);

        var result = await AimsJson.ReadAsync(stream, cancellationToken: TestContext.Current.CancellationToken);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal((JsonDiagnosticCodes.InvalidJson, ""), (diagnostic.Code, diagnostic.Path));
        Assert.StartsWith("Not valid JSON at line 2, byte 78: the text is not valid UTF-8", diagnostic.Message, StringComparison.Ordinal);
        Assert.False(result.HasValue);
    }

    [Fact]
    public async Task Oversized_streams_are_rejected_without_reading_them_whole()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes("{" + Envelope + ", \"systems\": [" + string.Join(",", Enumerable.Repeat("{\"id\": \"a\", \"name\": \"n\"}", 2000)) + "]}"));

        var result = await AimsJson.ReadAsync(stream, new AimsJsonReadOptions { MaxDocumentBytes = 4096 }, TestContext.Current.CancellationToken);

        Assert.Equal(JsonDiagnosticCodes.TooLarge, Assert.Single(result.Diagnostics).Code);
    }

    [Fact]
    public void Inconsistent_workspace_keeps_its_value_with_its_findings_and_is_valid_when_validation_is_off()
    {
        var json = """{"kind": "workspace", "schemaVersion": "1.0", "organization": "Org", "systems": [{"id": "a", "name": "n"}], "risks": [{"id": "R1", "title": "t", "owner": "CRO", "inherent": {"likelihood": 2, "impact": 3}, "systemIds": ["ghost"]}]}""";

        var validated = AimsJson.ReadWorkspace(json);
        var loaded = AimsJson.ReadWorkspace(json, new AimsJsonReadOptions { ValidateModel = false });

        Assert.Contains(validated.Diagnostics, d => d.Code == ModelDiagnosticCodes.UnknownSystem && d.Path == "/risks/0/systemIds/0");
        Assert.Single(validated.Partial().Risks);
        Assert.True(loaded.TryGetValue(out var workspace));
        Assert.Single(workspace.Risks);
    }

    [Fact]
    public void Invalid_options_are_a_caller_bug()
    {
        var ex = Assert.Throws<ArgumentException>(() => AimsJson.Read("{}", new AimsJsonReadOptions { MaxDepth = 0, MaxDocumentBytes = -1 }));

        Assert.Contains("MaxDepth", ex.Message, StringComparison.Ordinal);
        Assert.Contains("MaxDocumentBytes", ex.Message, StringComparison.Ordinal);
    }

    [Property(MaxTest = 500)]
    public Property Reader_never_throws_on_arbitrary_text(string text) => WellFormed(AimsJson.Read(text ?? ""));

    [Property(MaxTest = 300, Arbitrary = [typeof(ModelArbitraries)])]
    public Property Reader_never_throws_on_mutated_documents(AimsWorkspace workspace, int position, byte replacement)
    {
        var json = Encoding.UTF8.GetBytes(AimsJson.Write(workspace, indented: false));
        json[(int)((uint)position % json.Length)] = replacement;
        var text = Encoding.UTF8.GetString(json);

        return WellFormed(AimsJson.Read(text));
    }

    /// <summary>
    /// What every read must give, however bad the input: a value when valid, only documented codes (JSON 3xxx, or the
    /// model's and Risk's codes for values the model rejects), and paths that are JSON Pointers.
    /// </summary>
    private static Property WellFormed(AimsResult<AimsDocument> result) =>
        (!result.IsValid || result.HasValue).Label("a valid result has a value")
            .And(result.Diagnostics.All(d => DocumentedCodes.Contains(d.Code)).Label("documented codes only: " + string.Join(", ", result.Diagnostics.Select(d => d.Code))))
            .And(result.Diagnostics.All(d => d.Path.Length == 0 || d.Path[0] == '/').Label("JSON Pointer paths"));
}
