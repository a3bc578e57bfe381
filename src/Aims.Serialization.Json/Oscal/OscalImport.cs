using System.Text.Json;
using Aims.Mapping;
using Aims.Serialization.Json.Oscal;
using Aims.Serialization.Json.Wire;

namespace Aims.Serialization.Json;

/// <summary>Imports OSCAL mapping collections (OSCAL 1.2 <c>mapping-collection</c>) as mapping sets.</summary>
/// <remarks>
/// <para>Each OSCAL <c>mapping</c> becomes a <see cref="MappingSet"/>; a <c>map</c> with several sources or targets
/// becomes one <see cref="ControlMapping"/> per pair. Framework ids come from the <c>framework-id</c> property of the
/// back-matter resource a mapping's <c>source-resource</c>/<c>target-resource</c> points at (as
/// <see cref="OscalExport.MappingCollection"/> writes), else from the resource's title or the href itself. Control ids
/// come from a <c>label</c> property, else <c>id-ref</c>. Provenance that Aims wrote as properties is restored;
/// for foreign files it is derived from the collection's metadata and provenance.</para>
/// <para>Every member the import reads is checked as NIST's OSCAL 1.2.1 mapping schema constrains it: required
/// members, JSON types, UUIDs (version 4 or 5), date-times with a time zone, tokens, strings and enumerations
/// (<see cref="JsonDiagnosticCodes.InvalidOscalMapping"/> at the member's JSON Pointer). Records are maps: a bad map
/// is reported and skipped, a bad mapping costs its maps, a bad collection uuid, metadata, provenance or back-matter
/// costs every map, and two mappings giving the same set id are
/// <see cref="JsonDiagnosticCodes.DuplicateOscalMapping"/>. <see cref="AimsResult{T}.Records"/> counts the maps read
/// and the maps in the sets returned. The expansion of maps into control mappings is bounded by
/// <see cref="MaxMappings"/>.</para>
/// <para>Never throws for bad content.</para>
/// <para>The class is stateless and safe to use from several threads at once.</para>
/// </remarks>
public static class OscalImport
{
    /// <summary>
    /// The most control mappings one collection may expand to (a map with n sources and m targets gives n × m):
    /// 1,000,000, as many rows as one CSV mapping set may have. Reading stops at the map that would cross it, with
    /// <see cref="JsonDiagnosticCodes.TooManyOscalMappings"/>; the maps before are kept.
    /// </summary>
    public const int MaxMappings = 1_000_000;

    /// <summary>Reads the mapping sets of an untrusted OSCAL mapping collection.</summary>
    /// <param name="json">The OSCAL JSON text.</param>
    /// <param name="options">Size and depth limits; <see cref="AimsJsonReadOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>The mapping sets (one per OSCAL mapping), the number of maps read and accepted, and a diagnostic per problem, with JSON Pointers into the file.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="options"/> has a limit out of range.</exception>
    public static AimsResult<IReadOnlyList<MappingSet>> ReadMappingCollection(string json, AimsJsonReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        options ??= AimsJsonReadOptions.Default;
        options.ThrowIfInvalid();
        if (!AimsJson.TryEncode(json, options, out var bytes, out var tooLarge))
        {
            return AimsResult.Failure<IReadOnlyList<MappingSet>>([tooLarge], default(RecordCounts));
        }

        var context = new ReadContext();
        Preflight.Scan(bytes, options.MaxDepth, context);
        if (context.HasErrors)
        {
            return AimsResult.Failure<IReadOnlyList<MappingSet>>(context.Diagnostics, default(RecordCounts));
        }

        using var document = JsonDocument.Parse(bytes);
        if (document.RootElement.ValueKind != JsonValueKind.Object || !document.RootElement.TryGetProperty("mapping-collection", out var collection) || collection.ValueKind != JsonValueKind.Object)
        {
            context.Error(ReadContext.Root, "Not an OSCAL mapping collection: expected an object with \"mapping-collection\".", JsonDiagnosticCodes.InvalidOscalMapping);
            return AimsResult.Failure<IReadOnlyList<MappingSet>>(context.Diagnostics, default(RecordCounts));
        }

        var reader = new OscalCollectionReader(collection, context);
        try
        {
            var sets = reader.Sets();
            return AimsResult.From<IReadOnlyList<MappingSet>>(sets, context.Diagnostics, new RecordCounts(reader.MapsRead, reader.MapsAccepted));
        }
        catch (InvalidOperationException ex)
        {
            // JsonElement.GetString throws this for string escapes that are not valid UTF-16 (a lone surrogate).
            context.Error(ReadContext.Root, $"Not valid JSON text: {ex.Message}", JsonDiagnosticCodes.InvalidJson);
            return AimsResult.Failure<IReadOnlyList<MappingSet>>(context.Diagnostics, new RecordCounts(reader.MapsRead, 0));
        }
    }
}
