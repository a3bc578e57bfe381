using System.Text.Json;
using Aims.Risk;
using Aims.Serialization.Csv;
using Aims.Serialization.Json;

namespace Aims.Cli;

/// <summary>Reads FAIR scenarios for <c>risk simulate</c> and <c>report</c>: a JSON document, or a spreadsheet (.csv) of one scenario per row.</summary>
internal static class ScenarioFile
{
    /// <summary>Reads the file and prints its diagnostics to stderr; a spreadsheet is streamed, JSON read whole within its limit.</summary>
    /// <returns>
    /// The scenarios and how to report a simulation's diagnostic (engine paths <c>/scenarios/{k}/…</c>) at its place in the
    /// file — <c>/rows/{row}/{Column}</c> in a spreadsheet, <c>/lossEventFrequency</c> in a JSON document whose one
    /// scenario is its root — or <see langword="null"/> with <paramref name="exitCode"/> set (2 unreadable, 1 problems).
    /// </returns>
    public static ScenarioInput? Read(string file, TextWriter stderr, out int exitCode)
    {
        exitCode = CliApp.Unusable;
        if (file.EndsWith(".csv", StringComparison.OrdinalIgnoreCase))
        {
            if (CliFiles.ReadStreamed(file, stderr, AimsCsv.ReadFairScenarioSheet) is not { } import)
            {
                return null;
            }

            // A spreadsheet is simulated only when every row is valid: a partial portfolio would understate the loss.
            CliDiagnostics.Print(stderr, import.Diagnostics);
            if (!import.TryGetValue(out var sheet) || sheet.Scenarios.IsEmpty)
            {
                exitCode = import.HasValue ? CliApp.Problems : CliApp.Unusable;
                return null;
            }

            exitCode = CliApp.Ok;
            return new ScenarioInput(new FairScenarioSet(Path.GetFileNameWithoutExtension(file), sheet.Scenarios), sheet.Locate);
        }

        if (CliDiagnostics.ReadFile(file, stderr) is not { } text)
        {
            return null;
        }

        var read = AimsJson.ReadFairScenarios(text);
        CliDiagnostics.Print(stderr, read.Diagnostics);
        exitCode = CliDiagnostics.ExitCode(read.Diagnostics);
        if (!read.TryGetValue(out var set))
        {
            return null;
        }

        // A document with its one scenario at the root (no "scenarios" list) has the engine's /scenarios/0/… there.
        using var document = JsonDocument.Parse(text);
        return document.RootElement.TryGetProperty("scenarios", out _)
            ? new ScenarioInput(set, d => d)
            : new ScenarioInput(set, d => d.Path.StartsWith(ScenarioInput.First, StringComparison.Ordinal) && (d.Path.Length == ScenarioInput.First.Length || d.Path[ScenarioInput.First.Length] == '/')
                ? new AimsDiagnostic(d.Code, d.Path[ScenarioInput.First.Length..], d.Message, d.Severity)
                : d);
    }
}

/// <summary>Scenarios read from a file, and how to put a simulation's diagnostic (at <c>/scenarios/{k}/…</c>) at its place in that file.</summary>
internal sealed record ScenarioInput(FairScenarioSet Set, Func<AimsDiagnostic, AimsDiagnostic> Locate)
{
    /// <summary>The engine's path of the first scenario.</summary>
    public const string First = "/scenarios/0";

    /// <summary>Puts diagnostics of <see cref="FairSimulator.RunPortfolio"/> at their place in the file.</summary>
    public IEnumerable<AimsDiagnostic> LocatePortfolio(IEnumerable<AimsDiagnostic> diagnostics) => diagnostics.Select(Locate);

    /// <summary>Puts diagnostics of <see cref="FairSimulator.Run"/> of the first scenario (paths relative to it) at their place in the file.</summary>
    public IEnumerable<AimsDiagnostic> LocateFirst(IEnumerable<AimsDiagnostic> diagnostics) =>
        diagnostics.Select(d => Locate(new AimsDiagnostic(d.Code, First + d.Path, d.Message, d.Severity)));
}
