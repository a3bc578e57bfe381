using System.Net;
using System.Text.Json;

namespace Aims.Tests.WebApi;

/// <summary>The web API on the PostgreSQL database named by <c>AIMS_TEST_POSTGRES</c> (a throw-away cluster that
/// <c>.ci/run</c> starts with <c>.ci/postgres</c>).</summary>
/// <remarks>Its background worker is off: every test that uses the queue drives it itself, and a worker of another factory
/// on the same database would race it.</remarks>
public sealed class PostgresApiFactory : AimsApiFactory
{
    public PostgresApiFactory()
        : base(Environment.GetEnvironmentVariable(PostgresWebApiTests.Variable) is { Length: > 0 } c ? c : null) => With("Aims:Queue:Worker", "false");
}

/// <summary>
/// Issue 17: the same migrations, revisions, concurrency and tenant isolation on a real PostgreSQL server. Skipped, with
/// the reason, when no server is configured.
/// </summary>
public sealed class PostgresWebApiTests(PostgresApiFactory factory) : IClassFixture<PostgresApiFactory>
{
    public const string Variable = "AIMS_TEST_POSTGRES";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    // Each run uses fresh tenants: a developer's database may keep rows of earlier runs.
    private readonly string _tenant = "pg-" + Guid.NewGuid().ToString("N")[..12];

    [Fact]
    public async Task Revisions_diff_and_a_stale_write_work_on_postgresql()
    {
        SkipWithoutServer();
        using var demoReader = factory.Client();
        using var editor = factory.Client(_tenant, "alice", "editor");
        var demo = await WorkspaceRevisionTests.Demo(demoReader);

        using var first = await WorkspaceRevisionTests.Put(editor, "w", demo.ToJsonString(), "Import", etag: null);
        demo["soa"]!["entries"]!.AsArray().RemoveAt(0);
        using var second = await WorkspaceRevisionTests.Put(editor, "w", demo.ToJsonString(), "Drop a control", first.Headers.ETag);
        using var stale = await WorkspaceRevisionTests.Put(editor, "w", demo.ToJsonString(), "Stale", first.Headers.ETag);
        using var diff = JsonDocument.Parse(await editor.GetStringAsync(new Uri("/workspaces/w/soa/diff?from=1&to=2", UriKind.Relative), Ct));

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.OK, HttpStatusCode.PreconditionFailed), (first.StatusCode, second.StatusCode, stale.StatusCode));
        Assert.Single(diff.RootElement.GetProperty("removed").EnumerateArray());
    }

    [Fact]
    public async Task Of_two_concurrent_writes_from_the_same_revision_exactly_one_wins_on_postgresql()
    {
        SkipWithoutServer();
        using var a = factory.Client(_tenant, "alice", "editor");
        using var b = factory.Client(_tenant, "bob", "editor");
        const string Doc = """{"kind":"workspace","schemaVersion":"1.0","organization":"ORG"}""";
        using var created = await WorkspaceRevisionTests.Put(a, "race", Doc, "create", etag: null);

        var writes = await Task.WhenAll(
            WorkspaceRevisionTests.Put(a, "race", Doc.Replace("ORG", "A", StringComparison.Ordinal), "a", created.Headers.ETag),
            WorkspaceRevisionTests.Put(b, "race", Doc.Replace("ORG", "B", StringComparison.Ordinal), "b", created.Headers.ETag));

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.PreconditionFailed], writes.Select(w => w.StatusCode).Order());
        using var revisions = JsonDocument.Parse(await a.GetStringAsync(new Uri("/workspaces/race/revisions", UriKind.Relative), Ct));
        Assert.Equal(2, revisions.RootElement.GetArrayLength());
        foreach (var write in writes)
        {
            write.Dispose();
        }
    }

    [Fact]
    public async Task Tenants_are_isolated_and_ready_checks_postgresql()
    {
        SkipWithoutServer();
        using var owner = factory.Client(_tenant, "alice", "editor");
        using var other = factory.Client(_tenant + "-other", "mallory", "reader", "editor", "approver", "tenant-admin");
        using var created = await WorkspaceRevisionTests.Put(owner, "secret", """{"kind":"workspace","schemaVersion":"1.0","organization":"Hidden"}""", "create", etag: null);

        using var read = await other.GetAsync(new Uri("/workspaces/secret", UriKind.Relative), Ct);
        var list = await other.GetStringAsync(new Uri("/workspaces", UriKind.Relative), Ct);
        using var ready = await factory.CreateClient().GetAsync(new Uri("/health/ready", UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, read.StatusCode);
        Assert.Equal("[]", list);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
    }

    [Fact]
    public async Task A_queued_job_is_shared_by_two_instances_and_merges_to_the_single_process_run_on_postgresql()
    {
        SkipWithoutServer();
        using var queueFactory = SimulationQueueChecks.Configure(new PostgresApiFactory());
        await SimulationQueueChecks.Two_instances_share_a_job_and_its_merged_result_is_the_single_process_run(queueFactory, _tenant);
    }

    [Fact]
    public async Task A_chunk_claimed_by_a_dead_worker_is_claimed_again_once_its_lease_runs_out_on_postgresql()
    {
        SkipWithoutServer();
        var clock = new SkewedClock();
        using var queueFactory = SimulationQueueChecks.Configure(new PostgresApiFactory(), clock);
        await SimulationQueueChecks.A_chunk_of_a_dead_worker_is_claimed_again_after_its_lease(queueFactory, clock, _tenant);
    }

    [Fact]
    public async Task A_chunk_whose_workers_keep_dying_fails_its_job_after_max_attempts_on_postgresql()
    {
        SkipWithoutServer();
        var clock = new SkewedClock();
        using var queueFactory = SimulationQueueChecks.Configure(new PostgresApiFactory(), clock);
        await SimulationQueueChecks.A_chunk_whose_workers_keep_dying_fails_its_job_after_max_attempts(queueFactory, clock, _tenant);
    }

    private static void SkipWithoutServer() =>
        Assert.SkipWhen(string.IsNullOrEmpty(Environment.GetEnvironmentVariable(Variable)),
            $"No PostgreSQL server: set {Variable} to a connection string (bash .ci/run starts a throw-away cluster with .ci/postgres when PostgreSQL is installed or installable).");
}
