using System.Text.Json.Nodes;
using Aims.Mapping;
using Aims.Model;

namespace Aims.Cli;

/// <summary>The <c>impact-assessment check</c> command: one impact assessment, projected to a regime.</summary>
internal static class ImpactAssessmentCommands
{
    internal static readonly IReadOnlyDictionary<string, ImpactAssessmentRegime> Regimes = new Dictionary<string, ImpactAssessmentRegime>(StringComparer.OrdinalIgnoreCase)
    {
        ["fria"] = ImpactAssessmentRegime.EuAiActFria,
        ["iso42005"] = ImpactAssessmentRegime.Iso42005,
        ["dpia"] = ImpactAssessmentRegime.GdprDpia,
        ["map5"] = ImpactAssessmentRegime.NistAiRmfMap5,
    };

    public static int Check(string file, string? regimeName, bool json, TextWriter stdout, TextWriter stderr)
    {
        if (regimeName is null || !Regimes.TryGetValue(regimeName, out var regime))
        {
            stderr.WriteLine($"error: --regime must be one of {string.Join(", ", Regimes.Keys)}{(regimeName is null ? "" : $" (not '{regimeName}')")}.");
            return CliApp.Unusable;
        }

        if (DataCommands.Workspace(file, stderr) is not { } workspace)
        {
            return CliApp.Unusable;
        }

        var diagnostics = ImpactAssessmentRegimes.Check(workspace, regime);
        var errors = diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
        if (json)
        {
            stdout.WriteLine(new JsonObject
            {
                ["regime"] = regimeName.ToLowerInvariant(),
                ["assessments"] = workspace.ImpactAssessments.Length,
                ["complete"] = errors == 0,
                ["diagnostics"] = new JsonArray([.. diagnostics.Select(d => (JsonNode)new JsonObject
                {
                    ["code"] = d.Code,
                    ["path"] = d.Path,
                    ["severity"] = d.Severity.ToString().ToLowerInvariant(),
                    ["message"] = d.Message,
                })]),
            }.ToJsonString(CliApp.JsonOptions));
        }
        else
        {
            foreach (var d in diagnostics)
            {
                stdout.WriteLine($"{d.Severity.ToString().ToLowerInvariant()} {d.Code} {d.Path}: {d.Message}");
            }

            stdout.WriteLine(errors == 0
                ? $"{regimeName.ToLowerInvariant()}: complete ({diagnostics.Length} warning(s))."
                : $"{regimeName.ToLowerInvariant()}: {errors} element(s) missing, {diagnostics.Length - errors} warning(s).");
        }

        return errors == 0 ? CliApp.Ok : CliApp.Problems;
    }
}
