using System.Globalization;
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

        // The portfolio is the workspace's own risk scenarios (the demo's risks carry theirs), unless a file replaces it.
        var set = scenariosFile is null ? workspace.RiskScenarios : null;
        if (scenariosFile is not null)
        {
            set = ScenarioFile.Read(scenariosFile, stderr, out var exitCode);
            if (set is null)
            {
                return exitCode;
            }
        }

        // The demo's reporting date keeps its report stable; a workspace file is reported as of today.
        var asOf = workspaceFile is null ? DemoWorkspace.AsOf : DateOnly.FromDateTime(DateTime.Today);
        FairPortfolioResult? portfolio = null;
        if (set is not null)
        {
            var options = set.ApplySemantics(new FairSimulationOptions { Trials = trials ?? 100_000, Seed = seed ?? 1 });
            if (options.Validate() is { IsValid: false } invalid)
            {
                // For example --trials 50000001: the options' own diagnostics, not a stack trace (exit 2: the command line is unusable).
                CliDiagnostics.Print(stderr, invalid.Diagnostics);
                return CliApp.Unusable;
            }

            try
            {
                portfolio = FairSimulator.RunPortfolio(set.Scenarios, options, set.Name, new CliProgress(stderr));
            }
            catch (FairValidationException ex)
            {
                CliDiagnostics.Print(stderr, ex.Diagnostics);
                return CliApp.Problems;
            }
        }

        var page = BoardReportPage.Create(workspace, asOf, portfolio, currency: currency);
        if (!CliFiles.WriteAtomically(outFile, page.ToHtml(), stderr))
        {
            return CliApp.Unusable;
        }

        stdout.WriteLine($"{outFile}: board report of {workspace.Organization} as of {asOf:yyyy-MM-dd} ({Count(workspace.Systems.Length, "system")}, {Count(workspace.Risks.Length, "risk")}{(portfolio is null ? "" : $", {Count(set!.Scenarios.Length, "FAIR scenario")}")}).");
        if (page.ErrorCount > 0)
        {
            // Written, but not silently: the page opens with a data-quality banner and the exit code says so.
            stderr.WriteLine($"warning: the workspace has {Count(page.ErrorCount, "validation error")}; the report shows a data-quality banner. Run 'aims validate' for the list.");
            return CliApp.Problems;
        }

        return CliApp.Ok;
    }

    private static string Count(int count, string noun) => string.Create(CultureInfo.InvariantCulture, $"{count} {noun}{(count == 1 ? "" : "s")}");
}
