using System.Net;
using System.Text;
using System.Text.Json;

namespace Aims.Tests.WebApi;

/// <summary>
/// Issue 17, "past one machine": long simulations go through a durable queue table run by a background worker, split
/// into chunks on the engine's partial/merge contract (<see cref="SimulationQueueChecks"/>).
/// </summary>
public sealed class SimulationQueueTests(AimsApiFactory factory) : IClassFixture<AimsApiFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_queued_simulation_is_run_by_the_worker_and_answered_to_its_tenant_only()
    {
        using var client = factory.Client(roles: "reader");
        using var other = factory.Client("t2", "mallory", "reader");
        using var body = new StringContent(File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "docs", "examples", "reference-scenario.json")), Encoding.UTF8, "application/json");

        using var queued = await client.PostAsync(new Uri("/simulations?trials=3000&seed=5", UriKind.Relative), body, Ct);
        Assert.Equal(HttpStatusCode.Accepted, queued.StatusCode);
        var location = queued.Headers.Location!;
        var status = "";
        JsonElement job = default;
        for (var attempt = 0; attempt < 300 && status is not ("succeeded" or "failed"); attempt++) // bounded: 30 s at most
        {
            await Task.Delay(100, Ct);
            job = JsonDocument.Parse(await client.GetStringAsync(location, Ct)).RootElement;
            status = job.GetProperty("status").GetString();
        }

        using var hidden = await other.GetAsync(location, Ct);

        Assert.Equal("succeeded", status);
        Assert.Equal(3000, job.GetProperty("result").GetProperty("trials").GetInt32());
        Assert.Equal(1, job.GetProperty("attempts").GetInt32());
        Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
    }

    [Fact]
    public async Task A_job_is_split_into_chunks_that_two_instances_share_and_the_merge_equals_the_single_process_run()
    {
        using var queueFactory = SimulationQueueChecks.Configure(new AimsApiFactory());
        await SimulationQueueChecks.Two_instances_share_a_job_and_its_merged_result_is_the_single_process_run(queueFactory, AimsApiFactory.Tenant);
    }

    [Fact]
    public async Task A_chunk_claimed_by_a_dead_worker_is_claimed_again_once_its_lease_runs_out()
    {
        var clock = new SkewedClock();
        using var queueFactory = SimulationQueueChecks.Configure(new AimsApiFactory(), clock);
        await SimulationQueueChecks.A_chunk_of_a_dead_worker_is_claimed_again_after_its_lease(queueFactory, clock, AimsApiFactory.Tenant);
    }

    [Fact]
    public async Task A_chunk_whose_workers_keep_dying_fails_its_job_after_max_attempts()
    {
        var clock = new SkewedClock();
        using var queueFactory = SimulationQueueChecks.Configure(new AimsApiFactory(), clock);
        await SimulationQueueChecks.A_chunk_whose_workers_keep_dying_fails_its_job_after_max_attempts(queueFactory, clock, AimsApiFactory.Tenant);
    }

    [Fact]
    public async Task A_queued_simulation_with_bad_parameters_is_refused_at_once()
    {
        using var client = factory.Client(roles: "reader");
        using var body = new StringContent("""{"kind":"fair-scenarios","schemaVersion":"1.0","name":"x","lossEventFrequency":{"type":"constant","value":1},"primaryLoss":{"type":"constant","value":5}}""", Encoding.UTF8, "application/json");

        using var response = await client.PostAsync(new Uri("/simulations?trials=0", UriKind.Relative), body, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
