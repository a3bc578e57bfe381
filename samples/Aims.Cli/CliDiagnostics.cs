using Aims.Serialization.Json;

namespace Aims.Cli;

/// <summary>Prints diagnostics to stderr and maps them to the CLI's exit codes.</summary>
internal static class CliDiagnostics
{
    /// <summary>Codes meaning the input could not be read at all (exit 2), as opposed to content problems (exit 1).</summary>
    private static readonly HashSet<string> Unreadable = new(StringComparer.Ordinal)
    {
        JsonDiagnosticCodes.InvalidJson, JsonDiagnosticCodes.TooLarge, JsonDiagnosticCodes.TooDeep, JsonDiagnosticCodes.MissingEnvelope,
        JsonDiagnosticCodes.WrongKind, JsonDiagnosticCodes.UnsupportedVersion,
    };

    public static void Print(TextWriter stderr, IEnumerable<AimsDiagnostic> diagnostics)
    {
        foreach (var d in diagnostics)
        {
            var severity = CliApp.Word(d.Severity);
            // The path is the library's JSON Pointer; the whole document ("") is shown as no path.
            stderr.WriteLine(d.Path.Length == 0 ? $"{severity} {d.Code}: {d.Message}" : $"{severity} {d.Code} {d.Path}: {d.Message}");
        }
    }

    /// <summary>The exit code for a failed read: 2 when nothing could be read, else 1.</summary>
    public static int ExitCode(IEnumerable<AimsDiagnostic> diagnostics)
    {
        var errors = diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        return errors.Count == 0 ? CliApp.Ok : errors.All(e => Unreadable.Contains(e.Code)) ? CliApp.Unusable : CliApp.Problems;
    }

    /// <summary>Reads a file's text within the readers' size limit and as strict UTF-8 (<see cref="CliFiles.ReadText"/>), or prints why it cannot be read.</summary>
    public static string? ReadFile(string file, TextWriter stderr) => CliFiles.ReadText(file, stderr);
}
