using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Aims.Mapping;
using Aims.Model;
using Aims.Risk;
using Aims.Serialization.Json.Wire;

namespace Aims.Serialization.Json;

/// <summary>The writers: one method per document kind, each wrapping its wire object in the versioned envelope.</summary>
public static partial class AimsJson
{
    private static readonly JsonWriterOptions Indented = new() { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly JsonWriterOptions Compact = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes a workspace document.</summary>
    /// <param name="workspace">The workspace.</param>
    /// <param name="indented">Whether to indent the output.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="workspace"/> is <see langword="null"/>.</exception>
    public static string Write(AimsWorkspace workspace, bool indented = true)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        return Serialize(Envelope(ModelWriter.Workspace(workspace), AimsDocumentKind.Workspace), AimsJsonContext.Default.WorkspaceDto, indented);
    }

    /// <summary>Writes an inventory document.</summary>
    /// <param name="systems">The AI systems.</param>
    /// <param name="indented">Whether to indent the output.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="systems"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="systems"/> contains null.</exception>
    public static string WriteInventory(IEnumerable<AiSystem> systems, bool indented = true)
    {
        var list = NoNulls(systems, nameof(systems));
        return Serialize(Envelope(new InventoryDto { Systems = [.. list.Select(ModelWriter.System)] }, AimsDocumentKind.Inventory), AimsJsonContext.Default.InventoryDto, indented);
    }

    /// <summary>Writes a risk register document.</summary>
    /// <param name="risks">The risks.</param>
    /// <param name="indented">Whether to indent the output.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="risks"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="risks"/> contains null.</exception>
    public static string WriteRiskRegister(IEnumerable<RiskEntry> risks, bool indented = true)
    {
        var list = NoNulls(risks, nameof(risks));
        return Serialize(Envelope(new RiskRegisterDto { Risks = [.. list.Select(ModelWriter.Risk)] }, AimsDocumentKind.RiskRegister), AimsJsonContext.Default.RiskRegisterDto, indented);
    }

    /// <summary>Writes a Statement of Applicability document.</summary>
    /// <param name="soa">The SoA.</param>
    /// <param name="indented">Whether to indent the output.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="soa"/> is <see langword="null"/>.</exception>
    public static string Write(StatementOfApplicability soa, bool indented = true)
    {
        ArgumentNullException.ThrowIfNull(soa);
        return Serialize(Envelope(ModelWriter.Soa(soa), AimsDocumentKind.Soa), AimsJsonContext.Default.SoaDocumentDto, indented);
    }

    /// <summary>Writes a FAIR scenarios document (the format <c>aims risk simulate</c> reads).</summary>
    /// <param name="scenarios">The scenario set.</param>
    /// <param name="indented">Whether to indent the output.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="scenarios"/> is <see langword="null"/>.</exception>
    public static string Write(FairScenarioSet scenarios, bool indented = true)
    {
        ArgumentNullException.ThrowIfNull(scenarios);
        return Serialize(Envelope(ModelWriter.ScenarioSet(scenarios), AimsDocumentKind.FairScenarios), AimsJsonContext.Default.FairScenarioSetDto, indented);
    }

    /// <summary>Writes a mapping set document.</summary>
    /// <param name="mappingSet">The mapping set.</param>
    /// <param name="indented">Whether to indent the output.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="mappingSet"/> is <see langword="null"/>.</exception>
    public static string Write(MappingSet mappingSet, bool indented = true)
    {
        ArgumentNullException.ThrowIfNull(mappingSet);
        return Serialize(Envelope(ModelWriter.MappingSet(mappingSet), AimsDocumentKind.MappingSet), AimsJsonContext.Default.MappingSetDto, indented);
    }

    private static T Envelope<T>(T dto, AimsDocumentKind kind)
        where T : DocumentDto
    {
        dto.Kind = KindName(kind);
        dto.SchemaVersion = CurrentSchemaVersion;
        return dto;
    }

    private static string Serialize<T>(T dto, JsonTypeInfo<T> typeInfo, bool indented)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, indented ? Indented : Compact))
        {
            JsonSerializer.Serialize(writer, dto, typeInfo);
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private static List<T> NoNulls<T>(IEnumerable<T> items, string name)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(items, name);
        List<T> list = [.. items];
        return list.Contains(null!) ? throw new ArgumentException("The list must not contain null.", name) : list;
    }
}
