using Aims.Risk;

namespace Aims.Tests.Risk;

public class FairScenarioEqualityTests
{
    private static FairScenario Scenario(string name = "s") =>
        FairScenario.FromThreats(name, Estimate.Pert(1, 5, 20), Estimate.Uniform(0.1, 0.3), Estimate.LognormalFrom90(1e4, 1e6))
            .WithSecondaryLoss(Estimate.Uniform(0, 0.5), Estimate.Pert(1e3, 1e4, 1e5));

    [Fact]
    public void Scenarios_built_alike_are_equal_and_any_change_makes_them_differ()
    {
        Assert.Equal(Scenario(), Scenario());
        Assert.True(Scenario() == Scenario());
        Assert.Equal(Scenario().GetHashCode(), Scenario().GetHashCode());

        Assert.NotEqual(Scenario(), Scenario("t"));
        Assert.NotEqual(Scenario(), Scenario().WithoutSecondaryLoss());
        Assert.NotEqual(Scenario(), Scenario().WithSecondaryLoss(Estimate.Uniform(0, 0.5), Estimate.Pert(1e3, 1e4, 2e5)));
        Assert.False(Scenario() == null);
    }

    [Fact]
    public void Sets_and_controls_compare_by_value_in_order()
    {
        var set = new FairScenarioSet("p", [Scenario("a"), Scenario("b")]);

        Assert.Equal(set, new FairScenarioSet("p", [Scenario("a"), Scenario("b")]));
        Assert.NotEqual(set, new FairScenarioSet("p", [Scenario("b"), Scenario("a")]));

        var effect = ControlEffect.Reduce(FairNode.Vulnerability, Estimate.Uniform(0.5, 0.8));
        var control = new FairControl("MFA", 1000, [effect]);
        Assert.Equal(control, new FairControl("MFA", 1000, [ControlEffect.Reduce(FairNode.Vulnerability, Estimate.Uniform(0.5, 0.8))]));
        Assert.NotEqual(control, new FairControl("MFA", 1001, [effect]));
    }
}
