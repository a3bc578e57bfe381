using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Aims.Tests.WebApi;

/// <summary>
/// Issue 17: workspaces persisted in SQLite as revisions (who, when, why), never overwritten; If-Match guards every
/// write (412 stale, 428 missing); revisions are listed, read, compared (SoA diff), restored and approved.
/// </summary>
public sealed class WorkspaceRevisionTests(AimsApiFactory factory) : IClassFixture<AimsApiFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Every_change_is_a_new_revision_with_who_when_and_why_and_a_stale_write_is_412()
    {
        using var alice = factory.Client(subject: "alice", roles: "editor");
        using var bob = factory.Client(subject: "bob", roles: "editor");
        var demo = await Demo(alice);

        using var created = await Put(alice, "rev-a", demo.ToJsonString(), "First import", etag: null);
        var v1 = created.Headers.ETag!;
        using var secondBody = await Put(alice, "rev-a", Organization(demo, "Second Org"), "Rename", v1);
        using var staleBody = await Put(bob, "rev-a", Organization(demo, "Bob's Org"), "Bob renames too", v1);
        using var noIfMatch = await Put(bob, "rev-a", Organization(demo, "Bob's Org"), "No precondition", etag: null);
        using var noReason = await Put(bob, "rev-a", Organization(demo, "Bob's Org"), reason: null, secondBody.Headers.ETag);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(HttpStatusCode.OK, secondBody.StatusCode);
        Assert.Equal("\"2\"", secondBody.Headers.ETag!.Tag);
        Assert.Equal(HttpStatusCode.PreconditionFailed, staleBody.StatusCode);
        Assert.Equal("application/problem+json", staleBody.Content.Headers.ContentType?.MediaType);
        Assert.Equal((HttpStatusCode)428, noIfMatch.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);

        var revisions = await Json(alice, "/workspaces/rev-a/revisions");
        Assert.Equal([1, 2], revisions.EnumerateArray().Select(r => r.GetProperty("number").GetInt32()));
        Assert.Equal(["First import", "Rename"], revisions.EnumerateArray().Select(r => r.GetProperty("reason").GetString()));
        Assert.All(revisions.EnumerateArray(), r => Assert.Equal("alice", r.GetProperty("author").GetString()));
        Assert.Equal("Second Org", (await Json(alice, "/workspaces/rev-a")).GetProperty("organization").GetString());
        Assert.Equal(demo["organization"]!.GetValue<string>(), (await Json(alice, "/workspaces/rev-a/revisions/1")).GetProperty("organization").GetString());
    }

    [Fact]
    public async Task Two_soa_revisions_are_compared_and_an_old_revision_restored_as_a_new_one()
    {
        using var editor = factory.Client(roles: "editor");
        var demo = await Demo(editor);
        using var first = await Put(editor, "rev-b", demo.ToJsonString(), "Import", etag: null);
        var removed = demo["soa"]!["entries"]!.AsArray()[0]!["controlId"]!.GetValue<string>();
        demo["soa"]!["entries"]!.AsArray().RemoveAt(0);
        using var second = await Put(editor, "rev-b", demo.ToJsonString(), "Drop a control", first.Headers.ETag);

        var diff = await Json(editor, "/workspaces/rev-b/soa/diff?from=1&to=2");
        using var restore = new HttpRequestMessage(HttpMethod.Post, new Uri("/workspaces/rev-b/revisions/1/restore", UriKind.Relative));
        restore.Headers.IfMatch.Add(second.Headers.ETag!);
        restore.Headers.Add("Aims-Change-Reason", "Undo");
        using var restored = await editor.SendAsync(restore, Ct);
        var back = await Json(editor, "/workspaces/rev-b/soa/diff?from=1&to=3");

        Assert.Equal([removed], diff.GetProperty("removed").EnumerateArray().Select(e => e.GetProperty("controlId").GetString()));
        Assert.Empty(diff.GetProperty("added").EnumerateArray());
        Assert.Equal(HttpStatusCode.OK, restored.StatusCode);
        Assert.Equal("\"3\"", restored.Headers.ETag!.Tag);
        Assert.Empty(back.GetProperty("removed").EnumerateArray());
        var third = (await Json(editor, "/workspaces/rev-b/revisions")).EnumerateArray().Last();
        Assert.Equal(1, third.GetProperty("restoredFrom").GetInt32());
        using var missing = await editor.GetAsync(new Uri("/workspaces/rev-b/soa/diff?from=1&to=9", UriKind.Relative), Ct);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task An_approver_approves_a_revision_once_and_is_recorded_but_not_the_author_and_not_an_editor()
    {
        using var editor = factory.Client(subject: "erin", roles: "editor");
        using var approver = factory.Client(subject: "ann", roles: "approver");
        using var selfApprover = factory.Client(subject: "erin", roles: "approver");
        using var created = await Put(editor, "rev-c", (await Demo(editor)).ToJsonString(), "Import", etag: null);

        using var byEditor = await editor.PostAsync(new Uri("/workspaces/rev-c/revisions/1/approve", UriKind.Relative), null, Ct);
        using var byAuthor = await selfApprover.PostAsync(new Uri("/workspaces/rev-c/revisions/1/approve", UriKind.Relative), null, Ct);
        using var approved = await Approve(approver, "/workspaces/rev-c/revisions/1/approve", etag: null, "SoA reviewed against the risk register");
        using var again = await approver.PostAsync(new Uri("/workspaces/rev-c/revisions/1/approve", UriKind.Relative), null, Ct);

        Assert.Equal(HttpStatusCode.Forbidden, byEditor.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, byAuthor.StatusCode);
        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        var revision = (await Json(editor, "/workspaces/rev-c/revisions")).EnumerateArray().Single();
        Assert.Equal(("ann", "SoA reviewed against the risk register"), (revision.GetProperty("approvedBy").GetString(), revision.GetProperty("approvalReason").GetString()));
        Assert.Equal(JsonValueKind.String, revision.GetProperty("approvedAt").ValueKind);
    }

    [Fact]
    public async Task An_approver_accepts_a_risk_in_a_new_revision_that_records_them()
    {
        using var editor = factory.Client(subject: "erin", roles: "editor");
        using var approver = factory.Client(subject: "ann", roles: "approver");
        using var created = await Put(editor, "rev-d", (await Demo(editor)).ToJsonString(), "Import", etag: null);
        using var accept = new HttpRequestMessage(HttpMethod.Post, new Uri("/workspaces/rev-d/risks/R-001/accept", UriKind.Relative));
        accept.Headers.IfMatch.Add(created.Headers.ETag!);
        accept.Headers.Add("Aims-Change-Reason", "Within appetite after treatment");

        using var accepted = await approver.SendAsync(accept, Ct);

        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        var risk = (await Json(editor, "/workspaces/rev-d")).GetProperty("risks").EnumerateArray().First(r => r.GetProperty("id").GetString() == "R-001");
        Assert.Equal("ann", risk.GetProperty("acceptance").GetProperty("acceptedBy").GetString());
        var revision = (await Json(editor, "/workspaces/rev-d/revisions")).EnumerateArray().Last();
        Assert.Equal(("ann", "ann"), (revision.GetProperty("author").GetString(), revision.GetProperty("approvedBy").GetString()));
    }

    [Fact]
    public async Task Accepting_a_risk_of_a_system_without_an_approved_impact_assessment_warns_AIMS1044_until_an_approver_approves_one()
    {
        using var editor = factory.Client(subject: "erin", roles: "editor");
        using var approver = factory.Client(subject: "ann", roles: "approver");
        using var admin = factory.Client(subject: "adam", roles: "tenant-admin");
        using var created = await Put(editor, "rev-ia", (await Demo(editor)).ToJsonString(), "Import", etag: null);

        // R-006 is a risk of cv-screening, whose impact assessment IA-cv is still a draft in the demo.
        using var blind = await Approve(approver, "/workspaces/rev-ia/risks/R-006/accept", created.Headers.ETag, "Within appetite");
        var warned = await Body(blind);
        using var approved = await Approve(approver, "/workspaces/rev-ia/impact-assessments/IA-cv/approve", blind.Headers.ETag, "Impacts on applicants assessed");
        var approval = await Body(approved);
        using var again = await Approve(approver, "/workspaces/rev-ia/impact-assessments/IA-cv/approve", approved.Headers.ETag, "Twice");
        using var informed = await Approve(approver, "/workspaces/rev-ia/risks/R-006/accept", approved.Headers.ETag, "Within appetite, impacts assessed");
        var confirmed = await Body(informed);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.Conflict, HttpStatusCode.OK), (blind.StatusCode, approved.StatusCode, again.StatusCode, informed.StatusCode));
        var warning = Assert.Single(warned.GetProperty("diagnostics").EnumerateArray(), d => d.GetProperty("code").GetString() == "AIMS1044");
        Assert.Equal(("warning", "/risks/5/acceptance"), (warning.GetProperty("severity").GetString(), warning.GetProperty("path").GetString()));
        Assert.Equal("ann", approval.GetProperty("approvedBy").GetString());
        Assert.DoesNotContain(confirmed.GetProperty("diagnostics").EnumerateArray(), d => d.GetProperty("code").GetString() == "AIMS1044");

        var workspace = await Json(editor, "/workspaces/rev-ia");
        var assessment = workspace.GetProperty("impactAssessments").EnumerateArray().Single(a => a.GetProperty("id").GetString() == "IA-cv");
        Assert.Equal("ann", assessment.GetProperty("approvedBy").GetString());
        var acceptance = workspace.GetProperty("risks").EnumerateArray().Single(r => r.GetProperty("id").GetString() == "R-006").GetProperty("acceptance");
        Assert.Equal(("ann", "Within appetite, impacts assessed"), (acceptance.GetProperty("acceptedBy").GetString(), acceptance.GetProperty("rationale").GetString()));

        // Who, when and why: in each new revision and in the audit log.
        var revisions = (await Json(editor, "/workspaces/rev-ia/revisions")).EnumerateArray().Skip(1).ToList();
        Assert.Equal(["Within appetite", "Impacts on applicants assessed", "Within appetite, impacts assessed"], revisions.Select(r => r.GetProperty("reason").GetString()));
        Assert.All(revisions, r => Assert.Equal(("ann", "ann"), (r.GetProperty("author").GetString(), r.GetProperty("approvedBy").GetString())));
        Assert.All(revisions, r => Assert.Equal(JsonValueKind.String, r.GetProperty("approvedAt").ValueKind));
        Assert.All(revisions, r => Assert.Equal(r.GetProperty("reason").GetString(), r.GetProperty("approvalReason").GetString()));
        var audit = (await Json(admin, "/audit")).EnumerateArray().Where(e => e.GetProperty("kind").GetString() == "approval" && e.GetProperty("detail").GetString()!.StartsWith("rev-ia ", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, audit.Count);
        Assert.All(audit, e => Assert.Equal("ann", e.GetProperty("subject").GetString()));
        Assert.Contains(audit, e => e.GetProperty("detail").GetString()!.Contains("impact assessment IA-cv", StringComparison.Ordinal) && e.GetProperty("detail").GetString()!.EndsWith("Impacts on applicants assessed", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Approvals_that_change_the_document_need_a_reason_the_current_etag_and_an_existing_target()
    {
        using var editor = factory.Client(subject: "erin", roles: "editor");
        using var approver = factory.Client(subject: "ann", roles: "approver");
        using var created = await Put(editor, "rev-ib", (await Demo(editor)).ToJsonString(), "Import", etag: null);
        using var second = await Put(editor, "rev-ib", (await Demo(editor)).ToJsonString(), "Again", created.Headers.ETag);

        using var noReason = await Approve(approver, "/workspaces/rev-ib/impact-assessments/IA-cv/approve", second.Headers.ETag, reason: null);
        using var noIfMatch = await Approve(approver, "/workspaces/rev-ib/impact-assessments/IA-cv/approve", etag: null, "Assessed");
        using var stale = await Approve(approver, "/workspaces/rev-ib/impact-assessments/IA-cv/approve", created.Headers.ETag, "Assessed");
        using var unknownAssessment = await Approve(approver, "/workspaces/rev-ib/impact-assessments/IA-none/approve", second.Headers.ETag, "Assessed");
        using var unknownRisk = await Approve(approver, "/workspaces/rev-ib/risks/R-999/accept", second.Headers.ETag, "Fine");

        Assert.Equal(
            [HttpStatusCode.BadRequest, (HttpStatusCode)428, HttpStatusCode.PreconditionFailed, HttpStatusCode.NotFound, HttpStatusCode.NotFound],
            new[] { noReason, noIfMatch, stale, unknownAssessment, unknownRisk }.Select(r => r.StatusCode));
        Assert.Equal(2, (await Json(editor, "/workspaces/rev-ib/revisions")).GetArrayLength());
    }

    [Fact]
    public async Task Exports_answer_json_csv_oscal_and_the_ml_bom_and_an_unknown_format_is_404()
    {
        using var reader = factory.Client();
        foreach (var (format, media) in new[] { ("json", "application/json"), ("oscal", "application/json"), ("aibom", "application/vnd.cyclonedx+json"), ("inventory.csv", "text/csv"), ("risks.csv", "text/csv"), ("soa.csv", "text/csv") })
        {
            using var response = await reader.GetAsync(new Uri($"/workspaces/demo/export/{format}", UriKind.Relative), Ct);
            Assert.Equal((format, HttpStatusCode.OK, media), (format, response.StatusCode, response.Content.Headers.ContentType?.MediaType));
        }

        using var bom = JsonDocument.Parse(await reader.GetStringAsync(new Uri("/workspaces/demo/export/aibom", UriKind.Relative), Ct));
        Assert.Equal("CycloneDX", bom.RootElement.GetProperty("bomFormat").GetString());
        Assert.Contains(bom.RootElement.GetProperty("components").EnumerateArray(), c => c.GetProperty("type").GetString() == "machine-learning-model");
        using var unknown = await reader.GetAsync(new Uri("/workspaces/demo/export/xlsx", UriKind.Relative), Ct);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    internal static async Task<JsonNode> Demo(HttpClient client) =>
        JsonNode.Parse(await client.GetStringAsync(new Uri("/workspaces/demo", UriKind.Relative), Ct))!;

    internal static async Task<HttpResponseMessage> Put(HttpClient client, string id, string body, string? reason, EntityTagHeaderValue? etag)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, new Uri($"/workspaces/{id}", UriKind.Relative)) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        if (reason is not null)
        {
            request.Headers.Add("Aims-Change-Reason", reason);
        }

        if (etag is not null)
        {
            request.Headers.IfMatch.Add(etag);
        }

        return await client.SendAsync(request, Ct);
    }

    private static async Task<HttpResponseMessage> Approve(HttpClient client, string path, EntityTagHeaderValue? etag, string? reason)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(path, UriKind.Relative));
        if (etag is not null)
        {
            request.Headers.IfMatch.Add(etag);
        }

        if (reason is not null)
        {
            request.Headers.Add("Aims-Change-Reason", reason);
        }

        return await client.SendAsync(request, Ct);
    }

    private static async Task<JsonElement> Body(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement;

    private static string Organization(JsonNode workspace, string name)
    {
        var copy = workspace.DeepClone();
        copy["organization"] = name;
        return copy.ToJsonString();
    }

    private static async Task<JsonElement> Json(HttpClient client, string path) =>
        JsonDocument.Parse(await client.GetStringAsync(new Uri(path, UriKind.Relative), Ct)).RootElement;
}
