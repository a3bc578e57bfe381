using System.Globalization;
using System.Text.Json;
using Aims.Risk;
using Aims.Serialization.Json;
using Aims.WebApi.Data;
using Microsoft.EntityFrameworkCore;

namespace Aims.WebApi.Hosting;

/// <summary>
/// Runs the durable queue's simulations (<c>simulation_jobs</c>) in the background. Any number of instances may run one:
/// a job is claimed by a conditional update that only one of them can win, and held by a lease
/// (<c>Aims:Queue:Lease</c>, default 10 minutes) that makes it claimable again if its instance dies. Each run takes a
/// slot of the instance's <see cref="SimulationBudget"/> and stops after <c>Aims:Queue:TimeLimit</c> (default 5 minutes).
/// </summary>
internal sealed partial class SimulationWorker(IServiceProvider services, TimeProvider clock, SimulationBudget budget, IConfiguration configuration, ILogger<SimulationWorker> logger)
    : BackgroundService
{
    private readonly string _instance = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!configuration.GetValue("Aims:Queue:Worker", true))
        {
            return; // this instance only serves requests; others run the queue
        }

        var poll = configuration.GetValue("Aims:Queue:PollInterval", TimeSpan.FromSeconds(1));
        while (!stoppingToken.IsCancellationRequested)
        {
            bool worked;
            try
            {
                worked = await TryRunOneAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogFailed(logger, ex);
                worked = false;
            }

            if (!worked)
            {
                await Task.Delay(poll, clock, stoppingToken);
            }
        }
    }

    private async Task<bool> TryRunOneAsync(CancellationToken stoppingToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AimsDbContext>();
        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();

        // The worker serves every tenant: the one place the tenant filter is lifted, to find and claim a job; the job's
        // own tenant is then the scope's tenant.
        var jobs = db.SimulationJobs.IgnoreQueryFilters();
        var id = await jobs.Where(j => j.Status == SimulationJobStatus.Queued || (j.Status == SimulationJobStatus.Running && j.LeaseUntil < now))
            .OrderBy(j => j.Id).Select(j => j.Id).FirstOrDefaultAsync(stoppingToken);
        if (id == 0 || !budget.TryEnter())
        {
            return false;
        }

        try
        {
            var lease = (long)configuration.GetValue("Aims:Queue:Lease", TimeSpan.FromMinutes(10)).TotalMilliseconds;
            var claimed = await jobs.Where(j => j.Id == id && (j.Status == SimulationJobStatus.Queued || (j.Status == SimulationJobStatus.Running && j.LeaseUntil < now)))
                .ExecuteUpdateAsync(s => s.SetProperty(j => j.Status, SimulationJobStatus.Running).SetProperty(j => j.LeaseOwner, _instance)
                    .SetProperty(j => j.LeaseUntil, now + lease).SetProperty(j => j.Attempts, j => j.Attempts + 1), stoppingToken);
            if (claimed != 1)
            {
                return true; // another instance was faster
            }

            var job = await jobs.AsNoTracking().SingleAsync(j => j.Id == id, stoppingToken);
            scope.ServiceProvider.GetRequiredService<TenantContext>().Set(job.TenantId);
            var (status, result, problem) = Run(job, scope.ServiceProvider.GetRequiredService<IFairSimulator>().Options, stoppingToken);
            await jobs.Where(j => j.Id == id && j.LeaseOwner == _instance)
                .ExecuteUpdateAsync(s => s.SetProperty(j => j.Status, status).SetProperty(j => j.Result, result).SetProperty(j => j.Problem, problem)
                    .SetProperty(j => j.FinishedAt, clock.GetUtcNow()), stoppingToken);
            LogRan(logger, id, job.TenantId, status);
            return true;
        }
        finally
        {
            budget.Release();
        }
    }

    private (string Status, string? Result, string? Problem) Run(SimulationJob job, FairSimulationOptions defaults, CancellationToken stoppingToken)
    {
        // The document was read whole when it was queued.
        var set = AimsJson.ReadFairScenarios(job.Scenarios).GetValueOrThrow();
        var options = new FairSimulationOptions
        {
            Trials = job.Trials,
            Seed = job.Seed,
            MaxDegreeOfParallelism = defaults.MaxDegreeOfParallelism,
            MaxEventsPerTrial = defaults.MaxEventsPerTrial,
            FrequencyMode = defaults.FrequencyMode,
            VulnerabilityMode = defaults.VulnerabilityMode,
            HistogramBins = defaults.HistogramBins,
            LossThresholds = defaults.LossThresholds,
            ValueAtRiskConfidence = defaults.ValueAtRiskConfidence,
        };
        var limit = configuration.GetValue("Aims:Queue:TimeLimit", TimeSpan.FromMinutes(5));
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        cts.CancelAfter(limit);
        try
        {
            var result = FairSimulator.RunPortfolio(set.Scenarios, set.ApplySemantics(options), set.Name, cancellationToken: cts.Token);
            return (SimulationJobStatus.Succeeded, JsonSerializer.Serialize(Simulations.Shape(result)), null);
        }
        catch (FairValidationException ex)
        {
            return (SimulationJobStatus.Failed, null, JsonSerializer.Serialize(AimsProblems.Shape(ex.Diagnostics)));
        }
        catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
        {
            return (SimulationJobStatus.Failed, null, JsonSerializer.Serialize(string.Create(CultureInfo.InvariantCulture, $"The simulation exceeded the queue's time limit of {limit.TotalSeconds:0.###} s.")));
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Simulation job {JobId} of tenant {TenantId}: {Status}.")]
    private static partial void LogRan(ILogger logger, long jobId, string tenantId, string status);

    [LoggerMessage(Level = LogLevel.Error, Message = "The simulation worker failed; it goes on polling.")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
