using System.Text.Json.Nodes;
using Aims.Mapping;
using Aims.Model;

namespace Aims.Cli;

/// <summary>The <c>catalog list</c>, <c>map</c> and <c>coverage</c> commands.</summary>
internal static class MappingCommands
{
    public static int CatalogList(string framework, bool json, TextWriter stdout, TextWriter stderr)
    {
        if (!FrameworkCatalogs.TryGet(framework, out var catalog))
        {
            stderr.WriteLine($"error: unknown framework '{framework}'. Known: {string.Join(", ", FrameworkIds.All)}.");
            return CliApp.Unusable;
        }

        if (json)
        {
            stdout.WriteLine(new JsonObject
            {
                ["framework"] = catalog.FrameworkId,
                ["metadata"] = Metadata(catalog.Metadata),
                ["items"] = new JsonArray([.. catalog.Items.Select(i => (JsonNode)new JsonObject
                {
                    ["id"] = i.Id,
                    ["kind"] = i.Kind,
                    ["parent"] = i.ParentId,
                    ["title"] = i.Title,
                    // The full text where the catalog may ship it (NIST, public domain) or the customer attached it; never for ISO.
                    ["text"] = i.Text,
                })]),
            }.ToJsonString(CliApp.JsonOptions));
            return CliApp.Ok;
        }

        var width = Math.Min(24, catalog.Items.Max(i => i.Id.Length)) + 1;
        stdout.WriteLine($"{"ID".PadRight(width)} {"KIND",-12} {"PARENT".PadRight(width)} TITLE");
        foreach (var i in catalog.Items)
        {
            stdout.WriteLine($"{i.Id.PadRight(width)} {i.Kind,-12} {(i.ParentId ?? "-").PadRight(width)} {i.Title}");
        }

        stdout.WriteLine();
        stdout.WriteLine($"{catalog.Items.Length} items. {catalog.Metadata.Name} {catalog.Metadata.Version}. {catalog.Metadata.Licence}");
        return CliApp.Ok;
    }

    public static int Map(string reference, string? to, bool infer, bool json, TextWriter stdout, TextWriter stderr)
    {
        if (Resolve(reference, out var problem) is not var (catalog, id))
        {
            stderr.WriteLine($"error: {problem}");
            return CliApp.Unusable;
        }

        if (to is not null && !FrameworkCatalogs.TryGet(to, out _))
        {
            stderr.WriteLine($"error: unknown framework '{to}'. Known: {string.Join(", ", FrameworkIds.All)}.");
            return CliApp.Unusable;
        }

        var framework = catalog.FrameworkId;
        var results = infer
            ? (to is null ? FrameworkIds.All.Where(f => f != framework) : [to]).SelectMany(f => Crosswalk.BuiltIn.Infer(framework, id, f)).ToList()
            : [.. Crosswalk.BuiltIn.MappingsOf(framework, id)
                .Where(r => to is null || r.Mapping.TargetFramework == to)
                .Select(r => Crosswalk.BuiltIn.Infer(framework, id, r.Mapping.TargetFramework, 1).First(x => x.Path[0] == r))];

        if (json)
        {
            stdout.WriteLine(new JsonObject
            {
                ["source"] = new JsonObject { ["framework"] = framework, ["id"] = id },
                ["mappings"] = new JsonArray([.. results.Select(r => (JsonNode)new JsonObject
                {
                    ["targetFramework"] = r.TargetFramework,
                    ["targetId"] = r.TargetId,
                    ["relationship"] = CliApp.Word(r.Relationship),
                    ["inferred"] = r.IsInferred,
                    ["confidence"] = CliApp.Word(r.Confidence),
                    ["path"] = new JsonArray([.. r.Path.Select(p => (JsonNode)new JsonObject
                    {
                        ["from"] = $"{p.Mapping.SourceFramework}:{p.Mapping.SourceId}",
                        ["to"] = $"{p.Mapping.TargetFramework}:{p.Mapping.TargetId}",
                        ["relationship"] = CliApp.Word(p.Mapping.Relationship),
                        ["rationale"] = CliApp.Word(p.Mapping.Rationale),
                        ["strength"] = p.Mapping.Strength,
                        ["confidence"] = CliApp.Word(p.Mapping.Confidence),
                        ["notes"] = p.Mapping.Notes,
                        ["set"] = p.Set.Id,
                        ["provenance"] = new JsonObject
                        {
                            ["document"] = p.Set.Provenance.SourceDocument,
                            ["version"] = p.Set.Provenance.Version,
                            ["authors"] = p.Set.Provenance.Authors,
                            ["method"] = p.Set.Provenance.Method,
                            ["status"] = CliApp.Word(p.Set.Provenance.Status),
                            ["date"] = CliApp.Date(p.Set.Provenance.Date),
                            ["licence"] = p.Set.Provenance.Licence,
                        },
                    })]),
                })]),
            }.ToJsonString(CliApp.JsonOptions));
            return CliApp.Ok;
        }

        stdout.WriteLine($"{framework}:{id} — {results.Count} mapping(s){(infer ? " (with inference)" : "")}");
        foreach (var r in results)
        {
            var via = r.IsInferred ? $"  via {string.Join(" → ", r.Path.Skip(1).Select(p => $"{p.Mapping.SourceFramework}:{p.Mapping.SourceId}"))}" : "";
            var word = r.Relationship == InferredRelationship.Unknown ? "related (relationship unknown)" : CliApp.Word(r.Relationship);
            stdout.WriteLine($"  {word,-16} {r.TargetFramework}:{r.TargetId}  [{CliApp.Word(r.Confidence)}; set {r.Path[^1].Set.Id}]{via}");
            var last = r.Path[0].Mapping;
            if (last.Notes is not null && !r.IsInferred)
            {
                stdout.WriteLine($"      {last.Notes}");
            }
        }

        return CliApp.Ok;
    }

    public static int Coverage(string? to, string? workspaceFile, bool json, TextWriter stdout, TextWriter stderr)
    {
        string[] frameworks = to is null ? [FrameworkIds.Iso27001, FrameworkIds.Iso27701, FrameworkIds.NistAiRmf, FrameworkIds.EuAiAct] : [to];
        if (frameworks.Any(f => !FrameworkCatalogs.TryGet(f, out _)) || to == FrameworkIds.Iso42001)
        {
            stderr.WriteLine($"error: unknown or unsupported target framework '{to}'.");
            return CliApp.Unusable;
        }

        if (DataCommands.Workspace(workspaceFile, stderr) is not { } workspace)
        {
            return CliApp.Unusable;
        }

        if (workspace.Soa is null)
        {
            stderr.WriteLine("note: the workspace has no Statement of Applicability, so no Annex A control counts as implemented.");
        }

        var reports = frameworks.Select(f => CoverageAnalysis.Analyze(workspace, f)).ToList();
        if (json)
        {
            stdout.WriteLine(new JsonObject
            {
                ["workspace"] = workspaceFile ?? "demo",
                ["frameworks"] = new JsonArray([.. reports.Select(r => (JsonNode)new JsonObject
                {
                    ["framework"] = r.TargetFramework,
                    ["items"] = r.Items.Length,
                    ["covered"] = r.Count(CoverageStatus.Covered),
                    ["partiallyCovered"] = r.Count(CoverageStatus.PartiallyCovered),
                    ["notCovered"] = r.Count(CoverageStatus.NotCovered),
                    ["notApplicable"] = r.Count(CoverageStatus.NotApplicable),
                    ["percentCovered"] = r.Percent(CoverageStatus.Covered),
                    ["percentPartiallyCovered"] = r.Percent(CoverageStatus.PartiallyCovered),
                    ["itemsDetail"] = new JsonArray([.. r.Items.Select(i => (JsonNode)new JsonObject
                    {
                        ["id"] = i.Item.Id,
                        ["status"] = CliApp.Word(i.Status),
                        ["reason"] = i.Reason,
                        ["mappedTo"] = new JsonArray([.. i.Mappings.Select(m => (JsonNode)JsonValue.Create(m.Mapping.TargetId)).Distinct()]),
                    })]),
                })]),
            }.ToJsonString(CliApp.JsonOptions));
            return CliApp.Ok;
        }

        stdout.WriteLine($"Coverage of other frameworks by the AIMS of {workspace.Organization} (ISO/IEC 42001 SoA{(workspace.Soa is null ? ": none" : "")})");
        foreach (var r in reports)
        {
            stdout.WriteLine($"  {r.TargetFramework,-12} {r.Items.Length,4} items: covered {r.Percent(CoverageStatus.Covered),5:0.0} %, partly {r.Percent(CoverageStatus.PartiallyCovered),5:0.0} %, "
                + $"not covered {r.Percent(CoverageStatus.NotCovered),5:0.0} %, n/a {r.Percent(CoverageStatus.NotApplicable),4:0.0} %");
        }

        if (reports.Count == 1)
        {
            foreach (var gap in reports[0].Gaps.Take(25))
            {
                stdout.WriteLine($"    gap {gap.Item.Id,-12} {gap.Item.Title} — {gap.Reason}");
            }
        }

        return CliApp.Ok;
    }

    public static int CommonControls(string? workspaceFile, bool json, TextWriter stdout, TextWriter stderr)
    {
        if (DataCommands.Workspace(workspaceFile, stderr) is not { } workspace)
        {
            return CliApp.Unusable;
        }

        var asOf = workspaceFile is null ? Aims.Samples.Demo.DemoWorkspace.AsOf : DateOnly.FromDateTime(DateTime.UtcNow);
        var groups = CommonControlSet.Build(workspace, asOf: asOf);
        if (json)
        {
            stdout.WriteLine(new JsonObject
            {
                ["workspace"] = workspaceFile ?? "demo",
                ["asOf"] = CliApp.Date(asOf),
                ["groups"] = new JsonArray([.. groups.Select(g => (JsonNode)new JsonObject
                {
                    ["id"] = g.Id,
                    ["anchor"] = g.Anchor.Key,
                    ["title"] = g.Anchor.Title,
                    ["owner"] = g.Owner,
                    ["scopedOwners"] = new JsonArray([.. g.ScopedOwners.Select(o => (JsonNode)new JsonObject { ["owner"] = o.Owner, ["scope"] = o.Scope })]),
                    ["evidence"] = new JsonArray([.. g.Evidence.Select(e => (JsonNode)JsonValue.Create(e.Title))]),
                    ["clauseBasis"] = g.ClauseBasis?.Description,
                    ["auditRequestsSaved"] = g.AuditRequestsSaved,
                    ["auditRequests"] = new JsonArray([.. g.AuditRequests.Select(r => (JsonNode)new JsonObject
                    {
                        ["item"] = r.Item.Key,
                        ["reuse"] = r.Reuse == EvidenceReuse.Full ? "full" : "partial",
                        ["basis"] = new JsonArray([.. r.Basis.Select(m => (JsonNode)JsonValue.Create(
                            $"{m.SourceFramework}:{m.SourceId} {CliApp.Word(m.Relationship)} {m.TargetFramework}:{m.TargetId} ({CliApp.Word(m.Confidence)})"))]),
                    })]),
                })]),
            }.ToJsonString(CliApp.JsonOptions));
            return CliApp.Ok;
        }

        stdout.WriteLine($"Common controls of {workspace.Organization}: {groups.Length} ISO/IEC 42001 items whose evidence answers other frameworks' audit requests "
            + $"({groups.Sum(g => g.AuditRequestsSaved)} in full, {groups.Sum(g => g.AuditRequests.Length - g.AuditRequestsSaved)} in part).");
        foreach (var g in groups)
        {
            var owner = g.Owner ?? (g.ScopedOwners.IsEmpty ? "no owner" : string.Join(", ", g.ScopedOwners.Select(o => o.Scope is null ? o.Owner : $"{o.Owner} ({o.Scope})")));
            var evidence = g.Evidence.IsEmpty ? g.ClauseBasis?.Description ?? "no evidence" : string.Join("; ", g.Evidence.Select(e => e.Title));
            stdout.WriteLine($"  {g.Anchor.Key} {g.Anchor.Title} — owner: {owner}; evidence: {evidence}");
            foreach (var r in g.AuditRequests)
            {
                stdout.WriteLine($"      {(r.Reuse == EvidenceReuse.Full ? "full   " : "partial")} {r.Item.Key} {r.Item.Title}");
            }
        }

        stdout.WriteLine("Full: equal, equivalent or a subset of the 42001 item. Partial: intersects with high confidence, or a superset; the auditor may ask for more.");
        return CliApp.Ok;
    }

    /// <summary>
    /// The catalog item a user means: <c>framework:id</c> or a bare id that one catalog holds; the id as in the catalog,
    /// in any case, or with hyphens for spaces (<c>GOVERN-1.1</c> for <c>GOVERN 1.1</c>, which needs no quotes).
    /// </summary>
    private static (FrameworkCatalog Catalog, string Id)? Resolve(string reference, out string problem)
    {
        problem = $"'{reference}' is not a known <framework>:<item> (for example iso42001:A.6.2.6 or nist-ai-rmf:GOVERN-1.1).";
        var colon = reference.IndexOf(':', StringComparison.Ordinal);
        if (colon > 0 && !FrameworkCatalogs.TryGet(reference[..colon], out _))
        {
            problem = $"unknown framework '{reference[..colon]}'. Known: {string.Join(", ", FrameworkIds.All)}.";
            return null;
        }

        var wanted = colon > 0 ? reference[(colon + 1)..] : reference;
        List<FrameworkCatalog> catalogs = colon > 0 ? [FrameworkCatalogs.Get(reference[..colon])] : [.. FrameworkIds.All.Select(FrameworkCatalogs.Get)];
        var found = catalogs.Select(c => (Catalog: c, Id: Find(c, wanted))).Where(f => f.Id is not null).ToList();
        if (found.Count > 1)
        {
            problem = $"'{reference}' is an item of several frameworks; name one: {string.Join(", ", found.Select(f => $"{f.Catalog.FrameworkId}:{f.Id}"))}.";
            return null;
        }

        return found.Count == 1 ? (found[0].Catalog, found[0].Id!) : null;
    }

    private static string? Find(FrameworkCatalog catalog, string id)
    {
        if (catalog.Contains(id))
        {
            return id;
        }

        var spaced = id.Replace('-', ' ');
        return catalog.Items.Select(i => i.Id).FirstOrDefault(i => string.Equals(i, id, StringComparison.OrdinalIgnoreCase))
            ?? catalog.Items.Select(i => i.Id).FirstOrDefault(i => string.Equals(i, spaced, StringComparison.OrdinalIgnoreCase));
    }

    private static JsonObject Metadata(FrameworkMetadata m) => new()
    {
        ["name"] = m.Name,
        ["version"] = m.Version,
        ["publisher"] = m.Publisher,
        ["licence"] = m.Licence,
        ["source"] = m.Source,
        ["date"] = CliApp.Date(m.Date),
    };
}
