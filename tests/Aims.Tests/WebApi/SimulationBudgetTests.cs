using System.Net;
using System.Text;
using System.Text.Json;
using Aims.Risk;

namespace Aims.Tests.WebApi;

/// <summary>
/// Issue 13 through the web API: hostile scenarios answer problem details at once, and a simulation that runs past the
/// server's budget, or whose client leaves, stops instead of burning a core while other requests are answered.
/// </summary>
public sealed class SimulationBudgetTests(AimsApiFactory factory) : IClassFixture<AimsApiFactory>
{
    private static readonly Uri Simulate = new("/risk/simulate", UriKind.Relative);

    // 50,000 trials × 9,000 loss events (under the sample's limit of 10,000 per trial): minutes of work on one core.
    private const string Heavy = """
        {"kind":"fair-scenarios","schemaVersion":"1.0","name":"heavy","lossEventFrequency":{"type":"constant","value":9000},
         "primaryLoss":{"type":"lognormal90","lower":1000,"upper":100000}}
        """;

    private const string Light = """
        {"kind":"fair-scenarios","schemaVersion":"1.0","name":"light","lossEventFrequency":{"type":"constant","value":1},
         "primaryLoss":{"type":"constant","value":5}}
        """;

    [Theory]
    [InlineData("""{"type":"constant","value":1}""", """{"type":"pert","min":0,"mode":1,"max":1e308}""", RiskDiagnosticCodes.OutsideEngineRange, "/primaryLoss")]
    [InlineData("""{"type":"constant","value":1}""", """{"type":"uniform","min":0,"max":1.7e308}""", RiskDiagnosticCodes.OutsideEngineRange, "/primaryLoss")]
    [InlineData("""{"type":"constant","value":20000}""", """{"type":"constant","value":1}""", RiskDiagnosticCodes.TooManyEvents, "/lossEventFrequency")]
    public async Task Simulate_answers_422_problem_details_for_hostile_scenarios(string frequency, string loss, string code, string path)
    {
        var body = $$"""{"kind":"fair-scenarios","schemaVersion":"1.0","name":"h","lossEventFrequency":{{frequency}},"primaryLoss":{{loss}}}""";

        using var response = await Post(factory.Client(), body, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var diagnostic = Assert.Single(problem.RootElement.GetProperty("diagnostics").EnumerateArray().ToArray());
        Assert.Equal((code, path), (diagnostic.GetProperty("code").GetString(), diagnostic.GetProperty("path").GetString()));
    }

    [Fact]
    public async Task A_simulation_over_the_time_limit_answers_503_while_other_requests_are_answered()
    {
        using var limited = factory.WithWebHostBuilder(b => b.UseSetting("Aims:Simulation:TimeLimit", "00:00:00.300"));
        var client = limited.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", AimsApiFactory.Token(AimsApiFactory.Tenant, "alice", ["reader"]));
        var ct = TestContext.Current.CancellationToken;

        var heavy = Post(client, Heavy, ct);
        using var inventory = await client.GetAsync(new Uri("/workspaces/demo/inventory", UriKind.Relative), ct);
        using var response = await heavy;

        Assert.Equal(HttpStatusCode.OK, inventory.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("time limit", await response.Content.ReadAsStringAsync(ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_simulation_whose_client_leaves_is_cancelled_and_frees_its_slot()
    {
        // One slot and no useful time limit: only the client's leaving can stop the heavy run.
        using var server = factory.WithWebHostBuilder(b => b
            .UseSetting("Aims:Simulation:TimeLimit", "01:00:00")
            .UseSetting("Aims:Simulation:ConcurrentRuns", "1"));
        var client = server.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", AimsApiFactory.Token(AimsApiFactory.Tenant, "alice", ["reader"]));
        var ct = TestContext.Current.CancellationToken;
        using var leave = CancellationTokenSource.CreateLinkedTokenSource(ct);

        // Start the heavy run and probe until a light one is refused because the heavy one holds the slot (a probe that
        // got the slot first makes the heavy one answer 503 at once: then start it again). A bounded loop.
        var heavy = Post(client, Heavy, leave.Token);
        var busy = default(HttpStatusCode);
        for (var attempt = 0; attempt < 200 && busy != HttpStatusCode.ServiceUnavailable; attempt++)
        {
            await Task.Delay(50, ct);
            if (heavy.IsCompleted)
            {
                (await heavy).Dispose();
                heavy = Post(client, Heavy, leave.Token);
                continue;
            }

            using var probe = await Post(client, Light, ct);
            busy = probe.StatusCode;
        }

        await leave.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => heavy);
        var freed = await AnswerOf(client, Light, HttpStatusCode.OK, ct); // the heavy run stopped and gave the slot back

        Assert.Equal(HttpStatusCode.ServiceUnavailable, busy);
        Assert.Equal(HttpStatusCode.OK, freed);
    }

    /// <summary>Posts until the answer has the wanted status, at most 200 times (a bounded loop; the last status is returned).</summary>
    private static async Task<HttpStatusCode> AnswerOf(HttpClient client, string body, HttpStatusCode wanted, CancellationToken ct)
    {
        var status = default(HttpStatusCode);
        for (var attempt = 0; attempt < 200 && status != wanted; attempt++)
        {
            if (attempt > 0)
            {
                await Task.Delay(50, ct);
            }

            using var response = await Post(client, body, ct);
            status = response.StatusCode;
        }

        return status;
    }

    private static async Task<HttpResponseMessage> Post(HttpClient client, string body, CancellationToken ct)
    {
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        return await client.PostAsync(Simulate, content, ct);
    }
}
