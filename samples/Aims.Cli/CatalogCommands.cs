using System.Text.Json.Nodes;
using Aims.Mapping;
using Aims.Model;

namespace Aims.Cli;

/// <summary>The <c>catalog versions</c> and <c>catalog diff</c> commands: regulation as versioned data.</summary>
internal static class CatalogCommands
{
    public static int Versions(string? framework, bool json, TextWriter stdout, TextWriter stderr)
    {
        var versions = framework is null ? FrameworkVersions.All : FrameworkVersions.Of(framework);
        if (versions.IsEmpty)
        {
            stderr.WriteLine($"error: unknown framework '{framework}'. Known: {string.Join(", ", FrameworkVersions.All.Select(v => v.FrameworkId).Distinct())}.");
            return CliApp.Unusable;
        }

        if (json)
        {
            stdout.WriteLine(new JsonArray([.. versions.Select(v => (JsonNode)Version(v))]).ToJsonString(CliApp.JsonOptions));
            return CliApp.Ok;
        }

        var width = versions.Max(v => v.Key.Length) + 1;
        stdout.WriteLine($"{"VERSION".PadRight(width)} {"STATUS",-20} {"FROM",-10} {"UNTIL",-10} EDITION");
        foreach (var v in versions)
        {
            var m = v.Catalog.Metadata;
            stdout.WriteLine($"{v.Key.PadRight(width)} {Status(v.Status),-20} {CliApp.Date(m.EffectiveFrom),-10} {CliApp.Date(m.EffectiveUntil),-10} {m.Version}");
        }

        return CliApp.Ok;
    }

    public static int Diff(string fromKey, string toKey, string? workspaceFile, bool json, TextWriter stdout, TextWriter stderr)
    {
        foreach (var key in new[] { fromKey, toKey })
        {
            if (!FrameworkVersions.TryGet(key, out _))
            {
                stderr.WriteLine($"error: unknown framework version '{key}'. Known: {string.Join(", ", FrameworkVersions.All.Select(v => v.Key))}.");
                return CliApp.Unusable;
            }
        }

        var from = FrameworkVersions.Get(fromKey);
        var to = FrameworkVersions.Get(toKey);
        if (from.FrameworkId != to.FrameworkId)
        {
            stderr.WriteLine($"error: compare two versions of one framework ({from.Key} and {to.Key} are not).");
            return CliApp.Unusable;
        }

        AimsWorkspace? workspace = null;
        if (workspaceFile is not null && (workspace = DataCommands.Workspace(workspaceFile, stderr)) is null)
        {
            return CliApp.Unusable;
        }

        var diff = CatalogDiff.Compare(from, to);
        var impacts = workspace is null ? [] : diff.ImpactOn(workspace);
        if (json)
        {
            stdout.WriteLine(new JsonObject
            {
                ["from"] = Version(from),
                ["to"] = Version(to),
                ["summary"] = diff.Summary(),
                ["changes"] = new JsonArray([.. diff.Changes.Select(c => (JsonNode)new JsonObject
                {
                    ["kind"] = Kebab(c.Kind.ToString()),
                    ["itemId"] = c.ItemId,
                    ["newItemId"] = c.NewItemId,
                    ["oldTitle"] = c.OldTitle,
                    ["newTitle"] = c.NewTitle,
                    ["oldDate"] = JsonDate(c.OldDate),
                    ["newDate"] = JsonDate(c.NewDate),
                    ["changedBy"] = c.ChangedBy,
                    ["certainty"] = c.Certainty?.ToString().ToLowerInvariant(),
                    ["basis"] = c.Basis,
                    ["description"] = c.Description,
                })]),
                ["workspace"] = workspace is null ? null : new JsonObject
                {
                    ["organization"] = workspace.Organization,
                    ["impacts"] = new JsonArray([.. impacts.Select(i => (JsonNode)new JsonObject
                    {
                        ["kind"] = Kebab(i.Kind.ToString()),
                        ["path"] = i.Path,
                        ["subjectId"] = i.SubjectId,
                        ["itemIds"] = new JsonArray([.. i.ItemIds.Select(x => (JsonNode)x)]),
                        ["action"] = i.Action,
                    })]),
                },
            }.ToJsonString(CliApp.JsonOptions));
            return CliApp.Ok;
        }

        stdout.WriteLine($"{from.Key} ({Status(from.Status)}) → {to.Key} ({Status(to.Status)}): {diff.Summary()}.");
        foreach (var c in diff.Changes)
        {
            stdout.WriteLine($"  {Kebab(c.Kind.ToString()),-12} {c.ItemId,-22} {c.Description}");
        }

        if (workspace is not null)
        {
            stdout.WriteLine();
            stdout.WriteLine(impacts.IsEmpty
                ? $"Nothing in the workspace of {workspace.Organization} depends on these changes."
                : $"{impacts.Length} records of {workspace.Organization} to review:");
            foreach (var i in impacts)
            {
                stdout.WriteLine($"  {Kebab(i.Kind.ToString()),-14} {i.Path,-24} {i.SubjectId,-14} {i.Action}");
            }
        }

        return CliApp.Ok;
    }

    private static JsonObject Version(FrameworkVersion v) => new()
    {
        ["key"] = v.Key,
        ["framework"] = v.FrameworkId,
        ["label"] = v.Label,
        ["edition"] = v.Catalog.Metadata.Version,
        ["status"] = Kebab(v.Status.ToString()),
        ["effectiveFrom"] = JsonDate(v.Catalog.Metadata.EffectiveFrom),
        ["effectiveUntil"] = JsonDate(v.Catalog.Metadata.EffectiveUntil),
        ["items"] = v.Catalog.Items.Length,
        ["source"] = v.Catalog.Metadata.Source,
    };

    private static string? JsonDate(DateOnly? date) => date is null ? null : CliApp.Date(date);

    private static string Status(FrameworkStatus status) => Kebab(status.ToString());

    /// <summary>PascalCase to kebab-case: <c>DateMoved</c> → <c>date-moved</c>.</summary>
    internal static string Kebab(string name) =>
        string.Concat(name.Select((c, i) => char.IsUpper(c) ? (i > 0 ? "-" : "") + char.ToLowerInvariant(c) : c.ToString()));
}
