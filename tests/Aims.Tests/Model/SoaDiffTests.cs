using Aims.Model;

namespace Aims.Tests.Model;

public class SoaDiffTests
{
    [Fact]
    public void Between_lists_added_removed_and_changed_fields()
    {
        var v1 = new StatementOfApplicability(new DocumentRevision("1.0"),
        [
            new SoaEntry("A.2.2", true).WithJustification("Policy").WithStatus(ImplementationStatus.Planned).WithOwner("CTO").WithRiskIds(["R-1"]),
            new SoaEntry("A.2.3", true).WithJustification("Policy"),
        ]);
        var v2 = new StatementOfApplicability(new DocumentRevision("2.0"),
        [
            new SoaEntry("A.2.2", true).WithJustification("Policy").WithStatus(ImplementationStatus.Implemented).WithOwner("CISO").WithRiskIds(["R-1", "R-2"]),
            new SoaEntry("A.10.4", false).WithJustification("No AI customers"),
        ]);

        var diff = SoaDiff.Between(v1, v2);

        Assert.Equal(("1.0", "2.0"), (diff.FromVersion, diff.ToVersion));
        Assert.Equal(["A.10.4"], diff.Added.Select(e => e.ControlId));
        Assert.Equal(["A.2.3"], diff.Removed.Select(e => e.ControlId));
        var change = Assert.Single(diff.Changed);
        Assert.Equal("A.2.2", change.ControlId);
        Assert.Equal(
            [("status", "planned", "implemented"), ("owner", "CTO", "CISO"), ("riskIds", "R-1", "R-1, R-2")],
            change.Changes.Select(c => (c.Field, c.OldValue, c.NewValue)));
    }
}
