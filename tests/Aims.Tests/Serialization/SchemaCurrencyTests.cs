using Aims.Cli;
using Aims.Serialization.Json;
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
        for (var seed = 1; seed <= 20; seed++)
        {
            var generator = new ModelGenerator(seed);
            var json = kind switch
            {
                AimsDocumentKind.Workspace => AimsJson.Write(seed == 1 ? DemoWorkspace.Create() : generator.Workspace()),
                AimsDocumentKind.Inventory => AimsJson.WriteInventory([generator.System(), generator.System()]),
                AimsDocumentKind.RiskRegister => AimsJson.WriteRiskRegister([generator.Risk()]),
                AimsDocumentKind.Soa => AimsJson.Write(generator.Soa()),
                AimsDocumentKind.FairScenarios => AimsJson.Write(generator.Scenarios()),
                _ => AimsJson.Write(generator.Mappings()),
            };

            var errors = schema.Validate(json);

            Assert.True(errors.Count == 0, $"seed {seed}: " + string.Join("; ", errors.Select(e => $"{e.Path}: {e.Kind}")));
        }
    }
}
