using Aims.Model;
using Aims.Samples.Demo;

namespace Aims.Tests.Model;

public class DiscoveryReconciliationTests
{
    private static readonly DateOnly Day = new(2026, 11, 1);

    private static DiscoveredAiAsset Asset(string externalId, string name = "Seen", DiscoverySource source = DiscoverySource.ProxyLog) =>
        new(source, externalId, name, Day);

    private static AimsWorkspace Workspace(params AiSystem[] systems) => new AimsWorkspace("Org").WithSystems(systems);

    [Fact]
    public void Constructors_reject_malformed_ids_endpoints_dates_and_triage()
    {
        Assert.Throws<ArgumentException>("externalId", () => Asset("has space"));
        Assert.Throws<ArgumentException>("externalId", () => Asset("bidi\u202Eid"));
        Assert.Throws<ArgumentException>("externalId", () => Asset(new string('x', DiscoveredAiAsset.MaxExternalIdLength + 1)));
        Assert.Throws<ArgumentException>("name", () => Asset("ok", " "));
        Assert.Throws<ArgumentOutOfRangeException>("source", () => Asset("ok", "n", (DiscoverySource)9));
        Assert.Throws<ArgumentOutOfRangeException>("firstSeen", () => Asset("ok").WithSeen(Day.AddDays(1), Day));
        Assert.Throws<ArgumentOutOfRangeException>("requestCount", () => Asset("ok").WithRequestCount(-1));
        Assert.Throws<ArgumentException>("endpoint", () => Asset("ok").WithEndpoint("https://"));
        Assert.Throws<ArgumentException>("endpoint", () => Asset("ok").WithEndpoint("a host"));
        Assert.Throws<ArgumentException>("discoveryAliases", () => new AiSystem("s", "S").WithDiscoveryAliases(["two words"]));
        Assert.Throws<ArgumentException>("endpoints", () => new AiSystem("s", "S").WithEndpoints(["http:///path"]));

        var candidate = new ShadowAiCandidate(Asset("ok"));
        Assert.Throws<ArgumentException>("reason", () => candidate.WithTriage(ShadowAiCandidateStatus.Dismissed, " "));
        Assert.Throws<ArgumentException>("systemId", () => candidate.WithTriage(ShadowAiCandidateStatus.Registered, "ok"));
        Assert.Throws<ArgumentException>("systemId", () => candidate.WithTriage(ShadowAiCandidateStatus.UnderReview, null, "sys"));
        Assert.Throws<ArgumentException>("sighting", () => candidate.WithSighting(Asset("other")));
        Assert.Equal("sys", candidate.WithTriage(ShadowAiCandidateStatus.Registered, null, "sys").SystemId);
    }

    [Theory]
    [InlineData("https://API.Example.com:8443/v1/chat?x=1", "api.example.com")]
    [InlineData("api.example.com.", "api.example.com")]
    [InlineData("user@api.example.com/path", "api.example.com")]
    [InlineData("http://[::1]:8080/", "[::1]")]
    [InlineData("https://", "")]
    public void HostOf_drops_scheme_user_port_path_case_and_trailing_dot(string endpoint, string host) =>
        Assert.Equal(host, DiscoveredAiAsset.HostOf(endpoint));

    [Fact]
    public void Rule_1_external_id_matches_a_system_id_or_alias_ignoring_case()
    {
        var ws = Workspace(new AiSystem("credit", "Credit").WithDiscoveryAliases(["arn:aws:sagemaker:x:1:endpoint/Credit"]), new AiSystem("other", "Other"));

        var r = DiscoveryReconciliation.Reconcile(ws, [Asset("ARN:AWS:SAGEMAKER:X:1:ENDPOINT/CREDIT"), Asset("Other")]);

        Assert.All(r.Outcomes, o => Assert.Equal((DiscoveryOutcomeKind.Matched, DiscoveryMatchRule.ExternalId), (o.Kind, o.Rule!.Value)));
        Assert.Equal(["credit", "other"], r.Outcomes.Select(o => o.SystemIds.Single()));
    }

    [Fact]
    public void Rule_1_decides_before_rule_2_even_when_the_endpoint_points_elsewhere()
    {
        var ws = Workspace(new AiSystem("a", "A").WithDiscoveryAliases(["app-1"]), new AiSystem("b", "B").WithEndpoints(["b.example.com"]));

        var r = DiscoveryReconciliation.Reconcile(ws, [Asset("app-1").WithEndpoint("https://b.example.com")]);

        Assert.Equal(["a"], r.Matched.Single().SystemIds);
        Assert.Equal(DiscoveryMatchRule.ExternalId, r.Matched.Single().Rule);
    }

    [Fact]
    public void Rule_2_endpoint_matches_by_host_and_several_systems_make_it_ambiguous()
    {
        var ws = Workspace(
            new AiSystem("a", "A").WithEndpoints(["https://shared.example.com"]),
            new AiSystem("b", "B").WithEndpoints(["SHARED.example.com:443"]),
            new AiSystem("c", "C").WithEndpoints(["https://own.example.com/v2"]));

        var r = DiscoveryReconciliation.Reconcile(ws, [Asset("x").WithEndpoint("https://shared.example.com/v1/chat"), Asset("y").WithEndpoint("own.example.com")]);

        var ambiguous = Assert.Single(r.Ambiguous);
        Assert.Equal(DiscoveryMatchRule.Endpoint, ambiguous.Rule);
        Assert.Equal(["a", "b"], ambiguous.SystemIds);
        Assert.Null(ambiguous.NewLastSeen);
        Assert.Equal(("c", DiscoveryMatchRule.Endpoint), (r.Matched.Single().SystemIds[0], r.Matched.Single().Rule!.Value));
    }

    [Fact]
    public void Rule_3_needs_both_provider_and_model_of_a_component_or_the_lineage()
    {
        var ws = Workspace(
            new AiSystem("chat", "Chat").WithComponents([new ThirdPartyComponent("gpt-4o", ComponentKind.ExternalModelApi, "OpenAI")]),
            new AiSystem("tuned", "Tuned").WithLineage(new ModelLineage("llama-3.1-8b", "Meta")));

        var r = DiscoveryReconciliation.Reconcile(ws,
        [
            Asset("1").WithProvider("openai").WithModelId("GPT-4O"),
            Asset("2").WithProvider("Meta").WithModelId("llama-3.1-8b"),
            Asset("3").WithModelId("gpt-4o"),
            Asset("4").WithProvider("OpenAI").WithModelId("gpt-4o-mini"),
        ]);

        Assert.Equal(["chat", "tuned"], r.Matched.Select(m => m.SystemIds[0]));
        Assert.All(r.Matched, m => Assert.Equal(DiscoveryMatchRule.ProviderAndModel, m.Rule));
        Assert.Equal([2, 3], r.Candidates.Select(c => c.AssetIndex));
    }

    [Fact]
    public void Rules_2_and_3_can_be_switched_off()
    {
        var ws = Workspace(new AiSystem("a", "A").WithEndpoints(["a.example.com"]).WithComponents([new ThirdPartyComponent("m", ComponentKind.ExternalModelApi, "p")]));
        var assets = new[] { Asset("1").WithEndpoint("a.example.com"), Asset("2").WithProvider("p").WithModelId("m") };

        var r = DiscoveryReconciliation.Reconcile(ws, assets, new DiscoveryReconciliationOptions { MatchByEndpoint = false, MatchByProviderAndModel = false });

        Assert.Equal(2, r.Candidates.Count);
    }

    [Fact]
    public void A_name_alone_never_matches_but_is_reported()
    {
        var ws = Workspace(new AiSystem("marketing-copy", "Marketing copy generator"));

        var r = DiscoveryReconciliation.Reconcile(ws, [Asset("writer-saas", "MARKETING COPY GENERATOR")]);

        Assert.Single(r.Candidates);
        var conflict = Assert.Single(r.Conflicts);
        Assert.Equal((DiscoveryConflictKind.SameNameAsSystem, "marketing-copy", 0), (conflict.Kind, conflict.SystemId, conflict.AssetIndex));
    }

    [Fact]
    public void A_retired_system_seen_is_matched_and_reported()
    {
        var ws = Workspace(new AiSystem("old", "Old").WithLifecycleStage(LifecycleStage.Retirement));

        var r = DiscoveryReconciliation.Reconcile(ws, [Asset("old")]);

        Assert.Single(r.Matched);
        Assert.Equal(DiscoveryConflictKind.RetiredSystemSeen, Assert.Single(r.Conflicts).Kind);
    }

    [Fact]
    public void Assets_last_seen_after_the_reconciliation_date_are_rejected()
    {
        var r = DiscoveryReconciliation.Reconcile(Workspace(new AiSystem("a", "A")), [Asset("a"), Asset("b")], new DiscoveryReconciliationOptions { AsOf = Day.AddDays(-1) });

        Assert.Equal(2, r.Rejected.Count);
        Assert.Contains("after the reconciliation date", r.Rejected[0].Reason, StringComparison.Ordinal);
        Assert.Same(r.Workspace, r.Apply());
    }

    [Fact]
    public void Apply_moves_last_seen_forward_only_and_records_candidates_without_adding_systems()
    {
        var ws = Workspace(new AiSystem("a", "A").WithLastSeen(Day.AddDays(5)), new AiSystem("b", "B").WithLastSeen(Day.AddDays(-5)));
        var assets = new[] { Asset("a"), Asset("b"), Asset("b").WithSeen(Day.AddDays(-9), Day.AddDays(-9)), Asset("new-1"), Asset("NEW-1").WithSeen(Day.AddDays(-3), Day.AddDays(2)) };

        var r = DiscoveryReconciliation.Reconcile(ws, assets);
        var applied = r.Apply();

        Assert.Equal([false, true, false], r.Matched.Select(m => m.ChangesLastSeen));
        Assert.Equal([Day.AddDays(5), Day], applied.Systems.Select(s => s.LastSeen!.Value));
        Assert.Equal(2, applied.Systems.Length);
        var candidate = Assert.Single(applied.ShadowAiCandidates);
        Assert.Equal((ShadowAiCandidateStatus.New, Day.AddDays(-3), Day.AddDays(2), "NEW-1"),
            (candidate.Status, candidate.Asset.FirstSeen, candidate.Asset.LastSeen, candidate.Asset.ExternalId));
    }

    [Fact]
    public void A_recorded_candidate_keeps_its_triage_and_a_registered_one_no_rule_matches_is_reported()
    {
        var dismissed = new ShadowAiCandidate(Asset("x").WithSeen(Day.AddDays(-40), Day.AddDays(-40))).WithTriage(ShadowAiCandidateStatus.Dismissed, "Blocked at the proxy");
        var registered = new ShadowAiCandidate(Asset("y")).WithTriage(ShadowAiCandidateStatus.Registered, null, "a");
        var ws = Workspace(new AiSystem("a", "A")).WithShadowAiCandidates([dismissed, registered]);

        var r = DiscoveryReconciliation.Reconcile(ws, [Asset("x"), Asset("y")]);
        var applied = r.Apply();

        Assert.Equal([ShadowAiCandidateStatus.Dismissed, ShadowAiCandidateStatus.Registered], r.Candidates.Select(c => c.KnownCandidateStatus!.Value));
        Assert.Equal((DiscoveryConflictKind.RegisteredCandidateUnmatched, "a"), (Assert.Single(r.Conflicts).Kind, r.Conflicts[0].SystemId));
        Assert.Equal((ShadowAiCandidateStatus.Dismissed, "Blocked at the proxy", Day.AddDays(-40), Day),
            (applied.ShadowAiCandidates[0].Status, applied.ShadowAiCandidates[0].Reason, applied.ShadowAiCandidates[0].Asset.FirstSeen, applied.ShadowAiCandidates[0].Asset.LastSeen));
    }

    [Fact]
    public void Validation_warns_about_candidates_untriaged_past_the_window_and_checks_registrations()
    {
        var old = new ShadowAiCandidate(Asset("old").WithSeen(Day.AddDays(-(ShadowAiCandidate.TriageWindowDays + 1)), Day));
        var fresh = new ShadowAiCandidate(Asset("fresh").WithSeen(Day.AddDays(-ShadowAiCandidate.TriageWindowDays), Day));
        var reviewing = new ShadowAiCandidate(Asset("reviewing").WithSeen(Day.AddDays(-90), Day)).WithTriage(ShadowAiCandidateStatus.UnderReview, "Asked IT");
        var ghost = new ShadowAiCandidate(Asset("ghost")).WithTriage(ShadowAiCandidateStatus.Registered, null, "nowhere");
        var twin = new ShadowAiCandidate(Asset("OLD"));
        var ws = new AimsWorkspace("Org").WithShadowAiCandidates([old, fresh, reviewing, ghost, twin]);

        var atDay = ws.Validate(Day).Diagnostics.Where(d => d.Path.StartsWith("/shadowAiCandidates", StringComparison.Ordinal)).Select(d => (d.Code, d.Path)).ToList();
        var undated = ws.Validate().Diagnostics.Where(d => d.Path.StartsWith("/shadowAiCandidates", StringComparison.Ordinal)).Select(d => d.Code).ToList();

        Assert.Equal(
        [
            (ModelDiagnosticCodes.ShadowAiCandidateUntriaged, "/shadowAiCandidates/0/status"),
            (ModelDiagnosticCodes.UnknownSystem, "/shadowAiCandidates/3/systemId"),
            (ModelDiagnosticCodes.DuplicateId, "/shadowAiCandidates/4/externalId"),
        ], atDay);
        Assert.Equal([ModelDiagnosticCodes.UnknownSystem, ModelDiagnosticCodes.DuplicateId], undated);
    }

    [Fact]
    public void The_example_csv_against_the_demo_gives_a_match_a_candidate_and_an_ambiguous_row()
    {
        var assets = new[]
        {
            Asset("arn:aws:sagemaker:eu-central-1:111122223333:endpoint/credit-scoring-v4", "credit-scoring-v4", DiscoverySource.CloudInventory),
            Asset("northwind-openai.openai.azure.com", "Azure OpenAI").WithEndpoint("https://northwind-openai.openai.azure.com/openai/deployments/gpt-4o/chat/completions"),
            Asset("app-4711", "Meeting notes AI", DiscoverySource.SaasScan),
        };

        var r = DiscoveryReconciliation.Reconcile(DemoWorkspace.Create(), assets);

        Assert.Equal(["credit-scoring"], r.Matched.Single().SystemIds);
        Assert.Equal(["support-assistant", "loan-ops-agent"], r.Ambiguous.Single().SystemIds);
        Assert.Equal(2, r.Candidates.Single().AssetIndex);
    }
}
