using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Aims.Tests.WebApi;

/// <summary>Issue 17: the OpenAPI document, health endpoints, the body size limit and per-tenant rate limits.</summary>
public sealed class WebApiInterfaceTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Every_endpoint_is_in_the_openapi_document_with_its_problem_details_responses()
    {
        using var factory = new AimsApiFactory();
        using var client = factory.CreateClient();
        using var document = JsonDocument.Parse(await client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative), Ct));
        var paths = document.RootElement.GetProperty("paths");
        var endpoints = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText != "/openapi/{documentName}.json").ToList();

        Assert.NotEmpty(endpoints);
        foreach (var endpoint in endpoints)
        {
            var path = endpoint.RoutePattern.RawText!.Replace(":int", "", StringComparison.Ordinal).Replace(":long", "", StringComparison.Ordinal);
            var method = endpoint.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()!.HttpMethods.Single().ToLowerInvariant();
            var operation = paths.TryGetProperty(path, out var item) && item.TryGetProperty(method, out var found) ? found : default;
            Assert.True(operation.ValueKind == JsonValueKind.Object, $"{method} {path} is not documented");
            var responses = operation.GetProperty("responses");
            Assert.True(responses.EnumerateObject().Any(r => r.Name[0] == '2'), $"{method} {path} has no success response");
            var problems = responses.EnumerateObject().Where(r => r.Name[0] is '4' or '5').ToList();
            Assert.All(problems, r => Assert.True(r.Value.GetProperty("content").TryGetProperty("application/problem+json", out _), $"{method} {path} {r.Name} is not problem details"));
            if (!path.StartsWith("/health", StringComparison.Ordinal))
            {
                Assert.True(new[] { "401", "403", "429" }.All(s => problems.Exists(p => p.Name == s)), $"{method} {path} does not document 401, 403 and 429");
            }
        }

        // The approvals that write a revision document their own refusals too.
        foreach (var (path, statuses) in new[]
        {
            ("/workspaces/{id}/risks/{riskId}/accept", new[] { "400", "404", "412", "428" }),
            ("/workspaces/{id}/impact-assessments/{assessmentId}/approve", ["400", "404", "409", "412", "428"]),
            ("/workspaces/{id}/revisions/{number}/approve", ["404", "409"]),
        })
        {
            var responses = paths.GetProperty(path).GetProperty("post").GetProperty("responses");
            Assert.All(statuses, s => Assert.True(responses.TryGetProperty(s, out var r) && r.GetProperty("content").TryGetProperty("application/problem+json", out _), $"{path} {s}"));
        }
    }

    [Fact]
    public async Task Health_endpoints_answer_without_a_token_and_ready_checks_the_database()
    {
        using var factory = new AimsApiFactory();
        using var client = factory.CreateClient();

        using var live = await client.GetAsync(new Uri("/health/live", UriKind.Relative), Ct);
        var ready = JsonDocument.Parse(await client.GetStringAsync(new Uri("/health/ready", UriKind.Relative), Ct)).RootElement;

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal("Healthy", ready.GetProperty("status").GetString());
        Assert.Contains(ready.GetProperty("checks").EnumerateArray(), c => c.GetProperty("name").GetString() == "database");
    }

    [Fact]
    public async Task A_body_over_the_configured_limit_is_413_problem_details()
    {
        using var factory = new AimsApiFactory().With("Aims:MaxRequestBodyBytes", "1000");
        using var client = factory.Client(roles: "editor");
        client.DefaultRequestHeaders.Add("Aims-Change-Reason", "big");
        using var body = new StringContent($$"""{"kind":"workspace","schemaVersion":"1.0","organization":"{{new string('x', 2000)}}"}""", Encoding.UTF8, "application/json");

        using var response = await client.PutAsync(new Uri("/workspaces/big", UriKind.Relative), body, Ct);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_tenants_flood_is_refused_with_429_while_another_tenant_is_served()
    {
        using var factory = new AimsApiFactory().With("Aims:RateLimit:PermitsPerWindow", "5").With("Aims:RateLimit:Window", "01:00:00");
        using var flooding = factory.Client("flood", "f", "reader");
        using var quiet = factory.Client(AimsApiFactory.Tenant, "q", "reader");

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 20; i++) // a bounded local load loop
        {
            using var response = await flooding.GetAsync(new Uri("/workspaces", UriKind.Relative), Ct);
            statuses.Add(response.StatusCode);
        }

        using var served = await quiet.GetAsync(new Uri("/workspaces/demo/inventory", UriKind.Relative), Ct);
        using var limited = await flooding.GetAsync(new Uri("/workspaces", UriKind.Relative), Ct);

        Assert.Equal(5, statuses.Count(s => s == HttpStatusCode.OK));
        Assert.Equal(15, statuses.Count(s => s == HttpStatusCode.TooManyRequests));
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        Assert.Equal("application/problem+json", limited.Content.Headers.ContentType?.MediaType);
        Assert.NotNull(limited.Headers.RetryAfter);
    }
}
