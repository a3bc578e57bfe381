using Aims.Cli;

namespace Aims.Tests.Cli;

/// <summary>Issue 12: the CLI explains itself to someone who has not read the code.</summary>
public class CliHelpTests
{
    private static (int Exit, string Out, string Err) Run(params string[] args) => CliRunner.Run(args);

    [Theory]
    [InlineData(new[] { "map", "--help" }, "--infer")]
    [InlineData(new[] { "eu-ai-act", "obligations", "--help" }, "--public-body")]
    [InlineData(new[] { "help", "validate" }, "--as-of")]
    [InlineData(new[] { "--help", "import", "csv" }, "--out <file.json>")]
    public void Help_of_a_command_explains_each_option_and_its_exit_codes(string[] args, string option)
    {
        var (exit, output, _) = Run(args);

        Assert.Equal(CliApp.Ok, exit);
        var line = Assert.Single(output.Split('\n'), l => l.TrimStart().StartsWith(option, StringComparison.Ordinal));
        Assert.True(line.Trim().Length > option.Length + 10, $"'{option}' is listed without an explanation: {line}");
        Assert.Contains("Exit codes: 0", output, StringComparison.Ordinal);
        Assert.DoesNotContain("aims risk matrix", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_option_the_parser_accepts_is_explained_in_some_command_help()
    {
        string[] accepted = ["--format", "--infer", "--public-body", "--gpai", "--systemic-risk", "--outside-eu", "--open-source", "--annex-i", "--on-market", "--role", "--category",
            "--annex", "--workspace", "--out", "--set", "--kind", "--scenarios", "--currency", "--as-of", "--to", "--trials", "--seed", "--threads"];

        var explained = CliHelp.Commands.SelectMany(c => c.Options).Select(o => o.Option.Split(' ')[0]).ToHashSet(StringComparer.Ordinal);

        Assert.Equal([], accepted.Where(o => !explained.Contains(o)));
    }

    [Theory]
    [InlineData("demo", "--bogus")]
    [InlineData("risk", "simulate", "x.json", "--trials", "0")]
    [InlineData("validate", "x.json", "--as-of", "yesterday")]
    public void A_usage_error_shows_the_message_and_the_commands_synopsis_not_the_whole_help(params string[] args)
    {
        var (exit, _, error) = Run(args);

        Assert.Equal(CliApp.Unusable, exit);
        var lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("error: ", lines[0], StringComparison.Ordinal);
        Assert.StartsWith($"Usage: aims {args[0]}", lines[1], StringComparison.Ordinal);
        Assert.Equal(3, lines.Length);
        Assert.DoesNotContain("aims catalog list", error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_command_points_to_the_overview()
    {
        var (exit, _, error) = Run("frobnicate");

        Assert.Equal(CliApp.Unusable, exit);
        Assert.Equal(["error: Unknown command 'frobnicate'.", "Run 'aims --help' for the commands."], error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd()));
    }

    [Fact]
    public void The_overview_lists_every_command_once()
    {
        var (_, output, _) = Run("--help");

        foreach (var command in CliHelp.Commands)
        {
            Assert.Contains($"  aims {command.Name}", output, StringComparison.Ordinal);
        }
    }
}
