using Aims.Risk;

namespace Aims.Tests.Risk;

public class FairScenarioTests
{
    [Fact]
    public void Constructor_reports_every_problem_with_its_path()
    {
        var ex = Assert.Throws<FairValidationException>(() => new FairScenario(" ",
            lossEventFrequency: Estimate.Pert(1, 2, 3),
            threatEventFrequency: Estimate.Pert(1, 2, 3),
            primaryLoss: Estimate.Pert(1, 2, 3),
            primaryLossByForm: new Dictionary<LossForm, Estimate> { [LossForm.Response] = Estimate.Pert(-5, 1, 2) },
            secondaryLoss: Estimate.Normal(10, 1)));

        Assert.Equal(
        [
            "/name",
            "/lossEventFrequency",
            "/primaryLoss",
            "/secondaryLossEventFrequency",
            "/primaryLossByForm/response",
            "/secondaryLoss",
        ], ex.Diagnostics.Select(p => p.Path));
        Assert.Equal(
        [
            RiskDiagnosticCodes.ScenarioNameRequired,
            RiskDiagnosticCodes.ConflictingEstimates,
            RiskDiagnosticCodes.ConflictingEstimates,
            RiskDiagnosticCodes.MissingEstimate,
            RiskDiagnosticCodes.OutOfRange,
            RiskDiagnosticCodes.OutOfRange,
        ], ex.Diagnostics.Select(p => p.Code));
        Assert.Contains("6 problem(s)", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Half_given_routes_name_the_missing_input()
    {
        var ex = Assert.Throws<FairValidationException>(() => new FairScenario("s",
            contactFrequency: Estimate.Pert(1, 2, 3),
            threatCapability: Estimate.Pert(0.1, 0.2, 0.3),
            vulnerability: Estimate.Constant(0.5),
            primaryLoss: Estimate.Constant(1),
            secondaryLossEventFrequency: Estimate.Constant(1.5)));

        Assert.Equal(
            ["/probabilityOfAction", "/vulnerability", "/secondaryLoss", "/secondaryLossEventFrequency"],
            ex.Diagnostics.Select(p => p.Path));
        Assert.Equal(
            [RiskDiagnosticCodes.MissingEstimate, RiskDiagnosticCodes.ConflictingEstimates, RiskDiagnosticCodes.MissingEstimate, RiskDiagnosticCodes.OutOfRange],
            ex.Diagnostics.Select(p => p.Code));
    }

    [Fact]
    public void Analytic_mean_needs_an_estimated_vulnerability()
    {
        var direct = new FairScenario("s",
            contactFrequency: Estimate.Constant(10), probabilityOfAction: Estimate.Constant(0.5), vulnerability: Estimate.Uniform(0.2, 0.4),
            primaryLossByForm: new Dictionary<LossForm, Estimate> { [LossForm.Response] = Estimate.Constant(100), [LossForm.Replacement] = Estimate.Constant(50) },
            secondaryLossEventFrequency: Estimate.Constant(0.5), secondaryLoss: Estimate.Constant(1000));

        Assert.Equal(10 * 0.5 * 0.3 * (150 + 500), direct.AnalyticMeanAnnualLoss!.Value, 6);
        Assert.Null(ReferenceScenarios.Standard().AnalyticMeanAnnualLoss);
        Assert.Equal(6, ReferenceScenarios.Standard().Inputs().Count());
    }
}
