using Aims.Mapping;
using Aims.Model;
using Aims.Risk;
using static Aims.Serialization.Json.Wire.ReadContext;

namespace Aims.Serialization.Json.Wire;

/// <summary>Turns FAIR scenario and mapping-set wire objects into model objects, reporting every problem.</summary>
internal sealed class RiskMappingReader(ReadContext context)
{
    private readonly ReadContext _c = context;

    public FairScenarioSet? ScenarioSet(FairScenarioSetDto d, string p, bool singleScenarioAtRoot = false)
    {
        _c.Visit(d, p);
        FrequencyMode? frequency = null;
        VulnerabilityMode? vulnerability = null;
        if (d.Semantics is { } s)
        {
            var sp = Member(p, "semantics");
            _c.Visit(s, sp);
            frequency = _c.EnumOrNull<FrequencyMode>(s.Frequency, Member(sp, "frequency"));
            vulnerability = _c.EnumOrNull<VulnerabilityMode>(s.Vulnerability, Member(sp, "vulnerability"));
        }

        var scenarios = singleScenarioAtRoot
            ? [.. Scenario(d.Scenarios![0]!, p) is { } single ? [single] : Array.Empty<FairScenario>()]
            : _c.Records(d.Scenarios, Member(p, "scenarios"), Scenario);
        return _c.HasUnabsorbedErrors ? null : _c.Build(p, () => new FairScenarioSet(d.Name ?? "scenarios", scenarios, frequency, vulnerability));
    }

    public FairScenario? Scenario(FairScenarioDto d, string p)
    {
        _c.Visit(d, p);
        var before = _c.ErrorCount;
        Estimate? E(EstimateDto? e, string name) => e is null ? null : Estimate(e, Member(p, name));
        var lef = E(d.LossEventFrequency, "lossEventFrequency");
        var tef = E(d.ThreatEventFrequency, "threatEventFrequency");
        var cf = E(d.ContactFrequency, "contactFrequency");
        var poa = E(d.ProbabilityOfAction, "probabilityOfAction");
        var vuln = E(d.Vulnerability, "vulnerability");
        var tcap = E(d.ThreatCapability, "threatCapability");
        var rs = E(d.ResistanceStrength, "resistanceStrength");
        var pl = E(d.PrimaryLoss, "primaryLoss");
        var plForms = Forms(d.PrimaryLossByForm, Member(p, "primaryLossByForm"));
        var slef = E(d.SecondaryLossEventFrequency, "secondaryLossEventFrequency");
        var sl = E(d.SecondaryLoss, "secondaryLoss");
        var slForms = Forms(d.SecondaryLossByForm, Member(p, "secondaryLossByForm"));
        if (_c.ErrorCount > before)
        {
            return null;
        }

        if (string.IsNullOrWhiteSpace(d.Name))
        {
            _c.Error(Member(p, "name"), "Required: the scenario's name.");
            return null;
        }

        var result = FairScenario.Validate(new FairScenarioInputs
        {
            Name = d.Name,
            LossEventFrequency = lef,
            ThreatEventFrequency = tef,
            ContactFrequency = cf,
            ProbabilityOfAction = poa,
            Vulnerability = vuln,
            ThreatCapability = tcap,
            ResistanceStrength = rs,
            PrimaryLoss = pl,
            PrimaryLossByForm = plForms,
            SecondaryLossEventFrequency = slef,
            SecondaryLoss = sl,
            SecondaryLossByForm = slForms,
            EventCountDispersion = d.EventCountDispersion,
        });
        foreach (var problem in result.Diagnostics)
        {
            // The scenario's pointers use the wire names of the scenario object, so they extend its pointer.
            _c.Error(p + problem.Path, problem.Message, problem.Code);
        }

        return result.TryGetValue(out var scenario) ? scenario : null;
    }

    public ControlMeasure? ControlMeasure(ControlMeasureDto d, string p)
    {
        _c.Visit(d, p);
        var before = _c.ErrorCount;
        var function = _c.EnumOrNull<ControlFunction>(d.Function, Member(p, "function"));
        var effects = _c.Records(d.Effects, Member(p, "effects"), (e, ep) =>
        {
            _c.Visit(e, ep);
            var node = _c.RequiredEnum<FairNode>(e.Node, Member(ep, "node"));
            var kind = _c.RequiredEnum<ControlEffectKind>(e.Kind, Member(ep, "kind"));
            var form = _c.EnumOrNull<LossForm>(e.Form, Member(ep, "form"));
            if (kind == ControlEffectKind.Shift && e.Form is not null)
            {
                _c.Error(Member(ep, "form"), "A shift acts on a capability, strength or probability node, which has no form of loss: remove the form.");
            }

            Estimate? amount = null;
            if (e.Amount is null)
            {
                _c.Error(Member(ep, "amount"), "Required: the size of the effect, an estimate.");
            }
            else
            {
                amount = Estimate(e.Amount, Member(ep, "amount"));
            }

            return amount is null ? null : _c.Build(ep, () => kind == ControlEffectKind.Shift ? ControlEffect.Shift(node, amount) : ControlEffect.Reduce(node, amount, form));
        });
        if (_c.ErrorCount > before)
        {
            return null;
        }

        // The control's name defaults to its id; a missing cost is reported at annualCost by FairControl's own check.
        var control = _c.Build(p, () => new FairControl(d.Name ?? d.ControlId ?? "control", d.AnnualCost ?? double.NaN, effects).WithFunction(function));
        return control is null ? null : _c.Build(p, () => new ControlMeasure(d.ControlId!, control)
            .WithRiskIds(_c.Strings(d.RiskIds, Member(p, "riskIds"))).WithBasis(d.Basis));
    }

    public MappingSet? MappingSet(MappingSetDto d, string p)
    {
        _c.Visit(d, p);
        MappingProvenance? provenance = null;
        var pp = Member(p, "provenance");
        if (d.Provenance is not { } pd)
        {
            _c.Error(pp, "Required: the provenance of the mapping set.");
        }
        else
        {
            _c.Visit(pd, pp);
            var status = _c.RequiredEnum<MappingStatus>(pd.Status, Member(pp, "status"));
            var date = _c.RequiredDate(pd.Date, Member(pp, "date"));
            provenance = _c.Build(pp, () => new MappingProvenance(pd.SourceDocument!, pd.Version!, pd.Authors!, pd.Method!, status, date, pd.Licence!));
        }

        var mappings = _c.Records(d.Mappings, Member(p, "mappings"), (m, mp) =>
        {
            _c.Visit(m, mp);
            var relationship = _c.RequiredEnum<Relationship>(m.Relationship, Member(mp, "relationship"));
            var rationale = _c.RequiredEnum<MatchingRationale>(m.Rationale, Member(mp, "rationale"));
            var confidence = _c.Enum(m.Confidence, Member(mp, "confidence"), default(MappingConfidence));
            return _c.Build(mp, () => new ControlMapping(
                m.SourceFramework ?? d.SourceFramework!, m.SourceId!, m.TargetFramework ?? d.TargetFramework!, m.TargetId!,
                relationship, rationale, confidence, m.Strength, m.Notes));
        });
        return _c.HasUnabsorbedErrors || provenance is null
            ? null
            : _c.Build(p, () => new MappingSet(d.Id!, d.SourceFramework!, d.TargetFramework!, provenance, mappings, d.StrengthScale));
    }

    private Dictionary<LossForm, Estimate>? Forms(Dictionary<string, EstimateDto?>? forms, string p)
    {
        if (forms is null)
        {
            return null;
        }

        var result = new Dictionary<LossForm, Estimate>();
        foreach (var (name, dto) in forms)
        {
            var fp = Member(p, name);
            if (!EnumText.TryParse<LossForm>(name, out var form))
            {
                _c.Error(fp, $"Unknown form of loss \"{name}\"; expected one of {EnumText.Names<LossForm>()}.");
            }
            else if (dto is null)
            {
                _c.Error(fp, "An estimate must not be null.");
            }
            else if (Estimate(dto, fp) is { } estimate)
            {
                result[form] = estimate;
            }
        }

        return result;
    }

    private Estimate? Estimate(EstimateDto e, string p)
    {
        _c.Visit(e, p);
        double N(double? value, string name)
        {
            if (value is { } v)
            {
                return v;
            }

            _c.Error(Member(p, name), $"Required for a \"{e.Type}\" estimate: a number.");
            return double.NaN;
        }

        var gamma = e.Gamma ?? Aims.Risk.Estimate.DefaultPertGamma;
        return e.Type switch
        {
            "pert" => Aims.Risk.Estimate.Pert(N(e.Min, "min"), N(e.Mode, "mode"), N(e.Max, "max"), gamma),
            "pyfairPert" => Aims.Risk.Estimate.PyfairPert(N(e.Min, "min"), N(e.Mode, "mode"), N(e.Max, "max"), gamma),
            "triangular" => Aims.Risk.Estimate.Triangular(N(e.Min, "min"), N(e.Mode, "mode"), N(e.Max, "max")),
            "uniform" => Aims.Risk.Estimate.Uniform(N(e.Min, "min"), N(e.Max, "max")),
            "normal" => Aims.Risk.Estimate.Normal(N(e.Mean, "mean"), N(e.Sd, "sd")),
            "truncatedNormal" => Aims.Risk.Estimate.TruncatedNormal(N(e.Mean, "mean"), N(e.Sd, "sd")),
            "lognormal90" => Aims.Risk.Estimate.LognormalFrom90(N(e.Lower, "lower"), N(e.Upper, "upper")),
            "constant" => Aims.Risk.Estimate.Constant(N(e.Value, "value")),
            _ => Unknown(),
        };

        Estimate? Unknown()
        {
            _c.Error(Member(p, "type"), $"\"{e.Type}\" is not a distribution: pert, pyfairPert, triangular, uniform, normal, truncatedNormal, lognormal90, constant.");
            return null;
        }
    }
}
