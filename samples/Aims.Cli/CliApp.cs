using System.Globalization;
using System.Text.Json;
using Aims.Model;
using Aims.Risk;
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

    internal static readonly JsonSerializerOptions JsonOptions = new() { WriteIndented = true };

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(args);
        var words = CommandWords(args);
        var positional = new List<string>();
        var format = "text";
        int? trials = null, threads = null;
        string? to = null, category = null, annex = null, workspace = null, outFile = null, setId = null, kind = null, scenarios = null, currency = null, traits = null, system = null, whatIf = null, regime = null;
        var infer = false;
        var roles = new List<string>();
        var flags = new HashSet<string>(StringComparer.Ordinal);
        long? seed = null;
        DateOnly? asOf = null, onMarket = null;
        bool? emotionRecognition = null, deepFakes = null;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "-h" or "--help" or "help":
                    stdout.WriteLine(CliHelp.For(words));
                    return Ok;
                case "--version":
                    stdout.WriteLine(typeof(AimsWorkspace).Assembly.GetName().Version?.ToString(3));
                    return Ok;
                case "--format" or "-f":
                    if (i + 1 >= args.Length || args[i + 1] is not ("text" or "json" or "csv"))
                    {
                        return Fail(stderr, "--format needs 'text', 'json' or 'csv'.", words);
                    }

                    format = args[++i];
                    break;
                case "--infer":
                    infer = true;
                    break;
                case "--public-body" or "--gpai" or "--systemic-risk" or "--outside-eu" or "--open-source" or "--annex-i" or "--apply":
                    flags.Add(args[i]);
                    break;
                case "--role" or "--category" or "--annex":
                    if (i + 1 >= args.Length)
                    {
                        return Fail(stderr, $"{args[i]} needs a value.", words);
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
                case "--workspace" or "--out" or "--set" or "--kind" or "--scenarios" or "--currency" or "--traits" or "--system" or "--what-if" or "--regime":
                    if (i + 1 >= args.Length)
                    {
                        return Fail(stderr, $"{args[i]} needs a value.", words);
                    }

                    _ = args[i] switch
                    {
                        "--workspace" => workspace = args[++i],
                        "--out" => outFile = args[++i],
                        "--set" => setId = args[++i],
                        "--scenarios" => scenarios = args[++i],
                        "--currency" => currency = args[++i],
                        "--traits" => traits = args[++i],
                        "--system" => system = args[++i],
                        "--what-if" => whatIf = args[++i],
                        "--regime" => regime = args[++i],
                        _ => kind = args[++i],
                    };
                    break;
                case "--emotion-recognition" or "--deep-fake":
                    if (i + 1 >= args.Length || args[i + 1] is not ("yes" or "no"))
                    {
                        return Fail(stderr, $"{args[i]} needs 'yes' or 'no' (leave it out when not known).", words);
                    }

                    if (args[i] == "--emotion-recognition")
                    {
                        emotionRecognition = args[++i] == "yes";
                    }
                    else
                    {
                        deepFakes = args[++i] == "yes";
                    }

                    break;
                case "--as-of" or "--on-market":
                    if (i + 1 >= args.Length || !DateOnly.TryParseExact(args[i + 1], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                    {
                        return Fail(stderr, $"{args[i]} needs a date as yyyy-MM-dd.", words);
                    }

                    if (args[i] == "--as-of")
                    {
                        asOf = date;
                    }
                    else
                    {
                        onMarket = date;
                    }

                    i++;
                    break;
                case "--to":
                    if (i + 1 >= args.Length)
                    {
                        return Fail(stderr, "--to needs a framework id.", words);
                    }

                    to = args[++i];
                    break;
                case "--trials" or "--seed" or "--threads":
                    if (i + 1 >= args.Length || !long.TryParse(args[i + 1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var number)
                        || (args[i] != "--seed" && number is < 1 or > int.MaxValue))
                    {
                        return Fail(stderr, $"{args[i]} needs {(args[i] == "--seed" ? "an integer" : "a positive integer")}.", words);
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
                        return Fail(stderr, $"Unknown option '{args[i]}'.", words);
                    }

                    positional.Add(args[i]);
                    break;
            }
        }

        var json = format == "json";
        if (format == "csv" && positional is not ["export", _])
        {
            return Fail(stderr, "--format csv is only for 'export'.", words);
        }

        // Text for people escapes control, bidirectional and zero-width characters (an ESC from a member name reached the
        // terminal); JSON is escaped by its serializer, and CSV output is data, written as it is.
        stderr = TerminalText.Safe(stderr);
        if (format == "text")
        {
            stdout = TerminalText.Safe(stdout);
        }

        // Never write over an input: "report --workspace ws.json --out ws.json" replaced the workspace with HTML.
        if (outFile is not null && CliFiles.OverwrittenInput(outFile, [workspace, scenarios, .. positional]) is { } input)
        {
            stderr.WriteLine($"error: --out '{outFile}' is the input file '{input}'; choose another output file.");
            return Unusable;
        }

        return positional switch
        {
            ["export", "oscal", .. var what] => DataCommands.ExportOscal(what, workspace, outFile, stdout, stderr),
            ["export", var exportKind] => DataCommands.Export(exportKind, format == "text" ? "json" : format, workspace, setId, outFile, stdout, stderr),
            ["report"] => ReportCommand.Run(workspace, scenarios, outFile, trials, seed, currency, stdout, stderr),
            ["validate", var file] => DataCommands.Validate(file, kind, asOf ?? DateOnly.FromDateTime(DateTime.UtcNow), json, stdout, stderr),
            ["import", "csv", var csvKind, var file] => DataCommands.Import(csvKind, file, outFile, json, stdout, stderr),
            ["demo"] => Demo(stdout, json),
            ["catalog", "list", var framework] => MappingCommands.CatalogList(framework, json, stdout, stderr),
            ["discovery", "reconcile", var discovered] => DiscoveryCommands.Reconcile(discovered, workspace, flags.Contains("--apply"), outFile, asOf, json, stdout, stderr),
            ["impact-assessment", "check", var iaFile] => ImpactAssessmentCommands.Check(iaFile, regime, json, stdout, stderr),
            ["objectives", var objectivesFile] => SupportCommands.Objectives(objectivesFile, asOf ?? DateOnly.FromDateTime(DateTime.UtcNow), json, stdout, stderr),
            ["competence", var competenceFile] => SupportCommands.Competence(competenceFile, asOf ?? DateOnly.FromDateTime(DateTime.UtcNow), json, stdout, stderr),
            ["catalog", "versions"] => CatalogCommands.Versions(null, json, stdout, stderr),
            ["catalog", "versions", var framework] => CatalogCommands.Versions(framework, json, stdout, stderr),
            ["catalog", "diff", var fromKey, var toKey] => CatalogCommands.Diff(fromKey, toKey, workspace, json, stdout, stderr),
            // Unquoted "map nist-ai-rmf:GOVERN 1.1" arrives as two words.
            ["map", .. var reference] when reference.Count > 0 => MappingCommands.Map(string.Join(' ', reference), to, infer, json, stdout, stderr),
            ["coverage"] => MappingCommands.Coverage(to, workspace, json, stdout, stderr),
            ["common-controls"] => MappingCommands.CommonControls(workspace, json, stdout, stderr),
            ["eu-ai-act", "obligations"] when system is not null && (roles.Count > 0 || category is not null || annex is not null || flags.Count > 0 || onMarket is not null
                || emotionRecognition is not null || deepFakes is not null) =>
                Fail(stderr, "--system answers from the system's recorded EU AI Act facts: leave out --role, --category, --annex, --on-market and the fact options.", words),
            ["eu-ai-act", "obligations"] when system is not null => EuAiActCommands.ForSystem(system, workspace, asOf ?? DateOnly.FromDateTime(DateTime.UtcNow), json, stdout, stderr),
            ["eu-ai-act", "obligations"] when workspace is not null => Fail(stderr, "--workspace needs --system <id>: the obligations of one of its systems.", words),
            ["eu-ai-act", "obligations"] => EuAiActCommands.Obligations(
                roles, category, annex, flags, onMarket, (emotionRecognition, deepFakes), asOf ?? DateOnly.FromDateTime(DateTime.UtcNow), json, stdout, stderr),
            ["risk", "simulate", var file] => RiskCommands.Simulate(file, trials, seed, threads, json, stdout, stderr),
            ["risk", "matrix"] => RiskCommands.Matrix(json, stdout),
            ["risk", "register"] => RegisterCommand.Run(workspace, whatIf, trials, seed, json, stdout, stderr),
            ["risk", "suggest"] => ThreatCommands.Suggest(system, traits, workspace, json, stdout, stderr),
            [] => Fail(stderr, "No command given.", words),
            _ => Fail(stderr, $"Unknown command '{string.Join(' ', positional)}'.", words),
        };
    }

    /// <summary>
    /// The words naming the command (the arguments that are neither options nor option values, without "help"), so
    /// that help and usage errors speak of the command the user typed even when an option comes first.
    /// </summary>
    internal static List<string> CommandWords(IReadOnlyList<string> args)
    {
        var words = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i] is "--format" or "-f" or "--role" or "--category" or "--annex" or "--workspace" or "--out" or "--set" or "--kind"
                or "--scenarios" or "--currency" or "--traits" or "--system" or "--regime" or "--as-of" or "--on-market" or "--to" or "--trials" or "--seed" or "--threads"
                or "--emotion-recognition" or "--deep-fake")
            {
                i++;
            }
            else if (!args[i].StartsWith('-') && args[i] != "help")
            {
                words.Add(args[i]);
            }
        }

        return words;
    }

    /// <summary>A usage error: the message and the command's synopsis on stderr (not the whole help), exit 2.</summary>
    private static int Fail(TextWriter stderr, string message, IReadOnlyList<string> words)
    {
        stderr.WriteLine($"error: {message}");
        stderr.WriteLine(CliHelp.Hint(words));
        return Unusable;
    }

    /// <summary>The trials of the demo's quantified register (seed 1): figures rounded to thousands are stable at this count.</summary>
    internal const int DemoTrials = 20_000;

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
        // The register quantified, inherent vs residual: a quick run (DemoTrials), enough for the demo's rounded figures.
        var register = RiskRegisterAnalysis.Analyze(workspace, new RiskRegisterAnalysisOptions { Simulation = new FairSimulationOptions { Trials = DemoTrials } }).GetValueOrThrow();

        if (json)
        {
            stdout.WriteLine(DemoJson.Build(workspace, asOf, validation, report, gates, inheritance, register).ToJsonString(JsonOptions));
        }
        else
        {
            DemoText.Write(stdout, workspace, asOf, validation, report, gates, inheritance, register);
        }

        return validation.IsValid ? Ok : Problems;
    }

    /// <summary>An enum member's word, the same in text, JSON and CSV output (<see cref="Vocabulary"/>).</summary>
    internal static string Word<T>(T value)
        where T : struct, Enum => Vocabulary.Word(value);

    internal static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "-";
}
