using Aims.Mapping;
using Aims.Model;
using Aims.Risk;

namespace Aims.Tests.Mapping;

/// <summary>Issue 15, section 2: a FAIR scenario template per OWASP threat, illustrative until calibrated.</summary>
public class ThreatScenarioTemplatesTests
{
    [Fact]
    public void Every_owasp_threat_has_one_illustrative_template_with_its_reasoning()
    {
        var threats = FrameworkCatalogs.Get(FrameworkIds.OwaspLlm).Items.AddRange(FrameworkCatalogs.Get(FrameworkIds.OwaspAgentic).Items);

        Assert.Equal(threats.Select(t => (t.FrameworkId, t.Id)), ThreatScenarioTemplates.All.Select(t => (t.ThreatFramework, t.ThreatId)));
        Assert.All(ThreatScenarioTemplates.All, template =>
        {
            Assert.True(template.IsIllustrative);
            Assert.EndsWith("(illustrative)", template.Scenario.Name, StringComparison.Ordinal);
            Assert.Contains("Calibrate", template.Reasoning, StringComparison.OrdinalIgnoreCase);
            Assert.NotEmpty(template.LossForms);
        });
    }

    [Fact]
    public void A_template_drives_only_nodes_its_scenario_estimates()
    {
        Assert.All(ThreatScenarioTemplates.All, template =>
        {
            var estimated = template.Scenario.Inputs().Select(i => i.Node).ToHashSet();
            Assert.NotEmpty(template.Drives);
            Assert.All(template.Drives, node => Assert.Contains(node, estimated));
        });
    }

    [Fact]
    public void Every_template_simulates_to_a_positive_finite_annual_loss()
    {
        var options = new FairSimulationOptions { Trials = 4_000, Seed = 7 };

        Assert.All(ThreatScenarioTemplates.All, template =>
        {
            var result = FairSimulator.Run(template.Scenario, options);
            Assert.True(double.IsFinite(result.Mean) && result.Mean > 0, $"{template}: ALE {result.Mean}");
            Assert.True(result.Percentile(0.9) >= result.Percentile(0.5));
        });
    }

    [Fact]
    public void Calibrating_keeps_the_threat_and_records_the_source()
    {
        var template = ThreatScenarioTemplates.Find(FrameworkIds.OwaspLlm, "LLM01")!;
        var ours = FairScenario.FromThreats("LLM01 calibrated", Estimate.Pert(5, 20, 80), Estimate.Pert(0.01, 0.05, 0.1), Estimate.Pert(10_000, 30_000, 90_000));

        var calibrated = template.WithCalibration(ours, new ScenarioCalibration("2026 red-team exercise", new DateOnly(2026, 11, 30)));

        Assert.False(calibrated.IsIllustrative);
        Assert.Equal("LLM01", calibrated.ThreatId);
        Assert.Equal(template.Drives, calibrated.Drives);
        Assert.Equal(ours, calibrated.Scenario);
        Assert.NotEqual(template, calibrated);
        Assert.True(template.IsIllustrative); // the built-in template is unchanged
        Assert.Throws<ArgumentException>(() => new ScenarioCalibration(" ", new DateOnly(2026, 1, 1)));
    }

    [Fact]
    public void A_systems_traits_select_the_templates_of_its_threats()
    {
        var assistant = ThreatScenarioTemplates.For([AiSystemTrait.LargeLanguageModel, AiSystemTrait.Tools]).Select(t => t.ThreatId).ToList();

        Assert.Contains("LLM01", assistant);
        Assert.Contains("LLM06", assistant);
        Assert.DoesNotContain("LLM08", assistant);
        Assert.Null(ThreatScenarioTemplates.Find(FrameworkIds.Stride, "Spoofing"));
    }
}
