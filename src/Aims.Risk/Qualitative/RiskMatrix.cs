using System.Collections.Immutable;

namespace Aims.Risk;

/// <summary>
/// A qualitative risk matrix: a likelihood scale, an impact scale, a band for every cell (an explicit table or score
/// thresholds) and a risk appetite (the highest acceptable band). Validated on construction: every gap, overlap and
/// non-monotone band is reported in one exception.
/// </summary>
/// <remarks>Instances are immutable and safe to share between threads.</remarks>
public sealed class RiskMatrix
{
    private readonly RiskBand[][] _bands;

    /// <summary>Initializes a new instance of the <see cref="RiskMatrix"/> class from an explicit band table.</summary>
    /// <param name="likelihood">The likelihood scale (rows).</param>
    /// <param name="impact">The impact scale (columns).</param>
    /// <param name="bands">The band of every cell: <c>bands[likelihood - 1][impact - 1]</c>.</param>
    /// <param name="appetite">The highest band within the risk appetite.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The table's shape does not match the scales, a band is undefined, or bands decrease as likelihood or impact grows; every problem is listed.</exception>
    public RiskMatrix(RiskScale likelihood, RiskScale impact, IReadOnlyList<IReadOnlyList<RiskBand>> bands, RiskBand appetite)
    {
        ArgumentNullException.ThrowIfNull(likelihood);
        ArgumentNullException.ThrowIfNull(impact);
        ArgumentNullException.ThrowIfNull(bands);
        Likelihood = likelihood;
        Impact = impact;
        Appetite = appetite;
        _bands = [.. bands.Select(row => row?.ToArray() ?? [])];
        var problems = new List<string>();
        if (!Enum.IsDefined(appetite))
        {
            problems.Add("The appetite is not a defined band.");
        }

        if (_bands.Length != likelihood.Count || _bands.Any(r => r.Length != impact.Count))
        {
            problems.Add($"The band table must have {likelihood.Count} rows of {impact.Count} cells.");
        }
        else
        {
            for (var l = 0; l < likelihood.Count; l++)
            {
                for (var i = 0; i < impact.Count; i++)
                {
                    var band = _bands[l][i];
                    if (!Enum.IsDefined(band))
                    {
                        problems.Add($"Cell L{l + 1}×I{i + 1} has an undefined band.");
                    }
                    else if ((l > 0 && band < _bands[l - 1][i]) || (i > 0 && band < _bands[l][i - 1]))
                    {
                        problems.Add($"Cell L{l + 1}×I{i + 1} ({band}) is lower than a cell with less likelihood or impact; bands must not decrease.");
                    }
                }
            }
        }

        if (problems.Count > 0)
        {
            throw new ArgumentException("Invalid risk matrix: " + string.Join(" ", problems), nameof(bands));
        }

        Cells = ImmutableArray.CreateRange(Enumerable.Range(1, likelihood.Count).SelectMany(l => Enumerable.Range(1, impact.Count).Select(i => Cell(l, i))));
    }

    /// <summary>Gets the standard 3×3 matrix: bands by score 1–2 low, 3–4 medium, 6–9 high; appetite Medium.</summary>
    public static RiskMatrix Standard3x3 { get; } = FromThresholds(
        Scale("Likelihood", "events/year", ("Unlikely", 0, 0.5), ("Possible", 0.5, 5), ("Likely", 5, double.PositiveInfinity)),
        Scale("Impact", "currency", ("Minor", 0, 100_000), ("Moderate", 100_000, 1_000_000), ("Major", 1_000_000, double.PositiveInfinity)),
        [new(1, RiskBand.Low), new(3, RiskBand.Medium), new(6, RiskBand.High)], RiskBand.Medium);

    /// <summary>Gets the standard 4×4 matrix: 1–3 low, 4–6 medium, 8–9 high, 12–16 critical; appetite Medium.</summary>
    public static RiskMatrix Standard4x4 { get; } = FromThresholds(
        Scale("Likelihood", "events/year", ("Rare", 0, 0.1), ("Unlikely", 0.1, 1), ("Likely", 1, 10), ("Almost certain", 10, double.PositiveInfinity)),
        Scale("Impact", "currency", ("Minor", 0, 100_000), ("Moderate", 100_000, 1_000_000), ("Major", 1_000_000, 10_000_000), ("Severe", 10_000_000, double.PositiveInfinity)),
        [new(1, RiskBand.Low), new(4, RiskBand.Medium), new(8, RiskBand.High), new(12, RiskBand.Critical)], RiskBand.Medium);

    /// <summary>
    /// Gets the standard 5×5 matrix: 1–4 low, 5–9 medium, 10–16 high, 20–25 critical (as <see cref="RiskRating.Band"/>);
    /// appetite Medium. Likelihood ranges in events per year, impact ranges in currency.
    /// </summary>
    public static RiskMatrix Standard5x5 { get; } = FromThresholds(
        Scale("Likelihood", "events/year", ("Rare", 0, 0.1), ("Unlikely", 0.1, 0.5), ("Possible", 0.5, 2), ("Likely", 2, 10), ("Almost certain", 10, double.PositiveInfinity)),
        Scale("Impact", "currency", ("Negligible", 0, 10_000), ("Minor", 10_000, 100_000), ("Moderate", 100_000, 1_000_000), ("Major", 1_000_000, 10_000_000), ("Severe", 10_000_000, double.PositiveInfinity)),
        [new(1, RiskBand.Low), new(5, RiskBand.Medium), new(10, RiskBand.High), new(17, RiskBand.Critical)], RiskBand.Medium);

    /// <summary>Gets the likelihood scale.</summary>
    public RiskScale Likelihood { get; }

    /// <summary>Gets the impact scale.</summary>
    public RiskScale Impact { get; }

    /// <summary>Gets the highest band within the risk appetite.</summary>
    public RiskBand Appetite { get; }

    /// <summary>Gets every cell, likelihood-major.</summary>
    public IReadOnlyList<MatrixCell> Cells { get; }

    /// <summary>Builds a matrix whose bands follow the score likelihood × impact.</summary>
    /// <param name="likelihood">The likelihood scale.</param>
    /// <param name="impact">The impact scale.</param>
    /// <param name="thresholds">Where each band starts; the lowest must start at score 1, starts must be distinct and reachable (at most likelihood levels × impact levels) and bands must rise with score.</param>
    /// <param name="appetite">The highest band within the risk appetite.</param>
    /// <returns>The matrix.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The thresholds contain <see langword="null"/>, leave a gap, overlap, start above the highest score, or are not monotone; every problem is listed.</exception>
    public static RiskMatrix FromThresholds(RiskScale likelihood, RiskScale impact, IEnumerable<ScoreThreshold> thresholds, RiskBand appetite)
    {
        ArgumentNullException.ThrowIfNull(likelihood);
        ArgumentNullException.ThrowIfNull(impact);
        ArgumentNullException.ThrowIfNull(thresholds);
        var list = thresholds.ToList();
        var problems = new List<string>();
        if (list.Contains(null!))
        {
            throw new ArgumentException("Invalid risk matrix thresholds: a threshold is null.", nameof(thresholds));
        }

        if (list.Count == 0)
        {
            problems.Add("At least one threshold is needed.");
        }
        else
        {
            var sorted = list.OrderBy(t => t.MinScore).ToList();
            if (sorted[0].MinScore > 1)
            {
                problems.Add($"Scores 1 to {sorted[0].MinScore - 1} have no band (gap).");
            }

            foreach (var group in sorted.GroupBy(t => t.MinScore).Where(g => g.Count() > 1))
            {
                problems.Add($"Score {group.Key} starts more than one band (overlap).");
            }

            for (var i = 1; i < sorted.Count; i++)
            {
                if (sorted[i].Band < sorted[i - 1].Band)
                {
                    problems.Add($"Band {sorted[i].Band} from score {sorted[i].MinScore} is lower than {sorted[i - 1].Band} below it (not monotone).");
                }
            }

            var maxScore = likelihood.Count * impact.Count;
            foreach (var unreachable in sorted.Where(t => t.MinScore > maxScore))
            {
                problems.Add($"Band {unreachable.Band} from score {unreachable.MinScore} is above the highest score {maxScore} (unreachable).");
            }
        }

        if (problems.Count > 0)
        {
            throw new ArgumentException("Invalid risk matrix thresholds: " + string.Join(" ", problems), nameof(thresholds));
        }

        var ordered = list.OrderBy(t => t.MinScore).ToList();
        RiskBand BandOf(int score) => ordered.Last(t => t.MinScore <= score).Band;
        var table = Enumerable.Range(1, likelihood.Count)
            .Select(l => (IReadOnlyList<RiskBand>)[.. Enumerable.Range(1, impact.Count).Select(i => BandOf(l * i))])
            .ToList();
        return new RiskMatrix(likelihood, impact, table, appetite);
    }

    /// <summary>Returns a cell.</summary>
    /// <param name="likelihood">The likelihood level, 1..<see cref="RiskScale.Count"/>.</param>
    /// <param name="impact">The impact level, 1..<see cref="RiskScale.Count"/>.</param>
    /// <returns>The cell with its band.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A level is outside its scale.</exception>
    public MatrixCell Cell(int likelihood, int impact)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(likelihood, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(likelihood, Likelihood.Count);
        ArgumentOutOfRangeException.ThrowIfLessThan(impact, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(impact, Impact.Count);
        var band = _bands[likelihood - 1][impact - 1];
        return new MatrixCell(likelihood, impact, band, band <= Appetite);
    }

    /// <summary>Counts risks per cell for a heat map.</summary>
    /// <param name="ratings">The (likelihood, impact) of each risk.</param>
    /// <returns>Every cell with its count, likelihood-major.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ratings"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A rating is outside the matrix.</exception>
    public IReadOnlyList<HeatMapCell> HeatMap(IEnumerable<(int Likelihood, int Impact)> ratings)
    {
        ArgumentNullException.ThrowIfNull(ratings);
        var counts = new int[Likelihood.Count, Impact.Count];
        foreach (var (l, i) in ratings)
        {
            var cell = Cell(l, i);
            counts[cell.Likelihood - 1, cell.Impact - 1]++;
        }

        return [.. Cells.Select(c => new HeatMapCell(c, counts[c.Likelihood - 1, c.Impact - 1]))];
    }

    /// <summary>
    /// Places a FAIR result on the matrix using the scales' numeric ranges: likelihood from the mean loss event
    /// frequency, impact from the mean annual loss (or the mean loss per event).
    /// </summary>
    /// <param name="result">A single-scenario result (it has a loss event frequency summary).</param>
    /// <param name="measure">Which figure places it on the impact axis.</param>
    /// <returns>The cell.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">A scale has no numeric ranges, or the result has no LEF summary (a portfolio).</exception>
    public MatrixCell Locate(FairResult result, ImpactMeasure measure = ImpactMeasure.AnnualLoss)
    {
        ArgumentNullException.ThrowIfNull(result);
        var lef = result.SummaryOf(FairNode.LossEventFrequency)?.Mean
            ?? throw new InvalidOperationException("The result has no loss event frequency summary (portfolio results cannot be placed).");
        var impact = measure == ImpactMeasure.AnnualLoss ? result.Mean : lef > 0 ? result.Mean / lef : 0;
        return Cell(Likelihood.LevelFor(lef).Value, Impact.LevelFor(impact).Value);
    }

    /// <summary>Rates a 5×5 <see cref="RiskRating"/> on this matrix.</summary>
    /// <param name="rating">The rating.</param>
    /// <returns>The cell.</returns>
    /// <exception cref="ArgumentException"><paramref name="rating"/> is <c>default</c>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The rating does not fit this matrix's scales.</exception>
    public MatrixCell Rate(RiskRating rating)
    {
        if (rating.IsDefault)
        {
            throw new ArgumentException("default(RiskRating) is not a rating.", nameof(rating));
        }

        return Cell(rating.Likelihood, rating.Impact);
    }

    private static RiskScale Scale(string name, string unit, params (string Label, double Lower, double Upper)[] levels) =>
        new(name, levels.Select((l, i) => new ScaleLevel(i + 1, l.Label, l.Lower, l.Upper)), unit);

}
