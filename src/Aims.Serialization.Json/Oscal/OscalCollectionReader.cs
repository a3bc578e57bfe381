using System.Globalization;
using System.Text.Json;
using Aims.Mapping;
using Aims.Serialization.Json.Wire;
using Aims.Shared;
using static Aims.Serialization.Json.Oscal.OscalDatatypes;

namespace Aims.Serialization.Json.Oscal;

/// <summary>
/// Reads a parsed <c>mapping-collection</c> object into mapping sets, checking each member it reads as NIST's OSCAL 1.2.1
/// mapping schema constrains it (required members, JSON types, datatypes, enumerations), and reporting each problem at
/// its JSON Pointer. Records are maps: a bad map costs itself, a bad mapping costs its maps, a bad collection header
/// (uuid, metadata, provenance) costs every map, as a bad CSV header costs every row.
/// </summary>
internal sealed partial class OscalCollectionReader(JsonElement collection, ReadContext context)
{
    private const string Root = "/mapping-collection";
    private static readonly string[] Methods = ["human", "automation", "hybrid"];
    private static readonly string[] Rationales = ["syntactic", "semantic", "functional"];
    private static readonly string[] Statuses = ["complete", "not-complete", "draft", "deprecated", "superseded"];
    private static readonly string[] ItemTypes = ["control", "statement"];

    /// <summary>The back-matter resources by uuid: the framework id each names and the pointer it was read from.</summary>
    private readonly Dictionary<string, (string Framework, string Path)> _resources = new(StringComparer.Ordinal);
    /// <summary>Every uuid read, with the pointer of its first use (uuids compare without case, as UUIDs do).</summary>
    private readonly Dictionary<string, string> _uuids = new(StringComparer.OrdinalIgnoreCase);
    private int _mappings;
    private bool _stopped;
    private string? _title;
    private string? _version;
    private string? _method;
    private MatchingRationale? _rationale;
    private DateTimeOffset? _lastModified;

    public int MapsRead { get; private set; }

    public int MapsAccepted { get; private set; }

    public List<MappingSet> Sets()
    {
        var errors = context.ErrorCount;
        Known(collection, Root, "uuid", "metadata", "provenance", "mappings", "back-matter");
        Text(collection, Root, "uuid", Kind.Uuid, required: true);
        Metadata();
        Provenance();
        BackMatter();
        var headerOk = context.ErrorCount == errors;
        var sets = new List<(MappingSet Set, int Maps)>();
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (mapping, path) in Mappings())
        {
            if (Set(mapping, path, headerOk) is not { } read)
            {
                continue;
            }

            if (ids.TryGetValue(read.Set.Id, out var first))
            {
                context.Error(read.IdPath, $"Mapping set id '{read.Set.Id}' is already used by the mapping at {first}; set ids must be unique, so this mapping and its {read.Maps} map(s) are skipped.", JsonDiagnosticCodes.DuplicateOscalMapping);
                continue;
            }

            ids.Add(read.Set.Id, path);
            sets.Add((read.Set, read.Maps));
        }

        if (!headerOk)
        {
            context.Error(Root, "No mapping set is read: the collection's uuid, metadata, provenance or back-matter is not valid OSCAL (reported above).", JsonDiagnosticCodes.InvalidOscalMapping);
            return [];
        }

        MapsAccepted = sets.Sum(s => s.Maps);
        return sets.ConvertAll(s => s.Set);
    }

    private void Metadata()
    {
        if (Object(collection, Root, "metadata", required: true) is not { } metadata)
        {
            return;
        }

        var path = Root + "/metadata";
        Known(metadata, path, "title", "published", "last-modified", "version", "oscal-version", "revisions", "document-ids", "props", "links", "roles", "locations", "parties", "responsible-parties", "actions", "remarks");
        _title = Text(metadata, path, "title", Kind.MarkupLine, required: true);
        _version = Text(metadata, path, "version", Kind.String, required: true);
        Text(metadata, path, "oscal-version", Kind.String, required: true);
        Text(metadata, path, "published", Kind.DateTime, required: false);
        if (Text(metadata, path, "last-modified", Kind.DateTime, required: true) is { } modified && TryDateTime(modified, out var value))
        {
            _lastModified = value;
        }

        Props(metadata, path);
    }

    private void Provenance()
    {
        if (Object(collection, Root, "provenance", required: true) is not { } provenance)
        {
            return;
        }

        var path = Root + "/provenance";
        Known(provenance, path, "method", "matching-rationale", "status", "confidence-score", "coverage", "mapping-description", "responsible-parties", "props", "links", "remarks");
        _method = Choice(provenance, path, "method", Methods, required: true);
        _rationale = Rationale(Choice(provenance, path, "matching-rationale", Rationales, required: true));
        Choice(provenance, path, "status", Statuses, required: true);
        Text(provenance, path, "mapping-description", Kind.Markup, required: true);
        Confidence(provenance, path);
        Props(provenance, path);
    }

    private void BackMatter()
    {
        if (Object(collection, Root, "back-matter", required: false) is not { } back)
        {
            return;
        }

        Known(back, Root + "/back-matter", "resources");
        var i = 0;
        foreach (var resource in Array(back, Root + "/back-matter", "resources", required: false))
        {
            var path = ReadContext.Index(Root + "/back-matter/resources", i++);
            if (resource.ValueKind != JsonValueKind.Object)
            {
                context.Error(path, $"Expected a resource object, got {Describe(resource)}.", JsonDiagnosticCodes.InvalidOscalMapping);
                continue;
            }

            Known(resource, path, "uuid", "title", "description", "props", "document-ids", "citation", "rlinks", "base64", "remarks");
            var title = Text(resource, path, "title", Kind.MarkupLine, required: false);
            var props = Props(resource, path);
            if (Text(resource, path, "uuid", Kind.Uuid, required: true) is { } uuid && IsUuid(uuid))
            {
                _resources.TryAdd(uuid, props.TryGetValue("framework-id", out var framework) ? framework
                    : title is not null ? (title, path + "/title")
                    : (uuid, path + "/uuid"));
            }
        }
    }

    private IEnumerable<(JsonElement Mapping, string Path)> Mappings()
    {
        const string MappingsPath = Root + "/mappings";
        if (!collection.TryGetProperty("mappings", out var mappings))
        {
            context.Error(MappingsPath, "Required: \"mappings\", an array of mappings.", JsonDiagnosticCodes.InvalidOscalMapping);
            yield break;
        }

        if (mappings.ValueKind == JsonValueKind.Object)
        {
            // OSCAL allows a lone mapping in place of an array of one.
            yield return (mappings, MappingsPath);
            yield break;
        }

        if (mappings.ValueKind != JsonValueKind.Array || mappings.GetArrayLength() == 0)
        {
            context.Error(MappingsPath, $"Expected a non-empty array of mappings, got {Describe(mappings)}.", JsonDiagnosticCodes.InvalidOscalMapping);
            yield break;
        }

        var i = 0;
        foreach (var mapping in mappings.EnumerateArray())
        {
            yield return (mapping, ReadContext.Index(MappingsPath, i++));
        }
    }

    private (MappingSet Set, int Maps, string IdPath)? Set(JsonElement mapping, string path, bool headerOk)
    {
        if (mapping.ValueKind != JsonValueKind.Object)
        {
            context.Error(path, $"Expected a mapping object, got {Describe(mapping)}.", JsonDiagnosticCodes.InvalidOscalMapping);
            return null;
        }

        var errors = context.ErrorCount;
        Known(mapping, path, "uuid", "method", "matching-rationale", "status", "source-resource", "target-resource", "maps", "props", "links", "remarks", "mapping-description", "source-gap-summary", "target-gap-summary", "confidence-score", "coverage");
        var uuid = Text(mapping, path, "uuid", Kind.Uuid, required: true);
        var method = Choice(mapping, path, "method", Methods, required: false);
        var rationale = Rationale(Choice(mapping, path, "matching-rationale", Rationales, required: false)) ?? _rationale ?? MatchingRationale.Semantic;
        var oscalStatus = Choice(mapping, path, "status", Statuses, required: false);
        var source = Resource(mapping, path, "source-resource");
        var target = Resource(mapping, path, "target-resource");
        Text(mapping, path, "mapping-description", Kind.Markup, required: false);
        Confidence(mapping, path);
        var props = Props(mapping, path);
        var status = Parsed<MappingStatus>(props, "status", (string text, out MappingStatus s) => EnumText.TryParse(text, out s), $"one of {EnumText.Names<MappingStatus>()}");
        var date = Parsed<DateOnly>(props, "date", (string text, out DateOnly d) => DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out d), "a date in the form yyyy-MM-dd");
        var setOk = context.ErrorCount == errors;

        var maps = Array(mapping, path, "maps", required: true);
        if (mapping.TryGetProperty("maps", out var mapsElement) && mapsElement.ValueKind == JsonValueKind.Array && mapsElement.GetArrayLength() == 0)
        {
            context.Warning(path + "/maps", "OSCAL requires at least one map; read as a mapping set without mappings.", JsonDiagnosticCodes.OscalReadLeniently);
        }

        var controls = new List<ControlMapping>();
        var accepted = 0;
        var i = 0;
        foreach (var map in maps)
        {
            MapsRead++;
            var mapPath = ReadContext.Index(path + "/maps", i++);
            if (!_stopped && Map(map, mapPath, source, target, rationale) is { } read)
            {
                controls.AddRange(read);
                accepted++;
            }
        }

        var mapsOk = mapping.TryGetProperty("maps", out var array) && array.ValueKind == JsonValueKind.Array;
        if (!setOk || !headerOk || !mapsOk || source is null || target is null)
        {
            return null;
        }

        // A value the model rejects is reported where it was read (a property, the metadata, the mapping's uuid), not at a
        // constructor parameter's name, which is no member of the file.
        var provenance = Build(() => new MappingProvenance(
            Prop(props, "source-document") ?? _title ?? "OSCAL mapping collection",
            Prop(props, "source-version") ?? _version ?? "unknown",
            Prop(props, "authors") ?? "not stated",
            Prop(props, "method") ?? method ?? _method ?? "not stated",
            status ?? oscalStatus switch
            {
                "complete" => MappingStatus.Published,
                "not-complete" => MappingStatus.Reviewed,
                _ => MappingStatus.Draft,
            },
            date ?? DateOnly.FromDateTime(_lastModified!.Value.UtcDateTime),
            Prop(props, "licence") ?? "not stated"), parameter => parameter switch
            {
                "sourceDocument" => PropPath(props, "source-document") ?? Root + "/metadata/title",
                "version" => PropPath(props, "source-version") ?? Root + "/metadata/version",
                "authors" => PropPath(props, "authors") ?? path,
                "method" => PropPath(props, "method") ?? (method is null ? Root + "/provenance/method" : path + "/method"),
                "status" => PropPath(props, "status") ?? path + "/status",
                "date" => PropPath(props, "date") ?? Root + "/metadata/last-modified",
                "licence" => PropPath(props, "licence") ?? path,
                _ => path,
            });
        var id = Prop(props, "set-id") ?? uuid!;
        var idPath = PropPath(props, "set-id") ?? path + "/uuid";
        return provenance is not null && Build(() => new MappingSet(id, source.Value.Id, target.Value.Id, provenance, controls, Prop(props, "strength-scale")), parameter => parameter switch
            {
                "id" => idPath,
                "sourceFramework" => source.Value.Path,
                "targetFramework" => target.Value.Path,
                "strengthScale" => PropPath(props, "strength-scale") ?? path,
                "mappings" => path + "/maps",
                _ => path,
            }) is { } set
            ? (set, accepted, idPath)
            : null;
    }

    private static string? PropPath(Dictionary<string, (string Value, string Path)> props, string name) =>
        props.TryGetValue(name, out var prop) ? prop.Path : null;

    /// <summary>Runs a model constructor; an <see cref="ArgumentException"/> becomes an error at the member its parameter came from.</summary>
    private T? Build<T>(Func<T> create, Func<string?, string> pathOf)
        where T : class
    {
        try
        {
            return create();
        }
        catch (ArgumentException ex)
        {
            context.Error(pathOf(ex.ParamName), ArgumentMessage.Reason(ex));
            return null;
        }
    }

    private List<ControlMapping>? Map(JsonElement map, string path, (string Id, string Path)? sourceFramework, (string Id, string Path)? targetFramework, MatchingRationale fallback)
    {
        if (map.ValueKind != JsonValueKind.Object)
        {
            context.Error(path, $"Expected a map object, got {Describe(map)}.", JsonDiagnosticCodes.InvalidOscalMapping);
            return null;
        }

        var errors = context.ErrorCount;
        Known(map, path, "uuid", "ns", "matching-rationale", "relationship", "sources", "targets", "qualifiers", "confidence-score", "coverage", "props", "links", "remarks");
        Text(map, path, "uuid", Kind.Uuid, required: true);
        var relationship = default(Relationship);
        if (Text(map, path, "relationship", Kind.Token, required: true) is { } word && IsToken(word) && !TryWord(word, out relationship))
        {
            context.Error(path + "/relationship", $"\"{Clip(word)}\" is not a relationship: {Vocabulary.WordList<Relationship>()}.", JsonDiagnosticCodes.InvalidOscalMapping);
        }

        var rationale = Rationale(Choice(map, path, "matching-rationale", Rationales, required: false)) ?? fallback;
        Text(map, path, "ns", Kind.Uri, required: false);
        var confidence = Confidence(map, path);
        var props = Props(map, path);
        var strength = Parsed<int>(props, "strength", (string text, out int s) => int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out s), "a whole number 0 or more");
        var notes = Text(map, path, "remarks", Kind.Markup, required: false);
        var sources = Items(map, path, "sources", sourceFramework, "source");
        var targets = Items(map, path, "targets", targetFramework, "target");
        if (context.ErrorCount > errors)
        {
            return null;
        }

        var pairs = (long)sources.Count * targets.Count;
        if (_mappings + pairs > OscalImport.MaxMappings)
        {
            _stopped = true;
            context.Error(path, string.Create(CultureInfo.InvariantCulture,
                $"This map expands to {sources.Count:N0} × {targets.Count:N0} = {pairs:N0} control mappings, which would take the collection past {OscalImport.MaxMappings:N0} (OscalImport.MaxMappings); reading stops: this map and every map after it are skipped."),
                JsonDiagnosticCodes.TooManyOscalMappings);
            return null;
        }

        _mappings += (int)pairs;
        var result = new List<ControlMapping>((int)pairs);
        foreach (var source in sources)
        {
            foreach (var target in targets)
            {
                try
                {
                    result.Add(new ControlMapping(source.Framework, source.Id, target.Framework, target.Id, relationship, rationale, confidence, strength, notes));
                }
                catch (ArgumentException ex)
                {
                    // One diagnostic, at the member the rejected value came from, then the map is skipped: a bad source
                    // id would otherwise be reported once per target.
                    var at = ex.ParamName switch
                    {
                        "sourceFramework" => source.FrameworkPath,
                        "sourceId" => source.IdPath,
                        "targetFramework" => target.FrameworkPath,
                        "targetId" => target.IdPath,
                        _ => path,
                    };
                    context.Error(at, ArgumentMessage.Reason(ex));
                    return null;
                }
            }
        }

        return result;
    }

    /// <summary>A mapping item read: its framework and id, and the JSON Pointers they came from.</summary>
    private readonly record struct Item(string Framework, string Id, string FrameworkPath, string IdPath);

    private List<Item> Items(JsonElement map, string path, string name, (string Id, string Path)? framework, string side)
    {
        var result = new List<Item>();
        var elements = Array(map, path, name, required: true);
        if (map.TryGetProperty(name, out var array) && array.ValueKind == JsonValueKind.Array && array.GetArrayLength() == 0)
        {
            context.Error($"{path}/{name}", "Required: at least one mapping item.", JsonDiagnosticCodes.InvalidOscalMapping);
        }

        for (var i = 0; i < elements.Count; i++)
        {
            var itemPath = ReadContext.Index($"{path}/{name}", i);
            if (elements[i].ValueKind != JsonValueKind.Object)
            {
                context.Error(itemPath, $"Expected a mapping item object, got {Describe(elements[i])}.", JsonDiagnosticCodes.InvalidOscalMapping);
                continue;
            }

            Known(elements[i], itemPath, "type", "id-ref", "props", "links", "remarks");
            Choice(elements[i], itemPath, "type", ItemTypes, required: true);
            var idRef = Text(elements[i], itemPath, "id-ref", Kind.String, required: true);
            var props = Props(elements[i], itemPath);
            if (props.TryGetValue("framework-id", out var declared) && framework is { } expected && !string.Equals(declared.Value, expected.Id, StringComparison.Ordinal))
            {
                context.Error(declared.Path, $"The item's framework '{Clip(declared.Value)}' is not the mapping's {side} framework '{Clip(expected.Id)}'; a mapping set maps one framework to one other, so the map is skipped.", JsonDiagnosticCodes.InvalidOscalMapping);
            }

            var label = props.TryGetValue("label", out var l) ? l : ((string Value, string Path)?)null;
            if ((label?.Value ?? idRef) is { } id && framework is { } set)
            {
                result.Add(new Item(set.Id, id, set.Path, label?.Path ?? itemPath + "/id-ref"));
            }
        }

        return result;
    }

    /// <summary>The framework a source or target resource names, and the pointer its id was read from.</summary>
    private (string Id, string Path)? Resource(JsonElement mapping, string path, string member)
    {
        if (Object(mapping, path, member, required: true) is not { } reference)
        {
            return null;
        }

        var referencePath = $"{path}/{member}";
        Known(reference, referencePath, "ns", "type", "href", "props", "links", "remarks");
        var type = Text(reference, referencePath, "type", Kind.Token, required: true);
        Text(reference, referencePath, "ns", Kind.Uri, required: false);
        Props(reference, referencePath);
        var href = Text(reference, referencePath, "href", Kind.UriReference, required: true);
        if (type is null || href is null || !IsToken(type) || !OscalText.IsUriReference(href))
        {
            return null;
        }

        if (!href.StartsWith('#'))
        {
            return (href, referencePath + "/href");
        }

        // A fragment names a back-matter resource by its uuid; one that names none would become a framework id "#…".
        if (_resources.TryGetValue(href[1..], out var framework))
        {
            return framework;
        }

        context.Error(referencePath + "/href", $"\"{Clip(href)}\" names no resource: no back-matter resource has the uuid {Clip(href[1..])}.", JsonDiagnosticCodes.InvalidOscalMapping);
        return null;
    }

    private MappingConfidence Confidence(JsonElement owner, string path)
    {
        if (Object(owner, path, "confidence-score", required: false) is not { } score)
        {
            return MappingConfidence.Unspecified;
        }

        var scorePath = path + "/confidence-score";
        var members = score.EnumerateObject().Select(p => p.Name).ToList();
        if (members.Count > 1 || members.Any(m => m is not ("category" or "percentage")))
        {
            context.Error(scorePath, $"A confidence score has either \"category\" or \"percentage\", nothing else; got {string.Join(", ", members.Select(m => $"\"{Clip(m)}\""))}.", JsonDiagnosticCodes.InvalidOscalMapping);
            return MappingConfidence.Unspecified;
        }

        if (Text(score, scorePath, "category", Kind.String, required: false) is { } category)
        {
            if (!IsString(category))
            {
                return MappingConfidence.Unspecified;
            }

            if (TryWord(category, out MappingConfidence confidence))
            {
                return confidence;
            }

            context.Warning(scorePath + "/category", $"Confidence category \"{Clip(category)}\" is not one Aims knows ({Vocabulary.WordList<MappingConfidence>()}); read as unspecified.", JsonDiagnosticCodes.OscalReadLeniently);
            return MappingConfidence.Unspecified;
        }

        if (!score.TryGetProperty("percentage", out var percentage))
        {
            return MappingConfidence.Unspecified;
        }

        if (percentage.ValueKind != JsonValueKind.Number || !percentage.TryGetDouble(out var value) || value is < 0 or > 1)
        {
            context.Error(scorePath + "/percentage", $"Expected a decimal number from 0 to 1, got {Describe(percentage)}.", JsonDiagnosticCodes.InvalidOscalMapping);
            return MappingConfidence.Unspecified;
        }

        return value switch { < 1.0 / 3 => MappingConfidence.Low, < 2.0 / 3 => MappingConfidence.Medium, _ => MappingConfidence.High };
    }
}
