using System.Net;
using System.Text;
using System.Text.Json;
using Aims.Risk;
using Aims.WebApi.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Aims.Tests.WebApi;

/// <summary>
/// The durable queue's partial/merge contract, run the same way on SQLite (<see cref="SimulationQueueTests"/>) and on
/// PostgreSQL (<see cref="PostgresWebApiTests"/>): the factory's own background worker is off, and the test drives
/// named "instances" of <see cref="DurableSimulations"/> itself, so nothing depends on timing.
/// </summary>
internal static class SimulationQueueChecks
{
    // Five engine chunks, the last one short; one row per engine chunk.
    public const int Trials = (4 * FairPartialResult.ChunkSize) + 1000;
    public const long Seed = 20261207;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static AimsApiFactory Configure(AimsApiFactory factory, TimeProvider? clock = null)
    {
        factory.With("Aims:Queue:Worker", "false").With("Aims:Queue:ChunksPerTask", "1").With("Aims:Queue:Lease", "00:10:00").With("Aims:Queue:MaxAttempts", "3")
            .With("Aims:Simulation:ConcurrentRuns", "2");
        return clock is null ? factory : factory.WithServices(s => s.AddSingleton<TimeProvider>(clock));
    }

    public static async Task Two_instances_share_a_job_and_its_merged_result_is_the_single_process_run(AimsApiFactory factory, string tenant)
    {
        using var client = factory.Client(tenant, "alice", "reader");
        var (location, chunks) = await QueueAsync(client);
        var queue = factory.Services.GetRequiredService<DurableSimulations>();

        await Task.WhenAll(DrainAsync(queue, "instance-a"), DrainAsync(queue, "instance-b"));
        var job = await GetAsync(client, location);

        Assert.Equal(5, chunks);
        Assert.Equal(("succeeded", 5, 5), (job.GetProperty("status").GetString(), job.GetProperty("chunks").GetInt32(), job.GetProperty("chunksDone").GetInt32()));
        Assert.Equal(5, job.GetProperty("attempts").GetInt32()); // each chunk claimed exactly once, by one of the two
        await AssertIsSingleProcessRunAsync(client, job.GetProperty("result"));
    }

    public static async Task A_chunk_of_a_dead_worker_is_claimed_again_after_its_lease(AimsApiFactory factory, SkewedClock clock, string tenant)
    {
        using var client = factory.Client(tenant, "alice", "reader");
        var queue = factory.Services.GetRequiredService<DurableSimulations>();
        await DrainAsync(queue, "live-instance"); // a developer's PostgreSQL may hold work of earlier runs
        var (location, _) = await QueueAsync(client);

        var abandoned = await queue.ClaimChunkAsync("dead-instance", Ct); // claims, then "dies" before running it
        await DrainAsync(queue, "live-instance");
        var stuck = await GetAsync(client, location);
        clock.Skew = TimeSpan.FromMinutes(10) + TimeSpan.FromSeconds(1); // the dead instance's lease runs out
        await DrainAsync(queue, "live-instance");
        var job = await GetAsync(client, location);

        Assert.NotNull(abandoned);
        Assert.Equal(("running", 4), (stuck.GetProperty("status").GetString(), stuck.GetProperty("chunksDone").GetInt32())); // not before the lease ran out
        Assert.Equal(("succeeded", 5), (job.GetProperty("status").GetString(), job.GetProperty("chunksDone").GetInt32()));
        Assert.Equal(6, job.GetProperty("attempts").GetInt32()); // five chunks, one of them claimed twice
        await AssertIsSingleProcessRunAsync(client, job.GetProperty("result"));
    }

    public static async Task A_chunk_whose_workers_keep_dying_fails_its_job_after_max_attempts(AimsApiFactory factory, SkewedClock clock, string tenant)
    {
        using var client = factory.Client(tenant, "alice", "reader");
        var queue = factory.Services.GetRequiredService<DurableSimulations>();
        await DrainAsync(queue, "live-instance");
        var (location, _) = await QueueAsync(client);

        var claims = new List<long?>();
        for (var death = 0; death < 3; death++) // Aims:Queue:MaxAttempts is 3 here: the first chunk's three workers all die
        {
            claims.Add(await queue.ClaimChunkAsync($"doomed-instance-{death}", Ct));
            clock.Skew += TimeSpan.FromMinutes(10) + TimeSpan.FromSeconds(1);
        }

        await DrainAsync(queue, "live-instance");
        var job = await GetAsync(client, location);

        Assert.Single(claims.Distinct());
        Assert.Equal("failed", job.GetProperty("status").GetString());
        Assert.Contains("claimed 3 times", job.GetProperty("problem").GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, job.GetProperty("result").ValueKind);
    }

    // The same document, trials and seed through POST /risk/simulate, which runs the whole portfolio in one process: the
    // trials, mean and contributions are the same bits, the percentiles and expected shortfall within the merge's bound.
    private static async Task AssertIsSingleProcessRunAsync(HttpClient client, JsonElement merged)
    {
        using var body = Scenario();
        using var response = await client.PostAsync(new Uri($"/risk/simulate?trials={Trials}&seed={Seed}", UriKind.Relative), body, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var single = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement;

        Assert.Equal(Trials, merged.GetProperty("trials").GetInt32());
        Assert.Equal(single.GetProperty("mean").GetDouble(), merged.GetProperty("mean").GetDouble());
        Assert.Equal(
            single.GetProperty("contributions").EnumerateArray().Select(c => (c.GetProperty("name").GetString(), c.GetProperty("mean").GetDouble())),
            merged.GetProperty("contributions").EnumerateArray().Select(c => (c.GetProperty("name").GetString(), c.GetProperty("mean").GetDouble())));
        foreach (var name in new[] { "p90", "p95", "p99", "expectedShortfall" })
        {
            var (a, b) = (merged.GetProperty(name).GetDouble(), single.GetProperty(name).GetDouble());
            Assert.True(Math.Abs(a - b) <= FairPartialResult.PercentileRelativeError * Math.Abs(b), $"{name}: merged {a}, single process {b}");
        }
    }

    private static async Task<(Uri Location, int Chunks)> QueueAsync(HttpClient client)
    {
        using var body = Scenario();
        using var queued = await client.PostAsync(new Uri($"/simulations?trials={Trials}&seed={Seed}", UriKind.Relative), body, Ct);
        Assert.Equal(HttpStatusCode.Accepted, queued.StatusCode);
        var answer = JsonDocument.Parse(await queued.Content.ReadAsStringAsync(Ct)).RootElement;
        return (queued.Headers.Location!, answer.GetProperty("chunks").GetInt32());
    }

    // Works until there is no work left (bounded: a job of five chunks needs six steps).
    private static async Task DrainAsync(DurableSimulations queue, string instance)
    {
        for (var step = 0; step < 100 && await queue.RunOnceAsync(instance, Ct); step++)
        {
        }
    }

    private static async Task<JsonElement> GetAsync(HttpClient client, Uri location) =>
        JsonDocument.Parse(await client.GetStringAsync(location, Ct)).RootElement;

    private static StringContent Scenario() =>
        new(File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "docs", "examples", "reference-scenario.json")), Encoding.UTF8, "application/json");
}

/// <summary>A clock that runs <see cref="Skew"/> ahead of the system clock, to let a lease run out without waiting.</summary>
internal sealed class SkewedClock : TimeProvider
{
    public TimeSpan Skew { get; set; }

    public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + Skew;
}
