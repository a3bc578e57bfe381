using System.Globalization;
using Aims.Risk;
using static Aims.Serialization.Csv.CellText;

namespace Aims.Serialization.Csv;

/// <summary>FAIR scenarios (one per row) and simulation results.</summary>
public static partial class AimsCsv
{
    /// <summary>
    /// Writes FAIR scenarios, one per row: each estimate is a cell such as <c>pert(1, 5, 20)</c>,
    /// <c>lognormal90(1000, 50000)</c> or <c>constant(0.3)</c> (see <see cref="FairScenarioColumns"/>).
    /// </summary>
    /// <param name="writer">The destination; flushed, not closed.</param>
    /// <param name="scenarios">The scenarios.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The list holds a <see langword="null"/> item (nothing is written).</exception>
    public static void WriteFairScenarios(TextWriter writer, IEnumerable<FairScenario> scenarios)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(scenarios);
        scenarios = NoNullItems(scenarios);
        using var csv = new CsvOut(writer, FairEstimateCell.Columns);
        foreach (var s in scenarios)
        {
            csv.Text(s.Name);
            foreach (var cell in FairEstimateCell.CellsOf(s))
            {
                csv.Text(cell);
            }

            csv.EndRow();
        }
    }

    /// <summary>Reads FAIR scenarios from an untrusted spreadsheet, one per row; requires <c>Name</c>. Every estimate is validated with its tree path.</summary>
    /// <param name="reader">The source; not closed.</param>
    /// <returns>The valid scenarios and a diagnostic per problem.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is <see langword="null"/>.</exception>
    public static AimsResult<IReadOnlyList<FairScenario>> ReadFairScenarios(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return Unique(CsvSheet.Read(reader, FairEstimateCell.Columns, ["Name"], FairEstimateCell.Read), s => s.Name, "Name");
    }

    /// <summary>
    /// Reads FAIR scenarios as <see cref="ReadFairScenarios"/> does, each with the spreadsheet row it was read from, so
    /// that a problem found later by a simulation (an engine limit, AIMS5012 or AIMS5013) is reported at the cell that holds
    /// the value: <see cref="FairScenarioSheet.Locate(AimsDiagnostic)"/>.
    /// </summary>
    /// <param name="reader">The source; not closed.</param>
    /// <returns>The valid scenarios with their rows, and a diagnostic per problem (the same as <see cref="ReadFairScenarios"/>).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is <see langword="null"/>.</exception>
    public static AimsResult<FairScenarioSheet> ReadFairScenarioSheet(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return UniqueRows(CsvSheet.Read(reader, FairEstimateCell.Columns, ["Name"], FairEstimateCell.Read), s => s.Name, "Name",
            kept => new FairScenarioSheet([.. kept.Select(k => k.Record)], [.. kept.Select(k => k.Row)]));
    }

    /// <summary>Writes simulation results, one row per result: mean, standard deviation, percentiles, VaR, expected shortfall.</summary>
    /// <param name="writer">The destination; flushed, not closed.</param>
    /// <param name="results">The results (for a portfolio, its total and each scenario's result).</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The list holds a <see langword="null"/> item (nothing is written).</exception>
    public static void WriteResults(TextWriter writer, IEnumerable<FairResult> results)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(results);
        results = NoNullItems(results);
        CsvOut.Rows<CsvRows.Result, RowMap<CsvRows.Result>>(writer, results.Select(r => new CsvRows.Result
        {
            Name = T(r.Name),
            Trials = Int(r.Trials),
            Seed = r.Seed.ToString(CultureInfo.InvariantCulture),
            Mean = Number(r.Mean),
            StandardDeviation = Number(r.StandardDeviation),
            Min = Number(r.Min),
            P10 = Number(r.Percentile(0.10)),
            P50 = Number(r.Percentile(0.50)),
            P90 = Number(r.Percentile(0.90)),
            P95 = Number(r.Percentile(0.95)),
            P99 = Number(r.Percentile(0.99)),
            Max = Number(r.Max),
            ValueAtRiskConfidence = Number(r.ValueAtRiskConfidence),
            ValueAtRisk = Number(r.ValueAtRisk),
            ExpectedShortfall = Number(r.ExpectedShortfall),
            ProbabilityOfZeroLoss = Number(r.ProbabilityOfZeroLoss),
            FrequencyMode = Word(r.FrequencyMode),
            VulnerabilityMode = Word(r.VulnerabilityMode),
        }));
    }
}
