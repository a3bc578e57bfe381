using System.Globalization;
using Aims.Model;
using Aims.Reporting;
using Aims.Risk;
using Aims.Samples.Demo;

namespace Aims.Cli;

/// <summary>The <c>report</c> command: the HTML board report of <see cref="BoardReportPage"/>.</summary>
internal static class ReportCommand
{
    public static int Run(string? workspaceFile, string? scenariosFile, string? outFile, int? trials, long? seed, string? currency, TextWriter stdout, TextWriter stderr)
    {
        if (currency is not null && (currency.Length != 3 || !currency.All(char.IsAsciiLetterUpper)))
        {
            stderr.WriteLine($"error: --currency '{currency}' is not an ISO 4217 code; give three upper-case letters, for example EUR or USD.");
            return CliApp.Unusable;
        }

        if (outFile is null)
        {
            stderr.WriteLine("error: report needs --out <report.html>.");
            return CliApp.Unusable;
        }

        if (DataCommands.Workspace(workspaceFile, stderr) is not { } workspace)
        {
            return CliApp.Unusable;
        }

        // The demo's reporting date keeps its report stable; a workspace file is reported as of today.
        var asOf = workspaceFile is null ? DemoWorkspace.AsOf : DateOnly.FromDateTime(DateTime.Today);
        var simulation = new FairSimulationOptions { Trials = trials ?? 100_000, Seed = seed ?? 1 };
        if (simulation.Validate() is { IsValid: false } invalid)
        {
            // For example --trials 50000001: the options' own diagnostics, not a stack trace (exit 2: the command line is unusable).
            CliDiagnostics.Print(stderr, invalid.Diagnostics);
            return CliApp.Unusable;
        }

        FairPortfolioResult? portfolio = null;
        RiskRegisterAnalysis? register = null;
        var scenarioCount = 0;
        var status = CliApp.Ok;
        if (scenariosFile is not null)
        {
            // A scenarios file replaces the register's own scenarios: one curve, no residual.
            if (ScenarioFile.Read(scenariosFile, stderr, out var exitCode) is not { } input)
            {
                return exitCode;
            }

            var set = input.Set;

            try
            {
                portfolio = FairSimulator.RunPortfolio(set.Scenarios, set.ApplySemantics(simulation), set.Name, new CliProgress(stderr));
                scenarioCount = set.Scenarios.Length;
            }
            catch (FairValidationException ex)
            {
                // Where the file holds the value (a spreadsheet's row and column), not at the engine's /scenarios/{k}.
                CliDiagnostics.Print(stderr, ex.Diagnostics.Select(input.Locate));
                return CliApp.Problems;
            }
        }
        else if (workspace.Risks.Any(r => r.Scenario is not null))
        {
            // The register's own scenarios, inherent and residual (the measured controls the SoA marks implemented).
            var result = RiskRegisterAnalysis.Analyze(workspace, new RiskRegisterAnalysisOptions { Simulation = simulation });
            CliDiagnostics.Print(stderr, result.Diagnostics);
            if (!result.TryGetPartialValue(out register))
            {
                return CliApp.Problems;
            }

            scenarioCount = register.Risks.Length;
            status = result.IsValid ? CliApp.Ok : CliApp.Problems;
        }

        var page = BoardReportPage.Create(workspace, asOf, portfolio, currency: currency, register: register);
        if (!CliFiles.WriteAtomically(outFile, page.ToHtml(), stderr))
        {
            return CliApp.Unusable;
        }

        stdout.WriteLine($"{outFile}: board report of {workspace.Organization} as of {asOf:yyyy-MM-dd} ({Count(workspace.Systems.Length, "system")}, {Count(workspace.Risks.Length, "risk")}{(scenarioCount == 0 ? "" : $", {Count(scenarioCount, "FAIR scenario")}")}{(register is null ? "" : ", inherent and residual")}).");
        if (page.ErrorCount > 0)
        {
            // Written, but not silently: the page opens with a data-quality banner and the exit code says so.
            stderr.WriteLine($"warning: the workspace has {Count(page.ErrorCount, "validation error")}; the report shows a data-quality banner. Run 'aims validate' for the list.");
            return CliApp.Problems;
        }

        return status;
    }

    private static string Count(int count, string noun) => string.Create(CultureInfo.InvariantCulture, $"{count} {noun}{(count == 1 ? "" : "s")}");
}
