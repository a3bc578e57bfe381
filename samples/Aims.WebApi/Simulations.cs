using System.Globalization;
using Aims.Risk;

namespace Aims.WebApi;

/// <summary>Runs simulations within the server's <see cref="SimulationBudget"/>.</summary>
internal static class Simulations
{
    // Runs a simulation under the budget: a free slot (else 503 with Retry-After), the time limit (503) and the request's
    // cancellation; an engine limit crossed while running is 422 with the diagnostics at the caller's pointers (`where`).
    public static (T? Result, IResult? Refused) Budgeted<T>(
        Func<CancellationToken, T> run, SimulationBudget budget, HttpContext http,
        Func<IReadOnlyList<AimsDiagnostic>, IEnumerable<AimsDiagnostic>> where, CancellationToken ct)
        where T : class
    {
        if (!budget.TryEnter())
        {
            // A server state, not a problem of the request: no diagnostic code fits, so none is borrowed.
            http.Response.Headers.RetryAfter = "1";
            return (null, AimsProblems.From([], string.Create(CultureInfo.InvariantCulture, $"{budget.ConcurrentRuns} simulation(s) are already running; retry later."), StatusCodes.Status503ServiceUnavailable));
        }

        try
        {
            using var limit = CancellationTokenSource.CreateLinkedTokenSource(ct); // ct is the request's RequestAborted
            limit.CancelAfter(budget.TimeLimit);
            return (run(limit.Token), null);
        }
        catch (FairValidationException ex)
        {
            return (null, AimsProblems.From([.. where(ex.Diagnostics)], "The scenarios cannot be simulated."));
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return (null, AimsProblems.From([], string.Create(CultureInfo.InvariantCulture, $"The simulation exceeded this server's time limit of {budget.TimeLimit.TotalSeconds:0.###} s."), StatusCodes.Status503ServiceUnavailable));
        }
        finally
        {
            budget.Release();
        }
    }

    // The answer of /risk/simulate and of a finished queued simulation.
    public static object Shape(FairPortfolioResult result)
    {
        var total = result.Total;
        return new
        {
            name = total.Name,
            trials = total.Trials,
            mean = total.Mean,
            p90 = total.Percentile(0.90),
            p95 = total.Percentile(0.95),
            p99 = total.Percentile(0.99),
            expectedShortfall = total.ExpectedShortfall,
            contributions = result.Contributions.Select(c => new { name = c.Name, mean = c.Mean, share = c.ShareOfMean }),
        };
    }

    // The run's options: the registered defaults with ?trials= and ?seed= applied, or the problems with them (paths are the
    // options' JSON Pointers, as FairSimulationOptions.Validate reports them).
    public static IReadOnlyList<AimsDiagnostic>? RunOptions(IQueryCollection query, FairSimulationOptions defaults, int maxTrials, out FairSimulationOptions options)
    {
        var problems = new List<AimsDiagnostic>();
        var trials = Math.Min(defaults.Trials, maxTrials);
        var seed = defaults.Seed;
        if (query.TryGetValue("trials", out var trialsText)
            && !(int.TryParse(trialsText, NumberStyles.None, CultureInfo.InvariantCulture, out trials) && trials >= 1 && trials <= maxTrials))
        {
            problems.Add(new AimsDiagnostic(RiskDiagnosticCodes.InvalidSimulationOption, "/trials",
                string.Create(CultureInfo.InvariantCulture, $"trials must be a whole number from 1 to {maxTrials:N0} on this server.")));
        }

        if (query.TryGetValue("seed", out var seedText) && !long.TryParse(seedText, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out seed))
        {
            problems.Add(new AimsDiagnostic(RiskDiagnosticCodes.InvalidSimulationOption, "/seed", "seed must be a whole number (a 64-bit integer)."));
        }

        options = WithTrialsAndSeed(defaults, trials, seed);
        return problems.Count == 0 ? null : problems;
    }

    // The server's registered defaults with a run's own trials and seed (a request's, or a queued job's).
    public static FairSimulationOptions WithTrialsAndSeed(FairSimulationOptions defaults, int trials, long seed) => new()
    {
        Trials = trials,
        Seed = seed,
        MaxDegreeOfParallelism = defaults.MaxDegreeOfParallelism,
        MaxEventsPerTrial = defaults.MaxEventsPerTrial,
        FrequencyMode = defaults.FrequencyMode,
        VulnerabilityMode = defaults.VulnerabilityMode,
        HistogramBins = defaults.HistogramBins,
        LossThresholds = defaults.LossThresholds,
        ValueAtRiskConfidence = defaults.ValueAtRiskConfidence,
    };
}
