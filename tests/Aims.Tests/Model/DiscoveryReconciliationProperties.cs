using Aims.Model;
using Aims.Serialization.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Aims.Tests.Model;

[Properties(Arbitrary = [typeof(ModelArbitraries)])]
public class DiscoveryReconciliationProperties
{
    private static readonly DateOnly AsOf = new(2026, 6, 1);

    [Property(MaxTest = 100)]
    public Property Reconcile_gives_every_asset_exactly_one_outcome_in_input_order(AimsWorkspace workspace, DiscoveredAiAsset[] assets, bool dated)
    {
        var r = DiscoveryReconciliation.Reconcile(workspace, assets, new DiscoveryReconciliationOptions { AsOf = dated ? AsOf : null });
        return (r.Outcomes.Select(o => o.AssetIndex).SequenceEqual(Enumerable.Range(0, assets.Length))
                && r.Outcomes.Select(o => o.Asset).SequenceEqual(assets)
                && r.Matched.Count + r.Candidates.Count + r.Ambiguous.Count + r.Rejected.Count == assets.Length
                && r.Matched.All(m => m.SystemIds.Length == 1)
                && r.Ambiguous.All(a => a.SystemIds.Length >= 2)
                && (dated || r.Rejected.Count == 0))
            .Label($"matched {r.Matched.Count}, candidates {r.Candidates.Count}, ambiguous {r.Ambiguous.Count}, rejected {r.Rejected.Count} of {assets.Length}");
    }

    [Property(MaxTest = 100)]
    public Property Applying_twice_changes_nothing_more(AimsWorkspace workspace, DiscoveredAiAsset[] assets)
    {
        var once = DiscoveryReconciliation.Reconcile(workspace, assets).Apply();
        var twice = DiscoveryReconciliation.Reconcile(once, assets).Apply();
        return (once.Equals(twice) && once.Systems.Length == workspace.Systems.Length).Label("a second apply changed the workspace or added systems");
    }

    [Property(MaxTest = 100)]
    public Property Apply_never_moves_a_last_seen_date_back_and_records_every_candidate(AimsWorkspace workspace, DiscoveredAiAsset[] assets)
    {
        var r = DiscoveryReconciliation.Reconcile(workspace, assets);
        var applied = r.Apply();
        var forward = workspace.Systems.Zip(applied.Systems).All(p => p.First.LastSeen is not { } before || p.Second.LastSeen >= before);
        var recorded = r.Candidates.All(c => applied.ShadowAiCandidates.Any(k => k.Asset.IsSameAssetAs(c.Asset) && k.Asset.LastSeen >= c.Asset.LastSeen));
        return (forward && recorded).Label($"forward {forward}, recorded {recorded}");
    }

    [Property(MaxTest = 80)]
    public Property Candidates_and_discovery_fields_round_trip_through_json(AimsWorkspace workspace, DiscoveredAiAsset[] assets)
    {
        var applied = DiscoveryReconciliation.Reconcile(workspace, assets).Apply();
        var read = AimsJson.ReadWorkspace(AimsJson.Write(applied), new AimsJsonReadOptions { ValidateModel = false });
        return (read.TryGetValue(out var back) && back.Equals(applied)).Label(string.Join("; ", read.Diagnostics.Select(d => $"{d.Code} {d.Path} {d.Message}")));
    }

    [Property(MaxTest = 100)]
    public Property A_sighting_merged_twice_equals_it_merged_once(ShadowAiCandidate candidate, DiscoveredAiAsset other)
    {
        var sighting = new DiscoveredAiAsset(candidate.Asset.Source, candidate.Asset.ExternalId, other.Name, other.LastSeen).WithSeen(other.FirstSeen, other.LastSeen);
        var once = candidate.WithSighting(sighting);
        return (once.Equals(once.WithSighting(sighting)) && once.Status == candidate.Status
                && once.Asset.FirstSeen == (sighting.FirstSeen < candidate.Asset.FirstSeen ? sighting.FirstSeen : candidate.Asset.FirstSeen))
            .ToProperty();
    }
}
