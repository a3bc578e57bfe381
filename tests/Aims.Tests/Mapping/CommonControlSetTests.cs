using Aims.Mapping;
using Aims.Model;

namespace Aims.Tests.Mapping;

public class CommonControlSetTests
{
    [Fact]
    public void Harmonized_structure_clauses_become_shared_controls_with_one_owner_and_evidence()
    {
        var evidence = new EvidenceReference("Audit programme 2026", EvidenceKind.ProcessRecord);
        var soa = new StatementOfApplicability(new DocumentRevision("1.0"), [new SoaEntry("A.2.2", true).WithJustification("x").WithStatus(ImplementationStatus.Implemented).WithOwner("CISO").WithRiskIds(["R-1"]).WithEvidence([evidence])]);

        var controls = CommonControlSet.Build(soa: soa);

        var audit = controls.Single(c => c.Members.Any(m => m.Key == "iso42001:9.2"));
        Assert.Equal(["iso42001:9.2", "iso27001:9.2", "iso27701:5.7.2"], audit.Members.Select(m => m.Key));
        Assert.Equal(2, audit.AuditRequestsSaved);
        Assert.Equal("CC-iso42001:9.2", audit.Id);
        Assert.DoesNotContain(controls, c => c.Members.Any(m => m.Key == "iso42001:6.1.4")); // AI-specific
        Assert.True(controls.Sum(c => c.AuditRequestsSaved) > 30);
    }

    [Fact]
    public void Owner_and_evidence_come_from_the_soa_entry_of_the_42001_member()
    {
        var a = new ControlMapping(FrameworkIds.Iso42001, "A.2.2", FrameworkIds.Iso27001, "A.5.1", Relationship.EquivalentTo, MatchingRationale.Semantic);
        var set = new MappingSet("test", FrameworkIds.Iso42001, FrameworkIds.Iso27001,
            new MappingProvenance("test", "1", "me", "expert judgement", MappingStatus.Draft, new DateOnly(2026, 1, 1), "none"), [a]);
        var evidence = new EvidenceReference("AI policy v2", EvidenceKind.ProcessRecord);
        var soa = new StatementOfApplicability(new DocumentRevision("1.0"), [new SoaEntry("A.2.2", true).WithJustification("x").WithStatus(ImplementationStatus.Implemented).WithOwner("CTO").WithRiskIds(["R-1"]).WithEvidence([evidence])]);

        var shared = Assert.Single(CommonControlSet.Build(new Crosswalk([set]), soa));

        Assert.Equal("CTO", shared.Owner);
        Assert.Same(evidence, Assert.Single(shared.Evidence));
        Assert.Equal(1, shared.AuditRequestsSaved);
    }
}
