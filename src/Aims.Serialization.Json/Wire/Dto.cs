using System.Text.Json;
using System.Text.Json.Serialization;

namespace Aims.Serialization.Json.Wire;

/// <summary>
/// Base of every wire object: members this version does not know are kept here so the reader can warn about each
/// one with its path instead of dropping it silently.
/// </summary>
internal abstract class Dto
{
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }

    /// <summary>Set on a placeholder when a value of this record had the wrong JSON type (see <see cref="RecordListConverter{T}"/>).</summary>
    [JsonIgnore]
    public WireFailure? ReadFailure { get; set; }
}

/// <summary>Base of document roots: the versioned envelope members.</summary>
internal abstract class DocumentDto : Dto
{
    [JsonPropertyOrder(-3)]
    [JsonPropertyName("$schema")]
    public string? Schema { get; set; }

    /// <summary>A free-text comment for humans; accepted and not kept.</summary>
    [JsonPropertyOrder(-3)]
    [JsonPropertyName("$comment")]
    public string? Comment { get; set; }

    [JsonPropertyOrder(-2)]
    public string? Kind { get; set; }

    [JsonPropertyOrder(-1)]
    public string? SchemaVersion { get; set; }
}
