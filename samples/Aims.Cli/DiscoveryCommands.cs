using System.Text.Json.Nodes;
using Aims.Model;
using Aims.Serialization.Csv;
using Aims.Serialization.Json;

namespace Aims.Cli;

/// <summary>The <c>discovery reconcile</c> command: discovered AI assets (CSV) against the workspace's inventory.</summary>
internal static class DiscoveryCommands
{
    public static int Reconcile(string file, string? workspaceFile, bool apply, string? outFile, DateOnly? asOf, bool json, TextWriter stdout, TextWriter stderr)
    {
        if (apply != (outFile is not null))
        {
            stderr.WriteLine(apply
                ? "error: --apply writes the reconciled workspace to --out <file.json>; give --out."
                : "error: --out is only for --apply (reconcile alone changes nothing).");
            return CliApp.Unusable;
        }

        if (DataCommands.Workspace(workspaceFile, stderr) is not { } workspace)
        {
            return CliApp.Unusable;
        }

        if (CliFiles.ReadStreamed(file, stderr, AimsCsv.ReadDiscoveredAssets) is not { } read)
        {
            return CliApp.Unusable;
        }

        var records = read.Records ?? default;
        if (!read.TryGetPartialValue(out var assets) || (records.Accepted == 0 && records.Read > 0))
        {
            CliDiagnostics.Print(stderr, read.Diagnostics);
            stderr.WriteLine($"error: {file}: no row could be read.");
            return CliApp.Unusable;
        }

        var reconciliation = DiscoveryReconciliation.Reconcile(workspace, assets, new DiscoveryReconciliationOptions { AsOf = asOf });
        var rejected = records.Read - records.Accepted + reconciliation.Rejected.Count;
        if (apply && !CliFiles.WriteAtomically(outFile!, AimsJson.Write(reconciliation.Apply()), stderr))
        {
            return CliApp.Unusable;
        }

        if (json)
        {
            stdout.WriteLine(Json(file, reconciliation, records, read.Diagnostics, outFile).ToJsonString(CliApp.JsonOptions));
        }
        else
        {
            CliDiagnostics.Print(stderr, read.Diagnostics);
            Text(stdout, file, reconciliation, records, outFile);
        }

        return rejected == 0 ? CliApp.Ok : CliApp.Problems;
    }

    private static void Text(TextWriter stdout, string file, DiscoveryReconciliation r, RecordCounts records, string? outFile)
    {
        stdout.WriteLine($"{file}: {records.Accepted} of {records.Read} rows read; {r.Matched.Count} matched, {r.Candidates.Count} shadow-AI candidate(s), "
            + $"{r.Ambiguous.Count} ambiguous, {r.Rejected.Count} rejected.");
        Section(stdout, "matched", r.Matched, o =>
            $"{o.Asset} -> {o.SystemIds[0]} by {CliApp.Word(o.Rule!.Value)}; last seen {CliApp.Date(o.PreviousLastSeen)} -> {CliApp.Date(o.NewLastSeen)}");
        Section(stdout, "shadow-AI candidates", r.Candidates, o =>
            $"{o.Asset}, seen {CliApp.Date(o.Asset.FirstSeen)}..{CliApp.Date(o.Asset.LastSeen)}: "
            + (o.KnownCandidateStatus is { } s ? $"already recorded ({CliApp.Word(s)})" : "new"));
        Section(stdout, "ambiguous (not applied)", r.Ambiguous, o => $"{o.Asset} -> {string.Join(", ", o.SystemIds)} by {CliApp.Word(o.Rule!.Value)}");
        Section(stdout, "rejected", r.Rejected, o => $"{o.Asset}: {o.Reason}");
        if (r.Conflicts.Length > 0)
        {
            stdout.WriteLine($"to look at ({r.Conflicts.Length}):");
            foreach (var c in r.Conflicts)
            {
                stdout.WriteLine($"  {CliApp.Word(c.Kind)}: {c.Message}");
            }
        }

        stdout.WriteLine(outFile is null
            ? "Nothing changed; --apply --out <file.json> records the last-seen dates and the candidates."
            : $"Applied: {r.Matched.Where(m => m.ChangesLastSeen).Select(m => m.SystemIds[0]).Distinct(StringComparer.Ordinal).Count()} system(s) last seen later, "
              + $"{r.Candidates.Count} candidate sighting(s) recorded for triage; written to {outFile}.");
    }

    private static void Section(TextWriter stdout, string title, IReadOnlyList<DiscoveryOutcome> outcomes, Func<DiscoveryOutcome, string> line)
    {
        if (outcomes.Count == 0)
        {
            return;
        }

        stdout.WriteLine($"{title} ({outcomes.Count}):");
        foreach (var o in outcomes)
        {
            stdout.WriteLine($"  {line(o)}");
        }
    }

    private static JsonObject Json(string file, DiscoveryReconciliation r, RecordCounts records, IEnumerable<AimsDiagnostic> diagnostics, string? outFile) => new()
    {
        ["file"] = file,
        ["recordsRead"] = records.Read,
        ["recordsAccepted"] = records.Accepted,
        ["matched"] = Outcomes(r.Matched, (o, j) =>
        {
            j["systemId"] = o.SystemIds[0];
            j["rule"] = CliApp.Word(o.Rule!.Value);
            j["previousLastSeen"] = o.PreviousLastSeen is { } p ? CliApp.Date(p) : null;
            j["newLastSeen"] = CliApp.Date(o.NewLastSeen);
        }),
        ["candidates"] = Outcomes(r.Candidates, (o, j) => j["knownStatus"] = o.KnownCandidateStatus is { } s ? CliApp.Word(s) : null),
        ["ambiguous"] = Outcomes(r.Ambiguous, (o, j) =>
        {
            j["systemIds"] = new JsonArray([.. o.SystemIds.Select(id => (JsonNode)id)]);
            j["rule"] = CliApp.Word(o.Rule!.Value);
        }),
        ["rejected"] = Outcomes(r.Rejected, (o, j) => j["reason"] = o.Reason),
        ["conflicts"] = new JsonArray([.. r.Conflicts.Select(c => (JsonNode)new JsonObject
        {
            ["asset"] = c.AssetIndex,
            ["kind"] = CliApp.Word(c.Kind),
            ["systemId"] = c.SystemId,
            ["message"] = c.Message,
        })]),
        ["applied"] = outFile is not null,
        ["out"] = outFile,
        ["diagnostics"] = new JsonArray([.. diagnostics.Select(d => (JsonNode)new JsonObject
        {
            ["code"] = d.Code,
            ["severity"] = CliApp.Word(d.Severity),
            ["path"] = d.Path,
            ["message"] = d.Message,
        })]),
    };

    private static JsonArray Outcomes(IEnumerable<DiscoveryOutcome> outcomes, Action<DiscoveryOutcome, JsonObject> details) =>
        new([.. outcomes.Select(o =>
        {
            var j = new JsonObject
            {
                ["asset"] = o.AssetIndex,
                ["source"] = CliApp.Word(o.Asset.Source),
                ["externalId"] = o.Asset.ExternalId,
                ["name"] = o.Asset.Name,
                ["lastSeen"] = CliApp.Date(o.Asset.LastSeen),
            };
            details(o, j);
            return (JsonNode)j;
        })]);
}
