using Aims.Risk;

namespace Aims.Tests.Risk;

/// <summary>Issue 15, section 4: a portfolio with and without each scenario's controls, on common random numbers.</summary>
public class PortfolioControlAnalysisTests
{
    private static readonly FairSimulationOptions Options = new() { Trials = 20_000, Seed = 3 };

    private static readonly FairScenario[] Scenarios =
    [
        FairScenario.FromLossEvents("a", Estimate.Pert(0.5, 1, 3), Estimate.Pert(10_000, 50_000, 200_000)),
        FairScenario.FromThreats("b", Estimate.Pert(2, 5, 10), Estimate.Pert(0.3, 0.6, 0.9), Estimate.Pert(0.4, 0.6, 0.8), Estimate.Pert(5_000, 20_000, 90_000)),
    ];

    private static readonly FairControl Halve = new("halve", 1_000, [ControlEffect.Reduce(FairNode.LossEventFrequency, Estimate.Constant(0.5))]);
    private static readonly FairControl Harden = new FairControl("harden", 2_000, [ControlEffect.Shift(FairNode.ResistanceStrength, Estimate.Pert(0.1, 0.2, 0.3))]).WithFunction(ControlFunction.Resistance);

    [Fact]
    public void Without_controls_the_before_portfolio_is_run_portfolio_bit_for_bit()
    {
        var analysis = FairSimulator.AnalyzePortfolioControls(Scenarios, [[Halve], [Harden]], Options);
        var plain = FairSimulator.RunPortfolio(Scenarios, Options);

        Assert.Equal(plain.Total.Mean, analysis.Before.Total.Mean);
        Assert.Equal(plain.Total.Percentile(0.95), analysis.Before.Total.Percentile(0.95));
        Assert.Equal(plain.Contributions.Select(c => c.Mean), analysis.Before.Contributions.Select(c => c.Mean));
    }

    [Fact]
    public void Controls_lower_each_treated_scenario_and_a_scenario_without_controls_is_unchanged()
    {
        var analysis = FairSimulator.AnalyzePortfolioControls(Scenarios, [[Halve], []], Options);

        Assert.Equal(analysis.Scenarios[0].Before.Mean * 0.5, analysis.Scenarios[0].After.Mean, 0.03 * analysis.Scenarios[0].Before.Mean);
        Assert.Same(analysis.Scenarios[1].Before, analysis.Scenarios[1].After);
        Assert.Empty(analysis.Scenarios[1].PerControl);
        Assert.Equal(analysis.Scenarios.Sum(s => s.After.Mean), analysis.After.Total.Mean, 1e-6 * analysis.After.Total.Mean);
        Assert.NotNull(analysis.Scenarios[0].After.SummaryOf(FairNode.LossEventFrequency)); // placeable on a risk matrix
    }

    [Fact]
    public void Each_control_alone_is_measured_against_no_controls_with_its_return_on_investment()
    {
        var analysis = FairSimulator.AnalyzePortfolioControls(Scenarios, [[], [Harden, Halve]], Options);
        var alone = analysis.Scenarios[1].PerControl;

        Assert.Equal(["harden", "halve"], alone.Select(c => c.Name));
        var single = FairSimulator.AnalyzeControls(Scenarios[1], [Harden], Options);
        Assert.True(alone[0].RiskReduction > 0);
        Assert.Equal((alone[1].RiskReduction - 1_000) / 1_000, alone[1].ReturnOnInvestment, 1e-9);
        Assert.True(single.PerControl[0].RiskReduction > 0);
    }

    [Fact]
    public void Bad_effects_are_listed_with_their_paths_and_mismatched_lists_are_a_caller_bug()
    {
        var bad = new FairControl("bad", 1, [ControlEffect.Shift(FairNode.ResistanceStrength, Estimate.Constant(0.1))]);

        var ex = Assert.Throws<FairValidationException>(() => FairSimulator.AnalyzePortfolioControls(Scenarios, [[bad], []], Options));
        Assert.Equal("/controls/0/0/effects/0", Assert.Single(ex.Diagnostics).Path);
        Assert.Throws<ArgumentException>(() => FairSimulator.AnalyzePortfolioControls(Scenarios, [[]], Options));
        Assert.Throws<ArgumentNullException>(() => FairSimulator.AnalyzePortfolioControls(null!, [], Options));
    }

    [Fact]
    public void A_control_states_its_fair_cam_function_and_equality_includes_it()
    {
        Assert.Equal(ControlFunction.Resistance, Harden.Function);
        Assert.NotEqual(Halve, Halve.WithFunction(ControlFunction.Avoidance));
        Assert.Equal(Halve.WithFunction(ControlFunction.Avoidance), Halve.WithFunction(ControlFunction.Avoidance));
        Assert.Throws<ArgumentOutOfRangeException>(() => Halve.WithFunction((ControlFunction)99));
    }
}
