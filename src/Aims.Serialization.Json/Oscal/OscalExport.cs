using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Aims.Mapping;
using Aims.Model;
using Aims.Serialization.Json.Wire;
using static Aims.Serialization.Json.Oscal.OscalText;

namespace Aims.Serialization.Json;

/// <summary>
/// Exports to OSCAL 1.2 JSON (<c>oscal-version</c> 1.2.1): framework catalogs, the AIMS implementation as a
/// component definition built from the Statement of Applicability, and mapping sets as a mapping collection.
/// </summary>
/// <remarks>
/// <para>Ids that are not OSCAL tokens (<c>4.1</c>, <c>GOVERN 1.1</c>) are made into tokens (<c>_4.1</c>,
/// <c>GOVERN-1.1</c>); the original id is kept in a <c>label</c> property. UUIDs are name-based (version 5), so
/// exporting the same data twice gives the same UUIDs. Properties Aims adds are in the namespace
/// <c>urn:aims-core:oscal</c>.</para>
/// <para>Licensing: a catalog carries what its <see cref="FrameworkCatalog"/> carries — for ISO standards the
/// identifiers and our own short titles only, unless the customer attached text from a licensed copy.</para>
/// <para>The class is stateless and safe to use from several threads at once.</para>
/// </remarks>
public static class OscalExport
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly JsonSerializerOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Exports a framework catalog as an OSCAL catalog: items with children become groups, the others controls.</summary>
    /// <param name="catalog">The catalog, for example <c>FrameworkCatalogs.Get(FrameworkIds.NistAiRmf)</c>.</param>
    /// <param name="options">Clock and formatting; <see cref="OscalExportOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>The OSCAL JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="catalog"/> is <see langword="null"/>.</exception>
    public static string Catalog(FrameworkCatalog catalog, OscalExportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        options ??= OscalExportOptions.Default;
        var m = catalog.Metadata;
        var withChildren = catalog.Items.Where(i => i.ParentId is not null).Select(i => i.ParentId!).ToHashSet(StringComparer.Ordinal);

        // OSCAL lets a group hold either groups or controls, not both; a control may hold controls. So an item is a
        // group when all its children have children themselves; otherwise its children are controls, nested as deep
        // as the catalog goes.
        bool AllGroups(IReadOnlyList<FrameworkItem> children) => children.Count > 0 && children.All(c => withChildren.Contains(c.Id));

        JsonObject Node(FrameworkItem item, bool asControl)
        {
            var node = new JsonObject
            {
                ["id"] = Token(item.Id),
                ["class"] = Token(item.Kind),
                ["title"] = Str(item.Title) ?? item.Id,
                ["props"] = new JsonArray(Prop("label", item.Id, ours: false)),
            };
            AddText(node, item);
            var children = catalog.ChildrenOf(item.Id);
            if (children.Count > 0)
            {
                var childrenAreGroups = !asControl && AllGroups(children);
                node[childrenAreGroups ? "groups" : "controls"] = new JsonArray([.. children.Select(c => (JsonNode)Node(c, asControl: !childrenAreGroups))]);
            }

            return node;
        }

        var roots = catalog.ChildrenOf(null);
        var body = new JsonObject
        {
            ["uuid"] = Uuid("catalog", catalog.FrameworkId, m.Version),
            ["metadata"] = Metadata(m.Name, m.Version, options.TimeProvider.GetUtcNow(),
                [Prop("framework-id", m.Id), Prop("publisher", m.Publisher), Prop("licence", m.Licence), Prop("source-date", ModelWriter.Date(m.Date)!)],
                $"Source: {m.Source}. Licence: {m.Licence}. Exported by Aims.Serialization.Json."),
        };
        var rootsAreGroups = AllGroups(roots);
        body[rootsAreGroups ? "groups" : "controls"] = new JsonArray([.. roots.Select(r => (JsonNode)Node(r, asControl: !rootsAreGroups))]);
        body["back-matter"] = new JsonObject { ["resources"] = new JsonArray(Resource(catalog.FrameworkId, m.Name, m.Source)) };
        return Write("catalog", body, options);
    }

    /// <summary>
    /// Exports the AIMS implementation as an OSCAL component definition: one component (the AI management system)
    /// whose implemented requirements are the Statement of Applicability's entries — control, applicability and
    /// justification, implementation status, responsible role and evidence links.
    /// </summary>
    /// <param name="workspace">The workspace; its SoA must be recorded.</param>
    /// <param name="options">Clock and formatting; <see cref="OscalExportOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>The OSCAL JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="workspace"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The workspace has no Statement of Applicability.</exception>
    public static string ComponentDefinition(AimsWorkspace workspace, OscalExportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        var soa = workspace.Soa ?? throw new ArgumentException("The workspace has no Statement of Applicability to export.", nameof(workspace));
        options ??= OscalExportOptions.Default;
        var catalog = FrameworkCatalogs.Get(FrameworkIds.Iso42001);
        var roles = soa.Entries.Select(e => e.Owner).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var requirements = new JsonArray();
        foreach (var entry in soa.Entries)
        {
            var props = new JsonArray(
                Prop("label", entry.ControlId, ours: false),
                Prop("applicability", entry.IsApplicable ? "applicable" : "not-applicable"),
                Prop("implementation-status", OscalStatus(entry)),
                Prop("aims-status", EnumText.Write(entry.Status)));
            foreach (var risk in entry.RiskIds)
            {
                props.Add(Prop("risk-id", risk));
            }

            foreach (var obligation in entry.ObligationIds)
            {
                props.Add(Prop("obligation-id", obligation));
            }

            var requirement = new JsonObject
            {
                ["uuid"] = Uuid("implemented-requirement", workspace.Organization, entry.ControlId),
                ["control-id"] = Token(entry.ControlId),
                ["description"] = Description(entry),
                ["props"] = props,
            };
            var links = new JsonArray([.. entry.Evidence.Where(e => IsUriReference(e.Location)).Select(e => (JsonNode)new JsonObject
            {
                ["href"] = e.Location,
                ["rel"] = "reference",
                ["text"] = Str(e.Title),
            })]);
            if (links.Count > 0)
            {
                requirement["links"] = links;
            }

            var unlinked = entry.Evidence.Where(e => !IsUriReference(e.Location)).Select(e => e.Location is null ? e.Title : $"{e.Title} ({e.Location})").ToList();
            if (unlinked.Count > 0)
            {
                requirement["remarks"] = "Evidence: " + string.Join("; ", unlinked);
            }

            if (entry.Owner is { } owner)
            {
                requirement["responsible-roles"] = new JsonArray(new JsonObject { ["role-id"] = Token(owner) });
            }

            requirements.Add(requirement);
        }

        var component = new JsonObject
        {
            ["uuid"] = Uuid("component", workspace.Organization),
            ["type"] = "process",
            ["title"] = Str($"{workspace.Organization} AI management system") ?? "AI management system",
            ["description"] = $"The ISO/IEC 42001 AI management system of {Str(workspace.Organization)}, as stated in its Statement of Applicability version {Str(soa.Revision.Version)}.",
            ["control-implementations"] = new JsonArray(new JsonObject
            {
                ["uuid"] = Uuid("control-implementation", workspace.Organization, soa.Revision.Version),
                ["source"] = "#" + ResourceUuid(FrameworkIds.Iso42001),
                ["description"] = $"Statement of Applicability version {Str(soa.Revision.Version)}: every ISO/IEC 42001 Annex A control with its applicability, justification and status.",
                ["implemented-requirements"] = requirements,
            }),
        };
        var metadata = Metadata($"{workspace.Organization}: AIMS implementation", soa.Revision.Version, options.TimeProvider.GetUtcNow());
        if (roles.Count > 0)
        {
            metadata["roles"] = new JsonArray([.. roles.Select(r => (JsonNode)new JsonObject { ["id"] = Token(r), ["title"] = Str(r) })]);
        }

        var definition = new JsonObject
        {
            ["uuid"] = Uuid("component-definition", workspace.Organization, soa.Revision.Version),
            ["metadata"] = metadata,
            ["components"] = new JsonArray(component),
            ["back-matter"] = new JsonObject { ["resources"] = new JsonArray(Resource(FrameworkIds.Iso42001, catalog.Metadata.Name, catalog.Metadata.Source)) },
        };
        return Write("component-definition", definition, options);
    }

    /// <summary>
    /// Exports mapping sets as an OSCAL mapping collection: one <c>mapping</c> per set, one <c>map</c> per
    /// relationship, with the set's provenance. <see cref="OscalImport.ReadMappingCollection"/> reads it back.
    /// </summary>
    /// <param name="title">The collection's title.</param>
    /// <param name="sets">The mapping sets; at least one, each with at least one mapping (OSCAL 1.2.1 requires a mapping to hold at least one map).</param>
    /// <param name="options">Clock and formatting; <see cref="OscalExportOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>The OSCAL JSON text.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="title"/> is blank, <paramref name="sets"/> is empty or contains null, or a set has no mappings.</exception>
    public static string MappingCollection(string title, IEnumerable<MappingSet> sets, OscalExportOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        ArgumentNullException.ThrowIfNull(sets);
        var list = sets.ToList();
        if (list.Count == 0 || list.Contains(null!))
        {
            throw new ArgumentException("At least one mapping set, and no null entries, are needed.", nameof(sets));
        }

        // The schema's "maps" has minItems 1: an empty set has no valid OSCAL form, and leaving it out would lose it silently.
        if (list.FirstOrDefault(s => s.Mappings.IsEmpty) is { } empty)
        {
            throw new ArgumentException($"Mapping set '{empty.Id}' has no mappings; OSCAL 1.2.1 requires every mapping to hold at least one map, so an empty set cannot be exported.", nameof(sets));
        }

        options ??= OscalExportOptions.Default;
        var frameworks = list.SelectMany(s => new[] { s.SourceFramework, s.TargetFramework }).Distinct(StringComparer.Ordinal).ToList();
        var first = list[0].Provenance;
        var collection = new JsonObject
        {
            ["uuid"] = Uuid(["mapping-collection", .. list.Select(s => s.Id)]),
            ["metadata"] = Metadata(title, first.Version, options.TimeProvider.GetUtcNow()),
            ["provenance"] = Provenance(first, list.SelectMany(s => s.Mappings), $"Mapping sets {string.Join(", ", list.Select(s => s.Id))}."),
            ["mappings"] = new JsonArray([.. list.Select(Mapping)]),
            ["back-matter"] = new JsonObject
            {
                ["resources"] = new JsonArray([.. frameworks.Select(f => FrameworkCatalogs.TryGet(f, out var c)
                    ? Resource(f, c.Metadata.Name, c.Metadata.Source)
                    : Resource(f, f, null))]),
            },
        };
        return Write("mapping-collection", collection, options);
    }

    internal static string ResourceUuid(string frameworkId) => Uuid("framework", frameworkId);

    private static JsonNode Mapping(MappingSet set)
    {
        var p = set.Provenance;
        var mapping = new JsonObject
        {
            ["uuid"] = Uuid("mapping", set.Id),
            ["method"] = Method(p.Method),
            ["matching-rationale"] = EnumText.Write(Dominant(set.Mappings)),
            ["status"] = Status(p.Status),
            ["source-resource"] = new JsonObject { ["type"] = "catalog", ["href"] = "#" + ResourceUuid(set.SourceFramework) },
            ["target-resource"] = new JsonObject { ["type"] = "catalog", ["href"] = "#" + ResourceUuid(set.TargetFramework) },
            ["maps"] = new JsonArray([.. set.Mappings.Select((m, i) => (JsonNode)Map(set, m, i))]),
        };
        var props = new JsonArray(
            Prop("set-id", set.Id), Prop("source-document", p.SourceDocument), Prop("source-version", p.Version), Prop("authors", p.Authors),
            Prop("method", p.Method), Prop("status", EnumText.Write(p.Status)), Prop("date", ModelWriter.Date(p.Date)!),
            Prop("licence", p.Licence));
        if (set.StrengthScale is { } scale)
        {
            props.Add(Prop("strength-scale", scale));
        }

        mapping["props"] = props;
        mapping["mapping-description"] = $"{Str(p.SourceDocument)}, version {Str(p.Version)}, by {Str(p.Authors)}; method: {Str(p.Method)}; licence: {Str(p.Licence)}.";
        return mapping;
    }

    private static JsonObject Map(MappingSet set, ControlMapping m, int index)
    {
        var map = new JsonObject
        {
            ["uuid"] = Uuid("map", set.Id, index.ToString(System.Globalization.CultureInfo.InvariantCulture), m.SourceId, m.TargetId),
            ["matching-rationale"] = EnumText.Write(m.Rationale),
            ["relationship"] = EnumText.Write(m.Relationship),
            ["sources"] = new JsonArray(Item(m.SourceId, m.SourceFramework, set.SourceFramework)),
            ["targets"] = new JsonArray(Item(m.TargetId, m.TargetFramework, set.TargetFramework)),
        };
        if (m.Confidence != MappingConfidence.Unspecified)
        {
            map["confidence-score"] = new JsonObject { ["category"] = EnumText.Write(m.Confidence) };
        }

        if (m.Strength is { } strength)
        {
            map["props"] = new JsonArray(Prop("strength", strength.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        if (m.Notes is { } notes)
        {
            map["remarks"] = notes;
        }

        return map;
    }

    private static JsonObject Item(string id, string framework, string setFramework)
    {
        var props = new JsonArray(Prop("label", id, ours: false));
        if (!string.Equals(framework, setFramework, StringComparison.Ordinal))
        {
            props.Add(Prop("framework-id", framework));
        }

        return new JsonObject { ["type"] = "control", ["id-ref"] = Token(id), ["props"] = props };
    }

    private static JsonObject Provenance(MappingProvenance p, IEnumerable<ControlMapping> mappings, string description) => new()
    {
        ["method"] = Method(p.Method),
        ["matching-rationale"] = EnumText.Write(Dominant(mappings)),
        ["status"] = Status(p.Status),
        ["mapping-description"] = description,
    };

    private static JsonObject Resource(string frameworkId, string title, string? source)
    {
        var resource = new JsonObject
        {
            ["uuid"] = ResourceUuid(frameworkId),
            ["title"] = Str(title) ?? frameworkId,
            ["props"] = new JsonArray(Prop("framework-id", frameworkId)),
        };
        if (Str(source) is { } citation)
        {
            resource["citation"] = new JsonObject { ["text"] = citation };
        }

        return resource;
    }

    private static void AddText(JsonObject node, FrameworkItem item)
    {
        if (Str(item.Text) is { } text)
        {
            node["parts"] = new JsonArray(new JsonObject { ["id"] = Token(item.Id) + "_smt", ["name"] = "statement", ["prose"] = text });
        }
    }

    private static string Description(SoaEntry entry) =>
        (entry.IsApplicable ? "Applicable." : "Not applicable.") + (entry.Justification is { } j ? " " + j : "");

    private static string OscalStatus(SoaEntry entry) => !entry.IsApplicable
        ? "not-applicable"
        : entry.Status switch
        {
            ImplementationStatus.Implemented => "implemented",
            ImplementationStatus.InProgress => "partial",
            _ => "planned",
        };

    private static MatchingRationale Dominant(IEnumerable<ControlMapping> mappings) =>
        mappings.GroupBy(m => m.Rationale).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).Select(g => g.Key).DefaultIfEmpty(MatchingRationale.Semantic).First();

    private static string Method(string method) =>
        method.Contains("automat", StringComparison.OrdinalIgnoreCase) ? (method.Contains("review", StringComparison.OrdinalIgnoreCase) ? "hybrid" : "automation") : "human";

    private static string Status(MappingStatus status) => status switch
    {
        MappingStatus.Published => "complete",
        MappingStatus.Reviewed => "not-complete",
        _ => "draft",
    };

    private static string Write(string model, JsonObject body, OscalExportOptions options)
    {
        var schema = model switch
        {
            "catalog" => "catalog",
            "component-definition" => "component",
            _ => "mapping",
        };
        var root = new JsonObject { ["$schema"] = $"http://csrc.nist.gov/ns/oscal/{OscalVersion}/oscal-{schema}-schema.json", [model] = body };
        return root.ToJsonString(options.Indented ? Indented : Compact);
    }
}
