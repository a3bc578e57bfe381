using System.Globalization;
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
/// <para>Never throws for bad content: unusable maps are reported and skipped; the rest is kept.</para>
/// <para>The class is stateless and safe to use from several threads at once.</para>
/// </remarks>
public static class OscalImport
{
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

        var reader = new CollectionReader(collection, context);
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

    private sealed class CollectionReader(JsonElement collection, ReadContext context)
    {
        private const string Root = "/mapping-collection";

        public int MapsRead { get; private set; }

        public int MapsAccepted { get; private set; }

        public List<MappingSet> Sets()
        {
            var sets = new List<MappingSet>();
            if (!collection.TryGetProperty("mappings", out var mappings) || mappings.ValueKind != JsonValueKind.Array)
            {
                context.Error(Root + "/mappings", "Required: an array of mappings.", JsonDiagnosticCodes.InvalidOscalMapping);
                return sets;
            }

            var index = 0;
            foreach (var mapping in mappings.EnumerateArray())
            {
                if (Set(mapping, $"{Root}/mappings/{index}") is { } set)
                {
                    sets.Add(set);
                }

                index++;
            }

            return sets;
        }

        private MappingSet? Set(JsonElement mapping, string path)
        {
            var props = Props(mapping);
            var source = Framework(mapping, "source-resource", path);
            var target = Framework(mapping, "target-resource", path);
            if (source is null || target is null)
            {
                return null;
            }

            var metadata = collection.TryGetProperty("metadata", out var md) ? md : default;
            var provenance = context.Build(path, () => new MappingProvenance(
                props.GetValueOrDefault("source-document") ?? String(metadata, "title") ?? "OSCAL mapping collection",
                props.GetValueOrDefault("source-version") ?? String(metadata, "version") ?? "unknown",
                props.GetValueOrDefault("authors") ?? "not stated",
                props.GetValueOrDefault("method") ?? String(mapping, "method") ?? String(collection.TryGetProperty("provenance", out var pv) ? pv : default, "method") ?? "not stated",
                Status(props.GetValueOrDefault("status"), String(mapping, "status")),
                Date(props.GetValueOrDefault("date"), String(metadata, "last-modified")),
                props.GetValueOrDefault("licence") ?? "not stated"));
            var defaultRationale = Rationale(String(mapping, "matching-rationale")) ?? MatchingRationale.Semantic;
            var controls = new List<ControlMapping>();
            if (!mapping.TryGetProperty("maps", out var maps) || maps.ValueKind != JsonValueKind.Array)
            {
                context.Error(path + "/maps", "Required: an array of maps.", JsonDiagnosticCodes.InvalidOscalMapping);
                return null;
            }

            var i = 0;
            foreach (var map in maps.EnumerateArray())
            {
                MapsRead++;
                var before = controls.Count;
                Map(map, $"{path}/maps/{i}", source, target, defaultRationale, controls);
                MapsAccepted += controls.Count > before ? 1 : 0;
                i++;
            }

            var id = props.GetValueOrDefault("set-id") ?? String(mapping, "uuid") ?? "oscal-mapping";
            return provenance is null ? null : context.Build(path, () => new MappingSet(id, source, target, provenance, controls, props.GetValueOrDefault("strength-scale")));
        }

        private void Map(JsonElement map, string path, string sourceFramework, string targetFramework, MatchingRationale fallback, List<ControlMapping> into)
        {
            var relationshipText = String(map, "relationship");
            if (!Vocabulary.TryParse<Relationship>(relationshipText, out var relationship))
            {
                context.Error(path + "/relationship", $"\"{relationshipText}\" is not a relationship: {Vocabulary.WordList<Relationship>()}.", JsonDiagnosticCodes.InvalidOscalMapping);
                return;
            }

            var rationale = Rationale(String(map, "matching-rationale")) ?? fallback;
            var confidence = Confidence(map);
            var props = Props(map);
            int? strength = int.TryParse(props.GetValueOrDefault("strength"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var s) ? s : null;
            var notes = String(map, "remarks");
            var sources = Items(map, "sources", path, sourceFramework);
            var targets = Items(map, "targets", path, targetFramework);
            foreach (var (sourceFw, sourceId) in sources)
            {
                foreach (var (targetFw, targetId) in targets)
                {
                    if (context.Build(path, () => new ControlMapping(sourceFw, sourceId, targetFw, targetId, relationship, rationale, confidence, strength, notes)) is { } mapping)
                    {
                        into.Add(mapping);
                    }
                }
            }
        }

        private List<(string Framework, string Id)> Items(JsonElement map, string name, string path, string framework)
        {
            var result = new List<(string, string)>();
            if (!map.TryGetProperty(name, out var items) || items.ValueKind != JsonValueKind.Array || items.GetArrayLength() == 0)
            {
                context.Error($"{path}/{name}", "Required: a non-empty array of mapping items.", JsonDiagnosticCodes.InvalidOscalMapping);
                return result;
            }

            var i = 0;
            foreach (var item in items.EnumerateArray())
            {
                var props = Props(item);
                if ((props.GetValueOrDefault("label") ?? String(item, "id-ref")) is { } id)
                {
                    result.Add((props.GetValueOrDefault("framework-id") ?? framework, id));
                }
                else
                {
                    context.Error($"{path}/{name}/{i}", "A mapping item needs an id-ref.", JsonDiagnosticCodes.InvalidOscalMapping);
                }

                i++;
            }

            return result;
        }

        private string? Framework(JsonElement mapping, string member, string path)
        {
            var href = mapping.TryGetProperty(member, out var reference) ? String(reference, "href") : null;
            if (href is null)
            {
                context.Error($"{path}/{member}", "Required: a resource reference with an href.", JsonDiagnosticCodes.InvalidOscalMapping);
                return null;
            }

            if (href.StartsWith('#') && collection.TryGetProperty("back-matter", out var back) && back.TryGetProperty("resources", out var resources) && resources.ValueKind == JsonValueKind.Array)
            {
                foreach (var resource in resources.EnumerateArray())
                {
                    if (String(resource, "uuid") == href[1..])
                    {
                        return Props(resource).GetValueOrDefault("framework-id") ?? String(resource, "title") ?? href[1..];
                    }
                }
            }

            return href;
        }

        private static Dictionary<string, string> Props(JsonElement element)
        {
            var result = new Dictionary<string, string>(StringComparer.Ordinal);
            if (element.ValueKind == JsonValueKind.Object && element.TryGetProperty("props", out var props) && props.ValueKind == JsonValueKind.Array)
            {
                foreach (var prop in props.EnumerateArray())
                {
                    if (String(prop, "name") is { } name && String(prop, "value") is { } value && (String(prop, "ns") is null or OscalText.Namespace))
                    {
                        result.TryAdd(name, value);
                    }
                }
            }

            return result;
        }

        private static string? String(JsonElement element, string name) =>
            element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

        private static MappingStatus Status(string? ours, string? oscal) =>
            ours is not null && EnumText.TryParse<MappingStatus>(ours, out var status) ? status : oscal switch
            {
                "complete" => MappingStatus.Published,
                "not-complete" => MappingStatus.Reviewed,
                _ => MappingStatus.Draft,
            };

        private static DateOnly Date(string? ours, string? lastModified) =>
            DateOnly.TryParseExact(ours, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date
            : DateTimeOffset.TryParse(lastModified, CultureInfo.InvariantCulture, DateTimeStyles.None, out var modified) ? DateOnly.FromDateTime(modified.UtcDateTime)
            : new DateOnly(1970, 1, 1);

        private static MatchingRationale? Rationale(string? text) =>
            text is not null && EnumText.TryParse<MatchingRationale>(text, out var r) ? r : null;

        private static MappingConfidence Confidence(JsonElement map)
        {
            if (!map.TryGetProperty("confidence-score", out var score) || score.ValueKind != JsonValueKind.Object)
            {
                return MappingConfidence.Unspecified;
            }

            if (String(score, "category") is { } category)
            {
                return EnumText.TryParse<MappingConfidence>(category, out var c) ? c : MappingConfidence.Unspecified;
            }

            return score.TryGetProperty("percentage", out var p) && p.TryGetDouble(out var value)
                ? value switch { < 1.0 / 3 => MappingConfidence.Low, < 2.0 / 3 => MappingConfidence.Medium, _ => MappingConfidence.High }
                : MappingConfidence.Unspecified;
        }
    }
}
