using System.Text.Json;
using Aims.Cli;

namespace Aims.Tests.Cli;

public class SupportCommandTests
{
    private static T WithDemoFile<T>(Func<string, T> run)
    {
        var file = Path.Combine(Path.GetTempPath(), $"aims-support-{Guid.NewGuid():N}.json");
        try
        {
            Assert.Equal(CliApp.Ok, CliRunner.Run("export", "workspace", "--out", file).Exit);
            return run(file);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Objectives_of_the_demo_show_status_and_progress_and_exit_1_for_the_missed_one()
    {
        var (exit, output, _) = WithDemoFile(file => CliRunner.Run("objectives", file, "--as-of", "2026-11-16", "--format", "json"));

        Assert.Equal(CliApp.Problems, exit);
        using var json = JsonDocument.Parse(output);
        var rows = json.RootElement.GetProperty("objectives").EnumerateArray()
            .Select(o => (o.GetProperty("id").GetString(), o.GetProperty("status").GetString(), o.GetProperty("progress").GetDouble())).ToList();
        Assert.Equal([("OBJ-1", "inProgress", 0.5), ("OBJ-2", "achieved", 1.0), ("OBJ-3", "missed", 0.5)], rows);
    }

    [Fact]
    public void Objectives_before_the_first_due_date_exit_0()
    {
        var (exit, output, _) = WithDemoFile(file => CliRunner.Run("objectives", file, "--as-of", "2026-07-01"));

        Assert.Equal(CliApp.Ok, exit);
        Assert.Contains("OBJ-3 [notMeasured]", output, StringComparison.Ordinal);
        Assert.Contains("latest 40 % on 2026-06-30, 25 % of the way", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Competence_of_the_demo_names_the_lapsed_training_and_the_day_moves_it()
    {
        var (now, later) = WithDemoFile(file => (CliRunner.Run("competence", file, "--as-of", "2026-11-16"), CliRunner.Run("competence", file, "--as-of", "2026-12-01", "--format", "json")));

        Assert.Equal(CliApp.Problems, now.Exit);
        Assert.Contains("expired: Every record of 'AI incident triage' in role 'SOC Lead' has lapsed (the last on 2026-09-15); renew it.", now.Out, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(later.Out);
        Assert.Equal(   // the EU AI Act course of the DPO and the CTO lapses on 2026-11-30
            ["CTO", "Data Protection Officer", "SOC Lead"],
            json.RootElement.GetProperty("gaps").EnumerateArray().Select(g => g.GetProperty("role").GetString()!).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void An_unreadable_workspace_exits_2()
    {
        Assert.Equal(CliApp.Unusable, CliRunner.Run("objectives", "no-such-file.json").Exit);
        Assert.Equal(CliApp.Unusable, CliRunner.Run("competence", "no-such-file.json").Exit);
    }
}
