using Aims.Risk;
using Aims.Serialization.Csv;
using Aims.Serialization.Json;

namespace Aims.Tests.Serialization;

public class FairScenarioReaderTests
{
    [Fact]
    public void ReadFairScenarios_json_reports_each_tree_problem_with_its_risk_code_under_the_scenario()
    {
        const string Json = """
            {"kind": "fair-scenarios", "schemaVersion": "1.0", "scenarios": [
              {"name": "ok", "lossEventFrequency": {"type": "constant", "value": 1}, "primaryLoss": {"type": "constant", "value": 1}},
              {"name": "bad", "contactFrequency": {"type": "constant", "value": 1}, "vulnerability": {"type": "constant", "value": 0.5},
               "primaryLossByForm": {"response": {"type": "uniform", "min": -1, "max": 2}}}]}
            """;

        var result = AimsJson.ReadFairScenarios(Json);

        var errors = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.Equal(
            [RiskDiagnosticCodes.MissingEstimate, RiskDiagnosticCodes.OutOfRange],
            errors.Select(d => d.Code));
        Assert.Equal(["/scenarios/1/probabilityOfAction", "/scenarios/1/primaryLossByForm/response"], errors.Select(d => d.Path));
        Assert.Equal(["ok"], result.Partial().Scenarios.Select(s => s.Name));
        Assert.Equal(new RecordCounts(2, 1), result.Records);
    }

    [Fact]
    public void ReadFairScenarios_csv_reports_each_tree_problem_at_its_column_with_its_risk_code()
    {
        var csv = string.Join(",", AimsCsv.FairScenarioColumns) + "\n"
            + Row(("Name", "bad"), ("ContactFrequency", "constant(1)"), ("Vulnerability", "constant(0.5)"), ("PrimaryLoss.Response", "uniform(-1, 2)")) + "\n";

        var result = AimsCsv.ReadFairScenarios(new StringReader(csv));

        var errors = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.Equal(
            [(RiskDiagnosticCodes.MissingEstimate, "/rows/2/ProbabilityOfAction"), (RiskDiagnosticCodes.OutOfRange, "/rows/2/PrimaryLoss.Response")],
            errors.Select(d => (d.Code, d.Path)));
    }

    private static string Row(params (string Column, string Value)[] cells) =>
        string.Join(",", AimsCsv.FairScenarioColumns.Select(c => '"' + (cells.FirstOrDefault(x => x.Column == c).Value ?? "") + '"'));
}
