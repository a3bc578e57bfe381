using System.Text.Json;

namespace Aims.Tests.Cli;

/// <summary>Issue 15: <c>aims risk suggest</c> lists the threats a system's traits make relevant, with templates and the controls that treat them.</summary>
public class ThreatCommandTests
{
    private static (int Exit, string Out, string Err) Run(params string[] args) => CliRunner.Run(args);

    [Fact]
    public void An_llm_assistant_with_tools_gets_prompt_injection_and_excessive_agency_with_controls_and_templates()
    {
        var (exit, output, _) = Run("risk", "suggest", "--traits", "largeLanguageModel,tools,publicExposure", "--format", "json");

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        var threats = json.RootElement.GetProperty("threats").EnumerateArray().ToDictionary(t => t.GetProperty("id").GetString()!);
        Assert.Contains("LLM01", threats.Keys);
        Assert.Contains("LLM06", threats.Keys);
        Assert.DoesNotContain("LLM08", threats.Keys); // needs retrieval
        var injection = threats["LLM01"];
        Assert.Contains("publicExposure", injection.GetProperty("heightenedBy").EnumerateArray().Select(e => e.GetString()));
        Assert.True(injection.GetProperty("template").GetProperty("illustrative").GetBoolean());
        Assert.True(injection.GetProperty("template").GetProperty("annualLossExpectancy").GetDouble() > 0);
        var controls = injection.GetProperty("controls").EnumerateArray().ToList();
        Assert.Contains(controls, c => c.GetProperty("id").GetString() == "A.6.2.4");
        Assert.All(controls, c => Assert.False(string.IsNullOrEmpty(c.GetProperty("soaStatus").GetString())));
        Assert.Contains("MEASURE 2.7", threats["LLM01"].GetProperty("nistAiRmf").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("EUR", json.RootElement.GetProperty("currency").GetString());
    }

    [Fact]
    public void The_text_output_names_each_threat_its_template_and_the_soa_status_of_its_controls()
    {
        var (exit, output, _) = Run("risk", "suggest", "--traits", "largeLanguageModel,tools,agents");

        Assert.Equal(0, exit);
        Assert.Contains("ASI02  Misuse and exploitation of tools", output, StringComparison.Ordinal);
        Assert.Contains("(illustrative)", output, StringComparison.Ordinal);
        Assert.Contains("A.6.2.2 Requirements and specification (", output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_demo_support_assistant_gets_its_threats_from_its_recorded_traits()
    {
        var (exit, output, _) = Run("risk", "suggest", "--system", "support-assistant", "--format", "json");

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        Assert.Equal("support-assistant", json.RootElement.GetProperty("system").GetString());
        var ids = json.RootElement.GetProperty("threats").EnumerateArray().Select(t => t.GetProperty("id").GetString()).ToList();
        Assert.Contains("LLM01", ids);
        Assert.Contains("LLM06", ids); // it has tools
        Assert.Contains("LLM08", ids); // and retrieval
        Assert.DoesNotContain(ids, id => id!.StartsWith("ASI", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("--system", "credit-scoring", "0 threat(s)")]
    public void A_system_without_llm_or_agents_gets_no_owasp_threats(string option, string value, string text)
    {
        var (exit, output, _) = Run("risk", "suggest", option, value);

        Assert.Equal(0, exit);
        Assert.Contains(text, output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--traits", "llm,tools", "'llm' is not a system trait")]
    [InlineData("--system", "no-such-system", "no AI system 'no-such-system'")]
    [InlineData("--system", "churn-predictor", "records no traits")]
    [InlineData(null, null, "needs --system <id> or --traits")]
    public void A_missing_or_unknown_trait_is_a_usage_error(string? option, string? value, string message)
    {
        string[] args = option is null ? ["risk", "suggest"] : ["risk", "suggest", option, value!];

        var (exit, _, error) = Run(args);

        Assert.Equal(2, exit);
        Assert.Contains(message, error, StringComparison.Ordinal);
    }
}
