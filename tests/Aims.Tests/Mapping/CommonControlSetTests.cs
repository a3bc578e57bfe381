using Aims.Mapping;
using Aims.Model;
using Aims.Samples.Demo;

namespace Aims.Tests.Mapping;

/// <summary>Issue 12: common controls worth the name — grouped by a stated rule, with owners, evidence and the audit requests answered.</summary>
public class CommonControlSetTests
{
    private static readonly MappingProvenance Test = new("test", "1", "me", "expert judgement", MappingStatus.Draft, new DateOnly(2026, 1, 1), "none");

    private static ControlMapping Map(string from, string to, Relationship relationship, MappingConfidence confidence = MappingConfidence.Unspecified)
    {
        var (f, t) = (from.Split(':'), to.Split(':'));
        return new ControlMapping(f[0], f[1], t[0], t[1], relationship, MatchingRationale.Semantic, confidence);
    }

    private static Crosswalk Crosswalk(params ControlMapping[] mappings) =>
        new([.. mappings.GroupBy(m => (m.SourceFramework, m.TargetFramework))
            .Select(g => new MappingSet($"{g.Key.SourceFramework}-{g.Key.TargetFramework}", g.Key.SourceFramework, g.Key.TargetFramework, Test, g))]);

    [Fact]
    public void Harmonized_structure_clauses_are_answered_in_full_through_equivalence_chains()
    {
        var controls = CommonControlSet.Build();

        var audit = controls.Single(c => c.Anchor.Key == "iso42001:9.2");
        Assert.Equal(["iso27001:9.2", "iso27701:5.7.2"], audit.AuditRequests.Where(r => r.Reuse == EvidenceReuse.Full).Select(r => r.Item.Key));
        Assert.Equal(2, audit.AuditRequestsSaved);
        Assert.Equal("CC-iso42001:9.2", audit.Id);
        Assert.Equal("iso42001:9.2", audit.Members[0].Key);
        Assert.DoesNotContain(controls, c => c.AuditRequests.Any(r => r.Item.Key == "iso27001:6.1.4"));
    }

    [Fact]
    public void The_rule_full_for_equal_equivalent_and_subset_partial_for_strong_overlap_and_superset_nothing_for_weak_overlap()
    {
        var crosswalk = Crosswalk(
            Map("iso42001:A.2.2", "iso27001:A.5.1", Relationship.IntersectsWith, MappingConfidence.High),
            Map("iso42001:A.2.3", "iso27001:A.5.2", Relationship.IntersectsWith, MappingConfidence.Medium),
            Map("iso27001:A.5.3", "iso42001:A.3.2", Relationship.SubsetOf),  // 27001 item inside the anchor: full
            Map("iso27001:A.5.4", "iso42001:A.3.3", Relationship.SupersetOf), // anchor inside the 27001 item: partial
            Map("iso42001:A.4.2", "iso27001:A.5.9", Relationship.EquivalentTo),
            Map("iso27001:A.5.9", "iso27701:A.7.2.8", Relationship.EqualTo)); // joins A.4.2 through the chain

        var controls = CommonControlSet.Build(crosswalk).ToDictionary(c => c.Anchor.Id);

        Assert.Equal(EvidenceReuse.Partial, Assert.Single(controls["A.2.2"].AuditRequests).Reuse);
        Assert.False(controls.ContainsKey("A.2.3"));
        Assert.Equal(EvidenceReuse.Full, Assert.Single(controls["A.3.2"].AuditRequests).Reuse);
        Assert.Equal(EvidenceReuse.Partial, Assert.Single(controls["A.3.3"].AuditRequests).Reuse);
        var chained = controls["A.4.2"].AuditRequests.Single(r => r.Item.Key == "iso27701:A.7.2.8");
        Assert.Equal(EvidenceReuse.Full, chained.Reuse);
        Assert.Equal(["iso27001:A.5.9", "iso27701:A.7.2.8"], chained.Basis.Select(m => $"{m.TargetFramework}:{m.TargetId}"));
        Assert.Equal(2, controls["A.4.2"].AuditRequestsSaved);
    }

    [Fact]
    public void Owner_evidence_and_scoped_owners_come_from_the_soa_entry_and_ownership_records_and_an_excluded_control_anchors_nothing()
    {
        var crosswalk = Crosswalk(
            Map("iso42001:A.2.2", "iso27001:A.5.1", Relationship.EquivalentTo),
            Map("iso42001:A.10.4", "iso27001:A.5.20", Relationship.EquivalentTo));
        var evidence = new EvidenceReference("AI policy v2", EvidenceKind.ProcessRecord);
        var soa = new StatementOfApplicability(new DocumentRevision("1.0"),
        [
            new SoaEntry("A.2.2", true).WithJustification("x").WithStatus(ImplementationStatus.Implemented).WithOwner("CTO").WithRiskIds(["R-1"]).WithEvidence([evidence]),
            new SoaEntry("A.10.4", false).WithJustification("No AI products for customers."),
        ]);
        ControlOwnership[] owners = [new("A.2.2", "Policy lead", "EU"), new("A.3.2", "Someone else")];

        var shared = Assert.Single(CommonControlSet.Build(crosswalk, soa, owners));

        Assert.Equal("iso42001:A.2.2", shared.Anchor.Key);
        Assert.Equal("CTO", shared.Owner);
        Assert.Same(evidence, Assert.Single(shared.Evidence));
        Assert.Equal(("Policy lead", "EU"), (Assert.Single(shared.ScopedOwners).Owner, shared.ScopedOwners[0].Scope));
        Assert.True(shared.HasEvidence);
    }

    [Fact]
    public void The_demo_shows_map_once_reuse_evidence_for_annex_a_with_owners_and_the_multi_cloud_mappings()
    {
        var workspace = DemoWorkspace.Create();

        var controls = CommonControlSet.Build(workspace, asOf: DemoWorkspace.AsOf);

        var annexA = controls.Where(c => c.Anchor.IsControl).ToList();
        Assert.True(annexA.Count >= 10, $"{annexA.Count} Annex A groups");
        Assert.All(annexA, c => Assert.NotNull(c.Owner));
        var suppliers = controls.Single(c => c.Anchor.Id == "A.10.3");
        Assert.Contains(suppliers.AuditRequests, r => r.Item.Key == "iso27001:A.5.23"); // cloud services
        var monitoring = controls.Single(c => c.Anchor.Id == "A.6.2.6");
        Assert.Equal(2, monitoring.ScopedOwners.Length); // one owner per cloud
        var audit = controls.Single(c => c.Anchor.Id == "9.2");
        Assert.NotNull(audit.ClauseBasis); // the internal audit record evidences clause 9.2
    }

    [Fact]
    public void The_multi_cloud_mappings_exist_with_provenance_and_rationale()
    {
        var set = BuiltInMappingSets.Get("iso42001-iso27001-annex-a");

        foreach (var (source, target) in new[] { ("A.4.5", "A.5.23"), ("A.7.5", "A.5.9"), ("A.10.3", "A.5.23") })
        {
            var m = Assert.Single(set.Mappings, m => (m.SourceId, m.TargetId) == (source, target));
            Assert.False(string.IsNullOrWhiteSpace(m.Notes));
        }

        Assert.Contains("A.4.5, A.7.5 and A.10.3", set.Provenance.Version, StringComparison.Ordinal);
    }
}
