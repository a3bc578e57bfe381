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
/// Build one with the factory for the branch of the tree you estimate (<see cref="FromLossEvents(string, Estimate, Estimate)"/>,
/// <see cref="FromThreats(string, Estimate, Estimate, Estimate)"/>, <see cref="FromContacts(string, Estimate, Estimate, Estimate, Estimate)"/>
/// and their overloads that derive vulnerability from threat capability and resistance strength), then add secondary
/// loss with the validated copies (<see cref="WithSecondaryLoss"/>, <see cref="WithSecondaryLossByForm"/>). Each factory has an
/// overload that takes primary loss by form of loss.
/// Inputs read from untrusted files go through <see cref="Validate(FairScenarioInputs)"/>, which does not throw.
/// Instances are immutable and safe to share between threads. Every factory and copy checks the whole tree and throws one
/// <see cref="FairValidationException"/> listing every problem as an <see cref="AimsDiagnostic"/> with an AIMS5xxx code
/// and a JSON Pointer relative to the scenario (for example <c>/primaryLossByForm/response</c>).
/// </remarks>
public sealed class FairScenario : IEquatable<FairScenario>
{
    private FairScenario(
        string? name,
        Estimate? lossEventFrequency,
        Estimate? threatEventFrequency,
        Estimate? contactFrequency,
        Estimate? probabilityOfAction,
        Estimate? vulnerability,
        Estimate? threatCapability,
        Estimate? resistanceStrength,
        Estimate? primaryLoss,
        IReadOnlyDictionary<LossForm, Estimate>? primaryLossByForm,
        Estimate? secondaryLossEventFrequency,
        Estimate? secondaryLoss,
        IReadOnlyDictionary<LossForm, Estimate>? secondaryLossByForm,
        bool validate = true)
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
        if (validate && Check() is { Count: > 0 } problems)
        {
            throw new FairValidationException(problems);
        }
    }

    /// <summary>A scenario whose loss event frequency (LEF) is estimated directly: the top of the FAIR tree.</summary>
    /// <param name="name">The scenario name.</param>
    /// <param name="lossEventFrequency">LEF, loss events per year; not negative.</param>
    /// <param name="primaryLoss">Primary loss per loss event; not negative. An overload takes it by form of loss.</param>
    /// <returns>The validated scenario, without secondary loss (see <see cref="WithSecondaryLoss"/>).</returns>
    /// <exception cref="ArgumentNullException">An estimate is <see langword="null"/>.</exception>
    /// <exception cref="FairValidationException">The name is blank or an estimate is invalid for its node; every problem is listed.</exception>
    public static FairScenario FromLossEvents(string name, Estimate lossEventFrequency, Estimate primaryLoss)
    {
        ArgumentNullException.ThrowIfNull(lossEventFrequency);
        ArgumentNullException.ThrowIfNull(primaryLoss);
        return new(name, lossEventFrequency, null, null, null, null, null, null, primaryLoss, null, null, null, null);
    }

    /// <summary>A scenario whose LEF is threat event frequency (TEF) × vulnerability, both estimated directly.</summary>
    /// <param name="name">The scenario name.</param>
    /// <param name="threatEventFrequency">TEF, threat events per year; not negative.</param>
    /// <param name="vulnerability">Vulnerability: the probability that a threat event becomes a loss event, in [0, 1].</param>
    /// <param name="primaryLoss">Primary loss per loss event; not negative.</param>
    /// <returns>The validated scenario.</returns>
    /// <exception cref="ArgumentNullException">An estimate is <see langword="null"/>.</exception>
    /// <exception cref="FairValidationException">The name is blank or an estimate is invalid for its node; every problem is listed.</exception>
    public static FairScenario FromThreats(string name, Estimate threatEventFrequency, Estimate vulnerability, Estimate primaryLoss)
    {
        ArgumentNullException.ThrowIfNull(threatEventFrequency);
        ArgumentNullException.ThrowIfNull(vulnerability);
        ArgumentNullException.ThrowIfNull(primaryLoss);
        return new(name, null, threatEventFrequency, null, null, vulnerability, null, null, primaryLoss, null, null, null, null);
    }

    /// <summary>
    /// A scenario whose LEF is TEF × vulnerability, with vulnerability derived as P(threat capability &gt; resistance strength).
    /// </summary>
    /// <param name="name">The scenario name.</param>
    /// <param name="threatEventFrequency">TEF, threat events per year; not negative.</param>
    /// <param name="threatCapability">Threat capability (TCap), on the same scale as <paramref name="resistanceStrength"/>.</param>
    /// <param name="resistanceStrength">Resistance strength (RS), on the same scale as <paramref name="threatCapability"/>.</param>
    /// <param name="primaryLoss">Primary loss per loss event; not negative.</param>
    /// <returns>The validated scenario.</returns>
    /// <exception cref="ArgumentNullException">An estimate is <see langword="null"/>.</exception>
    /// <exception cref="FairValidationException">The name is blank or an estimate is invalid for its node; every problem is listed.</exception>
    public static FairScenario FromThreats(string name, Estimate threatEventFrequency, Estimate threatCapability, Estimate resistanceStrength, Estimate primaryLoss)
    {
        ArgumentNullException.ThrowIfNull(threatEventFrequency);
        ArgumentNullException.ThrowIfNull(threatCapability);
        ArgumentNullException.ThrowIfNull(resistanceStrength);
        ArgumentNullException.ThrowIfNull(primaryLoss);
        return new(name, null, threatEventFrequency, null, null, null, threatCapability, resistanceStrength, primaryLoss, null, null, null, null);
    }

    /// <summary>A scenario whose TEF is contact frequency × probability of action, and whose vulnerability is estimated directly.</summary>
    /// <param name="name">The scenario name.</param>
    /// <param name="contactFrequency">Contacts per year between threat and asset; not negative.</param>
    /// <param name="probabilityOfAction">The probability that a contact becomes a threat event, in [0, 1].</param>
    /// <param name="vulnerability">Vulnerability, in [0, 1].</param>
    /// <param name="primaryLoss">Primary loss per loss event; not negative.</param>
    /// <returns>The validated scenario.</returns>
    /// <exception cref="ArgumentNullException">An estimate is <see langword="null"/>.</exception>
    /// <exception cref="FairValidationException">The name is blank or an estimate is invalid for its node; every problem is listed.</exception>
    public static FairScenario FromContacts(string name, Estimate contactFrequency, Estimate probabilityOfAction, Estimate vulnerability, Estimate primaryLoss)
    {
        ArgumentNullException.ThrowIfNull(contactFrequency);
        ArgumentNullException.ThrowIfNull(probabilityOfAction);
        ArgumentNullException.ThrowIfNull(vulnerability);
        ArgumentNullException.ThrowIfNull(primaryLoss);
        return new(name, null, null, contactFrequency, probabilityOfAction, vulnerability, null, null, primaryLoss, null, null, null, null);
    }

    /// <summary>
    /// A scenario whose TEF is contact frequency × probability of action, and whose vulnerability is derived as
    /// P(threat capability &gt; resistance strength): every leaf of the FAIR tree is estimated.
    /// </summary>
    /// <param name="name">The scenario name.</param>
    /// <param name="contactFrequency">Contacts per year between threat and asset; not negative.</param>
    /// <param name="probabilityOfAction">The probability that a contact becomes a threat event, in [0, 1].</param>
    /// <param name="threatCapability">Threat capability (TCap), on the same scale as <paramref name="resistanceStrength"/>.</param>
    /// <param name="resistanceStrength">Resistance strength (RS), on the same scale as <paramref name="threatCapability"/>.</param>
    /// <param name="primaryLoss">Primary loss per loss event; not negative.</param>
    /// <returns>The validated scenario.</returns>
    /// <exception cref="ArgumentNullException">An estimate is <see langword="null"/>.</exception>
    /// <exception cref="FairValidationException">The name is blank or an estimate is invalid for its node; every problem is listed.</exception>
    public static FairScenario FromContacts(
        string name, Estimate contactFrequency, Estimate probabilityOfAction, Estimate threatCapability, Estimate resistanceStrength, Estimate primaryLoss)
    {
        ArgumentNullException.ThrowIfNull(contactFrequency);
        ArgumentNullException.ThrowIfNull(probabilityOfAction);
        ArgumentNullException.ThrowIfNull(threatCapability);
        ArgumentNullException.ThrowIfNull(resistanceStrength);
        ArgumentNullException.ThrowIfNull(primaryLoss);
        return new(name, null, null, contactFrequency, probabilityOfAction, null, threatCapability, resistanceStrength, primaryLoss, null, null, null, null);
    }

    /// <summary>A scenario whose loss event frequency (LEF) is estimated directly: the top of the FAIR tree. Primary loss is given by form of loss.</summary>
    /// <param name="name">The scenario name.</param>
    /// <param name="lossEventFrequency">LEF, loss events per year; not negative.</param>
    /// <param name="primaryLossByForm">Primary loss per loss event by form of loss (summed); at least one form, none negative.</param>
    /// <returns>The validated scenario, without secondary loss (see <see cref="WithSecondaryLoss"/>).</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A form's estimate is <see langword="null"/>.</exception>
    /// <exception cref="FairValidationException">The name is blank or an estimate is invalid for its node; every problem is listed.</exception>
    public static FairScenario FromLossEvents(string name, Estimate lossEventFrequency, IReadOnlyDictionary<LossForm, Estimate> primaryLossByForm)
    {
        ArgumentNullException.ThrowIfNull(lossEventFrequency);
        CheckForms(primaryLossByForm);
        return new(name, lossEventFrequency, null, null, null, null, null, null, null, primaryLossByForm, null, null, null);
    }

    /// <summary>A scenario whose LEF is threat event frequency (TEF) × vulnerability, both estimated directly. Primary loss is given by form of loss.</summary>
    /// <param name="name">The scenario name.</param>
    /// <param name="threatEventFrequency">TEF, threat events per year; not negative.</param>
    /// <param name="vulnerability">Vulnerability: the probability that a threat event becomes a loss event, in [0, 1].</param>
    /// <param name="primaryLossByForm">Primary loss per loss event by form of loss (summed); at least one form, none negative.</param>
    /// <returns>The validated scenario.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A form's estimate is <see langword="null"/>.</exception>
    /// <exception cref="FairValidationException">The name is blank or an estimate is invalid for its node; every problem is listed.</exception>
    public static FairScenario FromThreats(string name, Estimate threatEventFrequency, Estimate vulnerability, IReadOnlyDictionary<LossForm, Estimate> primaryLossByForm)
    {
        ArgumentNullException.ThrowIfNull(threatEventFrequency);
        ArgumentNullException.ThrowIfNull(vulnerability);
        CheckForms(primaryLossByForm);
        return new(name, null, threatEventFrequency, null, null, vulnerability, null, null, null, primaryLossByForm, null, null, null);
    }

    /// <summary>Primary loss by form of loss:
    /// A scenario whose LEF is TEF × vulnerability, with vulnerability derived as P(threat capability &gt; resistance strength).
    /// </summary>
    /// <param name="name">The scenario name.</param>
    /// <param name="threatEventFrequency">TEF, threat events per year; not negative.</param>
    /// <param name="threatCapability">Threat capability (TCap), on the same scale as <paramref name="resistanceStrength"/>.</param>
    /// <param name="resistanceStrength">Resistance strength (RS), on the same scale as <paramref name="threatCapability"/>.</param>
    /// <param name="primaryLossByForm">Primary loss per loss event by form of loss (summed); at least one form, none negative.</param>
    /// <returns>The validated scenario.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A form's estimate is <see langword="null"/>.</exception>
    /// <exception cref="FairValidationException">The name is blank or an estimate is invalid for its node; every problem is listed.</exception>
    public static FairScenario FromThreats(string name, Estimate threatEventFrequency, Estimate threatCapability, Estimate resistanceStrength, IReadOnlyDictionary<LossForm, Estimate> primaryLossByForm)
    {
        ArgumentNullException.ThrowIfNull(threatEventFrequency);
        ArgumentNullException.ThrowIfNull(threatCapability);
        ArgumentNullException.ThrowIfNull(resistanceStrength);
        CheckForms(primaryLossByForm);
        return new(name, null, threatEventFrequency, null, null, null, threatCapability, resistanceStrength, null, primaryLossByForm, null, null, null);
    }

    /// <summary>A scenario whose TEF is contact frequency × probability of action, and whose vulnerability is estimated directly. Primary loss is given by form of loss.</summary>
    /// <param name="name">The scenario name.</param>
    /// <param name="contactFrequency">Contacts per year between threat and asset; not negative.</param>
    /// <param name="probabilityOfAction">The probability that a contact becomes a threat event, in [0, 1].</param>
    /// <param name="vulnerability">Vulnerability, in [0, 1].</param>
    /// <param name="primaryLossByForm">Primary loss per loss event by form of loss (summed); at least one form, none negative.</param>
    /// <returns>The validated scenario.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A form's estimate is <see langword="null"/>.</exception>
    /// <exception cref="FairValidationException">The name is blank or an estimate is invalid for its node; every problem is listed.</exception>
    public static FairScenario FromContacts(string name, Estimate contactFrequency, Estimate probabilityOfAction, Estimate vulnerability, IReadOnlyDictionary<LossForm, Estimate> primaryLossByForm)
    {
        ArgumentNullException.ThrowIfNull(contactFrequency);
        ArgumentNullException.ThrowIfNull(probabilityOfAction);
        ArgumentNullException.ThrowIfNull(vulnerability);
        CheckForms(primaryLossByForm);
        return new(name, null, null, contactFrequency, probabilityOfAction, vulnerability, null, null, null, primaryLossByForm, null, null, null);
    }

    /// <summary>Primary loss by form of loss:
    /// A scenario whose TEF is contact frequency × probability of action, and whose vulnerability is derived as
    /// P(threat capability &gt; resistance strength): every leaf of the FAIR tree is estimated.
    /// </summary>
    /// <param name="name">The scenario name.</param>
    /// <param name="contactFrequency">Contacts per year between threat and asset; not negative.</param>
    /// <param name="probabilityOfAction">The probability that a contact becomes a threat event, in [0, 1].</param>
    /// <param name="threatCapability">Threat capability (TCap), on the same scale as <paramref name="resistanceStrength"/>.</param>
    /// <param name="resistanceStrength">Resistance strength (RS), on the same scale as <paramref name="threatCapability"/>.</param>
    /// <param name="primaryLossByForm">Primary loss per loss event by form of loss (summed); at least one form, none negative.</param>
    /// <returns>The validated scenario.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A form's estimate is <see langword="null"/>.</exception>
    /// <exception cref="FairValidationException">The name is blank or an estimate is invalid for its node; every problem is listed.</exception>
    public static FairScenario FromContacts(
        string name, Estimate contactFrequency, Estimate probabilityOfAction, Estimate threatCapability, Estimate resistanceStrength, IReadOnlyDictionary<LossForm, Estimate> primaryLossByForm)
    {
        ArgumentNullException.ThrowIfNull(contactFrequency);
        ArgumentNullException.ThrowIfNull(probabilityOfAction);
        ArgumentNullException.ThrowIfNull(threatCapability);
        ArgumentNullException.ThrowIfNull(resistanceStrength);
        CheckForms(primaryLossByForm);
        return new(name, null, null, contactFrequency, probabilityOfAction, null, threatCapability, resistanceStrength, null, primaryLossByForm, null, null, null);
    }

    /// <summary>
    /// Validates a scenario given as loose inputs, such as a row or object read from an untrusted file, without throwing
    /// for bad content.
    /// </summary>
    /// <param name="inputs">The inputs; any combination.</param>
    /// <returns>
    /// The scenario, or every problem as an AIMS5xxx diagnostic with a JSON Pointer relative to the scenario
    /// (<c>/primaryLossByForm/response</c>); a reader prefixes it with the scenario's location.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="inputs"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A by-form dictionary holds a <see langword="null"/> estimate.</exception>
    public static AimsResult<FairScenario> Validate(FairScenarioInputs inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        if (inputs.PrimaryLossByForm?.Values.Any(e => e is null) == true || inputs.SecondaryLossByForm?.Values.Any(e => e is null) == true)
        {
            throw new ArgumentException("A loss by form holds a null estimate.", nameof(inputs));
        }

        var scenario = new FairScenario(inputs.Name, inputs.LossEventFrequency, inputs.ThreatEventFrequency, inputs.ContactFrequency,
            inputs.ProbabilityOfAction, inputs.Vulnerability, inputs.ThreatCapability, inputs.ResistanceStrength, inputs.PrimaryLoss,
            inputs.PrimaryLossByForm, inputs.SecondaryLossEventFrequency, inputs.SecondaryLoss, inputs.SecondaryLossByForm, validate: false)
        { EventCountDispersion = inputs.EventCountDispersion };
        var problems = scenario.Check();
        return problems.Count == 0 ? AimsResult.Success(scenario) : AimsResult.Failure<FairScenario>(problems);
    }

    /// <summary>Returns a copy with secondary loss: for the fraction SLEF of loss events, a secondary loss given as one estimate.</summary>
    /// <param name="secondaryLossEventFrequency">SLEF: the fraction of loss events with secondary effects, in [0, 1].</param>
    /// <param name="secondaryLoss">Secondary loss per secondary loss event; not negative.</param>
    /// <returns>The validated copy; any earlier secondary loss is replaced.</returns>
    /// <exception cref="ArgumentNullException">An estimate is <see langword="null"/>.</exception>
    /// <exception cref="FairValidationException">An estimate is invalid for its node; every problem is listed.</exception>
    public FairScenario WithSecondaryLoss(Estimate secondaryLossEventFrequency, Estimate secondaryLoss)
    {
        ArgumentNullException.ThrowIfNull(secondaryLossEventFrequency);
        ArgumentNullException.ThrowIfNull(secondaryLoss);
        return new(Name, LossEventFrequency, ThreatEventFrequency, ContactFrequency, ProbabilityOfAction, Vulnerability, ThreatCapability,
            ResistanceStrength, PrimaryLoss, PrimaryLossByForm, secondaryLossEventFrequency, secondaryLoss, null)
        { EventCountDispersion = EventCountDispersion };
    }

    /// <summary>Returns a copy with secondary loss: for the fraction SLEF of loss events, a secondary loss summed over forms of loss.</summary>
    /// <param name="secondaryLossEventFrequency">SLEF: the fraction of loss events with secondary effects, in [0, 1].</param>
    /// <param name="secondaryLossByForm">Secondary loss per secondary loss event by form of loss; at least one form, none negative.</param>
    /// <returns>The validated copy; any earlier secondary loss is replaced.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A form's estimate is <see langword="null"/>.</exception>
    /// <exception cref="FairValidationException">No form is given, or an estimate is invalid for its node; every problem is listed.</exception>
    public FairScenario WithSecondaryLossByForm(Estimate secondaryLossEventFrequency, IReadOnlyDictionary<LossForm, Estimate> secondaryLossByForm)
    {
        ArgumentNullException.ThrowIfNull(secondaryLossEventFrequency);
        CheckForms(secondaryLossByForm);
        return new(Name, LossEventFrequency, ThreatEventFrequency, ContactFrequency, ProbabilityOfAction, Vulnerability, ThreatCapability,
            ResistanceStrength, PrimaryLoss, PrimaryLossByForm, secondaryLossEventFrequency, null, secondaryLossByForm)
        { EventCountDispersion = EventCountDispersion };
    }

    /// <summary>Returns a copy without secondary loss.</summary>
    /// <returns>The copy.</returns>
    public FairScenario WithoutSecondaryLoss() =>
        new(Name, LossEventFrequency, ThreatEventFrequency, ContactFrequency, ProbabilityOfAction, Vulnerability, ThreatCapability,
            ResistanceStrength, PrimaryLoss, PrimaryLossByForm, null, null, null)
        { EventCountDispersion = EventCountDispersion };

    /// <summary>Returns a copy with another name.</summary>
    /// <param name="name">The new name.</param>
    /// <returns>The validated copy.</returns>
    /// <exception cref="FairValidationException"><paramref name="name"/> is blank.</exception>
    public FairScenario WithName(string name) =>
        new(name, LossEventFrequency, ThreatEventFrequency, ContactFrequency, ProbabilityOfAction, Vulnerability, ThreatCapability,
            ResistanceStrength, PrimaryLoss, PrimaryLossByForm, SecondaryLossEventFrequency, SecondaryLoss, SecondaryLossByForm)
        { EventCountDispersion = EventCountDispersion };

    /// <summary>
    /// Returns a copy whose yearly loss event count, in <see cref="FrequencyMode.PerEvent"/> mode, is negative binomial
    /// with shape <paramref name="dispersion"/> instead of Poisson, or Poisson again when it is <see langword="null"/>.
    /// </summary>
    /// <param name="dispersion">
    /// The shape k of the negative binomial count (a Poisson count whose rate is the year's loss event frequency times a
    /// Gamma(k, 1/k) factor): the mean stays the loss event frequency λ and the variance becomes λ + λ²/k, so a small k
    /// means years with clusters of events and years with none. <see cref="MinEventCountDispersion"/> to
    /// <see cref="MaxEventCountDispersion"/>; <see langword="null"/> for Poisson counts.
    /// </param>
    /// <returns>The validated copy.</returns>
    /// <exception cref="FairValidationException"><paramref name="dispersion"/> is outside its range or not finite (AIMS5006 at <c>/eventCountDispersion</c>).</exception>
    public FairScenario WithEventCountDispersion(double? dispersion)
    {
        var copy = new FairScenario(Name, LossEventFrequency, ThreatEventFrequency, ContactFrequency, ProbabilityOfAction, Vulnerability, ThreatCapability,
            ResistanceStrength, PrimaryLoss, PrimaryLossByForm, SecondaryLossEventFrequency, SecondaryLoss, SecondaryLossByForm, validate: false)
        { EventCountDispersion = dispersion };
        return copy.Check() is { Count: > 0 } problems ? throw new FairValidationException(problems) : copy;
    }

    /// <summary>The smallest <see cref="EventCountDispersion"/>: below it a year's rate factor has so heavy a tail that the per-trial event cap would be hit by chance.</summary>
    public const double MinEventCountDispersion = 0.1;

    /// <summary>The largest <see cref="EventCountDispersion"/>; counts are then indistinguishable from Poisson.</summary>
    public const double MaxEventCountDispersion = 1e6;

    /// <summary>
    /// Gets the shape k of the negative binomial yearly loss event count in <see cref="FrequencyMode.PerEvent"/> mode
    /// (variance λ + λ²/k: over-dispersed), or <see langword="null"/> for Poisson counts (variance λ). The mean, and so
    /// the expected annual loss, does not depend on it. <see cref="FrequencyMode.ExpectedLoss"/> mode draws no count
    /// and ignores it.
    /// </summary>
    public double? EventCountDispersion { get; private init; }

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
    /// <returns>The path, node, form and estimate of each input present.</returns>
    public IEnumerable<FairInput> Inputs()
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
                yield return new FairInput(path, node, null, estimate);
            }
        }

        if (!PrimaryLossByForm.IsEmpty) // an empty one is not enumerated: its enumerator is compiled on first use
        {
            foreach (var (form, estimate) in PrimaryLossByForm)
            {
                yield return new FairInput($"/primaryLossByForm/{Camel(form)}", FairNode.PrimaryLoss, form, estimate);
            }
        }

        if (SecondaryLossEventFrequency is not null)
        {
            yield return new FairInput("/secondaryLossEventFrequency", FairNode.SecondaryLossEventFrequency, null, SecondaryLossEventFrequency);
        }

        if (SecondaryLoss is not null)
        {
            yield return new FairInput("/secondaryLoss", FairNode.SecondaryLoss, null, SecondaryLoss);
        }

        if (!SecondaryLossByForm.IsEmpty) // an empty one is not enumerated: its enumerator is compiled on first use
        {
            foreach (var (form, estimate) in SecondaryLossByForm)
            {
                yield return new FairInput($"/secondaryLossByForm/{Camel(form)}", FairNode.SecondaryLoss, form, estimate);
            }
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
            Forms("/secondaryLossByForm", SecondaryLossByForm))
        { EventCountDispersion = EventCountDispersion };
    }

    private static void CheckForms(IReadOnlyDictionary<LossForm, Estimate> forms)
    {
        ArgumentNullException.ThrowIfNull(forms);
        if (forms.Values.Any(e => e is null))
        {
            throw new ArgumentException("A form of loss has a null estimate.", nameof(forms));
        }
    }

    /// <summary>The forms sorted; an empty or already sorted dictionary as it is (copying it compiled some 40 generic methods on a first run).</summary>
    private static ImmutableSortedDictionary<LossForm, Estimate> ToSorted(IReadOnlyDictionary<LossForm, Estimate>? forms) => forms switch
    {
        null or { Count: 0 } => ImmutableSortedDictionary<LossForm, Estimate>.Empty,
        ImmutableSortedDictionary<LossForm, Estimate> sorted when sorted.KeyComparer == Comparer<LossForm>.Default
            && sorted.ValueComparer == EqualityComparer<Estimate>.Default => sorted,
        _ => forms.ToImmutableSortedDictionary(kv => kv.Key, kv => kv.Value),
    };

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

        if (EventCountDispersion is { } k && !(k is >= MinEventCountDispersion and <= MaxEventCountDispersion))
        {
            Add(RiskDiagnosticCodes.OutOfRange, "/eventCountDispersion", string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"The event count dispersion (negative binomial shape k) must be {MinEventCountDispersion}..{MaxEventCountDispersion:0e0}; got {k}. Leave it out for Poisson counts."));
        }

        foreach (var input in Inputs())
        {
            var (path, node, estimate) = (input.Path, input.Node, input.Estimate);
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

    /// <summary>Returns whether <paramref name="other"/> has the same values: names compare ordinally, lists by sequence, estimates by value.</summary>
    /// <param name="other">The instance to compare with.</param>
    /// <returns><see langword="true"/> when every value is equal.</returns>
    public bool Equals(FairScenario? other) =>
        other is not null && (ReferenceEquals(this, other) || (string.Equals(Name, other.Name, StringComparison.Ordinal)
            && Equals(LossEventFrequency, other.LossEventFrequency) && Equals(ThreatEventFrequency, other.ThreatEventFrequency)
            && Equals(ContactFrequency, other.ContactFrequency) && Equals(ProbabilityOfAction, other.ProbabilityOfAction)
            && Equals(Vulnerability, other.Vulnerability) && Equals(ThreatCapability, other.ThreatCapability)
            && Equals(ResistanceStrength, other.ResistanceStrength) && Equals(PrimaryLoss, other.PrimaryLoss)
            && PrimaryLossByForm.SequenceEqual(other.PrimaryLossByForm)
            && Equals(SecondaryLossEventFrequency, other.SecondaryLossEventFrequency) && Equals(SecondaryLoss, other.SecondaryLoss)
            && SecondaryLossByForm.SequenceEqual(other.SecondaryLossByForm) && EventCountDispersion == other.EventCountDispersion));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as FairScenario);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Name), LossEventFrequency, ThreatEventFrequency, ContactFrequency, Vulnerability, PrimaryLoss, SecondaryLoss, HashCode.Combine(PrimaryLossByForm.Count, EventCountDispersion));

    /// <summary>Returns whether two instances have the same values.</summary>
    /// <param name="left">The first instance.</param>
    /// <param name="right">The second instance.</param>
    /// <returns><see langword="true"/> when both are null or equal.</returns>
    public static bool operator ==(FairScenario? left, FairScenario? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Returns whether two instances differ.</summary>
    /// <param name="left">The first instance.</param>
    /// <param name="right">The second instance.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(FairScenario? left, FairScenario? right) => !(left == right);
}
