using System.Collections.Immutable;
using Aims.Risk;

namespace Aims.Model;

/// <summary>
/// Everything an AI management system holds: scope and context, the AI system inventory, Statement of
/// Applicability, risk register, impact assessments, governance, gates, incidents, audits and certification.
/// <see cref="Validate"/> checks it as a whole and reports every problem with a JSON Pointer path.
/// </summary>
/// <remarks>
/// Instances are immutable and safe to share between threads. The constructor checks structure only, so any
/// imported data can be represented and then validated; nothing throws on bad content.
/// </remarks>
public sealed class AimsWorkspace : IEquatable<AimsWorkspace>
{
    /// <summary>The default review interval of inventory entries: 365 days.</summary>
    public const int DefaultReviewIntervalDays = 365;

    /// <summary>Initializes a new, empty instance of the <see cref="AimsWorkspace"/> class.</summary>
    /// <param name="organization">The organization's name.</param>
    /// <remarks>
    /// Every list starts empty, the RACI matrix is empty, the classification scale is
    /// <see cref="ClassificationScale.Default"/> and the review interval is <see cref="DefaultReviewIntervalDays"/>;
    /// the rest is set through validated copies such as <see cref="WithSystems"/> and <see cref="WithRisks"/>.
    /// </remarks>
    /// <exception cref="ArgumentException"><paramref name="organization"/> is blank.</exception>
    public AimsWorkspace(string organization)
    {
        Organization = Guard.Text(organization, nameof(organization));
        Systems = [];
        Risks = [];
        ControlMeasures = [];
        ImpactAssessments = [];
        ControlOwners = [];
        GatePolicies = [];
        Incidents = [];
        Nonconformities = [];
        InternalAudits = [];
        ManagementReviews = [];
        Policies = [];
        ShadowAiCandidates = [];
        Objectives = [];
        Competence = CompetenceRegister.Empty;
        Raci = RaciMatrix.Empty;
        ClassificationScale = ClassificationScale.Default;
        ReviewIntervalDays = DefaultReviewIntervalDays;
    }

    private AimsWorkspace(AimsWorkspace source)
    {
        Organization = source.Organization;
        Scope = source.Scope;
        Systems = source.Systems;
        Soa = source.Soa;
        Risks = source.Risks;
        ControlMeasures = source.ControlMeasures;
        ImpactAssessments = source.ImpactAssessments;
        Raci = source.Raci;
        ControlOwners = source.ControlOwners;
        GatePolicies = source.GatePolicies;
        Incidents = source.Incidents;
        Nonconformities = source.Nonconformities;
        InternalAudits = source.InternalAudits;
        ManagementReviews = source.ManagementReviews;
        Certification = source.Certification;
        Policies = source.Policies;
        Objectives = source.Objectives;
        Competence = source.Competence;
        ClassificationScale = source.ClassificationScale;
        ReviewIntervalDays = source.ReviewIntervalDays;
        Currency = source.Currency;
        ShadowAiCandidates = source.ShadowAiCandidates;
    }

    /// <summary>Gets the organization's name.</summary>
    public string Organization { get; private init; }

    /// <summary>Gets the context and scope, if recorded.</summary>
    public AimsScope? Scope { get; private init; }

    /// <summary>Gets the AI system inventory.</summary>
    public ImmutableArray<AiSystem> Systems { get; private init; }

    /// <summary>Gets the Statement of Applicability, if recorded.</summary>
    public StatementOfApplicability? Soa { get; private init; }

    /// <summary>Gets the risk register.</summary>
    public ImmutableArray<RiskEntry> Risks { get; private init; }

    /// <summary>
    /// Builds the FAIR scenarios of the register's risks as one portfolio, in register order (scenario k is the k-th
    /// risk that has one; <see cref="RiskRegisterAnalysis"/> maps results back to risks for you). Each scenario is
    /// named after its risk (a name that does not start with the risk's id gets it in front, "R-002: Prompt
    /// injection"), so every contribution says which risk it is.
    /// </summary>
    /// <returns>The portfolio, or <see langword="null"/> when no risk has a scenario.</returns>
    public FairScenarioSet? RiskScenarios() => Risks.Any(r => r.Scenario is not null)
        ? new FairScenarioSet($"{Organization} risk register", Risks.Where(r => r.Scenario is not null).Select(r =>
            r.Scenario!.Name.StartsWith(r.Id, StringComparison.Ordinal) ? r.Scenario : r.Scenario.WithName($"{r.Id}: {r.Scenario.Name}")))
        : null;

    /// <summary>Gets the measured effects of controls on the register's FAIR scenarios (FAIR-CAM), from which <see cref="RiskRegisterAnalysis"/> computes residual risk.</summary>
    public ImmutableArray<ControlMeasure> ControlMeasures { get; private init; }

    /// <summary>Gets the impact assessments.</summary>
    public ImmutableArray<ImpactAssessment> ImpactAssessments { get; private init; }

    /// <summary>Gets the RACI matrix (empty when none was given).</summary>
    public RaciMatrix Raci { get; private init; }

    /// <summary>Gets the federated control ownership.</summary>
    public ImmutableArray<ControlOwnership> ControlOwners { get; private init; }

    /// <summary>Gets the deployment gate policies.</summary>
    public ImmutableArray<DeploymentGatePolicy> GatePolicies { get; private init; }

    /// <summary>Gets the incidents.</summary>
    public ImmutableArray<AiIncident> Incidents { get; private init; }

    /// <summary>Gets the nonconformities.</summary>
    public ImmutableArray<Nonconformity> Nonconformities { get; private init; }

    /// <summary>Gets the internal audit programme.</summary>
    public ImmutableArray<InternalAudit> InternalAudits { get; private init; }

    /// <summary>Gets the management reviews.</summary>
    public ImmutableArray<ManagementReview> ManagementReviews { get; private init; }

    /// <summary>Gets the certification path, if recorded.</summary>
    public CertificationPlan? Certification { get; private init; }

    /// <summary>Gets the AI policies.</summary>
    public ImmutableArray<AiPolicy> Policies { get; private init; }

    /// <summary>Gets the AI objectives with their measures, owners, targets and progress (clause 6.2).</summary>
    public ImmutableArray<AiObjective> Objectives { get; private init; }

    /// <summary>Gets the competence each role needs and the competence on record (clause 7.2).</summary>
    public CompetenceRegister Competence { get; private init; }

    /// <summary>Gets the data classification scale.</summary>
    public ClassificationScale ClassificationScale { get; private init; }

    /// <summary>Gets the review interval of inventory entries, in days.</summary>
    public int ReviewIntervalDays { get; private init; }

    /// <summary>
    /// Gets the ISO 4217 code of the currency in which the organization states monetary figures (loss estimates,
    /// impact scales), for example <c>EUR</c>; <see langword="null"/> when not stated. Reports show it next to amounts.
    /// </summary>
    public string? Currency { get; private init; }

    /// <summary>
    /// Gets the shadow-AI candidates: discovered AI assets that matched no AI system (<see cref="DiscoveryReconciliation"/>),
    /// each with its triage status. They are not systems until a person registers them.
    /// </summary>
    public ImmutableArray<ShadowAiCandidate> ShadowAiCandidates { get; private init; }

    /// <summary>Returns a copy with other shadow-AI candidates.</summary>
    /// <param name="shadowAiCandidates">The new value.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentException"><paramref name="shadowAiCandidates"/> contains null.</exception>
    public AimsWorkspace WithShadowAiCandidates(IEnumerable<ShadowAiCandidate> shadowAiCandidates) => new(this) { ShadowAiCandidates = Guard.List(shadowAiCandidates, nameof(shadowAiCandidates)) };

    /// <summary>Returns a copy with another organization name.</summary>
    /// <param name="organization">The new value.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentException"><paramref name="organization"/> is blank.</exception>
    public AimsWorkspace WithOrganization(string organization) => new(this) { Organization = Guard.Text(organization, nameof(organization)) };

    /// <summary>Returns a copy with the context and scope (clauses 4.1–4.4; <see langword="null"/> clears it).</summary>
    /// <param name="scope">The new value.</param>
    /// <returns>The copy.</returns>
    public AimsWorkspace WithScope(AimsScope? scope) => new(this) { Scope = scope };

    /// <summary>Returns a copy with another AI system inventory.</summary>
    /// <param name="systems">The new value.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentException"><paramref name="systems"/> contains null.</exception>
    public AimsWorkspace WithSystems(IEnumerable<AiSystem> systems) => new(this) { Systems = Guard.List(systems, nameof(systems)) };

    /// <summary>Returns a copy with a Statement of Applicability (<see langword="null"/> clears it).</summary>
    /// <param name="soa">The new value.</param>
    /// <returns>The copy.</returns>
    public AimsWorkspace WithSoa(StatementOfApplicability? soa) => new(this) { Soa = soa };

    /// <summary>Returns a copy with another risk register.</summary>
    /// <param name="risks">The new value.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentException"><paramref name="risks"/> contains null.</exception>
    public AimsWorkspace WithRisks(IEnumerable<RiskEntry> risks) => new(this) { Risks = Guard.List(risks, nameof(risks)) };

    /// <summary>Returns a copy with other measured control effects.</summary>
    /// <param name="controlMeasures">The new value.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentException"><paramref name="controlMeasures"/> contains null.</exception>
    public AimsWorkspace WithControlMeasures(IEnumerable<ControlMeasure> controlMeasures) => new(this) { ControlMeasures = Guard.List(controlMeasures, nameof(controlMeasures)) };

    /// <summary>Returns a copy with other AI system impact assessments.</summary>
    /// <param name="impactAssessments">The new value.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentException"><paramref name="impactAssessments"/> contains null.</exception>
    public AimsWorkspace WithImpactAssessments(IEnumerable<ImpactAssessment> impactAssessments) => new(this) { ImpactAssessments = Guard.List(impactAssessments, nameof(impactAssessments)) };

    /// <summary>Returns a copy with another RACI matrix (<see langword="null"/>: empty); owners everywhere must be its roles.</summary>
    /// <param name="raci">The new value.</param>
    /// <returns>The copy.</returns>
    public AimsWorkspace WithRaci(RaciMatrix? raci) => new(this) { Raci = raci ?? RaciMatrix.Empty };

    /// <summary>Returns a copy with other federated control ownership.</summary>
    /// <param name="controlOwners">The new value.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentException"><paramref name="controlOwners"/> contains null.</exception>
    public AimsWorkspace WithControlOwners(IEnumerable<ControlOwnership> controlOwners) => new(this) { ControlOwners = Guard.List(controlOwners, nameof(controlOwners)) };

    /// <summary>Returns a copy with other deployment gate policies.</summary>
    /// <param name="gatePolicies">The new value.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentException"><paramref name="gatePolicies"/> contains null.</exception>
    public AimsWorkspace WithGatePolicies(IEnumerable<DeploymentGatePolicy> gatePolicies) => new(this) { GatePolicies = Guard.List(gatePolicies, nameof(gatePolicies)) };

    /// <summary>Returns a copy with other AI incidents.</summary>
    /// <param name="incidents">The new value.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentException"><paramref name="incidents"/> contains null.</exception>
    public AimsWorkspace WithIncidents(IEnumerable<AiIncident> incidents) => new(this) { Incidents = Guard.List(incidents, nameof(incidents)) };

    /// <summary>Returns a copy with other nonconformities and corrective actions.</summary>
    /// <param name="nonconformities">The new value.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentException"><paramref name="nonconformities"/> contains null.</exception>
    public AimsWorkspace WithNonconformities(IEnumerable<Nonconformity> nonconformities) => new(this) { Nonconformities = Guard.List(nonconformities, nameof(nonconformities)) };

    /// <summary>Returns a copy with another internal audit programme.</summary>
    /// <param name="internalAudits">The new value.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentException"><paramref name="internalAudits"/> contains null.</exception>
    public AimsWorkspace WithInternalAudits(IEnumerable<InternalAudit> internalAudits) => new(this) { InternalAudits = Guard.List(internalAudits, nameof(internalAudits)) };

    /// <summary>Returns a copy with other management reviews.</summary>
    /// <param name="managementReviews">The new value.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentException"><paramref name="managementReviews"/> contains null.</exception>
    public AimsWorkspace WithManagementReviews(IEnumerable<ManagementReview> managementReviews) => new(this) { ManagementReviews = Guard.List(managementReviews, nameof(managementReviews)) };

    /// <summary>Returns a copy with a certification path (<see langword="null"/> clears it).</summary>
    /// <param name="certification">The new value.</param>
    /// <returns>The copy.</returns>
    public AimsWorkspace WithCertification(CertificationPlan? certification) => new(this) { Certification = certification };

    /// <summary>Returns a copy with other AI policies.</summary>
    /// <param name="policies">The new value.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentException"><paramref name="policies"/> contains null.</exception>
    public AimsWorkspace WithPolicies(IEnumerable<AiPolicy> policies) => new(this) { Policies = Guard.List(policies, nameof(policies)) };

    /// <summary>Returns a copy with other AI objectives.</summary>
    /// <param name="objectives">The new value.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentException"><paramref name="objectives"/> contains null.</exception>
    public AimsWorkspace WithObjectives(IEnumerable<AiObjective> objectives) => new(this) { Objectives = Guard.List(objectives, nameof(objectives)) };

    /// <summary>Returns a copy with another competence register (<see langword="null"/>: empty).</summary>
    /// <param name="competence">The new value.</param>
    /// <returns>The copy.</returns>
    public AimsWorkspace WithCompetence(CompetenceRegister? competence) => new(this) { Competence = competence ?? CompetenceRegister.Empty };

    /// <summary>Returns a copy with another data classification scale (<see cref="Model.ClassificationScale.Default"/> when <see langword="null"/>).</summary>
    /// <param name="classificationScale">The new value.</param>
    /// <returns>The copy.</returns>
    public AimsWorkspace WithClassificationScale(ClassificationScale? classificationScale) => new(this) { ClassificationScale = classificationScale ?? ClassificationScale.Default };

    /// <summary>Returns a copy with another review interval of inventory entries, in days (at least 1).</summary>
    /// <param name="reviewIntervalDays">The new value.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="reviewIntervalDays"/> is less than 1.</exception>
    public AimsWorkspace WithReviewIntervalDays(int reviewIntervalDays) => new(this) { ReviewIntervalDays = Guard.AtLeastOne(reviewIntervalDays, nameof(reviewIntervalDays)) };

    /// <summary>Returns a copy with another reporting currency (<see langword="null"/> clears it).</summary>
    /// <param name="currency">An ISO 4217 alphabetic code: three upper-case letters A–Z, for example <c>EUR</c> or <c>USD</c>.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentException"><paramref name="currency"/> is not three upper-case letters A–Z.</exception>
    public AimsWorkspace WithCurrency(string? currency) => new(this) { Currency = CurrencyCode(currency, nameof(currency)) };

    private static string? CurrencyCode(string? currency, string paramName) =>
        currency is null || (currency.Length == 3 && currency.All(c => c is >= 'A' and <= 'Z'))
            ? currency
            : throw new ArgumentException($"'{currency}' is not an ISO 4217 currency code (three upper-case letters, for example EUR).", paramName);

    /// <summary>Finds an AI system by id.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The first system with that id, or <see langword="null"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is <see langword="null"/>.</exception>
    public AiSystem? FindSystem(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return Systems.FirstOrDefault(s => string.Equals(s.Id, id, StringComparison.Ordinal));
    }

    /// <summary>Returns the AI systems overdue for review at a date, given <see cref="ReviewIntervalDays"/>.</summary>
    /// <param name="asOf">The date.</param>
    /// <returns>The overdue systems, in inventory order.</returns>
    public IReadOnlyList<AiSystem> SystemsOverdueForReview(DateOnly asOf) =>
        [.. Systems.Where(s => s.IsReviewOverdue(asOf, ReviewIntervalDays))];

    /// <summary>
    /// Validates the whole workspace: referential integrity (unknown systems, controls, risks, obligations, owners
    /// missing from the RACI), duplicates, SoA completeness, RACI rules, classification labels, date order, and —
    /// when <paramref name="asOf"/> is given — overdue reviews, reports and actions as warnings. Never throws for bad
    /// content.
    /// </summary>
    /// <param name="asOf">The date for time-based checks; <see langword="null"/> skips them, keeping the result deterministic.</param>
    /// <param name="catalog">The ISO/IEC 42001 catalog; <see cref="Iso42001.Catalog"/> when <see langword="null"/>.</param>
    /// <returns>The workspace with every diagnostic, with paths such as <c>/risks/3/systemIds/0</c>.</returns>
    /// <exception cref="ArgumentException"><paramref name="catalog"/> is not an ISO/IEC 42001 catalog.</exception>
    public AimsResult<AimsWorkspace> Validate(DateOnly? asOf = null, FrameworkCatalog? catalog = null) =>
        AimsResult.From(this, WorkspaceValidator.Validate(this, asOf, Iso42001.Require(catalog) ?? Iso42001.Catalog));

    /// <summary>Returns whether <paramref name="other"/> has the same values: strings compare ordinally, collections by sequence.</summary>
    /// <param name="other">The instance to compare with.</param>
    /// <returns><see langword="true"/> when every value is equal.</returns>
    public bool Equals(AimsWorkspace? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && ValueEquality.Text(Organization, other.Organization)
            && EqualityComparer<AimsScope?>.Default.Equals(Scope, other.Scope)
            && ValueEquality.Sequence(Systems, other.Systems)
            && EqualityComparer<StatementOfApplicability?>.Default.Equals(Soa, other.Soa)
            && ValueEquality.Sequence(Risks, other.Risks)
            && ValueEquality.Sequence(ControlMeasures, other.ControlMeasures)
            && ValueEquality.Sequence(ImpactAssessments, other.ImpactAssessments)
            && EqualityComparer<RaciMatrix>.Default.Equals(Raci, other.Raci)
            && ValueEquality.Sequence(ControlOwners, other.ControlOwners)
            && ValueEquality.Sequence(GatePolicies, other.GatePolicies)
            && ValueEquality.Sequence(Incidents, other.Incidents)
            && ValueEquality.Sequence(Nonconformities, other.Nonconformities)
            && ValueEquality.Sequence(InternalAudits, other.InternalAudits)
            && ValueEquality.Sequence(ManagementReviews, other.ManagementReviews)
            && EqualityComparer<CertificationPlan?>.Default.Equals(Certification, other.Certification)
            && ValueEquality.Sequence(Policies, other.Policies)
            && ValueEquality.Sequence(Objectives, other.Objectives)
            && EqualityComparer<CompetenceRegister>.Default.Equals(Competence, other.Competence)
            && EqualityComparer<ClassificationScale>.Default.Equals(ClassificationScale, other.ClassificationScale)
            && ReviewIntervalDays == other.ReviewIntervalDays
            && string.Equals(Currency, other.Currency, StringComparison.Ordinal)
            && ValueEquality.Sequence(ShadowAiCandidates, other.ShadowAiCandidates));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as AimsWorkspace);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Organization, StringComparer.Ordinal);
        hash.Add(Scope);
        hash.Add(ValueEquality.SequenceHash(Systems));
        hash.Add(Soa);
        hash.Add(ValueEquality.SequenceHash(Risks));
        hash.Add(ValueEquality.SequenceHash(ControlMeasures));
        hash.Add(ValueEquality.SequenceHash(ImpactAssessments));
        hash.Add(Raci);
        hash.Add(ValueEquality.SequenceHash(ControlOwners));
        hash.Add(ValueEquality.SequenceHash(GatePolicies));
        hash.Add(ValueEquality.SequenceHash(Incidents));
        hash.Add(ValueEquality.SequenceHash(Nonconformities));
        hash.Add(ValueEquality.SequenceHash(InternalAudits));
        hash.Add(ValueEquality.SequenceHash(ManagementReviews));
        hash.Add(Certification);
        hash.Add(ValueEquality.SequenceHash(Policies));
        hash.Add(ValueEquality.SequenceHash(Objectives));
        hash.Add(Competence);
        hash.Add(ClassificationScale);
        hash.Add(ReviewIntervalDays);
        hash.Add(Currency, StringComparer.Ordinal);
        hash.Add(ValueEquality.SequenceHash(ShadowAiCandidates));
        return hash.ToHashCode();
    }

    /// <summary>Returns whether two instances have the same values.</summary>
    /// <param name="left">The first instance.</param>
    /// <param name="right">The second instance.</param>
    /// <returns><see langword="true"/> when both are <see langword="null"/> or equal.</returns>
    public static bool operator ==(AimsWorkspace? left, AimsWorkspace? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Returns whether two instances differ in any value.</summary>
    /// <param name="left">The first instance.</param>
    /// <param name="right">The second instance.</param>
    /// <returns><see langword="true"/> when they are not equal.</returns>
    public static bool operator !=(AimsWorkspace? left, AimsWorkspace? right) => !(left == right);
}
