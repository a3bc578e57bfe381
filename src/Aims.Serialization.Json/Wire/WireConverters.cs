using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Aims.Mapping;
using Aims.Model;
using Aims.Risk;

namespace Aims.Serialization.Json.Wire;

/// <summary>The converters <see cref="AimsJsonSerializerOptionsExtensions.ConfigureForAims"/> adds.</summary>
internal static class WireConverters
{
    public static IReadOnlyList<JsonConverter> All { get; } =
    [
        new Converter<AimsWorkspace, WorkspaceDto>(AimsJsonContext.Default.WorkspaceDto, ModelWriter.Workspace, (c, d) => new ModelReader(c).Workspace(d, ReadContext.Root)),
        new Converter<AiSystem, SystemDto>(AimsJsonContext.Default.SystemDto, ModelWriter.System, (c, d) => new ModelReader(c).System(d, ReadContext.Root)),
        new Converter<RiskEntry, RiskDto>(AimsJsonContext.Default.RiskDto, ModelWriter.Risk, (c, d) => new ModelReader(c).Risk(d, ReadContext.Root)),
        new Converter<StatementOfApplicability, SoaDocumentDto>(AimsJsonContext.Default.SoaDocumentDto, ModelWriter.Soa, (c, d) => new ModelReader(c).Soa(d.Revision, d.Entries, d.AdditionalControls, d, ReadContext.Root)),
        new Converter<FairScenario, FairScenarioDto>(AimsJsonContext.Default.FairScenarioDto, ModelWriter.Scenario, (c, d) => new RiskMappingReader(c).Scenario(d, ReadContext.Root)),
        new Converter<FairScenarioSet, FairScenarioSetDto>(AimsJsonContext.Default.FairScenarioSetDto, ModelWriter.ScenarioSet, (c, d) => new RiskMappingReader(c).ScenarioSet(d, ReadContext.Root)),
        new Converter<MappingSet, MappingSetDto>(AimsJsonContext.Default.MappingSetDto, ModelWriter.MappingSet, (c, d) => new RiskMappingReader(c).MappingSet(d, ReadContext.Root)),
    ];

    private sealed class Converter<TModel, TDto>(JsonTypeInfo<TDto> typeInfo, Func<TModel, TDto> write, Func<ReadContext, TDto, TModel?> read) : JsonConverter<TModel>
        where TModel : class
        where TDto : Dto
    {
        public override TModel? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (JsonSerializer.Deserialize(ref reader, typeInfo) is not { } dto)
            {
                return null;
            }

            var context = new ReadContext();
            var value = read(context, dto);
            var errors = context.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
            return errors.Count == 0 && value is not null
                ? value
                : throw new JsonException($"Invalid {typeof(TModel).Name}: " + string.Join("; ", errors.Select(e => $"{e.Path}: {e.Message}")));
        }

        public override void Write(Utf8JsonWriter writer, TModel value, JsonSerializerOptions options) =>
            JsonSerializer.Serialize(writer, write(value), typeInfo);
    }
}
