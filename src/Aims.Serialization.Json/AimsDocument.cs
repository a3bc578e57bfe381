using System.Collections.Immutable;
using Aims.Mapping;
using Aims.Model;
using Aims.Risk;

namespace Aims.Serialization.Json;

/// <summary>A document read by <see cref="AimsJson.Read(string, AimsJsonReadOptions?)"/> when its kind was not known in advance.</summary>
/// <remarks>Instances are immutable and safe to share between threads.</remarks>
public sealed class AimsDocument
{
    internal AimsDocument(AimsDocumentKind kind, string schemaVersion, object value) =>
        (Kind, SchemaVersion, Value) = (kind, schemaVersion, value);

    /// <summary>Gets the document's kind.</summary>
    public AimsDocumentKind Kind { get; }

    /// <summary>Gets the schema version the document declared (<c>"1.0"</c> when it declared none).</summary>
    public string SchemaVersion { get; }

    /// <summary>
    /// Gets the value: an <see cref="AimsWorkspace"/>, an <see cref="ImmutableArray{T}"/> of <see cref="AiSystem"/> or
    /// of <see cref="RiskEntry"/>, a <see cref="StatementOfApplicability"/>, a <see cref="FairScenarioSet"/> or a
    /// <see cref="MappingSet"/>, according to <see cref="Kind"/>.
    /// </summary>
    public object Value { get; }
}
