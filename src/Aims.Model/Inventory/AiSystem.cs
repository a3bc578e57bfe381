using System.Collections.Immutable;

namespace Aims.Model;

/// <summary>
/// An entry in the AI system inventory of an AI management system.
/// </summary>
/// <remarks>
/// Instances are immutable and safe to share between threads. The constructor checks every argument, so an
/// <see cref="AiSystem"/> that exists is structurally valid; cross-references (owners, classification labels) are
/// checked by <see cref="AimsWorkspace.Validate"/>.
/// </remarks>
public sealed class AiSystem
{
    /// <summary>The maximum length of <see cref="Id"/> and of every other identifier in the model.</summary>
    public const int MaxIdLength = Guard.MaxIdLength;

    /// <summary>Initializes a new instance of the <see cref="AiSystem"/> class.</summary>
    /// <param name="id">The inventory identifier: 1 to <see cref="MaxIdLength"/> characters, no whitespace.</param>
    /// <param name="name">The human-readable name.</param>
    /// <param name="version">The version in use; optional.</param>
    /// <param name="purpose">The intended purpose; optional, but its absence is reported by validation.</param>
    /// <param name="owner">The accountable owner, a role of the workspace's RACI matrix; optional.</param>
    /// <param name="lifecycleStage">The current ISO/IEC 22989 life cycle stage.</param>
    /// <param name="riskLevel">The organization's overall risk level for the system.</param>
    /// <param name="euAiActCategory">The EU AI Act risk category.</param>
    /// <param name="monitoringStatus">Whether operation is monitored.</param>
    /// <param name="lastReviewDate">When the inventory entry was last reviewed; <see langword="null"/> if never.</param>
    /// <param name="isShadowAi">Whether the system was discovered outside the inventory process (shadow AI).</param>
    /// <param name="stakeholderRoles">The organization's ISO/IEC 22989 roles for this system.</param>
    /// <param name="operatorRoles">The organization's EU AI Act operator roles for this system.</param>
    /// <param name="deployments">Where the system runs; several providers and regions are allowed.</param>
    /// <param name="dataSources">The data the system uses.</param>
    /// <param name="components">Third-party components.</param>
    /// <param name="regulatoryRequirements">Laws, regulations and contracts that apply (free text or obligation ids).</param>
    /// <param name="federatedParticipants">Participants in federated learning, where relevant.</param>
    /// <param name="evidence">Evidence artefacts about the system (model card, test results …).</param>
    /// <exception cref="ArgumentException">An identifier or required text is blank or malformed, or a list contains null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An enum argument is not a defined value.</exception>
    public AiSystem(
        string id,
        string name,
        string? version = null,
        string? purpose = null,
        string? owner = null,
        LifecycleStage lifecycleStage = LifecycleStage.Inception,
        RiskLevel riskLevel = RiskLevel.NotAssessed,
        EuAiActRiskCategory euAiActCategory = EuAiActRiskCategory.NotAssessed,
        MonitoringStatus monitoringStatus = MonitoringStatus.NotMonitored,
        DateOnly? lastReviewDate = null,
        bool isShadowAi = false,
        IEnumerable<StakeholderRole>? stakeholderRoles = null,
        IEnumerable<EuAiActOperatorRole>? operatorRoles = null,
        IEnumerable<DeploymentEnvironment>? deployments = null,
        IEnumerable<DataSource>? dataSources = null,
        IEnumerable<ThirdPartyComponent>? components = null,
        IEnumerable<string>? regulatoryRequirements = null,
        IEnumerable<string>? federatedParticipants = null,
        IEnumerable<EvidenceReference>? evidence = null)
    {
        Id = Guard.Id(id, nameof(id));
        Name = Guard.Text(name, nameof(name));
        Version = Guard.OptionalText(version);
        Purpose = Guard.OptionalText(purpose);
        Owner = Guard.OptionalText(owner);
        LifecycleStage = Guard.Defined(lifecycleStage, nameof(lifecycleStage));
        RiskLevel = Guard.Defined(riskLevel, nameof(riskLevel));
        EuAiActCategory = Guard.Defined(euAiActCategory, nameof(euAiActCategory));
        MonitoringStatus = Guard.Defined(monitoringStatus, nameof(monitoringStatus));
        LastReviewDate = lastReviewDate;
        IsShadowAi = isShadowAi;
        StakeholderRoles = Guard.EnumSet(stakeholderRoles, nameof(stakeholderRoles));
        OperatorRoles = Guard.EnumSet(operatorRoles, nameof(operatorRoles));
        Deployments = Guard.List(deployments, nameof(deployments));
        DataSources = Guard.List(dataSources, nameof(dataSources));
        Components = Guard.List(components, nameof(components));
        RegulatoryRequirements = Guard.TextList(regulatoryRequirements, nameof(regulatoryRequirements));
        FederatedParticipants = Guard.TextList(federatedParticipants, nameof(federatedParticipants));
        Evidence = Guard.List(evidence, nameof(evidence));
    }

    /// <summary>Gets the inventory identifier.</summary>
    public string Id { get; }

    /// <summary>Gets the human-readable name.</summary>
    public string Name { get; }

    /// <summary>Gets the version in use, if recorded.</summary>
    public string? Version { get; }

    /// <summary>Gets the intended purpose, if recorded.</summary>
    public string? Purpose { get; }

    /// <summary>Gets the accountable owner (a RACI role), if recorded.</summary>
    public string? Owner { get; }

    /// <summary>Gets the current life cycle stage.</summary>
    public LifecycleStage LifecycleStage { get; }

    /// <summary>Gets the overall risk level.</summary>
    public RiskLevel RiskLevel { get; }

    /// <summary>Gets the EU AI Act risk category.</summary>
    public EuAiActRiskCategory EuAiActCategory { get; }

    /// <summary>Gets the monitoring status.</summary>
    public MonitoringStatus MonitoringStatus { get; }

    /// <summary>Gets the date of the last review, or <see langword="null"/> if the entry was never reviewed.</summary>
    public DateOnly? LastReviewDate { get; }

    /// <summary>Gets a value indicating whether the system was discovered outside the inventory process.</summary>
    public bool IsShadowAi { get; }

    /// <summary>Gets the ISO/IEC 22989 roles, distinct and in declaration order.</summary>
    public ImmutableArray<StakeholderRole> StakeholderRoles { get; }

    /// <summary>Gets the EU AI Act operator roles, distinct and in declaration order.</summary>
    public ImmutableArray<EuAiActOperatorRole> OperatorRoles { get; }

    /// <summary>Gets the deployment environments.</summary>
    public ImmutableArray<DeploymentEnvironment> Deployments { get; }

    /// <summary>Gets the data sources.</summary>
    public ImmutableArray<DataSource> DataSources { get; }

    /// <summary>Gets the third-party components.</summary>
    public ImmutableArray<ThirdPartyComponent> Components { get; }

    /// <summary>Gets the regulatory, legal and contractual requirements that apply.</summary>
    public ImmutableArray<string> RegulatoryRequirements { get; }

    /// <summary>Gets the federated learning participants.</summary>
    public ImmutableArray<string> FederatedParticipants { get; }

    /// <summary>Gets the evidence artefacts about the system.</summary>
    public ImmutableArray<EvidenceReference> Evidence { get; }

    /// <summary>
    /// Returns whether the entry is due for review: never reviewed, or last reviewed more than
    /// <paramref name="reviewIntervalDays"/> days before <paramref name="asOf"/>. Retired systems are never overdue.
    /// </summary>
    /// <param name="asOf">The date to evaluate at.</param>
    /// <param name="reviewIntervalDays">The review interval in days; at least 1.</param>
    /// <returns><see langword="true"/> when a review is overdue.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="reviewIntervalDays"/> is less than 1.</exception>
    public bool IsReviewOverdue(DateOnly asOf, int reviewIntervalDays)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(reviewIntervalDays, 1);
        return LifecycleStage != LifecycleStage.Retirement
            && (LastReviewDate is not { } last || asOf.DayNumber - last.DayNumber > reviewIntervalDays);
    }

    /// <summary>Returns a copy that records a review on <paramref name="reviewedOn"/>.</summary>
    /// <param name="reviewedOn">The review date.</param>
    /// <returns>The reviewed copy.</returns>
    public AiSystem WithReview(DateOnly reviewedOn) => Copy(lastReviewDate: reviewedOn, lifecycleStage: LifecycleStage);

    /// <summary>Returns a copy in another life cycle stage.</summary>
    /// <param name="stage">The new stage.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="stage"/> is not a defined value.</exception>
    public AiSystem WithLifecycleStage(LifecycleStage stage) => Copy(lastReviewDate: LastReviewDate, lifecycleStage: stage);

    /// <summary>Returns a copy with other data sources, for example after a new training data set was added.</summary>
    /// <param name="dataSources">The data sources.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentException"><paramref name="dataSources"/> contains null.</exception>
    public AiSystem WithDataSources(IEnumerable<DataSource> dataSources) =>
        new(Id, Name, Version, Purpose, Owner, LifecycleStage, RiskLevel, EuAiActCategory, MonitoringStatus, LastReviewDate,
            IsShadowAi, StakeholderRoles, OperatorRoles, Deployments, dataSources, Components, RegulatoryRequirements,
            FederatedParticipants, Evidence);

    /// <inheritdoc />
    public override string ToString() => $"{Id} ({Name})";

    private AiSystem Copy(DateOnly? lastReviewDate, LifecycleStage lifecycleStage) =>
        new(Id, Name, Version, Purpose, Owner, lifecycleStage, RiskLevel, EuAiActCategory, MonitoringStatus, lastReviewDate,
            IsShadowAi, StakeholderRoles, OperatorRoles, Deployments, DataSources, Components, RegulatoryRequirements,
            FederatedParticipants, Evidence);
}
