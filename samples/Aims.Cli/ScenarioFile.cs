using Aims.Risk;
using Aims.Serialization.Csv;
using Aims.Serialization.Json;

namespace Aims.Cli;

/// <summary>Reads FAIR scenarios for <c>risk simulate</c> and <c>report</c>: a JSON document, or a spreadsheet (.csv) of one scenario per row.</summary>
internal static class ScenarioFile
{
    /// <summary>Reads the file and prints its diagnostics to stderr.</summary>
    /// <returns>The scenarios, or <see langword="null"/> with <paramref name="exitCode"/> set (2 unreadable, 1 problems).</returns>
    public static FairScenarioSet? Read(string file, TextWriter stderr, out int exitCode)
    {
        exitCode = CliApp.Unusable;
        if (CliDiagnostics.ReadFile(file, stderr) is not { } text)
        {
            return null;
        }

        if (file.EndsWith(".csv", StringComparison.OrdinalIgnoreCase))
        {
            // A spreadsheet is simulated only when every row is valid: a partial portfolio would understate the loss.
            var import = AimsCsv.ReadFairScenarios(new StringReader(text));
            CliDiagnostics.Print(stderr, import.Diagnostics);
            if (!import.TryGetValue(out var scenarios) || scenarios.Count == 0)
            {
                exitCode = import.HasValue ? CliApp.Problems : CliApp.Unusable;
                return null;
            }

            exitCode = CliApp.Ok;
            return new FairScenarioSet(Path.GetFileNameWithoutExtension(file), scenarios);
        }

        var read = AimsJson.ReadFairScenarios(text);
        CliDiagnostics.Print(stderr, read.Diagnostics);
        exitCode = CliDiagnostics.ExitCode(read.Diagnostics);
        return read.TryGetValue(out var set) ? set : null;
    }
}
