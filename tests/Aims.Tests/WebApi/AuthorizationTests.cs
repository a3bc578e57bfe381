using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Aims.WebApi.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Aims.Tests.WebApi;

/// <summary>Issue 17: JWT bearer authentication, role policies, and the audit log of security events.</summary>
public sealed class AuthorizationTests(AimsApiFactory factory) : IClassFixture<AimsApiFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Without_a_valid_token_every_api_endpoint_is_401_problem_details_and_a_forged_token_is_audited()
    {
        using var anonymous = factory.CreateClient();
        using var forged = factory.CreateClient();
        forged.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", AimsApiFactory.Token(AimsApiFactory.Tenant, "eve", ["tenant-admin"], key: new byte[32]));

        using var none = await anonymous.GetAsync(new Uri("/workspaces/demo", UriKind.Relative), Ct);
        using var bad = await forged.GetAsync(new Uri("/workspaces/demo", UriKind.Relative), Ct);
        using var live = await anonymous.GetAsync(new Uri("/health/live", UriKind.Relative), Ct);

        Assert.Equal((HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.OK), (none.StatusCode, bad.StatusCode, live.StatusCode));
        Assert.Equal("application/problem+json", none.Content.Headers.ContentType?.MediaType);
        // A failed sign-in names no tenant that can be trusted: it is in the table for operators, in no tenant's log.
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AimsDbContext>();
        Assert.Contains(await db.AuditEvents.IgnoreQueryFilters().Where(e => e.TenantId == "").ToListAsync(Ct), e => e.Kind == AuditKinds.SignInFailed);
    }

    [Theory]
    [InlineData("reader", "PUT", "/workspaces/demo", HttpStatusCode.Forbidden)]
    [InlineData("reader", "POST", "/workspaces/demo/revisions/1/approve", HttpStatusCode.Forbidden)]
    [InlineData("editor", "POST", "/workspaces/demo/revisions/1/approve", HttpStatusCode.Forbidden)]
    [InlineData("approver", "PUT", "/workspaces/demo", HttpStatusCode.Forbidden)]
    [InlineData("reader", "POST", "/workspaces/demo/risks/R-006/accept", HttpStatusCode.Forbidden)]
    [InlineData("editor", "POST", "/workspaces/demo/risks/R-006/accept", HttpStatusCode.Forbidden)]
    [InlineData("tenant-admin", "POST", "/workspaces/demo/risks/R-006/accept", HttpStatusCode.Forbidden)]
    [InlineData("reader", "POST", "/workspaces/demo/impact-assessments/IA-cv/approve", HttpStatusCode.Forbidden)]
    [InlineData("editor", "POST", "/workspaces/demo/impact-assessments/IA-cv/approve", HttpStatusCode.Forbidden)]
    [InlineData("approver", "POST", "/workspaces/demo/impact-assessments/IA-cv/approve", (HttpStatusCode)428)] // allowed: then If-Match is missing
    [InlineData("editor", "GET", "/audit", HttpStatusCode.Forbidden)]
    [InlineData("tenant-admin", "GET", "/audit", HttpStatusCode.OK)]
    [InlineData("reader", "GET", "/workspaces/demo/revisions", HttpStatusCode.OK)]
    [InlineData("nobody", "GET", "/workspaces/demo", HttpStatusCode.Forbidden)]
    public async Task Roles_decide_what_a_caller_may_do(string role, string method, string path, HttpStatusCode expected)
    {
        using var client = factory.Client(roles: role);
        using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(path, UriKind.Relative));
        request.Headers.Add("Aims-Change-Reason", "role probe");
        if (method == "PUT")
        {
            request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
        }

        using var response = await client.SendAsync(request, Ct);

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task A_token_without_a_tenant_is_refused_and_denied_access_is_in_the_tenants_audit_log()
    {
        using var noTenant = factory.CreateClient();
        noTenant.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", AimsApiFactory.Token(null, "ghost", ["reader"]));
        using var reader = factory.Client(subject: "rita", roles: "reader");
        using var admin = factory.Client(subject: "adam", roles: "tenant-admin");

        using var refused = await noTenant.GetAsync(new Uri("/workspaces", UriKind.Relative), Ct);
        using var denied = await reader.PostAsync(new Uri("/workspaces/demo/revisions/1/approve", UriKind.Relative), null, Ct);
        using var audit = JsonDocument.Parse(await admin.GetStringAsync(new Uri("/audit", UriKind.Relative), Ct));

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
        Assert.Contains(audit.RootElement.EnumerateArray(), e => e.GetProperty("kind").GetString() == AuditKinds.AccessDenied && e.GetProperty("subject").GetString() == "rita");
        Assert.DoesNotContain(audit.RootElement.EnumerateArray(), e => e.GetProperty("subject").GetString() == "ghost");
    }
}
