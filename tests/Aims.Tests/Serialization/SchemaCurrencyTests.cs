using Aims.Samples.Demo;
using Aims.Serialization.Json;
using Aims.Tests.Model;
using FsCheck;
using FsCheck.Fluent;
using NJsonSchema;

namespace Aims.Tests.Serialization;

/// <summary>
/// The schemas in docs/schemas (embedded in the package) must equal what the wire types generate. On a difference
/// the test writes the generated schema next to the committed one as <c>.received.json</c>: review, then move it over.
/// </summary>
public class SchemaCurrencyTests
{
    public static TheoryData<AimsDocumentKind> Kinds => [.. Enum.GetValues<AimsDocumentKind>()];

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Committed_schema_matches_the_generated_one(AimsDocumentKind kind)
    {
        var generated = SchemaGenerator.Generate(kind);
        var path = Path.Combine(TestPaths.RepositoryRoot, "docs", "schemas", AimsJsonSchemas.FileName(kind));
        var committed = File.Exists(path) ? File.ReadAllText(path).ReplaceLineEndings("\n") : "";
        if (committed != generated)
        {
            File.WriteAllText(Path.ChangeExtension(path, ".received.json"), generated);
        }

        Assert.True(committed == generated, $"{path} is out of date; review {Path.ChangeExtension(path, ".received.json")} and move it over.");
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Package_embeds_the_committed_schema(AimsDocumentKind kind)
    {
        var path = Path.Combine(TestPaths.RepositoryRoot, "docs", "schemas", AimsJsonSchemas.FileName(kind));

        Assert.Equal(File.ReadAllText(path).ReplaceLineEndings("\n"), AimsJsonSchemas.Get(kind).ReplaceLineEndings("\n"));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task Written_documents_validate_against_their_schema(AimsDocumentKind kind)
    {
        var schema = await JsonSchema.FromJsonAsync(AimsJsonSchemas.Get(kind), TestContext.Current.CancellationToken);
        // A fixed seed: the same 20 documents on every run.
        string[] documents = kind switch
        {
            AimsDocumentKind.Workspace => [AimsJson.Write(DemoWorkspace.Create()), .. Sample(ModelGen.Workspace).Select(w => AimsJson.Write(w))],
            AimsDocumentKind.Inventory => [.. Sample(ModelGen.System.Two()).Select(s => AimsJson.WriteInventory([s.Item1, s.Item2]))],
            AimsDocumentKind.RiskRegister => [.. Sample(ModelGen.Risk).Select(r => AimsJson.WriteRiskRegister([r]))],
            AimsDocumentKind.Soa => [.. Sample(ModelGen.Soa).Select(s => AimsJson.Write(s))],
            AimsDocumentKind.FairScenarios => [.. Sample(SerializationArbitraries.ScenarioSet).Select(s => AimsJson.Write(s))],
            _ => [.. Sample(SerializationArbitraries.MappingSetGen).Select(s => AimsJson.Write(s))],
        };
        for (var i = 0; i < documents.Length; i++)
        {
            var json = documents[i];

            var errors = schema.Validate(json);

            Assert.True(errors.Count == 0, $"document {i}: {json}\n" + string.Join("; ", errors.Select(e => $"{e.Path}: {e.Kind}")));
        }
    }

    private static T[] Sample<T>(Gen<T> gen) => gen.Sample(10, new Rnd(20261206UL), 20);
}
