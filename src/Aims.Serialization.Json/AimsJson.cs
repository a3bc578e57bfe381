namespace Aims.Serialization.Json;

/// <summary>
/// Reads and writes Aims documents as JSON: camelCase members, enums as camelCase strings, dates as ISO 8601, wrapped
/// in a versioned envelope (<c>"kind"</c>, <c>"schemaVersion"</c>). Reading untrusted input never throws for bad
/// content: every problem comes back as a diagnostic with a JSON Pointer (RFC 6901) into the document, such as
/// <c>/systems/2/dataSources/0/classification</c>; the whole document is <c>""</c>.
/// </summary>
/// <remarks>
/// <para>Versioning: a document of a newer minor version (<c>1.3</c>) is read with a warning, and each member this
/// version does not know is reported and ignored; a newer major version (<c>2.0</c>) is an error. A document without
/// the envelope is read as the current version with a warning when its kind is known from the method called.</para>
/// <para>The class is stateless and safe to use from several threads at once.</para>
/// </remarks>
public static partial class AimsJson
{
    /// <summary>The schema version this library writes: <c>1.0</c>.</summary>
    public const string CurrentSchemaVersion = "1.0";

    /// <summary>Gets the wire name of a document kind, as written in <c>"kind"</c>.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns><c>workspace</c>, <c>inventory</c>, <c>risk-register</c>, <c>soa</c>, <c>fair-scenarios</c> or <c>mapping-set</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is undefined.</exception>
    public static string KindName(AimsDocumentKind kind) => kind switch
    {
        AimsDocumentKind.Workspace => "workspace",
        AimsDocumentKind.Inventory => "inventory",
        AimsDocumentKind.RiskRegister => "risk-register",
        AimsDocumentKind.Soa => "soa",
        AimsDocumentKind.FairScenarios => "fair-scenarios",
        AimsDocumentKind.MappingSet => "mapping-set",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Undefined document kind."),
    };
}
