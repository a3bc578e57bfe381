using Aims.Risk;
using Aims.Serialization.Csv;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Aims.Tests.Serialization;

/// <summary>
/// Issue 13: a simulation's diagnostics about a scenario read from a spreadsheet are reported at the row and column
/// that hold the value (<c>/rows/4/LossEventFrequency</c>), not at the engine's <c>/scenarios/1/lossEventFrequency</c>.
/// </summary>
public class FairScenarioSheetTests
{
    // Row 1 header, row 2 "a", row 3 blank, row 4 "b" (LEF 1e9), row 5 a bad row, row 6 a duplicate of "a".
    private const string Csv = "Name,LossEventFrequency,PrimaryLoss,PrimaryLoss.Response\n"
        + "a,constant(1),\"pert(1, 5, 20)\",\n"
        + "\n"
        + "b,constant(1e9),,constant(3)\n"
        + "c,cauchy(1),constant(1),\n"
        + "a,constant(2),constant(1),\n";

    [Fact]
    public void The_sheet_has_the_rows_and_diagnostics_of_ReadFairScenarios_with_each_scenarios_row()
    {
        var sheet = AimsCsv.ReadFairScenarioSheet(new StringReader(Csv));
        var list = AimsCsv.ReadFairScenarios(new StringReader(Csv));

        Assert.True(sheet.TryGetPartialValue(out var value));
        Assert.Equal(["a", "b"], value.Scenarios.Select(s => s.Name));
        Assert.Equal([2, 4], value.Rows);
        Assert.True(list.Partial().SequenceEqual(value.Scenarios));
        Assert.Equal(list.Diagnostics.Select(d => (d.Code, d.Path, d.Message)), sheet.Diagnostics.Select(d => (d.Code, d.Path, d.Message)));
        Assert.Equal(list.Records, sheet.Records);
    }

    [Fact]
    public void An_engine_limit_of_a_portfolio_is_located_at_the_row_and_column_of_the_value()
    {
        var sheet = AimsCsv.ReadFairScenarioSheet(new StringReader(Csv)).Partial();

        var ex = Assert.Throws<FairValidationException>(() => FairSimulator.RunPortfolio(sheet.Scenarios, new FairSimulationOptions { Trials = 10 }));

        var diagnostic = Assert.Single(ex.Diagnostics);
        Assert.Equal((RiskDiagnosticCodes.TooManyEvents, "/scenarios/1/lossEventFrequency"), (diagnostic.Code, diagnostic.Path));
        var located = sheet.Locate(diagnostic);
        Assert.Equal((RiskDiagnosticCodes.TooManyEvents, "/rows/4/LossEventFrequency", diagnostic.Message, diagnostic.Severity), (located.Code, located.Path, located.Message, located.Severity));
    }

    [Fact]
    public void An_engine_limit_of_one_scenarios_run_is_located_at_its_row_and_column()
    {
        var sheet = AimsCsv.ReadFairScenarioSheet(new StringReader(Csv)).Partial();

        var ex = Assert.Throws<FairValidationException>(() => FairSimulator.Run(sheet.Scenarios[1], new FairSimulationOptions { Trials = 10 }));

        Assert.Equal(["/rows/4/LossEventFrequency"], ex.Diagnostics.Select(d => sheet.Locate(d, 1).Path));
    }

    [Theory]
    [InlineData("/scenarios/1/primaryLossByForm/response", "/rows/4/PrimaryLoss.Response")]
    [InlineData("/scenarios/1", "/rows/4")] // AIMS5013 of a portfolio's scenario: the whole row
    [InlineData("/scenarios/0/name", "/rows/2/Name")]
    [InlineData("/scenarios/0/controls/0/effects/1", "/rows/2")] // inside the scenario, but no column holds it
    [InlineData("", "")] // the whole run (a portfolio total's AIMS5013)
    [InlineData("/controls/0/1/effects/2", "/controls/0/1/effects/2")] // the caller's controls, not the spreadsheet's
    [InlineData("/scenarios/2/lossEventFrequency", "/scenarios/2/lossEventFrequency")] // no such scenario: unchanged
    [InlineData("/scenarios/x/lossEventFrequency", "/scenarios/x/lossEventFrequency")]
    [InlineData("/scenarios//lossEventFrequency", "/scenarios//lossEventFrequency")]
    public void Locate_maps_scenario_pointers_and_leaves_the_rest(string path, string expected)
    {
        var sheet = AimsCsv.ReadFairScenarioSheet(new StringReader(Csv)).Partial();

        Assert.Equal(expected, sheet.Locate(new AimsDiagnostic(RiskDiagnosticCodes.NonFiniteResult, path, "m")).Path);
    }

    [Fact]
    public void Caller_bugs_throw()
    {
        var sheet = AimsCsv.ReadFairScenarioSheet(new StringReader(Csv)).Partial();
        var scenario = sheet.Scenarios[0];

        Assert.Throws<ArgumentNullException>(() => sheet.Locate(null!));
        Assert.Throws<ArgumentOutOfRangeException>(() => sheet.Locate(new AimsDiagnostic("AIMS5012", "", "m"), 2));
        Assert.Throws<ArgumentOutOfRangeException>(() => sheet.Locate(new AimsDiagnostic("AIMS5012", "", "m"), -1));
        Assert.Throws<ArgumentException>(() => new FairScenarioSheet([scenario], [2, 3]));
        Assert.Throws<ArgumentException>(() => new FairScenarioSheet([scenario], [1]));
        Assert.Throws<ArgumentException>(() => new FairScenarioSheet([null!], [2]));
        Assert.Throws<ArgumentNullException>(() => AimsCsv.ReadFairScenarioSheet(null!));
    }
}

/// <summary>Properties of <see cref="FairScenarioSheet"/> over generated scenario sets written as a spreadsheet.</summary>
[Properties(Arbitrary = [typeof(SerializationArbitraries)])]
public class FairScenarioSheetProperties
{
    [Property(MaxTest = 50)]
    public Property Every_filled_cell_is_where_Locate_puts_its_estimates_pointer(FairScenarioSet set)
    {
        var (sheet, cells) = Sheet(set);
        var wrong = new List<string>();
        for (var k = 0; k < sheet.Scenarios.Length; k++)
        {
            foreach (var column in cells[k])
            {
                var located = sheet.Locate(new AimsDiagnostic(RiskDiagnosticCodes.TooManyEvents, $"/scenarios/{k}{Pointer(column)}", "m")).Path;
                if (located != $"/rows/{k + 2}/{column}")
                {
                    wrong.Add($"{k} {column} → {located}");
                }
            }
        }

        return (sheet.Rows.SequenceEqual(Enumerable.Range(2, set.Scenarios.Length)) && wrong.Count == 0).Label(string.Join("; ", wrong));
    }

    [Property(MaxTest = 50)]
    public Property Equal_sheets_obey_the_laws(FairScenarioSet a, FairScenarioSet b)
    {
        var x = Sheet(a).Sheet;
        var y = Sheet(b).Sheet;
        var same = x.Rows.SequenceEqual(y.Rows) && x.Scenarios.SequenceEqual(y.Scenarios);
        var shifted = new FairScenarioSheet(x.Scenarios, x.Rows.Select(r => r + 1));
        return (EqualityLaws.Hold(x, new FairScenarioSheet(x.Scenarios, x.Rows), y)
            && x.Equals(y) == same && (x == y) == same && (x != y) != same
            && x == new FairScenarioSheet(x.Scenarios, x.Rows) && !x.Equals(shifted) && x != shifted
            && !(x == null) && x != null).Label($"{same}");
    }

    /// <summary>The set written as a spreadsheet and read back, and the columns each row fills (the estimates its scenario has).</summary>
    private static (FairScenarioSheet Sheet, List<string>[] Cells) Sheet(FairScenarioSet set)
    {
        using var writer = new StringWriter();
        AimsCsv.WriteFairScenarios(writer, set.Scenarios);
        var sheet = AimsCsv.ReadFairScenarioSheet(new StringReader(writer.ToString())).GetValueOrThrow();
        return (sheet, [.. set.Scenarios.Select(s => AimsCsv.FairScenarioColumns.Skip(1).Where(c => Estimate(s, c) is not null).ToList())]);
    }

    private static Estimate? Estimate(FairScenario s, string column) => column switch
    {
        "LossEventFrequency" => s.LossEventFrequency,
        "ThreatEventFrequency" => s.ThreatEventFrequency,
        "ContactFrequency" => s.ContactFrequency,
        "ProbabilityOfAction" => s.ProbabilityOfAction,
        "Vulnerability" => s.Vulnerability,
        "ThreatCapability" => s.ThreatCapability,
        "ResistanceStrength" => s.ResistanceStrength,
        "PrimaryLoss" => s.PrimaryLoss,
        "SecondaryLossEventFrequency" => s.SecondaryLossEventFrequency,
        "SecondaryLoss" => s.SecondaryLoss,
        "EventCountDispersion" => null, // a number, not an estimate
        _ when column.StartsWith("PrimaryLoss.", StringComparison.Ordinal) => s.PrimaryLossByForm.GetValueOrDefault(Enum.Parse<LossForm>(column["PrimaryLoss.".Length..])),
        _ => s.SecondaryLossByForm.GetValueOrDefault(Enum.Parse<LossForm>(column["SecondaryLoss.".Length..])),
    };

    /// <summary>The scenario-relative JSON Pointer the engine uses for a column: <c>PrimaryLoss.Response</c> → <c>/primaryLossByForm/response</c>.</summary>
    private static string Pointer(string column)
    {
        static string Camel(string s) => char.ToLowerInvariant(s[0]) + s[1..];
        var dot = column.IndexOf('.', StringComparison.Ordinal);
        return dot < 0 ? "/" + Camel(column) : $"/{Camel(column[..dot])}ByForm/{Camel(column[(dot + 1)..])}";
    }
}
