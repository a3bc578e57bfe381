using System.Globalization;
using System.Text.Json.Nodes;
using Aims.Model;

namespace Aims.Cli;

/// <summary>The <c>objectives</c> (clause 6.2) and <c>competence</c> (clause 7.2) commands.</summary>
internal static class SupportCommands
{
    public static int Objectives(string file, DateOnly asOf, bool json, TextWriter stdout, TextWriter stderr)
    {
        if (DataCommands.Workspace(file, stderr) is not { } workspace)
        {
            return CliApp.Unusable;
        }

        var rows = workspace.Objectives.Select(o => (Objective: o, Status: o.StatusAt(asOf), Latest: o.LatestAsOf(asOf), Progress: o.ProgressAt(asOf))).ToList();
        if (json)
        {
            stdout.WriteLine(new JsonObject
            {
                ["asOf"] = asOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                ["objectives"] = new JsonArray([.. rows.Select(r => (JsonNode)new JsonObject
                {
                    ["id"] = r.Objective.Id,
                    ["title"] = r.Objective.Title,
                    ["owner"] = r.Objective.Owner,
                    ["measure"] = r.Objective.Measure,
                    ["unit"] = r.Objective.Unit,
                    ["direction"] = CliApp.Word(r.Objective.Direction),
                    ["target"] = r.Objective.Target,
                    ["targetDate"] = r.Objective.TargetDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    ["latest"] = r.Latest?.Value,
                    ["latestOn"] = r.Latest?.MeasuredOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    ["progress"] = r.Progress,
                    ["status"] = CliApp.Word(r.Status),
                })]),
            }.ToJsonString(CliApp.JsonOptions));
        }
        else if (rows.Count == 0)
        {
            stdout.WriteLine("No AI objectives are recorded (clause 6.2): set objectives with measures, owners, targets and dates.");
        }
        else
        {
            stdout.WriteLine($"AI objectives as of {asOf:yyyy-MM-dd} (clause 6.2)");
            foreach (var (o, status, latest, progress) in rows)
            {
                var unit = o.Unit is null ? "" : " " + o.Unit;
                var target = string.Create(CultureInfo.InvariantCulture, $"{(o.Direction == ObjectiveDirection.AtLeast ? ">=" : "<=")} {o.Target:0.###}{unit} by {o.TargetDate:yyyy-MM-dd}");
                var now = latest is null ? "not measured" : string.Create(CultureInfo.InvariantCulture, $"{latest.Value:0.###}{unit} on {latest.MeasuredOn:yyyy-MM-dd}");
                var share = progress is { } p ? string.Create(CultureInfo.InvariantCulture, $", {p:P0} of the way") : "";
                stdout.WriteLine($"  {o.Id} [{CliApp.Word(status)}] {o.Title}");
                stdout.WriteLine($"      owner {o.Owner}; target {target}; latest {now}{share}");
            }
        }

        return rows.Any(r => r.Status == ObjectiveStatus.Missed) ? CliApp.Problems : CliApp.Ok;
    }

    public static int Competence(string file, DateOnly asOf, bool json, TextWriter stdout, TextWriter stderr)
    {
        if (DataCommands.Workspace(file, stderr) is not { } workspace)
        {
            return CliApp.Unusable;
        }

        var gaps = workspace.Competence.GapsAgainst(workspace.Raci, asOf);
        if (json)
        {
            stdout.WriteLine(new JsonObject
            {
                ["asOf"] = asOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                ["requirements"] = workspace.Competence.Requirements.Length,
                ["records"] = workspace.Competence.Records.Length,
                ["currentRecords"] = workspace.Competence.Records.Count(r => r.IsCurrent(asOf)),
                ["gaps"] = new JsonArray([.. gaps.Select(g => (JsonNode)new JsonObject
                {
                    ["role"] = g.Role,
                    ["competence"] = g.Competence,
                    ["kind"] = CliApp.Word(g.Kind),
                    ["message"] = g.Message,
                })]),
            }.ToJsonString(CliApp.JsonOptions));
        }
        else
        {
            stdout.WriteLine($"Competence as of {asOf:yyyy-MM-dd} (clause 7.2): {workspace.Competence.Requirements.Length} requirement(s), "
                + $"{workspace.Competence.Records.Count(r => r.IsCurrent(asOf))} of {workspace.Competence.Records.Length} record(s) current, {gaps.Count} gap(s)");
            foreach (var gap in gaps)
            {
                stdout.WriteLine($"  {CliApp.Word(gap.Kind)}: {gap.Message}");
            }
        }

        return gaps.Count == 0 ? CliApp.Ok : CliApp.Problems;
    }
}
