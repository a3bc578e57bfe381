using Aims.Risk;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Aims.Tests.Risk;

/// <summary>Generators for the small result types, from small domains so that equal pairs are common.</summary>
public static class ResultTypeArbitraries
{
    private static readonly Gen<double> Numbers = Gen.Elements(0.0, 0.5, 1.0, 2.5, double.NaN);
    private static readonly Gen<double> Probabilities = Gen.Elements(0.0, 0.5, 1.0);
    private static readonly Gen<string> Names = Gen.Elements("a", "b", "/threatEventFrequency");

    public static Arbitrary<ScoreThreshold> ScoreThresholds() =>
        (from score in Gen.Choose(1, 3) from band in Gen.Elements(Enum.GetValues<RiskBand>()) select new ScoreThreshold(score, band)).ToArbitrary();

    public static Arbitrary<MatrixCell> MatrixCells() =>
        (from l in Gen.Choose(1, 2)
         from i in Gen.Choose(1, 2)
         from band in Gen.Elements(RiskBand.Low, RiskBand.High)
         from within in ArbMap.Default.GeneratorFor<bool>()
         select new MatrixCell(l, i, band, within)).ToArbitrary();

    public static Arbitrary<PercentileValue> PercentileValues() =>
        (from p in Probabilities from v in Numbers select new PercentileValue(p, v)).ToArbitrary();

    public static Arbitrary<LossExceedancePoint> LossExceedancePoints() =>
        (from loss in Numbers from p in Probabilities select new LossExceedancePoint(loss, p)).ToArbitrary();

    public static Arbitrary<HistogramBin> HistogramBins() =>
        (from lower in Gen.Elements(0.0, 1.0) from width in Gen.Elements(0.0, 1.0) from count in Gen.Choose(0, 2) select new HistogramBin(lower, lower + width, count)).ToArbitrary();

    public static Arbitrary<NodeSummary> NodeSummaries() =>
        (from node in Gen.Elements(FairNode.LossMagnitude, FairNode.Vulnerability)
         from count in Gen.Choose(0, 1)
         from mean in Numbers
         from sd in Numbers
         from min in Numbers
         from max in Numbers
         select new NodeSummary(node, count, mean, sd, min, max)).ToArbitrary();

    public static Arbitrary<ControlResult> ControlResults() =>
        (from name in Names
         from cost in Gen.Elements(1.0, 2.0)
         from after in Numbers
         from reduction in Numbers
         from roi in Numbers
         select new ControlResult(name, cost, after, reduction, roi)).ToArbitrary();

    public static Arbitrary<ScenarioContribution> ScenarioContributions() =>
        (from name in Names
         from mean in Numbers
         from sd in Numbers
         from share in Probabilities
         select new ScenarioContribution(name, mean, sd, share)).ToArbitrary();

    public static Arbitrary<SensitivityBar> SensitivityBars() =>
        (from path in Names
         from low in Numbers
         from high in Numbers
         from atLow in Numbers
         from atHigh in Numbers
         select new SensitivityBar(path, low, high, atLow, atHigh)).ToArbitrary();
}

[Properties(Arbitrary = [typeof(ResultTypeArbitraries)])]
public class ResultTypeProperties
{
    [Property]
    public bool ScoreThreshold_has_value_equality(ScoreThreshold x, ScoreThreshold y) =>
        EqualityLaws.Hold(x, new ScoreThreshold(x.MinScore, x.Band), y, t => (t.MinScore, t.Band), (a, b) => a == b, (a, b) => a != b);

    [Property]
    public bool MatrixCell_has_value_equality(MatrixCell x, MatrixCell y) =>
        EqualityLaws.Hold(x, new MatrixCell(x.Likelihood, x.Impact, x.Band, x.WithinAppetite), y,
            c => (c.Likelihood, c.Impact, c.Band, c.WithinAppetite), (a, b) => a == b, (a, b) => a != b);

    [Property]
    public bool PercentileValue_has_value_equality(PercentileValue x, PercentileValue y) =>
        EqualityLaws.Hold(x, new PercentileValue(x.Probability, x.Value), y, p => (p.Probability, p.Value), (a, b) => a == b, (a, b) => a != b);

    [Property]
    public bool LossExceedancePoint_has_value_equality(LossExceedancePoint x, LossExceedancePoint y) =>
        EqualityLaws.Hold(x, new LossExceedancePoint(x.Loss, x.Probability), y, p => (p.Loss, p.Probability), (a, b) => a == b, (a, b) => a != b);

    [Property]
    public bool HistogramBin_has_value_equality(HistogramBin x, HistogramBin y) =>
        EqualityLaws.Hold(x, new HistogramBin(x.Lower, x.Upper, x.Count), y, b => (b.Lower, b.Upper, b.Count), (a, b) => a == b, (a, b) => a != b);

    [Property]
    public bool NodeSummary_has_value_equality(NodeSummary x, NodeSummary y) =>
        EqualityLaws.Hold(x, new NodeSummary(x.Node, x.Count, x.Mean, x.StandardDeviation, x.Min, x.Max), y,
            s => (s.Node, s.Count, s.Mean, s.StandardDeviation, s.Min, s.Max), (a, b) => a == b, (a, b) => a != b);

    [Property]
    public bool ControlResult_has_value_equality(ControlResult x, ControlResult y) =>
        EqualityLaws.Hold(x, new ControlResult(x.Name, x.AnnualCost, x.MeanAfter, x.RiskReduction, x.ReturnOnInvestment), y,
            c => (c.Name, c.AnnualCost, c.MeanAfter, c.RiskReduction, c.ReturnOnInvestment), (a, b) => a == b, (a, b) => a != b);

    [Property]
    public bool ScenarioContribution_has_value_equality(ScenarioContribution x, ScenarioContribution y) =>
        EqualityLaws.Hold(x, new ScenarioContribution(x.Name, x.Mean, x.StandardDeviation, x.ShareOfMean), y,
            c => (c.Name, c.Mean, c.StandardDeviation, c.ShareOfMean), (a, b) => a == b, (a, b) => a != b);

    [Property]
    public bool SensitivityBar_has_value_equality(SensitivityBar x, SensitivityBar y) =>
        EqualityLaws.Hold(x, new SensitivityBar(x.Path, x.LowInput, x.HighInput, x.MeanAtLow, x.MeanAtHigh), y,
            b => (b.Path, b.LowInput, b.HighInput, b.MeanAtLow, b.MeanAtHigh), (a, b) => a == b, (a, b) => a != b);

    [Property]
    public void Probabilities_outside_0_to_1_are_rejected(double p)
    {
        if (p is >= 0 and <= 1)
        {
            Assert.Equal(p, new PercentileValue(p, 1).Probability);
            Assert.Equal(p, new LossExceedancePoint(1, p).Probability);
            Assert.Equal(p, new ScenarioContribution("s", 1, 0, p).ShareOfMean);
        }
        else
        {
            Assert.Equal("probability", Assert.Throws<ArgumentOutOfRangeException>(() => new PercentileValue(p, 1)).ParamName);
            Assert.Equal("probability", Assert.Throws<ArgumentOutOfRangeException>(() => new LossExceedancePoint(1, p)).ParamName);
            Assert.Equal("shareOfMean", Assert.Throws<ArgumentOutOfRangeException>(() => new ScenarioContribution("s", 1, 0, p)).ParamName);
        }
    }
}

public class ResultTypeTests
{
    [Fact]
    public void Constructors_reject_what_default_used_to_allow()
    {
        Assert.Equal("minScore", Assert.Throws<ArgumentOutOfRangeException>(() => new ScoreThreshold(0, RiskBand.Low)).ParamName);
        Assert.Equal("band", Assert.Throws<ArgumentOutOfRangeException>(() => new ScoreThreshold(1, (RiskBand)99)).ParamName);
        Assert.Equal("likelihood", Assert.Throws<ArgumentOutOfRangeException>(() => new MatrixCell(0, 1, RiskBand.Low, true)).ParamName);
        Assert.Equal("band", Assert.Throws<ArgumentOutOfRangeException>(() => new MatrixCell(1, 1, (RiskBand)99, true)).ParamName);
        Assert.Equal("upper", Assert.Throws<ArgumentOutOfRangeException>(() => new HistogramBin(2, 1, 0)).ParamName);
        Assert.Equal("count", Assert.Throws<ArgumentOutOfRangeException>(() => new HistogramBin(1, 2, -1)).ParamName);
        Assert.Equal("node", Assert.Throws<ArgumentOutOfRangeException>(() => new NodeSummary((FairNode)99, 0, 0, 0, 0, 0)).ParamName);
        Assert.Equal("count", Assert.Throws<ArgumentOutOfRangeException>(() => new NodeSummary(FairNode.LossMagnitude, -1, 0, 0, 0, 0)).ParamName);
        Assert.Throws<ArgumentNullException>(() => new ControlResult(null!, 1, 0, 0, 0));
        Assert.Equal("name", Assert.Throws<ArgumentException>(() => new ControlResult(" ", 1, 0, 0, 0)).ParamName);
        Assert.Equal("annualCost", Assert.Throws<ArgumentOutOfRangeException>(() => new ControlResult("c", 0, 0, 0, 0)).ParamName);
        Assert.Equal("name", Assert.Throws<ArgumentException>(() => new ScenarioContribution("", 0, 0, 0)).ParamName);
        Assert.Equal("path", Assert.Throws<ArgumentException>(() => new SensitivityBar("", 0, 1, 0, 0)).ParamName);
    }

    [Fact]
    public void FromThresholds_reports_a_band_that_starts_above_the_highest_score()
    {
        var ex = Assert.Throws<ArgumentException>(() => RiskMatrix.FromThresholds(
            RiskMatrix.Standard3x3.Likelihood, RiskMatrix.Standard3x3.Impact,
            [new(1, RiskBand.Low), new(6, RiskBand.High), new(10, RiskBand.Critical)], RiskBand.Medium));

        Assert.Contains("Band Critical from score 10 is above the highest score 9 (unreachable).", ex.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => RiskMatrix.FromThresholds(
            RiskMatrix.Standard3x3.Likelihood, RiskMatrix.Standard3x3.Impact, [new(1, RiskBand.Low), null!], RiskBand.Medium));
    }

    [Fact]
    public void Cells_are_computed_once()
    {
        var matrix = RiskMatrix.Standard5x5;

        Assert.Same(matrix.Cells, matrix.Cells);
        Assert.Equal(matrix.Cell(4, 3), matrix.Cells[(3 * 5) + 2]);
    }

    [Fact]
    public void SummaryOf_finds_a_node_or_returns_null()
    {
        var result = FairSimulator.Run(ReferenceScenarios.Standard(), new FairSimulationOptions { Trials = 1_000 });
        var portfolio = FairSimulator.RunPortfolio([ReferenceScenarios.Standard()], new FairSimulationOptions { Trials = 1_000 });

        Assert.Equal(FairNode.LossEventFrequency, result.SummaryOf(FairNode.LossEventFrequency)!.Node);
        Assert.Null(portfolio.Total.SummaryOf(FairNode.LossEventFrequency));
    }
}

public class NamedResultTests
{
    [Fact]
    public void HeatMap_returns_named_cells_with_counts()
    {
        var map = RiskMatrix.Standard3x3.HeatMap([(3, 3), (3, 3), (1, 2)]);

        Assert.Equal(new HeatMapCell(RiskMatrix.Standard3x3.Cell(3, 3), 2), map[8]);
        Assert.Equal(1, map[1].Count);
        Assert.Equal(RiskMatrix.Standard3x3.Cells, map.Select(c => c.Cell));
        Assert.Equal("count", Assert.Throws<ArgumentOutOfRangeException>(() => new HeatMapCell(map[0].Cell, -1)).ParamName);
        Assert.Throws<ArgumentNullException>(() => new HeatMapCell(null!, 0));
    }

    [Fact]
    public void Inputs_are_named_with_path_node_form_and_estimate()
    {
        var scenario = FairScenario.FromLossEvents("s", Estimate.Constant(1), new Dictionary<LossForm, Estimate> { [LossForm.Response] = Estimate.Uniform(1, 2) });

        Assert.Equal(
            [new FairInput("/lossEventFrequency", FairNode.LossEventFrequency, null, Estimate.Constant(1)),
             new FairInput("/primaryLossByForm/response", FairNode.PrimaryLoss, LossForm.Response, Estimate.Uniform(1, 2))],
            scenario.Inputs());
        Assert.Equal("form", Assert.Throws<ArgumentOutOfRangeException>(() => new FairInput("/x", FairNode.PrimaryLoss, (LossForm)99, Estimate.Constant(1))).ParamName);
    }

    [Fact]
    public void RiskAppetiteEvaluation_rejects_a_probability_outside_0_to_1()
    {
        Assert.Equal("probability", Assert.Throws<ArgumentOutOfRangeException>(() => new RiskAppetiteEvaluation(true, 1.5, "x")).ParamName);
        Assert.Equal(new RiskAppetiteEvaluation(true, 0.5, "x"), new RiskAppetiteEvaluation(true, 0.5, "x"));
        Assert.NotEqual(new RiskAppetiteEvaluation(true, 0.5, "x"), new RiskAppetiteEvaluation(false, 0.5, "x"));
    }
}
