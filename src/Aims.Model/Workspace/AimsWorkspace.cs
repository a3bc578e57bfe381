using System.Collections.Immutable;

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
public sealed class AimsWorkspace
{
    /// <summary>The default review interval of inventory entries: 365 days.</summary>
    public const int DefaultReviewIntervalDays = 365;

    /// <summary>Initializes a new instance of the <see cref="AimsWorkspace"/> class.</summary>
    /// <param name="organization">The organization's name.</param>
    /// <param name="scope">Context and scope (clauses 4.1–4.4); optional.</param>
    /// <param name="systems">The AI system inventory.</param>
    /// <param name="soa">The Statement of Applicability; optional.</param>
    /// <param name="risks">The risk register.</param>
    /// <param name="impactAssessments">The AI system impact assessments.</param>
    /// <param name="raci">The RACI matrix; owners everywhere must be its roles.</param>
    /// <param name="controlOwners">Federated control ownership.</param>
    /// <param name="gatePolicies">Deployment gate policies.</param>
    /// <param name="incidents">AI incidents.</param>
    /// <param name="nonconformities">Nonconformities and corrective actions.</param>
    /// <param name="internalAudits">The internal audit programme.</param>
    /// <param name="managementReviews">Management reviews.</param>
    /// <param name="certification">The certification path; optional.</param>
    /// <param name="policies">AI policies.</param>
    /// <param name="classificationScale">The data classification scale; <see cref="ClassificationScale.Default"/> when <see langword="null"/>.</param>
    /// <param name="reviewIntervalDays">How often inventory entries must be reviewed, in days; at least 1.</param>
    /// <exception cref="ArgumentException"><paramref name="organization"/> is blank, or a list contains null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="reviewIntervalDays"/> is less than 1.</exception>
    public AimsWorkspace(
        string organization,
        AimsScope? scope = null,
        IEnumerable<AiSystem>? systems = null,
        StatementOfApplicability? soa = null,
        IEnumerable<RiskEntry>? risks = null,
        IEnumerable<ImpactAssessment>? impactAssessments = null,
        RaciMatrix? raci = null,
        IEnumerable<ControlOwnership>? controlOwners = null,
        IEnumerable<DeploymentGatePolicy>? gatePolicies = null,
        IEnumerable<AiIncident>? incidents = null,
        IEnumerable<Nonconformity>? nonconformities = null,
        IEnumerable<InternalAudit>? internalAudits = null,
        IEnumerable<ManagementReview>? managementReviews = null,
        CertificationPlan? certification = null,
        IEnumerable<AiPolicy>? policies = null,
        ClassificationScale? classificationScale = null,
        int reviewIntervalDays = DefaultReviewIntervalDays)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(reviewIntervalDays, 1);
        Organization = Guard.Text(organization, nameof(organization));
        Scope = scope;
        Systems = Guard.List(systems, nameof(systems));
        Soa = soa;
        Risks = Guard.List(risks, nameof(risks));
        ImpactAssessments = Guard.List(impactAssessments, nameof(impactAssessments));
        Raci = raci ?? RaciMatrix.Empty;
        ControlOwners = Guard.List(controlOwners, nameof(controlOwners));
        GatePolicies = Guard.List(gatePolicies, nameof(gatePolicies));
        Incidents = Guard.List(incidents, nameof(incidents));
        Nonconformities = Guard.List(nonconformities, nameof(nonconformities));
        InternalAudits = Guard.List(internalAudits, nameof(internalAudits));
        ManagementReviews = Guard.List(managementReviews, nameof(managementReviews));
        Certification = certification;
        Policies = Guard.List(policies, nameof(policies));
        ClassificationScale = classificationScale ?? ClassificationScale.Default;
        ReviewIntervalDays = reviewIntervalDays;
    }

    /// <summary>Gets the organization's name.</summary>
    public string Organization { get; }

    /// <summary>Gets the context and scope, if recorded.</summary>
    public AimsScope? Scope { get; }

    /// <summary>Gets the AI system inventory.</summary>
    public ImmutableArray<AiSystem> Systems { get; }

    /// <summary>Gets the Statement of Applicability, if recorded.</summary>
    public StatementOfApplicability? Soa { get; }

    /// <summary>Gets the risk register.</summary>
    public ImmutableArray<RiskEntry> Risks { get; }

    /// <summary>Gets the impact assessments.</summary>
    public ImmutableArray<ImpactAssessment> ImpactAssessments { get; }

    /// <summary>Gets the RACI matrix (empty when none was given).</summary>
    public RaciMatrix Raci { get; }

    /// <summary>Gets the federated control ownership.</summary>
    public ImmutableArray<ControlOwnership> ControlOwners { get; }

    /// <summary>Gets the deployment gate policies.</summary>
    public ImmutableArray<DeploymentGatePolicy> GatePolicies { get; }

    /// <summary>Gets the incidents.</summary>
    public ImmutableArray<AiIncident> Incidents { get; }

    /// <summary>Gets the nonconformities.</summary>
    public ImmutableArray<Nonconformity> Nonconformities { get; }

    /// <summary>Gets the internal audit programme.</summary>
    public ImmutableArray<InternalAudit> InternalAudits { get; }

    /// <summary>Gets the management reviews.</summary>
    public ImmutableArray<ManagementReview> ManagementReviews { get; }

    /// <summary>Gets the certification path, if recorded.</summary>
    public CertificationPlan? Certification { get; }

    /// <summary>Gets the AI policies.</summary>
    public ImmutableArray<AiPolicy> Policies { get; }

    /// <summary>Gets the data classification scale.</summary>
    public ClassificationScale ClassificationScale { get; }

    /// <summary>Gets the review interval of inventory entries, in days.</summary>
    public int ReviewIntervalDays { get; }

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
    /// <param name="catalog">The ISO/IEC 42001 catalog; <see cref="Iso42001Catalog.Default"/> when <see langword="null"/>.</param>
    /// <returns>The workspace with every diagnostic, with paths such as <c>/risks/3/systemIds/0</c>.</returns>
    public AimsResult<AimsWorkspace> Validate(DateOnly? asOf = null, Iso42001Catalog? catalog = null) =>
        AimsResult.From(this, WorkspaceValidator.Validate(this, asOf, catalog ?? Iso42001Catalog.Default));
}
