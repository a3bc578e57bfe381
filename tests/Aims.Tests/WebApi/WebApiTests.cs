using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Aims.Mapping;
using Aims.Serialization.Json;
using Aims.Tests.Serialization;

namespace Aims.Tests.WebApi;

/// <summary>The web API sample, in-process through Microsoft.AspNetCore.Mvc.Testing.</summary>
public sealed class WebApiTests(AimsApiFactory factory) : IClassFixture<AimsApiFactory>
{
    private readonly HttpClient _client = factory.Client();

    [Fact]
    public async Task Inventory_is_an_aims_inventory_document()
    {
        var json = await _client.GetStringAsync(new Uri("/workspaces/demo/inventory", UriKind.Relative), TestContext.Current.CancellationToken);

        var read = AimsJson.ReadInventory(json);
        Assert.True(read.TryGetValue(out var systems));
        Assert.Equal(9, systems.Length);
    }

    [Fact]
    public async Task Bad_soa_gives_problem_details_with_every_diagnostic_at_the_librarys_pointers()
    {
        const string Soa = """{"kind": "soa", "schemaVersion": "1.0", "entries": [{"controlId": "A 2"}, null]}""";
        using var body = new StringContent(Soa, Encoding.UTF8, "application/json");

        using var response = await _client.PostAsync(new Uri("/soa/validate", UriKind.Relative), body, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var paths = problem.RootElement.GetProperty("diagnostics").EnumerateArray().Select(d => d.GetProperty("path").GetString()).ToArray();
        Assert.Equal(["/revision", "/entries/0/controlId", "/entries/1"], paths);
        Assert.Equal(AimsJson.ReadSoa(Soa).Diagnostics.Select(d => d.Path), paths);
    }

    [Fact]
    public async Task Simulation_runs_a_scenario_document()
    {
        var scenario = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "docs", "examples", "reference-scenario.json"));
        using var body = new StringContent(scenario, Encoding.UTF8, "application/json");

        using var response = await _client.PostAsync(new Uri("/risk/simulate", UriKind.Relative), body, TestContext.Current.CancellationToken);

        response.EnsureSuccessStatusCode();
        var result = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        Assert.Equal(50_000, result.GetProperty("trials").GetInt32());
        Assert.InRange(result.GetProperty("mean").GetDouble(), 330_000, 360_000);
    }

    [Fact]
    public async Task Simulation_takes_trials_and_seed_from_the_query()
    {
        var scenario = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "docs", "examples", "reference-scenario.json"));
        async Task<JsonElement> Simulate(string query)
        {
            using var body = new StringContent(scenario, Encoding.UTF8, "application/json");
            using var response = await _client.PostAsync(new Uri("/risk/simulate" + query, UriKind.Relative), body, TestContext.Current.CancellationToken);
            response.EnsureSuccessStatusCode();
            return await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        }

        var seven = await Simulate("?trials=2000&seed=7");
        var eight = await Simulate("?trials=2000&seed=8");

        Assert.Equal(2000, seven.GetProperty("trials").GetInt32());
        Assert.NotEqual(seven.GetProperty("mean").GetDouble(), eight.GetProperty("mean").GetDouble());
        Assert.Equal(seven.GetProperty("mean").GetDouble(), (await Simulate("?seed=7&trials=2000")).GetProperty("mean").GetDouble());
    }

    [Theory]
    [InlineData("?trials=0", "/trials")]
    [InlineData("?trials=abc", "/trials")]
    [InlineData("?trials=1000001", "/trials")]
    [InlineData("?seed=1.5", "/seed")]
    public async Task Bad_simulation_parameters_answer_400_problem_details(string query, string path)
    {
        using var body = new StringContent("""{"kind":"fair-scenarios","schemaVersion":"1.0","name":"x","lossEventFrequency":{"type":"constant","value":1},"primaryLoss":{"type":"constant","value":5}}""", Encoding.UTF8, "application/json");

        using var response = await _client.PostAsync(new Uri("/risk/simulate" + query, UriKind.Relative), body, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var diagnostic = Assert.Single(problem.RootElement.GetProperty("diagnostics").EnumerateArray().ToArray());
        Assert.Equal((Aims.Risk.RiskDiagnosticCodes.InvalidSimulationOption, path), (diagnostic.GetProperty("code").GetString(), diagnostic.GetProperty("path").GetString()));
    }

    [Fact]
    public async Task Coverage_and_unknown_framework()
    {
        var coverage = await _client.GetFromJsonAsync<JsonElement>(new Uri("/workspaces/demo/coverage/iso27001", UriKind.Relative), TestContext.Current.CancellationToken);
        using var unknown = await _client.GetAsync(new Uri("/workspaces/demo/coverage/nope", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.True(coverage.GetProperty("items").GetInt32() > 90);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        using var problem = JsonDocument.Parse(await unknown.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var diagnostic = Assert.Single(problem.RootElement.GetProperty("diagnostics").EnumerateArray().ToArray());
        Assert.Equal((MappingDiagnosticCodes.FrameworkNotFound, "/framework"), (diagnostic.GetProperty("code").GetString(), diagnostic.GetProperty("path").GetString()));
    }

    [Fact]
    public async Task Report_is_html()
    {
        using var response = await _client.GetAsync(new Uri("/workspaces/demo/report", UriKind.Relative), TestContext.Current.CancellationToken);

        response.EnsureSuccessStatusCode();
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<h1>AI management system — board report</h1>", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_simulates_the_scenarios_of_the_workspaces_risks_within_the_budget()
    {
        var ct = TestContext.Current.CancellationToken;

        using var response = await _client.GetAsync(new Uri("/workspaces/demo/report?trials=2000", UriKind.Relative), ct);
        using var bad = await _client.GetAsync(new Uri("/workspaces/demo/report?trials=0", UriKind.Relative), ct);

        response.EnsureSuccessStatusCode();
        var html = await response.Content.ReadAsStringAsync(ct);
        Assert.Contains("<h2 id=\"lec-h\">Loss exceedance: inherent and residual (FAIR risk register)</h2>", html, StringComparison.Ordinal); // the register's own scenarios and controls
        Assert.Contains("R-002<span class=\"sub\">", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }

    [Fact]
    public async Task Replacing_the_workspace_with_broken_json_is_refused()
    {
        using var body = new StringContent("""{"kind": "workspace", "schemaVersion": "1.0", "organization": """, Encoding.UTF8, "application/json");

        using var editor = factory.Client(roles: "editor");
        editor.DefaultRequestHeaders.Add("Aims-Change-Reason", "test");
        using var response = await editor.PutAsync(new Uri("/workspaces/broken", UriKind.Relative), body, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("AIMS3001", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_draft_workspace_is_stored_with_its_findings_and_a_document_that_loses_records_is_refused()
    {
        using var client = factory.Client(roles: "editor");
        client.DefaultRequestHeaders.Add("Aims-Change-Reason", "A draft");
        var ct = TestContext.Current.CancellationToken;
        const string Draft = """
            {"kind": "workspace", "schemaVersion": "1.0", "organization": "Draft Org",
             "systems": [{"id": "a", "name": "A"}],
             "risks": [{"id": "R1", "title": "t", "owner": "CRO", "systemIds": ["nope"], "inherent": {"likelihood": 2, "impact": 3}}]}
            """;

        using var draftBody = new StringContent(Draft, Encoding.UTF8, "application/json");
        using var stored = await client.PutAsync(new Uri("/workspaces/draft", UriKind.Relative), draftBody, ct);

        Assert.Equal(HttpStatusCode.Created, stored.StatusCode);
        using var answer = JsonDocument.Parse(await stored.Content.ReadAsStringAsync(ct));
        Assert.True(answer.RootElement.GetProperty("draft").GetBoolean());
        Assert.Contains(answer.RootElement.GetProperty("findings").EnumerateArray(), f => f.GetProperty("path").GetString() == "/risks/0/systemIds/0" && f.GetProperty("severity").GetString() == "error");
        var inventory = AimsJson.ReadInventory(await client.GetStringAsync(new Uri("/workspaces/draft/inventory", UriKind.Relative), ct));
        Assert.Equal(["a"], inventory.Partial().Select(s => s.Id));

        using var lossyBody = new StringContent(Draft.Replace("\"name\": \"A\"", "\"name\": 5", StringComparison.Ordinal), Encoding.UTF8, "application/json");
        using var stale = new HttpRequestMessage(HttpMethod.Put, new Uri("/workspaces/draft", UriKind.Relative)) { Content = lossyBody };
        stale.Headers.IfMatch.Add(stored.Headers.ETag!);
        using var refused = await client.SendAsync(stale, ct);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("/systems/0/name", await refused.Content.ReadAsStringAsync(ct), StringComparison.Ordinal);
        Assert.Equal(["a"], AimsJson.ReadInventory(await client.GetStringAsync(new Uri("/workspaces/draft/inventory", UriKind.Relative), ct)).Partial().Select(s => s.Id));
    }
}
