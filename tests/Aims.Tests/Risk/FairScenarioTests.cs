using Aims.Risk;

namespace Aims.Tests.Risk;

public class FairScenarioTests
{
    [Fact]
    public void Validate_reports_every_problem_with_its_code_and_pointer_instead_of_throwing()
    {
        var result = FairScenario.Validate(new FairScenarioInputs
        {
            Name = " ",
            LossEventFrequency = Estimate.Pert(1, 2, 3),
            ThreatEventFrequency = Estimate.Pert(1, 2, 3),
            PrimaryLoss = Estimate.Pert(1, 2, 3),
            PrimaryLossByForm = new Dictionary<LossForm, Estimate> { [LossForm.Response] = Estimate.Pert(-5, 1, 2) },
            SecondaryLoss = Estimate.Normal(10, 1),
        });

        Assert.False(result.IsValid);
        Assert.Equal(
        [
            "/name",
            "/lossEventFrequency",
            "/primaryLoss",
            "/secondaryLossEventFrequency",
            "/primaryLossByForm/response",
            "/secondaryLoss",
        ], result.Diagnostics.Select(p => p.Path));
        Assert.Equal(
        [
            RiskDiagnosticCodes.ScenarioNameRequired,
            RiskDiagnosticCodes.ConflictingEstimates,
            RiskDiagnosticCodes.ConflictingEstimates,
            RiskDiagnosticCodes.MissingEstimate,
            RiskDiagnosticCodes.OutOfRange,
            RiskDiagnosticCodes.OutOfRange,
        ], result.Diagnostics.Select(p => p.Code));
    }

    [Fact]
    public void Validate_names_the_missing_half_of_a_derived_pair()
    {
        var result = FairScenario.Validate(new FairScenarioInputs
        {
            Name = "s",
            ContactFrequency = Estimate.Pert(1, 2, 3),
            ThreatCapability = Estimate.Pert(0.1, 0.2, 0.3),
            Vulnerability = Estimate.Constant(0.5),
            PrimaryLoss = Estimate.Constant(1),
            SecondaryLossEventFrequency = Estimate.Constant(1.5),
        });

        Assert.Equal(
            ["/probabilityOfAction", "/vulnerability", "/secondaryLoss", "/secondaryLossEventFrequency"],
            result.Diagnostics.Select(p => p.Path));
        Assert.Equal(
            [RiskDiagnosticCodes.MissingEstimate, RiskDiagnosticCodes.ConflictingEstimates, RiskDiagnosticCodes.MissingEstimate, RiskDiagnosticCodes.OutOfRange],
            result.Diagnostics.Select(p => p.Code));
    }

    [Fact]
    public void Validate_returns_the_scenario_the_factories_build_from_the_same_inputs()
    {
        var result = FairScenario.Validate(new FairScenarioInputs
        {
            Name = " s ",
            ContactFrequency = Estimate.Constant(10),
            ProbabilityOfAction = Estimate.Constant(0.5),
            Vulnerability = Estimate.Uniform(0.2, 0.4),
            PrimaryLoss = Estimate.Constant(100),
        });

        Assert.True(result.TryGetValue(out var scenario));
        Assert.Empty(result.Diagnostics);
        Assert.Equal("s", scenario.Name);
        Assert.Equal(Estimate.Constant(10), scenario.ContactFrequency);
        Assert.Equal(Estimate.Constant(0.5), scenario.ProbabilityOfAction);
        Assert.Equal(Estimate.Uniform(0.2, 0.4), scenario.Vulnerability);
        Assert.Equal(Estimate.Constant(100), scenario.PrimaryLoss);
        Assert.Null(scenario.ThreatEventFrequency);
    }

    [Fact]
    public void Factories_throw_one_exception_listing_every_invalid_estimate_with_its_pointer()
    {
        var ex = Assert.Throws<FairValidationException>(() => FairScenario.FromContacts(" ",
            contactFrequency: Estimate.Pert(-1, 2, 3),
            probabilityOfAction: Estimate.Constant(2),
            threatCapability: Estimate.Pert(0.1, 0.2, 0.3),
            resistanceStrength: Estimate.Pert(0.3, 0.2, 0.1),
            primaryLoss: Estimate.Constant(1)));

        Assert.Equal(["/name", "/contactFrequency", "/probabilityOfAction", "/resistanceStrength"], ex.Diagnostics.Select(d => d.Path));
        Assert.Equal(RiskDiagnosticCodes.InvalidParameters, ex.Diagnostics[^1].Code);
        Assert.Contains("4 problem(s)", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Factories_follow_the_tree_and_copies_add_secondary_loss()
    {
        var byThreats = FairScenario.FromThreats("t", Estimate.Constant(4), threatCapability: Estimate.Constant(0.7), resistanceStrength: Estimate.Constant(0.5), primaryLoss: Estimate.Constant(10));
        var byContacts = FairScenario.FromContacts("c", Estimate.Constant(4), Estimate.Constant(0.5), vulnerability: Estimate.Constant(0.5), primaryLoss: Estimate.Constant(10));
        var withSecondary = byContacts.WithSecondaryLoss(Estimate.Constant(0.5), Estimate.Constant(100));

        Assert.True(byThreats.DerivesVulnerability);
        Assert.False(byThreats.HasNode(FairNode.ContactFrequency));
        Assert.False(byContacts.DerivesVulnerability);
        Assert.True(byContacts.HasNode(FairNode.ProbabilityOfAction));
        Assert.False(byContacts.HasSecondaryLoss);
        Assert.True(withSecondary.HasSecondaryLoss);
        Assert.Equal(4 * 0.5 * 0.5 * (10 + (0.5 * 100)), withSecondary.AnalyticMeanAnnualLoss!.Value, 9);
        Assert.False(withSecondary.WithoutSecondaryLoss().HasSecondaryLoss);
        Assert.Equal("renamed", withSecondary.WithName("renamed").Name);
        Assert.Throws<FairValidationException>(() => byContacts.WithSecondaryLoss(Estimate.Constant(1.5), Estimate.Constant(1)));
        Assert.Throws<FairValidationException>(() => byContacts.WithSecondaryLossByForm(Estimate.Constant(0.5), new Dictionary<LossForm, Estimate>()));
        Assert.Throws<ArgumentNullException>(() => FairScenario.FromLossEvents("x", Estimate.Constant(1), (Estimate)null!));
    }

    [Fact]
    public void Analytic_mean_needs_an_estimated_vulnerability()
    {
        var direct = FairScenario.FromContacts("s",
                contactFrequency: Estimate.Constant(10), probabilityOfAction: Estimate.Constant(0.5), vulnerability: Estimate.Uniform(0.2, 0.4),
                primaryLossByForm: new Dictionary<LossForm, Estimate> { [LossForm.Response] = Estimate.Constant(100), [LossForm.Replacement] = Estimate.Constant(50) })
            .WithSecondaryLoss(Estimate.Constant(0.5), Estimate.Constant(1000));

        Assert.Equal(10 * 0.5 * 0.3 * (150 + 500), direct.AnalyticMeanAnnualLoss!.Value, 6);
        Assert.Null(ReferenceScenarios.Standard().AnalyticMeanAnnualLoss);
        Assert.Equal(6, ReferenceScenarios.Standard().Inputs().Count());
    }
}
