using System.Collections.Immutable;

namespace Aims.Risk;

/// <summary>
/// One Open FAIR risk scenario. Estimate at any level of the tree: loss event frequency directly, or threat event
/// frequency × vulnerability; threat event frequency directly, or contact frequency × probability of action;
/// vulnerability directly, or as P(threat capability &gt; resistance strength). Loss magnitude is primary loss plus,
/// for the fraction SLEF of loss events with secondary effects, secondary loss; each loss may be one estimate or a
/// sum over the six <see cref="LossForm"/>s.
/// </summary>
/// <remarks>
/// Instances are immutable and safe to share between threads. The constructor checks the whole tree and throws one
/// <see cref="FairValidationException"/> listing every problem as an <see cref="AimsDiagnostic"/> with an AIMS5xxx code
/// and a JSON Pointer relative to the scenario (for example <c>/primaryLossByForm/response</c>).
/// </remarks>
public sealed class FairScenario
{
    /// <summary>Initializes a new instance of the <see cref="FairScenario"/> class.</summary>
    /// <param name="name">The scenario name.</param>
    /// <param name="lossEventFrequency">LEF, events per year, when estimated directly.</param>
    /// <param name="threatEventFrequency">TEF, events per year, when estimated directly.</param>
    /// <param name="contactFrequency">Contact frequency, to derive TEF with <paramref name="probabilityOfAction"/>.</param>
    /// <param name="probabilityOfAction">Probability of action, in [0, 1].</param>
    /// <param name="vulnerability">Vulnerability, in [0, 1], when estimated directly.</param>
    /// <param name="threatCapability">Threat capability, to derive vulnerability with <paramref name="resistanceStrength"/>.</param>
    /// <param name="resistanceStrength">Resistance strength, on the same scale as threat capability.</param>
    /// <param name="primaryLoss">Primary loss per loss event, as one estimate.</param>
    /// <param name="primaryLossByForm">Primary loss per loss event, by form of loss (summed).</param>
    /// <param name="secondaryLossEventFrequency">SLEF: the fraction of loss events with secondary effects, in [0, 1].</param>
    /// <param name="secondaryLoss">Secondary loss per secondary loss event, as one estimate.</param>
    /// <param name="secondaryLossByForm">Secondary loss per secondary loss event, by form of loss (summed).</param>
    /// <exception cref="FairValidationException">The tree is incomplete, over-specified, or an estimate is invalid; every problem is listed.</exception>
    public FairScenario(
        string name,
        Estimate? lossEventFrequency = null,
        Estimate? threatEventFrequency = null,
        Estimate? contactFrequency = null,
        Estimate? probabilityOfAction = null,
        Estimate? vulnerability = null,
        Estimate? threatCapability = null,
        Estimate? resistanceStrength = null,
        Estimate? primaryLoss = null,
        IReadOnlyDictionary<LossForm, Estimate>? primaryLossByForm = null,
        Estimate? secondaryLossEventFrequency = null,
        Estimate? secondaryLoss = null,
        IReadOnlyDictionary<LossForm, Estimate>? secondaryLossByForm = null)
    {
        Name = name?.Trim() ?? "";
        LossEventFrequency = lossEventFrequency;
        ThreatEventFrequency = threatEventFrequency;
        ContactFrequency = contactFrequency;
        ProbabilityOfAction = probabilityOfAction;
        Vulnerability = vulnerability;
        ThreatCapability = threatCapability;
        ResistanceStrength = resistanceStrength;
        PrimaryLoss = primaryLoss;
        PrimaryLossByForm = ToSorted(primaryLossByForm);
        SecondaryLossEventFrequency = secondaryLossEventFrequency;
        SecondaryLoss = secondaryLoss;
        SecondaryLossByForm = ToSorted(secondaryLossByForm);
        var problems = Check();
        if (problems.Count > 0)
        {
            throw new FairValidationException(problems);
        }
    }

    /// <summary>Gets the scenario name.</summary>
    public string Name { get; }

    /// <summary>Gets the direct LEF estimate, if given.</summary>
    public Estimate? LossEventFrequency { get; }

    /// <summary>Gets the direct TEF estimate, if given.</summary>
    public Estimate? ThreatEventFrequency { get; }

    /// <summary>Gets the contact frequency estimate, if given.</summary>
    public Estimate? ContactFrequency { get; }

    /// <summary>Gets the probability of action estimate, if given.</summary>
    public Estimate? ProbabilityOfAction { get; }

    /// <summary>Gets the direct vulnerability estimate, if given.</summary>
    public Estimate? Vulnerability { get; }

    /// <summary>Gets the threat capability estimate, if given.</summary>
    public Estimate? ThreatCapability { get; }

    /// <summary>Gets the resistance strength estimate, if given.</summary>
    public Estimate? ResistanceStrength { get; }

    /// <summary>Gets the primary loss estimate, if given as one estimate.</summary>
    public Estimate? PrimaryLoss { get; }

    /// <summary>Gets the primary loss by form (empty when given as one estimate).</summary>
    public ImmutableSortedDictionary<LossForm, Estimate> PrimaryLossByForm { get; }

    /// <summary>Gets the SLEF estimate, if there are secondary effects.</summary>
    public Estimate? SecondaryLossEventFrequency { get; }

    /// <summary>Gets the secondary loss estimate, if given as one estimate.</summary>
    public Estimate? SecondaryLoss { get; }

    /// <summary>Gets the secondary loss by form (empty when given as one estimate or absent).</summary>
    public ImmutableSortedDictionary<LossForm, Estimate> SecondaryLossByForm { get; }

    /// <summary>Gets a value indicating whether vulnerability is derived from threat capability and resistance strength.</summary>
    public bool DerivesVulnerability => LossEventFrequency is null && Vulnerability is null;

    /// <summary>Gets a value indicating whether the scenario has secondary loss.</summary>
    public bool HasSecondaryLoss => SecondaryLossEventFrequency is not null;

    /// <summary>
    /// Gets the expected annual loss computed analytically from the estimates' means, assuming independent inputs.
    /// Exact for estimated vulnerability; with derived vulnerability it needs P(TCap &gt; RS), so it is <see langword="null"/>.
    /// </summary>
    public double? AnalyticMeanAnnualLoss
    {
        get
        {
            if (DerivesVulnerability)
            {
                return null;
            }

            var lef = LossEventFrequency?.Mean
                ?? ((ThreatEventFrequency?.Mean ?? (ContactFrequency!.Mean * ProbabilityOfAction!.Mean)) * Vulnerability!.Mean);
            var primary = PrimaryLoss?.Mean ?? PrimaryLossByForm.Values.Sum(e => e.Mean);
            var secondary = HasSecondaryLoss ? SecondaryLossEventFrequency!.Mean * (SecondaryLoss?.Mean ?? SecondaryLossByForm.Values.Sum(e => e.Mean)) : 0;
            return lef * (primary + secondary);
        }
    }

    /// <summary>Enumerates every estimate with its path, in a fixed order.</summary>
    /// <returns>The (path, node, form, estimate) of each input present.</returns>
    public IEnumerable<(string Path, FairNode Node, LossForm? Form, Estimate Estimate)> Inputs()
    {
        (string, FairNode, Estimate?)[] singles =
        [
            ("/lossEventFrequency", FairNode.LossEventFrequency, LossEventFrequency),
            ("/threatEventFrequency", FairNode.ThreatEventFrequency, ThreatEventFrequency),
            ("/contactFrequency", FairNode.ContactFrequency, ContactFrequency),
            ("/probabilityOfAction", FairNode.ProbabilityOfAction, ProbabilityOfAction),
            ("/vulnerability", FairNode.Vulnerability, Vulnerability),
            ("/threatCapability", FairNode.ThreatCapability, ThreatCapability),
            ("/resistanceStrength", FairNode.ResistanceStrength, ResistanceStrength),
            ("/primaryLoss", FairNode.PrimaryLoss, PrimaryLoss),
        ];
        foreach (var (path, node, estimate) in singles)
        {
            if (estimate is not null)
            {
                yield return (path, node, null, estimate);
            }
        }

        foreach (var (form, estimate) in PrimaryLossByForm)
        {
            yield return ($"/primaryLossByForm/{Camel(form)}", FairNode.PrimaryLoss, form, estimate);
        }

        if (SecondaryLossEventFrequency is not null)
        {
            yield return ("/secondaryLossEventFrequency", FairNode.SecondaryLossEventFrequency, null, SecondaryLossEventFrequency);
        }

        if (SecondaryLoss is not null)
        {
            yield return ("/secondaryLoss", FairNode.SecondaryLoss, null, SecondaryLoss);
        }

        foreach (var (form, estimate) in SecondaryLossByForm)
        {
            yield return ($"/secondaryLossByForm/{Camel(form)}", FairNode.SecondaryLoss, form, estimate);
        }
    }

    /// <summary>Returns whether the scenario has a value for a node (estimated or derived), so a control can act on it.</summary>
    /// <param name="node">The node.</param>
    /// <param name="form">A form of loss, for loss nodes estimated by form.</param>
    /// <returns><see langword="true"/> when the node exists in this tree.</returns>
    public bool HasNode(FairNode node, LossForm? form = null) => (node, form) switch
    {
        (FairNode.PrimaryLoss, { } f) => PrimaryLossByForm.ContainsKey(f),
        (FairNode.SecondaryLoss, { } f) => SecondaryLossByForm.ContainsKey(f),
        (_, not null) => false,
        (FairNode.LossEventFrequency or FairNode.PrimaryLoss, _) => true,
        (FairNode.ThreatEventFrequency or FairNode.Vulnerability, _) => LossEventFrequency is null,
        (FairNode.ContactFrequency, _) => ContactFrequency is not null,
        (FairNode.ProbabilityOfAction, _) => ProbabilityOfAction is not null,
        (FairNode.ThreatCapability or FairNode.ResistanceStrength, _) => DerivesVulnerability,
        (FairNode.SecondaryLossEventFrequency or FairNode.SecondaryLoss, _) => HasSecondaryLoss,
        _ => false,
    };

    internal static string Camel(LossForm form)
    {
        var name = form.ToString();
        return char.ToLowerInvariant(name[0]) + name[1..];
    }

    /// <summary>Returns a copy with one input replaced (used by sensitivity analysis).</summary>
    internal FairScenario Replace(string path, Estimate value)
    {
        Estimate? Pick(string p, Estimate? current) => p == path ? value : current;
        ImmutableSortedDictionary<LossForm, Estimate> Forms(string prefix, ImmutableSortedDictionary<LossForm, Estimate> forms) =>
            forms.ToImmutableSortedDictionary(kv => kv.Key, kv => $"{prefix}/{Camel(kv.Key)}" == path ? value : kv.Value);

        return new FairScenario(Name,
            Pick("/lossEventFrequency", LossEventFrequency),
            Pick("/threatEventFrequency", ThreatEventFrequency),
            Pick("/contactFrequency", ContactFrequency),
            Pick("/probabilityOfAction", ProbabilityOfAction),
            Pick("/vulnerability", Vulnerability),
            Pick("/threatCapability", ThreatCapability),
            Pick("/resistanceStrength", ResistanceStrength),
            Pick("/primaryLoss", PrimaryLoss),
            Forms("/primaryLossByForm", PrimaryLossByForm),
            Pick("/secondaryLossEventFrequency", SecondaryLossEventFrequency),
            Pick("/secondaryLoss", SecondaryLoss),
            Forms("/secondaryLossByForm", SecondaryLossByForm));
    }

    private static ImmutableSortedDictionary<LossForm, Estimate> ToSorted(IReadOnlyDictionary<LossForm, Estimate>? forms) =>
        forms is null ? ImmutableSortedDictionary<LossForm, Estimate>.Empty : forms.ToImmutableSortedDictionary(kv => kv.Key, kv => kv.Value);

    private List<AimsDiagnostic> Check()
    {
        var problems = new List<AimsDiagnostic>();
        void Add(string code, string path, string message) => problems.Add(new AimsDiagnostic(code, path, message));

        if (Name.Length == 0)
        {
            Add(RiskDiagnosticCodes.ScenarioNameRequired, "/name", "A scenario needs a name.");
        }

        // Frequency: LEF directly, or TEF × vulnerability; each with exactly one route.
        var threatSide = ThreatEventFrequency ?? ContactFrequency ?? ProbabilityOfAction ?? Vulnerability ?? ThreatCapability ?? ResistanceStrength;
        if (LossEventFrequency is not null && threatSide is not null)
        {
            Add(RiskDiagnosticCodes.ConflictingEstimates, "/lossEventFrequency", "Estimate LEF directly or derive it from TEF and vulnerability, not both.");
        }
        else if (LossEventFrequency is null)
        {
            Route(problems, "threatEventFrequency", ThreatEventFrequency, ContactFrequency, "contactFrequency", ProbabilityOfAction, "probabilityOfAction");
            Route(problems, "vulnerability", Vulnerability, ThreatCapability, "threatCapability", ResistanceStrength, "resistanceStrength");
        }

        // Magnitude: primary loss as one estimate or by form; secondary loss needs SLEF and one loss route.
        if ((PrimaryLoss is null) == PrimaryLossByForm.IsEmpty)
        {
            Add(PrimaryLoss is null ? RiskDiagnosticCodes.MissingEstimate : RiskDiagnosticCodes.ConflictingEstimates, "/primaryLoss", PrimaryLoss is null
                ? "Primary loss is required (one estimate or by form of loss)."
                : "Give primary loss as one estimate or by form of loss, not both.");
        }

        var hasSecondaryLoss = SecondaryLoss is not null || !SecondaryLossByForm.IsEmpty;
        if (SecondaryLoss is not null && !SecondaryLossByForm.IsEmpty)
        {
            Add(RiskDiagnosticCodes.ConflictingEstimates, "/secondaryLoss", "Give secondary loss as one estimate or by form of loss, not both.");
        }

        if (hasSecondaryLoss != (SecondaryLossEventFrequency is not null))
        {
            Add(RiskDiagnosticCodes.MissingEstimate, hasSecondaryLoss ? "/secondaryLossEventFrequency" : "/secondaryLoss",
                hasSecondaryLoss ? "Secondary loss needs a secondary loss event frequency (SLEF)." : "SLEF needs a secondary loss estimate.");
        }

        foreach (var (path, node, _, estimate) in Inputs())
        {
            var probability = node is FairNode.ProbabilityOfAction or FairNode.Vulnerability or FairNode.SecondaryLossEventFrequency;
            var nonNegative = node is not (FairNode.ThreatCapability or FairNode.ResistanceStrength);
            problems.AddRange(estimate.Validate(path, probability, nonNegative));
        }

        return problems;
    }

    private static void Route(List<AimsDiagnostic> problems, string name, Estimate? direct, Estimate? left, string leftName, Estimate? right, string rightName)
    {
        if (direct is not null && (left is not null || right is not null))
        {
            problems.Add(new AimsDiagnostic(RiskDiagnosticCodes.ConflictingEstimates, "/" + name, $"Estimate it directly or derive it from {leftName} and {rightName}, not both."));
        }
        else if (direct is null && (left is null || right is null))
        {
            problems.Add(new AimsDiagnostic(RiskDiagnosticCodes.MissingEstimate, "/" + (left is null && right is null ? name : left is null ? leftName : rightName),
                left is null && right is null
                    ? $"Required: estimate it directly or give {leftName} and {rightName}."
                    : $"{(left is null ? leftName : rightName)} is required with {(left is null ? rightName : leftName)}."));
        }
    }
}
