using System.Globalization;
using System.Text.Json;
using Aims.Model;
using Aims.Samples.Demo;

namespace Aims.Cli;

/// <summary>
/// The <c>aims</c> command line. Exit codes: 0 ok, 1 validation problems found, 2 unreadable input or bad usage.
/// Every command accepts <c>--format text|json</c>; JSON goes to stdout in the shapes documented in docs/cli.md.
/// </summary>
internal static class CliApp
{
    public const int Ok = 0;
    public const int Problems = 1;
    public const int Unusable = 2;

    private const string Usage = """
        aims — ISO/IEC 42001 AI management system toolkit (sample CLI)

        Usage:
          aims demo [--format text|json]                 Summary of the built-in demo workspace
          aims catalog list <framework> [--format ...]   List a framework catalog (iso42001, iso27001, iso27701,
                                                         nist-ai-rmf, nist-ai-600-1, eu-ai-act, csa-star-ai, csa-aicm)
          aims map <framework>:<item> [--to <framework>] [--infer] [--format ...]
                                                         Mappings of an item, with provenance and inference paths
          aims coverage [--to <framework>] [--workspace <file>] [--format ...]
                                                         Coverage of other frameworks by the SoA
          aims eu-ai-act obligations --role <role> [--role ...] --category <category>
               [--annex AnnexIII.n] [--public-body] [--gpai] [--systemic-risk] [--outside-eu] [--open-source]
               [--as-of yyyy-MM-dd] [--format ...]       EU AI Act obligations with article references, the date
                                                         each applies from and whether it applies on --as-of
                                                         (default today, UTC)
          aims risk simulate <file.json|file.csv> [--trials N] [--seed S] [--threads T] [--format ...]
                                                         FAIR Monte Carlo of a scenario file, portfolio file or
                                                         spreadsheet of scenarios (one per row)
          aims risk matrix [--format ...]                The default 5×5 qualitative risk matrix
          aims export <workspace|inventory|risks|soa|mappings> [--format json|csv] [--set <id>] [--out <file>]
                                                         The demo workspace (or --workspace <file>) as an Aims document
          aims export oscal catalog <framework> | implementation | mapping <framework> <framework> [--out <file>]
                                                         OSCAL 1.2 catalog, component definition (from the SoA) or
                                                         mapping collection
          aims report [--workspace <file.json>] [--scenarios <file.json|csv>] [--trials N] --out <report.html>
                                                         Self-contained HTML board report (demo data by default)
          aims validate <file> [--kind <kind>] [--format ...]
                                                         Check any Aims JSON document, OSCAL mapping collection or CSV
                                                         table (kinds: inventory, risks, soa, mappings, fair-scenarios)
          aims import csv <kind> <file> [--out <file.json>] [--format ...]
                                                         Import a CSV table; keep good rows, report bad ones
          Options --workspace <file.json> make demo data come from a workspace file (coverage, export).
          aims --help | --version

        Exit codes: 0 ok, 1 validation problems found, 2 unreadable input or bad usage.
        """;

    internal static readonly JsonSerializerOptions JsonOptions = new() { WriteIndented = true };

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(args);
        var positional = new List<string>();
        var format = "text";
        int? trials = null, threads = null;
        string? to = null, category = null, annex = null, workspace = null, outFile = null, setId = null, kind = null, scenarios = null;
        var infer = false;
        var roles = new List<string>();
        var flags = new HashSet<string>(StringComparer.Ordinal);
        long? seed = null;
        DateOnly? asOf = null;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "-h" or "--help" or "help":
                    stdout.WriteLine(HelpFor(positional.Count > 0 ? positional[0] : null));
                    return Ok;
                case "--version":
                    stdout.WriteLine(typeof(AimsWorkspace).Assembly.GetName().Version?.ToString(3));
                    return Ok;
                case "--format" or "-f":
                    if (i + 1 >= args.Length || args[i + 1] is not ("text" or "json" or "csv"))
                    {
                        return Fail(stderr, "--format needs 'text', 'json' or 'csv'.");
                    }

                    format = args[++i];
                    break;
                case "--infer":
                    infer = true;
                    break;
                case "--public-body" or "--gpai" or "--systemic-risk" or "--outside-eu" or "--open-source":
                    flags.Add(args[i]);
                    break;
                case "--role" or "--category" or "--annex":
                    if (i + 1 >= args.Length)
                    {
                        return Fail(stderr, $"{args[i]} needs a value.");
                    }

                    var value = args[++i];
                    if (args[i - 1] == "--role")
                    {
                        roles.Add(value);
                    }
                    else if (args[i - 1] == "--category")
                    {
                        category = value;
                    }
                    else
                    {
                        annex = value;
                    }

                    break;
                case "--workspace" or "--out" or "--set" or "--kind" or "--scenarios":
                    if (i + 1 >= args.Length)
                    {
                        return Fail(stderr, $"{args[i]} needs a value.");
                    }

                    _ = args[i] switch
                    {
                        "--workspace" => workspace = args[++i],
                        "--out" => outFile = args[++i],
                        "--set" => setId = args[++i],
                        "--scenarios" => scenarios = args[++i],
                        _ => kind = args[++i],
                    };
                    break;
                case "--as-of":
                    if (i + 1 >= args.Length || !DateOnly.TryParseExact(args[i + 1], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                    {
                        return Fail(stderr, "--as-of needs a date as yyyy-MM-dd.");
                    }

                    asOf = date;
                    i++;
                    break;
                case "--to":
                    if (i + 1 >= args.Length)
                    {
                        return Fail(stderr, "--to needs a framework id.");
                    }

                    to = args[++i];
                    break;
                case "--trials" or "--seed" or "--threads":
                    if (i + 1 >= args.Length || !long.TryParse(args[i + 1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var number)
                        || (args[i] != "--seed" && number is < 1 or > int.MaxValue))
                    {
                        return Fail(stderr, $"{args[i]} needs {(args[i] == "--seed" ? "an integer" : "a positive integer")}.");
                    }

                    if (args[i] == "--seed")
                    {
                        seed = number;
                    }
                    else if (args[i] == "--trials")
                    {
                        trials = (int)number;
                    }
                    else
                    {
                        threads = (int)number;
                    }

                    i++;
                    break;
                default:
                    if (args[i].StartsWith('-'))
                    {
                        return Fail(stderr, $"Unknown option '{args[i]}'.");
                    }

                    positional.Add(args[i]);
                    break;
            }
        }

        var json = format == "json";
        if (format == "csv" && positional is not ["export", _])
        {
            return Fail(stderr, "--format csv is only for 'export'.");
        }

        return positional switch
        {
            ["export", "oscal", .. var what] => DataCommands.ExportOscal(what, workspace, outFile, stdout, stderr),
            ["export", var exportKind] => DataCommands.Export(exportKind, format == "text" ? "json" : format, workspace, setId, outFile, stdout, stderr),
            ["report"] => ReportCommand.Run(workspace, scenarios, outFile, trials, seed, stdout, stderr),
            ["validate", var file] => DataCommands.Validate(file, kind, json, stdout, stderr),
            ["import", "csv", var csvKind, var file] => DataCommands.Import(csvKind, file, outFile, json, stdout, stderr),
            ["demo"] => Demo(stdout, json),
            ["catalog", "list", var framework] => MappingCommands.CatalogList(framework, json, stdout, stderr),
            ["map", var reference] => MappingCommands.Map(reference, to, infer, json, stdout, stderr),
            ["coverage"] => MappingCommands.Coverage(to, workspace, json, stdout, stderr),
            ["eu-ai-act", "obligations"] => MappingCommands.Obligations(roles, category, annex, flags, asOf ?? DateOnly.FromDateTime(DateTime.UtcNow), json, stdout, stderr),
            ["risk", "simulate", var file] => RiskCommands.Simulate(file, trials, seed, threads, json, stdout, stderr),
            ["risk", "matrix"] => RiskCommands.Matrix(json, stdout),
            [] => Fail(stderr, "No command given."),
            _ => Fail(stderr, $"Unknown command '{string.Join(' ', positional)}'."),
        };
    }

    /// <summary>The usage lines of one command (with their continuation lines), or the whole text.</summary>
    internal static string HelpFor(string? command)
    {
        if (command is null)
        {
            return Usage;
        }

        var lines = Usage.Split('\n');
        var picked = new List<string>();
        var taking = false;
        foreach (var line in lines)
        {
            if (line.StartsWith("  aims ", StringComparison.Ordinal))
            {
                taking = line.StartsWith($"  aims {command} ", StringComparison.Ordinal) || line.TrimEnd() == $"  aims {command}";
            }
            else if (!line.StartsWith("     ", StringComparison.Ordinal))
            {
                taking = false;
            }

            if (taking)
            {
                picked.Add(line);
            }
        }

        return picked.Count == 0 ? Usage : "Usage:\n" + string.Join('\n', picked) + "\n\nExit codes: 0 ok, 1 validation problems found, 2 unreadable input or bad usage.";
    }

    private static int Fail(TextWriter stderr, string message)
    {
        stderr.WriteLine($"error: {message}");
        stderr.WriteLine(Usage);
        return Unusable;
    }

    private static int Demo(TextWriter stdout, bool json)
    {
        var workspace = DemoWorkspace.Create();
        var asOf = DemoWorkspace.AsOf;
        var validation = workspace.Validate(asOf);
        var report = BoardReport.Create(workspace, asOf);
        var gate = workspace.GatePolicies[0];
        var gates = workspace.Systems.Where(s => s.LifecycleStage <= LifecycleStage.Deployment)
            .Select(s => gate.Evaluate(s, workspace)).ToList();
        var inheritance = workspace.Systems.ToDictionary(s => s.Id, workspace.ClassificationScale.Inherit, StringComparer.Ordinal);

        if (json)
        {
            stdout.WriteLine(DemoJson.Build(workspace, asOf, validation, report, gates, inheritance).ToJsonString(JsonOptions));
        }
        else
        {
            DemoText.Write(stdout, workspace, asOf, validation, report, gates, inheritance);
        }

        return validation.IsValid ? Ok : Problems;
    }

    /// <summary>An enum member's word, the same in text, JSON and CSV output (<see cref="Vocabulary"/>).</summary>
    internal static string Word<T>(T value)
        where T : struct, Enum => Vocabulary.Word(value);

    internal static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "-";
}
