using System.Globalization;
using System.Text.Json.Nodes;
using Aims.Model;
using Aims.Risk;

namespace Aims.Cli;

/// <summary>The <c>risk register</c> command: inherent, residual and what-if risk of every quantified risk, computed from the SoA's implemented controls.</summary>
internal static class RegisterCommand
{
    public static int Run(string? workspaceFile, string? whatIfList, int? trials, long? seed, bool json, TextWriter stdout, TextWriter stderr)
    {
        if (DataCommands.Workspace(workspaceFile, stderr) is not { } workspace)
        {
            return CliApp.Unusable;
        }

        var whatIf = (whatIfList ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var options = new RiskRegisterAnalysisOptions
        {
            Simulation = new FairSimulationOptions { Trials = trials ?? RiskRegisterAnalysisOptions.DefaultTrials, Seed = seed ?? 1 },
            WhatIf = [.. whatIf],
        };
        if (options.Simulation.Validate() is { IsValid: false } invalid)
        {
            CliDiagnostics.Print(stderr, invalid.Diagnostics);
            return CliApp.Unusable;
        }

        var result = RiskRegisterAnalysis.Analyze(workspace, options);
        CliDiagnostics.Print(stderr, result.Diagnostics);
        if (!result.TryGetPartialValue(out var analysis))
        {
            return CliApp.Problems;
        }

        if (json)
        {
            stdout.WriteLine(Json(analysis, workspace.Currency, options).ToJsonString(CliApp.JsonOptions));
        }
        else
        {
            Text(analysis, workspace.Currency, options, stdout);
        }

        return result.IsValid ? CliApp.Ok : CliApp.Problems;
    }

    private static JsonObject Figures(FairResult r) => new()
    {
        ["ale"] = r.Mean,
        ["p90"] = r.Percentile(0.90),
        ["p95"] = r.Percentile(0.95),
        ["p99"] = r.Percentile(0.99),
        ["lossEventsPerYear"] = r.SummaryOf(FairNode.LossEventFrequency)?.Mean,
    };

    private static JsonObject Json(RiskRegisterAnalysis a, string? currency, RiskRegisterAnalysisOptions options)
    {
        JsonObject Portfolio(FairPortfolioResult p) => new() { ["ale"] = p.Total.Mean, ["p90"] = p.Total.Percentile(0.90), ["p95"] = p.Total.Percentile(0.95), ["p99"] = p.Total.Percentile(0.99) };
        return new JsonObject
        {
            ["currency"] = currency,
            ["trials"] = options.Simulation.Trials,
            ["seed"] = options.Simulation.Seed,
            ["whatIf"] = new JsonArray([.. a.WhatIf.Select(id => (JsonNode)id)]),
            ["portfolio"] = new JsonObject
            {
                ["inherent"] = Portfolio(a.Inherent),
                ["residual"] = Portfolio(a.Residual),
                ["whatIf"] = a.WhatIfResidual is { } w ? Portfolio(w) : null,
            },
            ["risks"] = new JsonArray([.. a.Risks.Select(r => (JsonNode)new JsonObject
            {
                ["id"] = r.RiskId,
                ["title"] = r.Title,
                ["inherent"] = Figures(r.Inherent),
                ["residual"] = Figures(r.Residual),
                ["whatIf"] = r.WhatIf is { } w ? Figures(w) : null,
                ["inherentCell"] = r.InherentCell?.ToString(),
                ["residualCell"] = r.ResidualCell?.ToString(),
                ["controls"] = new JsonArray([.. r.Controls.Select(c => (JsonNode)new JsonObject
                {
                    ["controlId"] = c.ControlId,
                    ["name"] = c.Name,
                    ["function"] = c.Function is { } f ? Vocabulary.Word(f) : null,
                    ["status"] = c.Status is { } s ? Vocabulary.Word(s) : null,
                    ["inResidual"] = c.InResidual,
                    ["inWhatIf"] = c.InWhatIf,
                    ["annualCost"] = c.AnnualCost,
                    ["aleReductionAlone"] = c.ReductionAlone,
                })]),
            })]),
            ["unquantified"] = new JsonArray([.. a.UnquantifiedRiskIds.Select(id => (JsonNode)id)]),
            ["opportunities"] = new JsonArray([.. a.Opportunities.Select(o => (JsonNode)new JsonObject
            {
                ["controlId"] = o.ControlId,
                ["name"] = o.Name,
                ["status"] = o.Status is { } s ? Vocabulary.Word(s) : null,
                ["annualCost"] = o.AnnualCost,
                ["aleReduction"] = o.AleReduction,
                ["p95Reduction"] = o.P95Reduction,
                ["reductionPerCost"] = o.ReductionPerCost,
                ["returnOnInvestment"] = o.ReturnOnInvestment,
                ["riskIds"] = new JsonArray([.. o.RiskIds.Select(id => (JsonNode)id)]),
            })]),
        };
    }

    private static void Text(RiskRegisterAnalysis a, string? currency, RiskRegisterAnalysisOptions options, TextWriter stdout)
    {
        string Money(double x) => x.ToString("N0", CultureInfo.InvariantCulture) + (currency is null ? "" : " " + currency);
        var what = a.WhatIf.IsEmpty ? "" : $"; what-if: {string.Join(", ", a.WhatIf)}";
        stdout.WriteLine($"Risk register: {a.Risks.Length} quantified risk(s), {options.Simulation.Trials:N0} trials, seed {options.Simulation.Seed}{what}.");
        stdout.WriteLine("Residual counts the measured controls the SoA marks implemented; inherent counts none.");
        foreach (var r in a.Risks)
        {
            stdout.WriteLine();
            stdout.WriteLine($"{r.RiskId}  {r.Title}");
            stdout.WriteLine($"  inherent  ALE {Money(r.Inherent.Mean)}, P95 {Money(r.Inherent.Percentile(0.95))}{Cell(r.InherentCell)}");
            stdout.WriteLine($"  residual  ALE {Money(r.Residual.Mean)}, P95 {Money(r.Residual.Percentile(0.95))}{Cell(r.ResidualCell)}");
            if (r.WhatIf is { } w)
            {
                stdout.WriteLine($"  what-if   ALE {Money(w.Mean)}, P95 {Money(w.Percentile(0.95))}");
            }

            foreach (var c in r.Controls)
            {
                var counts = c.InResidual ? "counted" : c.InWhatIf ? "what-if" : "not counted";
                var status = c.Status is { } s ? Spaced(Vocabulary.Word(s)) : "not in the SoA";
                stdout.WriteLine($"  {c.ControlId,-8} {c.Name} ({status}, {counts}): alone −{Money(c.ReductionAlone)} a year");
            }
        }

        stdout.WriteLine();
        stdout.WriteLine($"Portfolio  inherent ALE {Money(a.Inherent.Total.Mean)} (P95 {Money(a.Inherent.Total.Percentile(0.95))}), residual ALE {Money(a.Residual.Total.Mean)} (P95 {Money(a.Residual.Total.Percentile(0.95))})"
            + (a.WhatIfResidual is { } p ? $", what-if ALE {Money(p.Total.Mean)} (P95 {Money(p.Total.Percentile(0.95))})" : "") + ".");
        if (!a.UnquantifiedRiskIds.IsEmpty)
        {
            stdout.WriteLine($"Not quantified (no FAIR scenario, in no figure): {string.Join(", ", a.UnquantifiedRiskIds)}.");
        }

        if (!a.Opportunities.IsEmpty)
        {
            stdout.WriteLine("Measured controls not yet implemented, by ALE reduction per unit cost:");
            foreach (var o in a.Opportunities)
            {
                stdout.WriteLine($"  {o.ControlId,-8} −{Money(o.AleReduction)} a year for {Money(o.AnnualCost)} ({o.ReductionPerCost.ToString("0.00", CultureInfo.InvariantCulture)} per unit; ROI {o.ReturnOnInvestment.ToString("P0", CultureInfo.InvariantCulture)}) on {string.Join(", ", o.RiskIds)}");
            }
        }

        static string Cell(MatrixCell? cell) => cell is null ? "" : $"  [{cell}]";

        // "inProgress" reads as "in progress" in text; JSON keeps the vocabulary word.
        static string Spaced(string word) => string.Concat(word.Select(c => char.IsUpper(c) ? " " + char.ToLowerInvariant(c) : c.ToString()));
    }
}
