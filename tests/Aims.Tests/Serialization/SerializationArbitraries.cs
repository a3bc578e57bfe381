using Aims.Mapping;
using Aims.Risk;
using Aims.Tests.Model;
using FsCheck;
using FsCheck.Fluent;

namespace Aims.Tests.Serialization;

/// <summary>
/// The model arbitraries (<see cref="ModelArbitraries"/>) plus generators for the FAIR scenario sets and mapping sets
/// that the serializers also read and write.
/// </summary>
public static class SerializationArbitraries
{
    public static Arbitrary<FairScenarioSet> ScenarioSets() => Arb.From(ScenarioSet,
        set => set.Scenarios.Length <= 1 ? [] : Enumerable.Range(0, set.Scenarios.Length)
            .Select(i => new FairScenarioSet(set.Name, set.Scenarios.RemoveAt(i), set.FrequencyMode, set.VulnerabilityMode)));

    public static Arbitrary<MappingSet> MappingSets() => Arb.From(MappingSetGen,
        set => set.Mappings.IsEmpty ? [] : Enumerable.Range(0, set.Mappings.Length)
            .Select(i => new MappingSet(set.Id, set.SourceFramework, set.TargetFramework, set.Provenance, set.Mappings.RemoveAt(i), set.StrengthScale)));

    internal static Gen<FairScenarioSet> ScenarioSet =>
        from count in Gen.Choose(1, 4)
        from names in ModelGen.Text.ArrayOf(count)
        from scenarios in Gen.CollectToArray(names.Select((name, i) => Scenario($"{name} {i}")))
        from title in ModelGen.Text
        from frequency in Gen.Elements<FrequencyMode?>([null, .. Enum.GetValues<FrequencyMode>().Select(m => (FrequencyMode?)m)])
        from vulnerability in Gen.Elements<VulnerabilityMode?>([null, .. Enum.GetValues<VulnerabilityMode>().Select(m => (VulnerabilityMode?)m)])
        select new FairScenarioSet(title, scenarios, frequency, vulnerability);

    internal static Gen<MappingSet> MappingSetGen =>
        from provenance in from s in ModelGen.Text
                           from v in ModelGen.Text
                           from a in ModelGen.Text
                           from m in ModelGen.Text
                           from status in ModelGen.Enum<MappingStatus>()
                           from published in ModelGen.Date
                           from l in ModelGen.Text
                           select new MappingProvenance(s, v, a, m, status, published, l)
        from mappings in ModelGen.Many(
            from source in ModelGen.Id("GV-")
            from target in ModelGen.Id("A.")
            from relationship in ModelGen.Enum<Relationship>()
            from rationale in ModelGen.Enum<MatchingRationale>()
            from confidence in ModelGen.Enum<MappingConfidence>()
            from strength in Gen.Elements<int?>([null, .. Enumerable.Range(1, 10).Select(i => (int?)i)])
            from notes in ModelGen.MaybeText
            select new ControlMapping(FrameworkIds.NistAiRmf, source, FrameworkIds.Iso42001, target, relationship, rationale, confidence, strength, notes))
        from id in ModelGen.Id("set-")
        from scaled in ModelGen.Bool
        select new MappingSet(id, FrameworkIds.NistAiRmf, FrameworkIds.Iso42001, provenance, mappings, scaled ? "1-10" : null);

    private static Gen<double> Unit => Gen.Choose(0, 1_000_000).Select(i => i / 1_000_000.0);

    private static Gen<Estimate> Pert(double lo, double hi) =>
        from a in Unit
        from b in Unit
        from c in Unit
        from shape in Unit
        from kind in Gen.Choose(0, 4)
        let min = lo + (a * (hi - lo) / 3)
        let max = hi - (b * (hi - lo) / 3)
        let mode = min + (c * (max - min))
        // pyfair's PERT is undefined with the mode at min or max (AIMS5005), which c = 0 or 1 gave about once in 250,000
        // scenarios and failed a round-trip test in CI: its mode stays strictly inside.
        let innerMode = min + ((0.001 + (0.998 * c)) * (max - min))
        select kind switch
        {
            0 => Estimate.Pert(min, mode, max, 4),
            1 => Estimate.Pert(min, mode, max, 3 + shape),
            2 => Estimate.Triangular(min, mode, max),
            3 => Estimate.Uniform(min, max),
            _ => Estimate.PyfairPert(min, innerMode, max),
        };

    private static Gen<Estimate> Loss =>
        from kind in Gen.Choose(0, 2)
        from a in Unit
        from b in Unit
        from pert in Pert(0, 1e6)
        select kind switch
        {
            0 => Estimate.LognormalFrom90(1_000 + a, 100_000 * (1 + b)),
            1 => Estimate.TruncatedNormal(50_000 * a, 10_000),
            _ => pert,
        };

    internal static Gen<FairScenario> Scenario(string name) =>
        from fromLossEvents in ModelGen.Bool
        from lossEventFrequency in Pert(0, 10)
        from primaryLoss in Loss
        from form in ModelGen.Enum<LossForm>()
        from byForm in ModelGen.Bool
        from threatEventFrequency in Pert(0, 20)
        from capability in Pert(0, 1)
        from resistance in Pert(0, 1)
        from secondary in ModelGen.Bool
        from secondaryFrequency in Pert(0, 1)
        from secondaryLoss in Loss
        from dispersion in Gen.OneOf(Gen.Constant((double?)null), Gen.Choose(1, 70_000).Select(k => (double?)(k / 7.0))) // over-dispersed counts, not round numbers
        select (fromLossEvents
            ? byForm
                ? FairScenario.FromLossEvents(name, lossEventFrequency, new Dictionary<LossForm, Estimate> { [form] = primaryLoss })
                : FairScenario.FromLossEvents(name, lossEventFrequency, primaryLoss)
            : Threats(name, threatEventFrequency, capability, resistance, primaryLoss, secondary ? (secondaryFrequency, secondaryLoss) : null))
            .WithEventCountDispersion(dispersion);

    private static FairScenario Threats(string name, Estimate tef, Estimate capability, Estimate resistance, Estimate loss, (Estimate Frequency, Estimate Loss)? secondary)
    {
        var scenario = FairScenario.FromThreats(name, threatEventFrequency: tef, threatCapability: capability, resistanceStrength: resistance, primaryLoss: loss);
        return secondary is { } s ? scenario.WithSecondaryLoss(s.Frequency, s.Loss) : scenario;
    }
}
