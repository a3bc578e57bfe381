using Aims.Risk;

namespace Aims.Tests.Risk;

public class RiskMatrixTests
{
    [Fact]
    public void Standard_5x5_agrees_with_RiskRating_bands_everywhere()
    {
        for (var l = 1; l <= 5; l++)
        {
            for (var i = 1; i <= 5; i++)
            {
                Assert.Equal(new RiskRating(l, i).Band, RiskMatrix.Standard5x5.Rate(new RiskRating(l, i)).Band);
            }
        }
    }

    [Theory]
    [InlineData(3, 1, 1, RiskBand.Low)]
    [InlineData(3, 3, 3, RiskBand.High)]
    [InlineData(4, 2, 2, RiskBand.Medium)]
    [InlineData(4, 4, 3, RiskBand.Critical)]
    [InlineData(5, 4, 5, RiskBand.Critical)]
    public void Presets_band_cells_by_score(int size, int likelihood, int impact, RiskBand band)
    {
        var matrix = size switch { 3 => RiskMatrix.Standard3x3, 4 => RiskMatrix.Standard4x4, _ => RiskMatrix.Standard5x5 };

        Assert.Equal(band, matrix.Cell(likelihood, impact).Band);
        Assert.Equal(size * size, matrix.Cells.Count);
    }

    [Fact]
    public void Thresholds_with_a_gap_an_overlap_and_a_descent_are_reported_together()
    {
        var ex = Assert.Throws<ArgumentException>(() => RiskMatrix.FromThresholds(
            RiskMatrix.Standard5x5.Likelihood, RiskMatrix.Standard5x5.Impact,
            [new(3, RiskBand.Low), new(8, RiskBand.High), new(8, RiskBand.Medium), new(12, RiskBand.Medium)], RiskBand.Medium));

        Assert.Contains("Scores 1 to 2 have no band (gap)", ex.Message, StringComparison.Ordinal);
        Assert.Contains("Score 8 starts more than one band (overlap)", ex.Message, StringComparison.Ordinal);
        Assert.Contains("not monotone", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_explicit_table_must_match_the_scales_and_never_decrease()
    {
        var scale = new RiskScale("S", [new ScaleLevel(1, "Low"), new ScaleLevel(2, "High")]);

        var descent = Assert.Throws<ArgumentException>(() => new RiskMatrix(scale, scale,
            [[RiskBand.Low, RiskBand.High], [RiskBand.Medium, RiskBand.Medium]], RiskBand.Low));
        var shape = Assert.Throws<ArgumentException>(() => new RiskMatrix(scale, scale, [[RiskBand.Low]], RiskBand.Low));

        Assert.Contains("Cell L2×I2 (Medium) is lower", descent.Message, StringComparison.Ordinal);
        Assert.Contains("2 rows of 2 cells", shape.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Scale_ranges_with_gaps_and_overlaps_are_reported_together()
    {
        var ex = Assert.Throws<ArgumentException>(() => new RiskScale("Impact",
        [
            new ScaleLevel(1, "Minor", 0, 100),
            new ScaleLevel(2, "Moderate", 150, 1000),
            new ScaleLevel(3, "Major", 900, 5000),
            new ScaleLevel(5, "Minor", 5000, double.PositiveInfinity),
        ]));

        Assert.Contains("Gap between level 1", ex.Message, StringComparison.Ordinal);
        Assert.Contains("Levels 2 and 3 overlap", ex.Message, StringComparison.Ordinal);
        Assert.Contains("values must be 1..4", ex.Message, StringComparison.Ordinal);
        Assert.Contains("Label 'Minor' is used more than once", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Heat_map_counts_risks_per_cell()
    {
        var map = RiskMatrix.Standard3x3.HeatMap([(1, 1), (3, 3), (3, 3), (2, 3)]);

        Assert.Equal(9, map.Count);
        Assert.Equal(2, map.Single(c => c.Cell.Likelihood == 3 && c.Cell.Impact == 3).Count);
        Assert.Equal(4, map.Sum(c => c.Count));
        Assert.Throws<ArgumentOutOfRangeException>(() => RiskMatrix.Standard3x3.HeatMap([(4, 1)]));
    }

    [Fact]
    public void Locate_places_a_fair_result_by_lef_and_annual_loss()
    {
        var result = FairSimulator.Run(ReferenceScenarios.Standard(), new FairSimulationOptions { Trials = 20_000 });

        var cell = RiskMatrix.Standard5x5.Locate(result);               // LEF ≈ 2.66/yr → Likely; ALE ≈ 345k → Moderate
        var perEvent = RiskMatrix.Standard5x5.Locate(result, ImpactMeasure.LossPerEvent); // ≈ 130k → Moderate

        Assert.Equal((4, 3, RiskBand.High, false), (cell.Likelihood, cell.Impact, cell.Band, cell.WithinAppetite));
        Assert.Equal(3, perEvent.Impact);
        var noRanges = new RiskMatrix(new RiskScale("L", [new ScaleLevel(1, "x")]), new RiskScale("I", [new ScaleLevel(1, "y")]), [[RiskBand.Low]], RiskBand.Low);
        Assert.Throws<InvalidOperationException>(() => noRanges.Locate(result));
    }
}
