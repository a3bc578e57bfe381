using Aims.Mapping;
using Aims.Model;
using Aims.Risk;
using Aims.Samples.Demo;
using Aims.Serialization.Csv;
using Aims.Tests.Model;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Aims.Tests.Serialization;

[Properties(Arbitrary = [typeof(ModelArbitraries), typeof(SerializationArbitraries)])]
public class CsvRoundTripTests
{
    private static readonly MappingProvenance Provenance = new("test", "1", "us", "generated", MappingStatus.Draft, new DateOnly(2026, 1, 1), "CC0");

    [Property(MaxTest = 80)]
    public Property Inventory_round_trips(AiSystem[] generated)
    {
        // Lineage and the data-ethics disclosure are not tabular: the JSON formats carry them, the CSV table does not.
        var systems = generated.DistinctBy(s => s.Id).Select(s => s.WithLineage(null).WithEthicsDisclosure(null)).ToList();
        return RoundTrip(systems, w => AimsCsv.WriteInventory(w, systems), r => AimsCsv.ReadInventory(r), SequenceEqual);
    }

    [Property(MaxTest = 80)]
    public Property Risk_register_round_trips(RiskEntry[] generated)
    {
        var risks = generated.DistinctBy(r => r.Id).ToList();
        return RoundTrip(risks, w => AimsCsv.WriteRiskRegister(w, risks), r => AimsCsv.ReadRiskRegister(r), SequenceEqual);
    }

    [Fact]
    public void A_risks_fair_scenario_fills_the_fair_scenario_columns_prefixed_fair()
    {
        using var risks = new StringWriter();
        using var scenarios = new StringWriter();
        var scenario = FairScenario.FromLossEvents("Model outage", Estimate.Pert(0.5, 2, 6), Estimate.LognormalFrom90(10_000, 200_000));
        AimsCsv.WriteRiskRegister(risks, [new RiskEntry("R-1", "Outage", "CTO", new RiskRating(3, 4)).WithScenario(scenario)]);
        AimsCsv.WriteFairScenarios(scenarios, [scenario]);

        var riskHeader = risks.ToString().Split('\n')[0].TrimEnd('\r').Split(',');
        var riskRow = risks.ToString().Split('\n')[1];
        Assert.Equal(scenarios.ToString().Split('\n')[0].TrimEnd('\r').Split(','), riskHeader.Where(c => c.StartsWith("Fair.", StringComparison.Ordinal)).Select(c => c[5..]));
        Assert.Contains("lognormal90(10000, 200000)", riskRow, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_estimate_in_a_risks_scenario_rejects_that_row_at_its_column_and_keeps_the_others()
    {
        const string Csv = """
            Id,Title,Owner,InherentLikelihood,InherentImpact,Fair.Name,Fair.LossEventFrequency,Fair.PrimaryLoss
            R-1,Good,CTO,3,4,Outage,"pert(0.5, 2, 6)","lognormal90(10000, 200000)"
            R-2,Bad,CTO,3,4,Leak,"pert(5, 2, 1)","constant(100)"
            R-3,Plain,CTO,2,2,,,
            """;

        var read = AimsCsv.ReadRiskRegister(new StringReader(Csv));

        Assert.True(read.TryGetPartialValue(out var risks));
        Assert.Equal(["R-1", "R-3"], risks.Select(r => r.Id));
        Assert.NotNull(risks[0].Scenario);
        Assert.Null(risks[1].Scenario);
        var error = Assert.Single(read.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Contains("Fair.LossEventFrequency", error.Path, StringComparison.Ordinal);
    }

    [Property(MaxTest = 80)]
    public Property Soa_round_trips(StatementOfApplicability soa) => RoundTrip(soa, w => AimsCsv.WriteSoa(w, soa), r => AimsCsv.ReadSoa(r, soa.Revision), (a, b) => a.Equals(b));

    [Property(MaxTest = 80)]
    public Property Mapping_set_round_trips(MappingSet generated)
    {
        var set = new MappingSet(generated.Id, generated.SourceFramework, generated.TargetFramework, Provenance, generated.Mappings);
        if (set.Mappings.IsEmpty)
        {
            return true.ToProperty();
        }

        return RoundTrip(set, w => AimsCsv.WriteMappingSet(w, set), r => AimsCsv.ReadMappingSet(r, set.Id, Provenance), (a, b) => a == b);
    }

    [Property(MaxTest = 80)]
    public Property Fair_scenarios_round_trip(FairScenarioSet set)
    {
        var scenarios = set.Scenarios.ToList();
        return RoundTrip(scenarios, w => AimsCsv.WriteFairScenarios(w, scenarios), r => AimsCsv.ReadFairScenarios(r), (a, b) => a.SequenceEqual(b));
    }

    [Fact]
    public void Demo_workspace_tables_round_trip()
    {
        var workspace = DemoWorkspace.Create();

        var systemsCsv = new StringWriter();
        AimsCsv.WriteInventory(systemsCsv, workspace.Systems);
        var systems = AimsCsv.ReadInventory(new StringReader(systemsCsv.ToString()));
        var risksCsv = new StringWriter();
        AimsCsv.WriteRiskRegister(risksCsv, workspace.Risks);
        var risks = AimsCsv.ReadRiskRegister(new StringReader(risksCsv.ToString()));

        Assert.True(systems.IsValid, string.Join("\n", systems.Diagnostics));
        // Lineage and the data-ethics disclosure are not tabular: the CSV table leaves them to the JSON formats.
        Assert.Equal(workspace.Systems.Select(s => s.WithLineage(null).WithEthicsDisclosure(null)), systems.Partial());
        Assert.True(risks.IsValid, string.Join("\n", risks.Diagnostics));
        Assert.Equal(workspace.Risks, risks.Partial());
    }

    [Fact]
    public void Every_built_in_mapping_set_round_trips()
    {
        foreach (var set in Crosswalk.BuiltIn.Sets)
        {
            var writer = new StringWriter();
            AimsCsv.WriteMappingSet(writer, set);

            var read = AimsCsv.ReadMappingSet(new StringReader(writer.ToString()), set.Id, set.Provenance);

            Assert.True(read.IsValid, set.Id + ": " + string.Join("\n", read.Diagnostics));
            Assert.Equal(new MappingSet(set.Id, set.SourceFramework, set.TargetFramework, set.Provenance, set.Mappings), read.Partial());
        }
    }

    [Fact]
    public void Spreadsheet_of_scenarios_simulates()
    {
        const string Sheet = """
            Name,ThreatEventFrequency,ThreatCapability,ResistanceStrength,PrimaryLoss
            Model theft,"pert(1, 5, 20)","pert(0.3, 0.6, 0.9)","pert(0.4, 0.65, 0.85)","lognormal90(10000, 250000)"
            Prompt injection,"triangular(2, 6, 12)","uniform(0.2, 0.8)","constant(0.5)","pert(5000, 20000, 90000, 3)"
            """;

        var read = AimsCsv.ReadFairScenarios(new StringReader(Sheet));
        var result = FairSimulator.RunPortfolio(read.Partial(), new FairSimulationOptions { Trials = 2000 });

        Assert.True(read.IsValid, string.Join("\n", read.Diagnostics));
        Assert.Equal(2, result.Contributions.Length);
        Assert.True(result.Total.Mean > 0);
    }

    [Fact]
    public void Results_are_written_one_row_each()
    {
        var scenario = FairScenario.FromLossEvents("s", lossEventFrequency: Estimate.Constant(2), primaryLoss: Estimate.Constant(10));
        var writer = new StringWriter();

        AimsCsv.WriteResults(writer, [FairSimulator.Run(scenario, new FairSimulationOptions { Trials = 100, FrequencyMode = FrequencyMode.ExpectedLoss })]);

        var lines = writer.ToString().TrimEnd().Split('\n');
        Assert.StartsWith("Name,Trials,Seed,Mean,", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("s,100,1,20,0,20,", lines[1], StringComparison.Ordinal);
    }

    private static bool SequenceEqual<T>(IEnumerable<T> expected, IEnumerable<T> actual)
        where T : IEquatable<T> => expected.SequenceEqual(actual);

    private static Property RoundTrip<T, TRead>(T value, Action<TextWriter> write, Func<TextReader, AimsResult<TRead>> read, Func<T, TRead, bool> equal)
    {
        var writer = new StringWriter();
        write(writer);
        var result = read(new StringReader(writer.ToString()));
        var same = result.TryGetPartialValue(out var back) && equal(value, back);
        return (result.IsValid && same).Label((same ? "" : "read back differs") + "\n" + string.Join("\n", result.Diagnostics) + "\n" + writer);
    }
}
