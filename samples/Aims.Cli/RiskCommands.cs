using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using Aims.Risk;

namespace Aims.Cli;

/// <summary>The <c>risk simulate</c> and <c>risk matrix</c> commands.</summary>
internal static class RiskCommands
{
    public static int Simulate(string file, int? trials, long? seed, int? threads, bool json, TextWriter stdout, TextWriter stderr)
    {
        if (ScenarioFile.Read(file, stderr, out var exitCode) is not { } input)
        {
            return exitCode;
        }

        var set = input.Set;

        FairSimulationOptions options;
        try
        {
            options = new FairSimulationOptions
            {
                Trials = trials ?? 100_000,
                Seed = seed ?? 1,
                MaxDegreeOfParallelism = threads ?? -1,
                FrequencyMode = set.FrequencyMode ?? FrequencyMode.PerEvent,
                VulnerabilityMode = set.VulnerabilityMode ?? VulnerabilityMode.RunAverage,
            };
            var watch = Stopwatch.StartNew();
            FairResult result;
            IReadOnlyList<ScenarioContribution> contributions = [];
            if (set.Scenarios.Length > 1)
            {
                var portfolio = FairSimulator.RunPortfolio(set.Scenarios, options, set.Name, Progress(options, stderr));
                (result, contributions) = (portfolio.Total, portfolio.Contributions);
            }
            else
            {
                result = FairSimulator.Run(set.Scenarios[0], options, Progress(options, stderr));
            }

            var elapsed = watch.Elapsed.TotalMilliseconds;
            if (json)
            {
                stdout.WriteLine(ResultJson(result, contributions, threads ?? Environment.ProcessorCount, elapsed).ToJsonString(CliApp.JsonOptions));
            }
            else
            {
                WriteText(stdout, result, contributions, elapsed);
            }

            return CliApp.Ok;
        }
        catch (FairValidationException ex)
        {
            // An engine limit crossed while running (too many events per trial, an overflow): the input's problem, exit 1,
            // reported where the file holds the value (a spreadsheet's row and column), not at the engine's path.
            CliDiagnostics.Print(stderr, set.Scenarios.Length > 1 ? input.LocatePortfolio(ex.Diagnostics) : input.LocateFirst(ex.Diagnostics));
            return CliApp.Problems;
        }
        catch (ArgumentException ex)
        {
            stderr.WriteLine($"error: {ex.Message}");
            return CliApp.Unusable;
        }
    }

    /// <summary>Progress on stderr for runs long enough to notice (a million trials or more).</summary>
    private static CliProgress? Progress(FairSimulationOptions options, TextWriter stderr) =>
        options.Trials >= 1_000_000 ? new CliProgress(stderr) : null;

    public static int Matrix(bool json, TextWriter stdout)
    {
        var matrix = RiskMatrix.Standard5x5;
        if (json)
        {
            JsonArray Levels(RiskScale scale) => [.. scale.Levels.Select(l => (JsonNode)new JsonObject
            {
                ["value"] = l.Value,
                ["label"] = l.Label,
                ["lower"] = l.Lower,
                ["upper"] = l.Upper is { } u && double.IsFinite(u) ? u : null,
            })];
            stdout.WriteLine(new JsonObject
            {
                ["appetite"] = CliApp.Word(matrix.Appetite),
                ["likelihood"] = new JsonObject { ["unit"] = matrix.Likelihood.Unit, ["levels"] = Levels(matrix.Likelihood) },
                ["impact"] = new JsonObject { ["unit"] = matrix.Impact.Unit, ["levels"] = Levels(matrix.Impact) },
                ["cells"] = new JsonArray([.. matrix.Cells.Select(c => (JsonNode)new JsonObject
                {
                    ["likelihood"] = c.Likelihood,
                    ["impact"] = c.Impact,
                    ["band"] = CliApp.Word(c.Band),
                    ["withinAppetite"] = c.WithinAppetite,
                })]),
            }.ToJsonString(CliApp.JsonOptions));
            return CliApp.Ok;
        }

        stdout.WriteLine($"Standard 5×5 risk matrix (appetite: up to {CliApp.Word(matrix.Appetite)})");
        stdout.WriteLine();
        stdout.WriteLine($"{"Likelihood \\ Impact",-30}" + string.Concat(matrix.Impact.Levels.Select(l => $"{l.Label,-12}")));
        foreach (var l in matrix.Likelihood.Levels.Reverse())
        {
            var label = string.Create(CultureInfo.InvariantCulture, $"{l.Value} {l.Label} ({Range(l)}/yr)");
            stdout.WriteLine($"{label,-30}" + string.Concat(matrix.Impact.Levels.Select(i => $"{CliApp.Word(matrix.Cell(l.Value, i.Value).Band),-12}")));
        }

        stdout.WriteLine();
        stdout.WriteLine("Impact ranges: " + string.Join(", ", matrix.Impact.Levels.Select(i => $"{i.Label} {Range(i)}")));
        return CliApp.Ok;
    }

    private static string Range(ScaleLevel level) => level.Upper is { } u && double.IsFinite(u)
        ? string.Create(CultureInfo.InvariantCulture, $"{level.Lower:#,0.##}–{u:#,0.##}")
        : string.Create(CultureInfo.InvariantCulture, $"≥ {level.Lower:#,0.##}");

    private static JsonObject ResultJson(FairResult r, IReadOnlyList<ScenarioContribution> contributions, int threads, double elapsedMs)
    {
        var percentiles = new JsonObject();
        foreach (var p in r.Percentiles)
        {
            percentiles[PercentileName(p.Probability)] = p.Value;
        }

        return new JsonObject
        {
            ["name"] = r.Name,
            ["trials"] = r.Trials,
            ["seed"] = r.Seed,
            ["threads"] = threads,
            ["frequencyMode"] = CliApp.Word(r.FrequencyMode),
            ["vulnerabilityMode"] = CliApp.Word(r.VulnerabilityMode),
            ["mean"] = r.Mean,
            ["sd"] = r.StandardDeviation,
            ["min"] = r.Min,
            ["max"] = r.Max,
            ["p50"] = r.Percentile(0.5),
            ["p90"] = r.Percentile(0.9),
            ["p95"] = r.Percentile(0.95),
            ["p99"] = r.Percentile(0.99),
            ["percentiles"] = percentiles,
            ["valueAtRisk"] = new JsonObject { ["confidence"] = r.ValueAtRiskConfidence, ["value"] = r.ValueAtRisk },
            ["expectedShortfall"] = r.ExpectedShortfall,
            ["probabilityOfZeroLoss"] = r.ProbabilityOfZeroLoss,
            ["vulnerability"] = double.IsNaN(r.Vulnerability) ? null : r.Vulnerability,
            ["lec"] = new JsonArray([.. r.LossExceedance.Select(p => (JsonNode)new JsonObject { ["loss"] = p.Loss, ["probability"] = p.Probability })]),
            ["histogram"] = new JsonArray([.. r.Histogram.Select(b => (JsonNode)new JsonObject { ["lower"] = b.Lower, ["upper"] = b.Upper, ["count"] = b.Count })]),
            ["nodes"] = new JsonArray([.. r.NodeSummaries.Select(n => (JsonNode)new JsonObject
            {
                ["node"] = CliApp.Word(n.Node),
                ["mean"] = Finite(n.Mean), // a node with no values (no loss event in any trial) has no mean: null
                ["sd"] = Finite(n.StandardDeviation),
                ["min"] = Finite(n.Min),
                ["max"] = Finite(n.Max),
            })]),
            ["contributions"] = new JsonArray([.. contributions.Select(c => (JsonNode)new JsonObject
            {
                ["name"] = c.Name,
                ["mean"] = c.Mean,
                ["sd"] = c.StandardDeviation,
                ["share"] = c.ShareOfMean,
            })]),
            ["elapsedMs"] = Math.Round(elapsedMs, 1),
        };
    }

    private static double? Finite(double x) => double.IsFinite(x) ? x : null;

    private static string PercentileName(double p) => "p" + (p * 100).ToString("0.###", CultureInfo.InvariantCulture);

    private static void WriteText(TextWriter o, FairResult r, IReadOnlyList<ScenarioContribution> contributions, double elapsedMs)
    {
        string M(double x) => x.ToString("N0", CultureInfo.InvariantCulture);
        o.WriteLine($"{r.Name}: {r.Trials:N0} trials, seed {r.Seed}, frequency {CliApp.Word(r.FrequencyMode)}, vulnerability {CliApp.Word(r.VulnerabilityMode)}, {elapsedMs:F1} ms");
        o.WriteLine($"  ALE (mean) {M(r.Mean)}   sd {M(r.StandardDeviation)}   min {M(r.Min)}   max {M(r.Max)}");
        o.WriteLine("  " + string.Join("   ", r.Percentiles.Select(p => $"{PercentileName(p.Probability)} {M(p.Value)}")));
        o.WriteLine($"  VaR({r.ValueAtRiskConfidence:P0}) {M(r.ValueAtRisk)}   expected shortfall {M(r.ExpectedShortfall)}   P(no loss) {r.ProbabilityOfZeroLoss:P1}");
        foreach (var n in r.NodeSummaries)
        {
            o.WriteLine($"  {CliApp.Word(n.Node),-28} mean {n.Mean.ToString("G6", CultureInfo.InvariantCulture),-12} sd {n.StandardDeviation.ToString("G6", CultureInfo.InvariantCulture)}");
        }

        foreach (var c in contributions.OrderByDescending(c => c.Mean).Take(10))
        {
            o.WriteLine($"  {c.Name,-30} {M(c.Mean),16} ({c.ShareOfMean:P1})");
        }
    }
}
