using Aims.Cli;
using Aims.Risk;

namespace Aims.Tests.Cli;

/// <summary>Issue 13, reproductions 1–3 and 12 through the CLI: exit 1 or 2 with the diagnostic, never a hang, 134 or Infinity.</summary>
public sealed class EngineLimitCommandTests : IDisposable
{
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("aims-limits-");

    public void Dispose() => _directory.Delete(recursive: true);

    public static TheoryData<string, string, string> HostileScenarios => new()
    {
        // Reproduction 1: hung forever, uncancellably; validate called it valid.
        { """{"type":"constant","value":1}""", """{"type":"pert","min":0,"mode":1,"max":1e308}""", "/primaryLoss" },
        // Reproduction 3: printed "ALE Infinity sd NaN" with exit 0.
        { """{"type":"constant","value":1}""", """{"type":"uniform","min":0,"max":1.7e308}""", "/primaryLoss" },
        { """{"type":"constant","value":1}""", """{"type":"lognormal90","lower":1,"upper":1e300}""", "/primaryLoss" },
        // Reproduction 2: reported a mean of 2,147,483,647 (a saturated event count).
        { """{"type":"constant","value":1e300}""", """{"type":"constant","value":1}""", "/lossEventFrequency" },
    };

    [Theory]
    [MemberData(nameof(HostileScenarios))]
    public void Validate_and_simulate_reject_estimates_outside_the_domain_with_AIMS5011(string frequency, string loss, string path)
    {
        var file = Write("h.json", $$"""{"kind":"fair-scenarios","schemaVersion":"1.0","name":"h","lossEventFrequency":{{frequency}},"primaryLoss":{{loss}}}""");

        var validate = CliRunner.Run("validate", file);
        var simulate = CliRunner.Run("risk", "simulate", file, "--trials", "10");
        var json = CliRunner.Run("risk", "simulate", file, "--trials", "10", "--format", "json");

        var expected = $"error {RiskDiagnosticCodes.OutsideEngineRange} {path}:";
        Assert.Equal(CliApp.Problems, validate.Exit);
        Assert.Contains(expected, validate.Out + validate.Err, StringComparison.Ordinal);
        Assert.Equal((CliApp.Problems, ""), (simulate.Exit, simulate.Out));
        Assert.Contains(expected, simulate.Err, StringComparison.Ordinal);
        Assert.Equal((CliApp.Problems, ""), (json.Exit, json.Out));
    }

    [Fact]
    public void Simulate_rejects_a_huge_pert_cell_of_a_spreadsheet()
    {
        var file = Write("h.csv", "Name,LossEventFrequency,PrimaryLoss\nh,constant(1),\"pert(0, 1, 1e308)\"\n");

        var (exit, output, error) = CliRunner.Run("risk", "simulate", file, "--trials", "10");

        Assert.Equal((CliApp.Problems, ""), (exit, output));
        Assert.Contains($"error {RiskDiagnosticCodes.OutsideEngineRange} /rows/2/PrimaryLoss:", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Simulate_stops_a_frequency_above_the_per_trial_event_limit_with_exit_1()
    {
        // Reproduction 2: a constant LEF of 1e9 took 8.7 s per trial in per-event mode.
        var file = Write("lef.json", """{"kind":"fair-scenarios","schemaVersion":"1.0","name":"lef","lossEventFrequency":{"type":"constant","value":1e9},"primaryLoss":{"type":"constant","value":1}}""");

        var (exit, output, error) = CliRunner.Run("risk", "simulate", file, "--trials", "10");

        Assert.Equal((CliApp.Problems, ""), (exit, output));
        Assert.Contains($"error {RiskDiagnosticCodes.TooManyEvents} /lossEventFrequency:", error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_engine_limit_in_a_spreadsheet_is_reported_at_the_row_and_column_of_the_value()
    {
        // Issue 13: AIMS5012 said /scenarios/1/lossEventFrequency, a path the spreadsheet does not have (row 3 is blank).
        var portfolio = Write("lef.csv", "Name,LossEventFrequency,PrimaryLoss\na,constant(1),\"pert(1, 5, 20)\"\n\nb,constant(1e9),\"pert(1, 5, 20)\"\n");
        var single = Write("one.csv", "Name,LossEventFrequency,PrimaryLoss\nb,constant(1e9),constant(1)\n");
        var outFile = Path.Combine(_directory.FullName, "r.html");

        var simulate = CliRunner.Run("risk", "simulate", portfolio, "--trials", "10");
        var one = CliRunner.Run("risk", "simulate", single, "--trials", "10");
        var report = CliRunner.Run("report", "--scenarios", portfolio, "--trials", "10", "--out", outFile);

        Assert.Equal((CliApp.Problems, ""), (simulate.Exit, simulate.Out));
        Assert.Contains($"error {RiskDiagnosticCodes.TooManyEvents} /rows/4/LossEventFrequency:", simulate.Err, StringComparison.Ordinal);
        Assert.Equal(CliApp.Problems, one.Exit);
        Assert.Contains($"error {RiskDiagnosticCodes.TooManyEvents} /rows/2/LossEventFrequency:", one.Err, StringComparison.Ordinal);
        Assert.Equal(CliApp.Problems, report.Exit);
        Assert.Contains($"error {RiskDiagnosticCodes.TooManyEvents} /rows/4/LossEventFrequency:", report.Err, StringComparison.Ordinal);
        Assert.DoesNotContain("/scenarios/", simulate.Err + one.Err + report.Err, StringComparison.Ordinal);
        Assert.False(File.Exists(outFile));
    }

    [Fact]
    public void An_engine_limit_is_reported_at_the_pointer_of_the_json_file_whatever_its_shape()
    {
        // A list of one scenario was run alone and reported at /lossEventFrequency, which that file does not have;
        // a root scenario through report (a portfolio run) was reported at /scenarios/0/…, which that file does not have.
        var list = Write("list.json", """{"kind":"fair-scenarios","schemaVersion":"1.0","name":"l","scenarios":[{"name":"a","lossEventFrequency":{"type":"constant","value":1e9},"primaryLoss":{"type":"constant","value":1}}]}""");
        var root = Write("root.json", """{"kind":"fair-scenarios","schemaVersion":"1.0","name":"r","lossEventFrequency":{"type":"constant","value":1e9},"primaryLoss":{"type":"constant","value":1}}""");
        var outFile = Path.Combine(_directory.FullName, "r.html");

        var simulateList = CliRunner.Run("risk", "simulate", list, "--trials", "10");
        var reportRoot = CliRunner.Run("report", "--scenarios", root, "--trials", "10", "--out", outFile);

        Assert.Contains($"error {RiskDiagnosticCodes.TooManyEvents} /scenarios/0/lossEventFrequency:", simulateList.Err, StringComparison.Ordinal);
        Assert.Contains($"error {RiskDiagnosticCodes.TooManyEvents} /lossEventFrequency:", reportRoot.Err, StringComparison.Ordinal);
        Assert.DoesNotContain("/scenarios/", reportRoot.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void An_engine_limit_in_a_workspace_risk_is_reported_at_that_risks_scenario()
    {
        var lef = FairScenario.FromLossEvents("lef", Estimate.Constant(1e9), Estimate.Constant(1));
        var ok = FairScenario.FromLossEvents("ok", Estimate.Constant(1), Estimate.Constant(1));
        var workspace = new Aims.Model.AimsWorkspace("Org").WithRisks(
        [
            new Aims.Model.RiskEntry("R-1", "No scenario", "CISO", new RiskRating(2, 2)),
            new Aims.Model.RiskEntry("R-2", "Fine", "CISO", new RiskRating(2, 2)).WithScenario(ok),
            new Aims.Model.RiskEntry("R-3", "Too many events", "CISO", new RiskRating(2, 2)).WithScenario(lef),
        ]);
        var file = Write("ws.json", Aims.Serialization.Json.AimsJson.Write(workspace));

        var (exit, _, error) = CliRunner.Run("report", "--workspace", file, "--trials", "10", "--out", Path.Combine(_directory.FullName, "r.html"));

        Assert.Equal(CliApp.Problems, exit);
        Assert.Contains($"error {RiskDiagnosticCodes.TooManyEvents} /risks/2/scenario/lossEventFrequency:", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Simulate_json_writes_null_for_the_loss_magnitude_of_a_run_without_any_loss_event()
    {
        var file = Write("none.json", """{"kind":"fair-scenarios","schemaVersion":"1.0","name":"none","lossEventFrequency":{"type":"constant","value":0},"primaryLoss":{"type":"constant","value":5}}""");

        var (exit, output, _) = CliRunner.Run("risk", "simulate", file, "--trials", "10", "--format", "json");

        Assert.Equal(CliApp.Ok, exit);
        using var json = System.Text.Json.JsonDocument.Parse(output);
        var magnitude = json.RootElement.GetProperty("nodes").EnumerateArray().Single(n => n.GetProperty("node").GetString() == "lossMagnitude");
        Assert.Equal(System.Text.Json.JsonValueKind.Null, magnitude.GetProperty("mean").ValueKind);
        Assert.Equal(0, json.RootElement.GetProperty("mean").GetDouble());
    }

    [Fact]
    public void Report_with_too_many_trials_exits_2_with_the_options_diagnostic_instead_of_crashing()
    {
        // Reproduction 12: rc 134 and a stack trace.
        var outFile = Path.Combine(_directory.FullName, "r.html");

        var (exit, _, error) = CliRunner.Run("report", "--trials", "50000001", "--out", outFile);

        Assert.Equal(CliApp.Unusable, exit);
        Assert.Contains($"error {RiskDiagnosticCodes.InvalidSimulationOption} /trials:", error, StringComparison.Ordinal);
        Assert.False(File.Exists(outFile));
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_directory.FullName, name);
        File.WriteAllText(path, text);
        return path;
    }
}
