using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Aims.Tests.WebApi;

/// <summary>
/// Issue 17: "can tenant A read tenant B's AI inventory?" Every endpoint of the app is tried by another tenant holding
/// every role; none reveals or changes tenant A's workspace, revisions or audit log.
/// </summary>
public sealed class TenantIsolationTests(AimsApiFactory factory) : IClassFixture<AimsApiFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Another_tenant_sees_and_changes_nothing_of_a_tenants_workspace_through_any_endpoint()
    {
        using var owner = factory.Client(AimsApiFactory.Tenant, "alice", "editor", "approver", "tenant-admin");
        using var other = factory.Client("t2", "mallory", "reader", "editor", "approver", "tenant-admin");
        using var created = await WorkspaceRevisionTests.Put(owner, "secret", (await WorkspaceRevisionTests.Demo(owner)).ToJsonString(), "Import", etag: null);
        using var exported = await owner.GetAsync(new Uri("/workspaces/secret/export/json", UriKind.Relative), Ct); // an audit event of t1
        using var scenario = new StringContent(File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "docs", "examples", "reference-scenario.json")), Encoding.UTF8, "application/json");
        using var queued = await owner.PostAsync(new Uri("/simulations?trials=100", UriKind.Relative), scenario, Ct);
        var jobId = JsonDocument.Parse(await queued.Content.ReadAsStringAsync(Ct)).RootElement.GetProperty("id").GetInt64();
        var routes = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => (Method: e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods.Single() ?? "GET", Pattern: e.RoutePattern.RawText!))
            .ToList();

        var tried = 0;
        foreach (var (method, pattern) in routes)
        {
            var path = pattern.Replace("{id}", "secret", StringComparison.Ordinal).Replace("{number:int}", "1", StringComparison.Ordinal)
                .Replace("{framework}", "iso27001", StringComparison.Ordinal).Replace("{format}", "json", StringComparison.Ordinal).Replace("{riskId}", "R-001", StringComparison.Ordinal)
                .Replace("{assessmentId}", "IA-cv", StringComparison.Ordinal)
                .Replace("{jobId:long}", jobId.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
            path += path.EndsWith("/soa/diff", StringComparison.Ordinal) ? "?from=1&to=1" : "";
            using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(path, UriKind.Relative));
            request.Headers.TryAddWithoutValidation("If-Match", "*");
            request.Headers.Add("Aims-Change-Reason", "cross-tenant probe");
            if (method is "PUT" or "POST")
            {
                request.Content = new StringContent("""{"kind":"workspace","schemaVersion":"1.0","organization":"Mallory"}""", Encoding.UTF8, "application/json");
            }

            using var response = await other.SendAsync(request, Ct);
            var body = await response.Content.ReadAsStringAsync(Ct);
            tried++;
            Assert.DoesNotContain("Northwind", body, StringComparison.Ordinal); // the demo's organization, copied into t1's workspace
            if (pattern.StartsWith("/workspaces/{id}", StringComparison.Ordinal) || pattern.StartsWith("/simulations/{", StringComparison.Ordinal))
            {
                // t2 has no workspace "secret": a PUT with If-Match: * cannot create one either (412).
                Assert.True(response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.PreconditionFailed, $"{method} {path}: {(int)response.StatusCode}");
            }
            else if (pattern is "/workspaces" or "/audit")
            {
                Assert.DoesNotContain("secret", body, StringComparison.Ordinal);
            }
        }

        Assert.True(tried >= 15, $"only {tried} endpoints found");
        Assert.DoesNotContain("mallory", await owner.GetStringAsync(new Uri("/workspaces/secret/revisions", UriKind.Relative), Ct), StringComparison.Ordinal);
        using var revisions = JsonDocument.Parse(await owner.GetStringAsync(new Uri("/workspaces/secret/revisions", UriKind.Relative), Ct));
        Assert.Single(revisions.RootElement.EnumerateArray());
        Assert.Contains("secret", await owner.GetStringAsync(new Uri("/audit", UriKind.Relative), Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_tenants_can_have_workspaces_with_the_same_id_each_seeing_only_its_own()
    {
        using var a = factory.Client("ta", "alice", "editor");
        using var b = factory.Client("tb", "bob", "editor");
        const string Doc = """{"kind":"workspace","schemaVersion":"1.0","organization":"ORG"}""";

        using var ra = await WorkspaceRevisionTests.Put(a, "same", Doc.Replace("ORG", "Alpha", StringComparison.Ordinal), "create", etag: null);
        using var rb = await WorkspaceRevisionTests.Put(b, "same", Doc.Replace("ORG", "Beta", StringComparison.Ordinal), "create", etag: null);

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.Created), (ra.StatusCode, rb.StatusCode));
        Assert.Contains("Alpha", await a.GetStringAsync(new Uri("/workspaces/same", UriKind.Relative), Ct), StringComparison.Ordinal);
        Assert.Contains("Beta", await b.GetStringAsync(new Uri("/workspaces/same", UriKind.Relative), Ct), StringComparison.Ordinal);
        Assert.DoesNotContain("demo", await b.GetStringAsync(new Uri("/workspaces", UriKind.Relative), Ct), StringComparison.Ordinal);
    }
}
