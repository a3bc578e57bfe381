using System.Globalization;
using System.Text.Json;
using Aims.Risk;
using Aims.Serialization.Json;
using Aims.WebApi.Data;
using Microsoft.EntityFrameworkCore;

namespace Aims.WebApi.Hosting;

/// <summary>
/// The durable simulation queue on the engine's partial/merge contract. <see cref="EnqueueAsync"/> splits a job into
/// <see cref="SimulationChunk"/> rows of <c>Aims:Queue:ChunksPerTask</c> engine chunks (default 8, 65,536 trials);
/// <see cref="RunOnceAsync"/>, called by the <see cref="SimulationWorker"/> of every instance, claims one chunk with a
/// conditional update that only one instance can win (on PostgreSQL as on SQLite), runs it under a lease
/// (<c>Aims:Queue:Lease</c>, default 10 minutes) after which a chunk of a dead instance is claimed again, stores its
/// partial result, and merges a job once all its chunks are done (the merge is claimed under the same kind of lease).
/// A chunk claimed <c>Aims:Queue:MaxAttempts</c> times (default 3) without finishing fails its job.
/// </summary>
/// <remarks>
/// The merged result has the same trials, mean and contributions as one <see cref="FairSimulator.RunPortfolio"/> of the
/// job, and percentiles and expected shortfall within <see cref="FairPartialResult.PercentileRelativeError"/>; it is
/// the same however the chunks were spread over instances. The queue is the one place that reads across tenants (to
/// find work); each job is then run as its own tenant's. Thread-safe: each call uses its own database scope.
/// </remarks>
public sealed partial class DurableSimulations(IServiceProvider services, TimeProvider clock, SimulationBudget budget, IConfiguration configuration, ILogger<DurableSimulations> logger)
{
    /// <summary>The default of <c>Aims:Queue:ChunksPerTask</c>: 8 engine chunks (65,536 trials) per row.</summary>
    public const int DefaultChunksPerTask = 8;

    /// <summary>The default of <c>Aims:Queue:MaxAttempts</c>: a chunk is claimed at most 3 times before its job fails.</summary>
    public const int DefaultMaxAttempts = 3;

    private long Lease => (long)configuration.GetValue("Aims:Queue:Lease", TimeSpan.FromMinutes(10)).TotalMilliseconds;

    /// <summary>Stores a job and its chunk rows in one transaction.</summary>
    /// <param name="db">The request's context.</param>
    /// <param name="job">The job, with its trials set.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>The number of chunk rows.</returns>
    public async Task<int> EnqueueAsync(AimsDbContext db, SimulationJob job, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(job);
        var per = Math.Max(1, configuration.GetValue("Aims:Queue:ChunksPerTask", DefaultChunksPerTask));
        var total = FairPartialResult.ChunkCountOf(job.Trials);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.SimulationJobs.Add(job);
        await db.SaveChangesAsync(cancellationToken);
        var rows = 0;
        for (var first = 0; first < total; first += per, rows++)
        {
            db.SimulationChunks.Add(new SimulationChunk { JobId = job.Id, FirstChunk = first, ChunkCount = Math.Min(per, total - first) });
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return rows;
    }

    /// <summary>
    /// Does one piece of the queue's work as <paramref name="instance"/>: merges a job whose chunks are all done, or else
    /// claims and runs the oldest claimable chunk (queued, or leased by an instance whose lease ran out) within a slot of
    /// this instance's <see cref="SimulationBudget"/>.
    /// </summary>
    /// <param name="instance">This worker's name, unique among the instances.</param>
    /// <param name="cancellationToken">Stops the work; a chunk left running is claimed again after its lease.</param>
    /// <returns><see langword="true"/> when there was work (look again at once), <see langword="false"/> when there was
    /// none or no free slot.</returns>
    public async Task<bool> RunOnceAsync(string instance, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(instance);
        if (await TryMergeAsync(instance, cancellationToken))
        {
            return true;
        }

        if (!budget.TryEnter())
        {
            return false;
        }

        try
        {
            var (id, claimed) = await TryClaimChunkAsync(instance, cancellationToken);
            return claimed ? await RunChunkAsync(id, instance, cancellationToken) : id != 0; // lost a race: there may be more
        }
        finally
        {
            budget.Release();
        }
    }

    /// <summary>Claims the oldest claimable chunk for <paramref name="instance"/> without running it (the first half of
    /// <see cref="RunOnceAsync"/>; a worker that dies after it leaves the chunk to be claimed again when its lease runs out).</summary>
    /// <param name="instance">The claiming worker's name.</param>
    /// <param name="cancellationToken">Cancels the claim.</param>
    /// <returns>The claimed chunk's id, or <see langword="null"/> when none was claimed.</returns>
    public async Task<long?> ClaimChunkAsync(string instance, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(instance);
        var (id, claimed) = await TryClaimChunkAsync(instance, cancellationToken);
        return claimed ? id : null;
    }

    // (0, false): nothing to claim; (id, false): another instance won the race; (id, true): claimed.
    private async Task<(long Id, bool Claimed)> TryClaimChunkAsync(string instance, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AimsDbContext>();
        var chunks = db.SimulationChunks.IgnoreQueryFilters();
        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        var candidate = await chunks.Where(c => c.Status == SimulationJobStatus.Queued || (c.Status == SimulationJobStatus.Running && c.LeaseUntil < now))
            .OrderBy(c => c.Id).Select(c => new { c.Id, c.JobId, c.TenantId, c.Attempts }).FirstOrDefaultAsync(ct);
        if (candidate is null)
        {
            return (0, false);
        }

        // A chunk whose workers keep dying (or outliving their lease) is not handed out for ever: after
        // Aims:Queue:MaxAttempts claims its job fails, so one poison job cannot hold the queue's workers.
        var maxAttempts = Math.Max(1, configuration.GetValue("Aims:Queue:MaxAttempts", DefaultMaxAttempts));
        if (candidate.Attempts >= maxAttempts)
        {
            var given = await chunks.Where(c => c.Id == candidate.Id && c.Status == SimulationJobStatus.Running && c.LeaseUntil < now)
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.Status, SimulationJobStatus.Failed), ct);
            if (given == 1)
            {
                await FailAsync(db, candidate.JobId, candidate.TenantId, JsonSerializer.Serialize(string.Create(CultureInfo.InvariantCulture,
                    $"A chunk of the simulation was claimed {candidate.Attempts} times without finishing: its workers stopped or outlived their lease (Aims:Queue:MaxAttempts).")), ct);
            }

            return (candidate.Id, false);
        }

        // The claim is the update's own condition, evaluated by the database on the row it locks: of two instances that
        // saw the same candidate, one updates one row and the other none (PostgreSQL re-checks the condition after the
        // first commits; SQLite runs one writer at a time).
        var claimed = await chunks.Where(c => c.Id == candidate.Id && (c.Status == SimulationJobStatus.Queued || (c.Status == SimulationJobStatus.Running && c.LeaseUntil < now)))
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.Status, SimulationJobStatus.Running).SetProperty(c => c.LeaseOwner, instance)
                .SetProperty(c => c.LeaseUntil, now + Lease).SetProperty(c => c.Attempts, c => c.Attempts + 1), ct);
        if (claimed != 1)
        {
            return (candidate.Id, false);
        }

        await db.SimulationJobs.IgnoreQueryFilters().Where(j => j.Id == candidate.JobId && (j.Status == SimulationJobStatus.Queued || j.Status == SimulationJobStatus.Running))
            .ExecuteUpdateAsync(s => s.SetProperty(j => j.Status, SimulationJobStatus.Running).SetProperty(j => j.Attempts, j => j.Attempts + 1), ct);
        return (candidate.Id, true);
    }

    // Runs a claimed chunk and stores its partial, if the lease is still this instance's; an engine refusal or the time
    // limit fails the whole job (and its other chunks).
    private async Task<bool> RunChunkAsync(long id, string instance, CancellationToken stoppingToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AimsDbContext>();
        var chunks = db.SimulationChunks.IgnoreQueryFilters();
        var chunk = await chunks.AsNoTracking().SingleAsync(c => c.Id == id, stoppingToken);
        var job = await db.SimulationJobs.IgnoreQueryFilters().AsNoTracking().SingleAsync(j => j.Id == chunk.JobId, stoppingToken);
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(job.TenantId);
        var limit = configuration.GetValue("Aims:Queue:TimeLimit", TimeSpan.FromMinutes(5));
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        cts.CancelAfter(limit);
        string problem;
        try
        {
            var (set, options) = Prepare(job, scope.ServiceProvider.GetRequiredService<IFairSimulator>().Options);
            var partial = FairSimulator.RunChunks(set.Scenarios, chunk.FirstChunk, chunk.ChunkCount, options, set.Name, cts.Token);
            using var bytes = new MemoryStream();
            partial.WriteTo(bytes);
            var stored = await chunks.Where(c => c.Id == id && c.LeaseOwner == instance && c.Status == SimulationJobStatus.Running)
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.Status, SimulationJobStatus.Succeeded).SetProperty(c => c.Partial, bytes.ToArray())
                    .SetProperty(c => c.FinishedAt, clock.GetUtcNow()), stoppingToken);
            LogChunk(logger, chunk.FirstChunk, chunk.FirstChunk + chunk.ChunkCount - 1, job.Id, job.TenantId, stored == 1 ? "stored" : "dropped (the lease was lost)");
            await TryMergeAsync(instance, stoppingToken); // the last chunk's worker merges at once
            return true;
        }
        catch (FairValidationException ex)
        {
            problem = JsonSerializer.Serialize(AimsProblems.Shape(ex.Diagnostics));
        }
        catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
        {
            problem = JsonSerializer.Serialize(string.Create(CultureInfo.InvariantCulture, $"A chunk of the simulation exceeded the queue's time limit of {limit.TotalSeconds:0.###} s."));
        }

        await FailAsync(db, job.Id, job.TenantId, problem, stoppingToken);
        return true;
    }

    // Claims the merge of a job whose chunks are all done (a conditional update on the job's own lease), merges the partials
    // in chunk order, stores the result and drops the partials.
    private async Task<bool> TryMergeAsync(string instance, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AimsDbContext>();
        var jobs = db.SimulationJobs.IgnoreQueryFilters();
        var chunks = db.SimulationChunks.IgnoreQueryFilters();
        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        var ready = jobs.Where(j => (j.Status == SimulationJobStatus.Queued || j.Status == SimulationJobStatus.Running) && j.LeaseUntil < now
            && chunks.Any(c => c.JobId == j.Id) && !chunks.Any(c => c.JobId == j.Id && c.Status != SimulationJobStatus.Succeeded));
        var id = await ready.OrderBy(j => j.Id).Select(j => j.Id).FirstOrDefaultAsync(ct);
        if (id == 0 || await ready.Where(j => j.Id == id).ExecuteUpdateAsync(s => s.SetProperty(j => j.LeaseOwner, instance).SetProperty(j => j.LeaseUntil, now + Lease), ct) != 1)
        {
            return false;
        }

        var job = await jobs.AsNoTracking().SingleAsync(j => j.Id == id, ct);
        var partials = await chunks.AsNoTracking().Where(c => c.JobId == id).OrderBy(c => c.FirstChunk).Select(c => c.Partial).ToListAsync(ct);
        string? result = null, problem = null;
        try
        {
            var merged = FairPartialResult.Merge(partials.Select(p =>
            {
                using var stream = new MemoryStream(p!, writable: false);
                return FairPartialResult.ReadFrom(stream);
            }));
            result = JsonSerializer.Serialize(Simulations.Shape(merged));
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidDataException)
        {
            // Instances configured with different simulation options, or a damaged row: a fault of the deployment.
            problem = JsonSerializer.Serialize("The job's partial results cannot be merged: " + ex.Message);
        }

        var done = await jobs.Where(j => j.Id == id && j.LeaseOwner == instance && (j.Status == SimulationJobStatus.Queued || j.Status == SimulationJobStatus.Running))
            .ExecuteUpdateAsync(s => s.SetProperty(j => j.Status, result is null ? SimulationJobStatus.Failed : SimulationJobStatus.Succeeded)
                .SetProperty(j => j.Result, result).SetProperty(j => j.Problem, problem).SetProperty(j => j.FinishedAt, clock.GetUtcNow()), ct);
        if (done == 1)
        {
            await chunks.Where(c => c.JobId == id).ExecuteUpdateAsync(s => s.SetProperty(c => c.Partial, (byte[]?)null), ct);
            LogRan(logger, id, job.TenantId, result is null ? SimulationJobStatus.Failed : SimulationJobStatus.Succeeded);
        }

        return true;
    }

    private async Task FailAsync(AimsDbContext db, long jobId, string tenantId, string problem, CancellationToken ct)
    {
        await db.SimulationJobs.IgnoreQueryFilters().Where(j => j.Id == jobId && (j.Status == SimulationJobStatus.Queued || j.Status == SimulationJobStatus.Running))
            .ExecuteUpdateAsync(s => s.SetProperty(j => j.Status, SimulationJobStatus.Failed).SetProperty(j => j.Problem, problem).SetProperty(j => j.FinishedAt, clock.GetUtcNow()), ct);
        await db.SimulationChunks.IgnoreQueryFilters().Where(c => c.JobId == jobId && c.Status != SimulationJobStatus.Succeeded)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.Status, SimulationJobStatus.Failed), ct);
        LogRan(logger, jobId, tenantId, SimulationJobStatus.Failed);
    }

    // The job's scenarios (read whole when it was queued) and options: the trials and seed it was queued with and this
    // server's registered defaults, the same in every instance of a deployment.
    private static (FairScenarioSet Set, FairSimulationOptions Options) Prepare(SimulationJob job, FairSimulationOptions defaults)
    {
        var set = AimsJson.ReadFairScenarios(job.Scenarios).GetValueOrThrow();
        return (set, set.ApplySemantics(Simulations.WithTrialsAndSeed(defaults, job.Trials, job.Seed)));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Simulation job {JobId} of tenant {TenantId}: {Status}.")]
    private static partial void LogRan(ILogger logger, long jobId, string tenantId, string status);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Chunks {First}-{Last} of simulation job {JobId} of tenant {TenantId}: {Outcome}.")]
    private static partial void LogChunk(ILogger logger, int first, int last, long jobId, string tenantId, string outcome);
}
