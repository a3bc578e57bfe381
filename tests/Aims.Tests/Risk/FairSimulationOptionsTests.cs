using Aims.Risk;
using FsCheck.Xunit;

namespace Aims.Tests.Risk;

public class FairSimulationOptionsTests
{
    [Fact]
    public void Validate_reports_every_problem_with_its_pointer_and_code()
    {
        var options = new FairSimulationOptions
        {
            Trials = 0,
            MaxDegreeOfParallelism = 0,
            FrequencyMode = (FrequencyMode)9,
            VulnerabilityMode = (VulnerabilityMode)9,
            ValueAtRiskConfidence = 1,
            HistogramBins = 1_001,
            LossThresholds = [1, double.NaN, double.PositiveInfinity],
        };

        var result = options.Validate();

        Assert.False(result.IsValid);
        Assert.All(result.Diagnostics, d => Assert.Equal((RiskDiagnosticCodes.InvalidSimulationOption, DiagnosticSeverity.Error), (d.Code, d.Severity)));
        Assert.Equal(
            ["/trials", "/maxDegreeOfParallelism", "/frequencyMode", "/vulnerabilityMode", "/valueAtRiskConfidence", "/histogramBins", "/lossThresholds/1", "/lossThresholds/2"],
            result.Diagnostics.Select(d => d.Path));
        Assert.Equal("Trials must be 1..50,000,000; got 0.", result.Diagnostics[0].Message);
        Assert.True(result.TryGetPartialValue(out var value) && ReferenceEquals(options, value));
    }

    [Fact]
    public void Validate_accepts_the_defaults_and_returns_the_same_options()
    {
        var options = new FairSimulationOptions();

        Assert.True(options.Validate().TryGetValue(out var value));
        Assert.Same(options, value);
        Assert.Empty(options.Validate().Diagnostics);
    }

    [Property]
    public bool Validate_reports_exactly_the_options_out_of_range(int trials, int bins, int parallelism)
    {
        var options = new FairSimulationOptions { Trials = trials, HistogramBins = bins, MaxDegreeOfParallelism = parallelism, ValueAtRiskConfidence = 0.9 };
        string[] expected =
        [
            .. trials is >= 1 and <= FairSimulationOptions.MaxTrials ? [] : new[] { "/trials" },
            .. parallelism == -1 || parallelism >= 1 ? [] : new[] { "/maxDegreeOfParallelism" },
            .. bins is >= 1 and <= FairSimulationOptions.MaxHistogramBins ? [] : new[] { "/histogramBins" },
        ];

        var result = options.Validate();

        return result.Diagnostics.Select(d => d.Path).SequenceEqual(expected) && result.IsValid == (expected.Length == 0);
    }

    [Fact]
    public void Simulation_entry_points_throw_one_exception_listing_every_problem()
    {
        var bad = new FairSimulationOptions { Trials = 0, HistogramBins = 0 };
        var scenario = ReferenceScenarios.Standard();

        foreach (var run in new Action[]
        {
            () => FairSimulator.Run(scenario, bad),
            () => FairSimulator.RunPortfolio([scenario], bad),
            () => FairSimulator.Sensitivity(scenario, bad),
            () => FairSimulator.AnalyzeControls(scenario, [new FairControl("c", 1, [ControlEffect.Reduce(FairNode.PrimaryLoss, Estimate.Constant(0.1))])], bad),
            () => _ = new ConfiguredFairSimulator(bad),
        })
        {
            var ex = Assert.Throws<ArgumentException>(run);
            Assert.Equal("options", ex.ParamName);
            Assert.Contains("Trials must be 1..50,000,000; got 0.", ex.Message, StringComparison.Ordinal);
            Assert.Contains("HistogramBins must be 1..1,000; got 0.", ex.Message, StringComparison.Ordinal);
        }
    }
}
