using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using Aims.Serialization.Json;
using NJsonSchema;
using NJsonSchema.Generation;

namespace Aims.Tests.Serialization;

/// <summary>
/// Generates the published JSON Schemas from the internal wire types with NJsonSchema. It lives in the tests so the
/// shipped package carries the schemas as files without depending on NJsonSchema (and Newtonsoft.Json) at run time.
/// </summary>
internal static class SchemaGenerator
{
    private static readonly Dictionary<AimsDocumentKind, string> RootTypes = new()
    {
        [AimsDocumentKind.Workspace] = "WorkspaceDto",
        [AimsDocumentKind.Inventory] = "InventoryDto",
        [AimsDocumentKind.RiskRegister] = "RiskRegisterDto",
        [AimsDocumentKind.Soa] = "SoaDocumentDto",
        [AimsDocumentKind.FairScenarios] = "FairScenarioSetDto",
        [AimsDocumentKind.MappingSet] = "MappingSetDto",
    };

    public static string Generate(AimsDocumentKind kind)
    {
        var type = typeof(AimsJson).Assembly.GetType("Aims.Serialization.Json.Wire." + RootTypes[kind], throwOnError: true)!;
        var settings = new SystemTextJsonSchemaGeneratorSettings
        {
            SerializerOptions = new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull },
            SchemaType = SchemaType.JsonSchema,
            FlattenInheritanceHierarchy = true,
            GenerateAbstractProperties = true,
        };
        settings.SchemaProcessors.Add(new WireProcessor());
        var schema = JsonSchema.FromType(type, settings);
        schema.Title = $"Aims {AimsJson.KindName(kind)} document, schema version {AimsJson.CurrentSchemaVersion}";
        schema.Description = "Generated from Aims.Serialization.Json with NJsonSchema. Unknown members are allowed (newer minor versions add members) and reported as warnings by the reader.";
        schema.Properties["kind"].Enumeration.Add(AimsJson.KindName(kind));
        foreach (var definition in schema.Definitions.ToList())
        {
            if (definition.Key.EndsWith("Dto", StringComparison.Ordinal))
            {
                schema.Definitions.Remove(definition.Key);
                schema.Definitions[definition.Key[..^3]] = definition.Value;
            }
        }

        return schema.ToJson().ReplaceLineEndings("\n") + "\n";
    }

    private sealed class WireProcessor : ISchemaProcessor
    {
        public void Process(SchemaProcessorContext context)
        {
            foreach (var property in context.ContextualType.Type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                var name = property.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name ?? JsonNamingPolicy.CamelCase.ConvertName(property.Name);
                if (!context.Schema.Properties.TryGetValue(name, out var schema))
                {
                    continue;
                }

                var wire = property.GetCustomAttributes().FirstOrDefault(a => a.GetType().Name == "WireAttribute");
                if (wire is null)
                {
                    continue;
                }

                var target = schema.Type.HasFlag(JsonObjectType.Array) ? schema.Item ?? schema : schema;
                if (wire.GetType().GetProperty("Enum")!.GetValue(wire) is Type enumType)
                {
                    var words = (System.Collections.Immutable.ImmutableArray<string>)typeof(Vocabulary).GetMethod(nameof(Vocabulary.Words))!.MakeGenericMethod(enumType).Invoke(null, null)!;
                    foreach (var word in words)
                    {
                        target.Enumeration.Add(word);
                    }
                }

                if (wire.GetType().GetProperty("Format")!.GetValue(wire) is string format)
                {
                    target.Format = format;
                }

                if (wire.GetType().GetProperty("Pattern")!.GetValue(wire) is string pattern)
                {
                    target.Pattern = pattern;
                }

                if (wire.GetType().GetProperty("Minimum")!.GetValue(wire) is double minimum && !double.IsNaN(minimum))
                {
                    target.Minimum = (decimal)minimum;
                    target.IsExclusiveMinimum = (bool)wire.GetType().GetProperty("ExclusiveMinimum")!.GetValue(wire)!;
                }

                if (wire.GetType().GetProperty("Maximum")!.GetValue(wire) is double maximum && !double.IsNaN(maximum))
                {
                    target.Maximum = (decimal)maximum;
                }
            }
        }
    }
}
