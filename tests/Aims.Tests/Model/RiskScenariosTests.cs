using Aims.Model;
using Aims.Risk;
using Aims.Samples.Demo;

namespace Aims.Tests.Model;

/// <summary>Issue 15, section 3: the register's own FAIR scenarios are the board report's portfolio.</summary>
public class RiskScenariosTests
{
    [Fact]
    public void The_portfolio_is_the_scenarios_of_the_risks_in_register_order_each_named_by_its_risk()
    {
        var leak = FairScenario.FromLossEvents("Prompt injection", Estimate.Pert(1, 2, 4), Estimate.Pert(1_000, 5_000, 20_000));
        var outage = FairScenario.FromLossEvents("R-3 model outage", Estimate.Pert(0.1, 0.5, 1), Estimate.Pert(10_000, 20_000, 90_000));
        var workspace = new AimsWorkspace("Acme").WithRisks(
        [
            new RiskEntry("R-1", "Leak", "CISO", new RiskRating(3, 3)).WithScenario(leak),
            new RiskEntry("R-2", "Bias", "CRO", new RiskRating(2, 4)),
            new RiskEntry("R-3", "Outage", "CTO", new RiskRating(2, 2)).WithScenario(outage),
        ]);

        var set = workspace.RiskScenarios()!;

        Assert.Equal(["R-1: Prompt injection", "R-3 model outage"], set.Scenarios.Select(s => s.Name));
        Assert.Equal(leak.WithName("R-1: Prompt injection"), set.Scenarios[0]);
        Assert.Equal("Acme risk register", set.Name);
    }

    [Fact]
    public void A_register_without_scenarios_has_no_portfolio()
    {
        Assert.Null(new AimsWorkspace("Acme").WithRisks([new RiskEntry("R-1", "Leak", "CISO", new RiskRating(3, 3))]).RiskScenarios());
    }

    [Fact]
    public void The_demo_risks_carry_the_demo_portfolio()
    {
        Assert.Equal(DemoWorkspace.Scenarios().Scenarios, DemoWorkspace.Create().RiskScenarios()!.Scenarios);
    }
}
