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
public sealed partial class AiSystem : IEquatable<AiSystem>
{
    /// <summary>The maximum length of <see cref="Id"/> and of every other identifier in the model.</summary>
    public const int MaxIdLength = Guard.MaxIdLength;

    /// <summary>Initializes a new instance of the <see cref="AiSystem"/> class with what identifies it.</summary>
    /// <param name="id">The inventory identifier: 1 to <see cref="MaxIdLength"/> characters, no whitespace.</param>
    /// <param name="name">The human-readable name.</param>
    /// <remarks>
    /// Everything else starts empty (<see cref="LifecycleStage.Inception"/>, not assessed, not monitored, never
    /// reviewed) and is set through validated copies such as <see cref="WithOwner"/> and <see cref="WithDataSources"/>.
    /// </remarks>
    /// <exception cref="ArgumentException"><paramref name="id"/> or <paramref name="name"/> is blank or malformed.</exception>
    public AiSystem(string id, string name)
    {
        Id = Guard.Id(id, nameof(id));
        Name = Guard.Text(name, nameof(name));
        LifecycleStage = LifecycleStage.Inception;
        RiskLevel = RiskLevel.NotAssessed;
        EuAiActCategory = EuAiActRiskCategory.NotAssessed;
        MonitoringStatus = MonitoringStatus.NotMonitored;
        StakeholderRoles = [];
        OperatorRoles = [];
        Traits = [];
        Deployments = [];
        DataSources = [];
        Components = [];
        RegulatoryRequirements = [];
        FederatedParticipants = [];
        Evidence = [];
        Sustainability = [];
        DiscoveryAliases = [];
        Endpoints = [];
    }

    private AiSystem(AiSystem source)
    {
        Id = source.Id;
        Name = source.Name;
        Version = source.Version;
        Purpose = source.Purpose;
        Owner = source.Owner;
        LifecycleStage = source.LifecycleStage;
        RiskLevel = source.RiskLevel;
        EuAiActCategory = source.EuAiActCategory;
        MonitoringStatus = source.MonitoringStatus;
        LastReviewDate = source.LastReviewDate;
        IsShadowAi = source.IsShadowAi;
        StakeholderRoles = source.StakeholderRoles;
        OperatorRoles = source.OperatorRoles;
        Traits = source.Traits;
        Deployments = source.Deployments;
        DataSources = source.DataSources;
        Components = source.Components;
        RegulatoryRequirements = source.RegulatoryRequirements;
        FederatedParticipants = source.FederatedParticipants;
        Evidence = source.Evidence;
        AnnexIIIArea = source.AnnexIIIArea;
        IsGeneralPurposeModel = source.IsGeneralPurposeModel;
        DeployerIsPublicBody = source.DeployerIsPublicBody;
        Article6Derogation = source.Article6Derogation;
        IsEmotionRecognitionOrBiometricCategorisation = source.IsEmotionRecognitionOrBiometricCategorisation;
        PublishesDeepFakesOrPublicInterestText = source.PublishesDeepFakesOrPublicInterestText;
        ProfilesNaturalPersons = source.ProfilesNaturalPersons;
        HasSystemicRisk = source.HasSystemicRisk;
        IsOpenSource = source.IsOpenSource;
        IsAnnexIProduct = source.IsAnnexIProduct;
        PlacedOnMarketOn = source.PlacedOnMarketOn;
        Lineage = source.Lineage;
        Sustainability = source.Sustainability;
        EthicsDisclosure = source.EthicsDisclosure;
        LastSeen = source.LastSeen;
        DiscoveryAliases = source.DiscoveryAliases;
        Endpoints = source.Endpoints;
    }

    /// <summary>Gets the inventory identifier.</summary>
    public string Id { get; }

    /// <summary>Gets the human-readable name.</summary>
    public string Name { get; private init; }

    /// <summary>Gets the version in use, if recorded.</summary>
    public string? Version { get; private init; }

    /// <summary>Gets the intended purpose, if recorded.</summary>
    public string? Purpose { get; private init; }

    /// <summary>Gets the accountable owner (a RACI role), if recorded.</summary>
    public string? Owner { get; private init; }

    /// <summary>Gets the current life cycle stage.</summary>
    public LifecycleStage LifecycleStage { get; private init; }

    /// <summary>Gets the overall risk level.</summary>
    public RiskLevel RiskLevel { get; private init; }

    /// <summary>Gets the EU AI Act risk category.</summary>
    public EuAiActRiskCategory EuAiActCategory { get; private init; }

    /// <summary>Gets the monitoring status.</summary>
    public MonitoringStatus MonitoringStatus { get; private init; }

    /// <summary>Gets the date of the last review, or <see langword="null"/> if the entry was never reviewed.</summary>
    public DateOnly? LastReviewDate { get; private init; }

    /// <summary>Gets a value indicating whether the system was discovered outside the inventory process.</summary>
    public bool IsShadowAi { get; private init; }

    /// <summary>Gets the ISO/IEC 22989 roles, distinct and in declaration order.</summary>
    public ImmutableArray<StakeholderRole> StakeholderRoles { get; private init; }

    /// <summary>Gets the EU AI Act operator roles, distinct and in declaration order.</summary>
    public ImmutableArray<EuAiActOperatorRole> OperatorRoles { get; private init; }

    /// <summary>Gets the traits that make classes of AI threats relevant (an LLM, retrieval, tools, agents, autonomy, public exposure, personal data).</summary>
    public ImmutableArray<AiSystemTrait> Traits { get; private init; }

    /// <summary>Gets the deployment environments.</summary>
    public ImmutableArray<DeploymentEnvironment> Deployments { get; private init; }

    /// <summary>Gets the data sources.</summary>
    public ImmutableArray<DataSource> DataSources { get; private init; }

    /// <summary>Gets the third-party components.</summary>
    public ImmutableArray<ThirdPartyComponent> Components { get; private init; }

    /// <summary>Gets the regulatory, legal and contractual requirements that apply.</summary>
    public ImmutableArray<string> RegulatoryRequirements { get; private init; }

    /// <summary>Gets the federated learning participants.</summary>
    public ImmutableArray<string> FederatedParticipants { get; private init; }

    /// <summary>Gets the evidence artefacts about the system.</summary>
    public ImmutableArray<EvidenceReference> Evidence { get; private init; }

    /// <summary>Gets the EU AI Act Annex III area the system's use falls in (<c>AnnexIII.1</c> to <c>AnnexIII.8</c>), or <see langword="null"/> for none.</summary>
    public string? AnnexIIIArea { get; private init; }

    /// <summary>Gets a value indicating whether the system is, or embeds, a general-purpose AI model the organization provides (EU AI Act Art. 3(63), Chapter V).</summary>
    public bool IsGeneralPurposeModel { get; private init; }

    /// <summary>
    /// Gets a value indicating whether the deployer is a body governed by public law or a private entity providing
    /// public services: as deployer of a high-risk system it then owes a fundamental rights impact assessment (EU AI Act Art. 27).
    /// </summary>
    public bool DeployerIsPublicBody { get; private init; }

    /// <summary>Gets the provider's claim that the Annex III system is not high-risk (EU AI Act Art. 6(3)), or <see langword="null"/> when none is made.</summary>
    public Article6Derogation? Article6Derogation { get; private init; }

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
    public AiSystem WithReview(DateOnly reviewedOn) => new(this) { LastReviewDate = reviewedOn };

    /// <summary>Returns a copy with another name.</summary>
    /// <param name="name">The new value.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentException">The value is blank or malformed.</exception>
    public AiSystem WithName(string name) => new(this) { Name = Guard.Text(name, nameof(name)) };

    /// <summary>Returns a copy with the version in use (<see langword="null"/> clears it).</summary>
    /// <param name="version">The new value.</param>
    /// <returns>The copy.</returns>
    public AiSystem WithVersion(string? version) => new(this) { Version = Guard.OptionalText(version) };

    /// <summary>Returns a copy with the intended purpose (<see langword="null"/> clears it).</summary>
    /// <param name="purpose">The new value.</param>
    /// <returns>The copy.</returns>
    public AiSystem WithPurpose(string? purpose) => new(this) { Purpose = Guard.OptionalText(purpose) };

    /// <summary>Returns a copy with the accountable owner, a RACI role (<see langword="null"/> clears it).</summary>
    /// <param name="owner">The new value.</param>
    /// <returns>The copy.</returns>
    public AiSystem WithOwner(string? owner) => new(this) { Owner = Guard.OptionalText(owner) };

    /// <summary>Returns a copy with another life cycle lifecycleStage.</summary>
    /// <param name="lifecycleStage">The new value.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined value.</exception>
    public AiSystem WithLifecycleStage(LifecycleStage lifecycleStage) => new(this) { LifecycleStage = Guard.Defined(lifecycleStage, nameof(lifecycleStage)) };

    /// <summary>Returns a copy with the overall risk level.</summary>
    /// <param name="riskLevel">The new value.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined value.</exception>
    public AiSystem WithRiskLevel(RiskLevel riskLevel) => new(this) { RiskLevel = Guard.Defined(riskLevel, nameof(riskLevel)) };

    /// <summary>Returns a copy with the EU AI Act risk euAiActCategory.</summary>
    /// <param name="euAiActCategory">The new value.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined value.</exception>
    public AiSystem WithEuAiActCategory(EuAiActRiskCategory euAiActCategory) => new(this) { EuAiActCategory = Guard.Defined(euAiActCategory, nameof(euAiActCategory)) };

    /// <summary>Returns a copy with the monitoring monitoringStatus.</summary>
    /// <param name="monitoringStatus">The new value.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined value.</exception>
    public AiSystem WithMonitoringStatus(MonitoringStatus monitoringStatus) => new(this) { MonitoringStatus = Guard.Defined(monitoringStatus, nameof(monitoringStatus)) };

    /// <summary>Returns a copy with the date of the last review (<see langword="null"/>: never reviewed).</summary>
    /// <param name="lastReviewDate">The new value.</param>
    /// <returns>The copy.</returns>
    public AiSystem WithLastReviewDate(DateOnly? lastReviewDate) => new(this) { LastReviewDate = lastReviewDate };

    /// <summary>Returns a copy with the shadow AI flag.</summary>
    /// <param name="isShadowAi">The new value.</param>
    /// <returns>The copy.</returns>
    public AiSystem WithShadowAi(bool isShadowAi) => new(this) { IsShadowAi = isShadowAi };

    /// <summary>Returns a copy with the ISO/IEC 22989 stakeholderRoles (duplicates removed).</summary>
    /// <param name="stakeholderRoles">The new value.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentException"><paramref name="stakeholderRoles"/> contains null.</exception>
    public AiSystem WithStakeholderRoles(IEnumerable<StakeholderRole> stakeholderRoles) => new(this) { StakeholderRoles = Guard.EnumSet(stakeholderRoles, nameof(stakeholderRoles)) };

    /// <summary>Returns a copy with the EU AI Act operator operatorRoles (duplicates removed).</summary>
    /// <param name="operatorRoles">The new value.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentException"><paramref name="operatorRoles"/> contains null.</exception>
    public AiSystem WithOperatorRoles(IEnumerable<EuAiActOperatorRole> operatorRoles) => new(this) { OperatorRoles = Guard.EnumSet(operatorRoles, nameof(operatorRoles)) };

    /// <summary>Returns a copy with other traits (duplicates removed): what the system uses and how it is exposed, which selects the threats to assess.</summary>
    /// <param name="traits">The new value.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="traits"/> holds an undefined value.</exception>
    public AiSystem WithTraits(IEnumerable<AiSystemTrait> traits) => new(this) { Traits = Guard.EnumSet(traits, nameof(traits)) };

    /// <summary>Returns a copy with other deployment environments.</summary>
    /// <param name="deployments">The new value.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentException"><paramref name="deployments"/> contains null.</exception>
    public AiSystem WithDeployments(IEnumerable<DeploymentEnvironment> deployments) => new(this) { Deployments = Guard.List(deployments, nameof(deployments)) };

    /// <summary>Returns a copy with other data sources, for example after a new training data set was added.</summary>
    /// <param name="dataSources">The new value.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentException"><paramref name="dataSources"/> contains null.</exception>
    public AiSystem WithDataSources(IEnumerable<DataSource> dataSources) => new(this) { DataSources = Guard.List(dataSources, nameof(dataSources)) };

    /// <summary>Returns a copy with other third-party components.</summary>
    /// <param name="components">The new value.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentException"><paramref name="components"/> contains null.</exception>
    public AiSystem WithComponents(IEnumerable<ThirdPartyComponent> components) => new(this) { Components = Guard.List(components, nameof(components)) };

    /// <summary>Returns a copy with other regulatory, legal and contractual regulatoryRequirements.</summary>
    /// <param name="regulatoryRequirements">The new value.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentException"><paramref name="regulatoryRequirements"/> contains null.</exception>
    public AiSystem WithRegulatoryRequirements(IEnumerable<string> regulatoryRequirements) => new(this) { RegulatoryRequirements = Guard.TextList(regulatoryRequirements, nameof(regulatoryRequirements)) };

    /// <summary>Returns a copy with other federated learning federatedParticipants.</summary>
    /// <param name="federatedParticipants">The new value.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentException"><paramref name="federatedParticipants"/> contains null.</exception>
    public AiSystem WithFederatedParticipants(IEnumerable<string> federatedParticipants) => new(this) { FederatedParticipants = Guard.TextList(federatedParticipants, nameof(federatedParticipants)) };

    /// <summary>Returns a copy with other evidence artefacts.</summary>
    /// <param name="evidence">The new value.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentException"><paramref name="evidence"/> contains null.</exception>
    public AiSystem WithEvidence(IEnumerable<EvidenceReference> evidence) => new(this) { Evidence = Guard.List(evidence, nameof(evidence)) };

    /// <summary>Returns a copy with the EU AI Act Annex III area (<c>AnnexIII.1</c> to <c>AnnexIII.8</c>; <see langword="null"/>: none).</summary>
    /// <param name="annexIIIArea">The new value.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentException"><paramref name="annexIIIArea"/> is not one of <c>AnnexIII.1</c> to <c>AnnexIII.8</c>.</exception>
    public AiSystem WithAnnexIIIArea(string? annexIIIArea) => new(this)
    {
        AnnexIIIArea = annexIIIArea is null or "AnnexIII.1" or "AnnexIII.2" or "AnnexIII.3" or "AnnexIII.4" or "AnnexIII.5" or "AnnexIII.6" or "AnnexIII.7" or "AnnexIII.8"
            ? annexIIIArea
            : throw new ArgumentException($"'{Guard.Visible(annexIIIArea)}' is not an Annex III area; use AnnexIII.1 to AnnexIII.8.", nameof(annexIIIArea)),
    };

    /// <summary>Returns a copy that says whether the system is, or embeds, a general-purpose AI model the organization provides.</summary>
    /// <param name="isGeneralPurposeModel">The new value.</param>
    /// <returns>The copy.</returns>
    public AiSystem WithGeneralPurposeModel(bool isGeneralPurposeModel) => new(this) { IsGeneralPurposeModel = isGeneralPurposeModel };

    /// <summary>Returns a copy that says whether the deployer is a public body or a private entity providing public services (EU AI Act Art. 27).</summary>
    /// <param name="deployerIsPublicBody">The new value.</param>
    /// <returns>The copy.</returns>
    public AiSystem WithPublicBodyDeployer(bool deployerIsPublicBody) => new(this) { DeployerIsPublicBody = deployerIsPublicBody };

    /// <summary>Returns a copy with the provider's Art. 6(3) derogation claim (<see langword="null"/>: none claimed).</summary>
    /// <param name="article6Derogation">The new value.</param>
    /// <returns>The copy.</returns>
    public AiSystem WithArticle6Derogation(Article6Derogation? article6Derogation) => new(this) { Article6Derogation = article6Derogation };

    /// <summary>Returns whether <paramref name="other"/> has the same values: strings compare ordinally, collections by sequence.</summary>
    /// <param name="other">The instance to compare with.</param>
    /// <returns><see langword="true"/> when every value is equal.</returns>
    public bool Equals(AiSystem? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && ValueEquality.Text(Id, other.Id)
            && ValueEquality.Text(Name, other.Name)
            && ValueEquality.Text(Version, other.Version)
            && ValueEquality.Text(Purpose, other.Purpose)
            && ValueEquality.Text(Owner, other.Owner)
            && EqualityComparer<LifecycleStage>.Default.Equals(LifecycleStage, other.LifecycleStage)
            && EqualityComparer<RiskLevel>.Default.Equals(RiskLevel, other.RiskLevel)
            && EqualityComparer<EuAiActRiskCategory>.Default.Equals(EuAiActCategory, other.EuAiActCategory)
            && EqualityComparer<MonitoringStatus>.Default.Equals(MonitoringStatus, other.MonitoringStatus)
            && EqualityComparer<DateOnly?>.Default.Equals(LastReviewDate, other.LastReviewDate)
            && IsShadowAi == other.IsShadowAi
            && ValueEquality.Sequence(StakeholderRoles, other.StakeholderRoles)
            && ValueEquality.Sequence(OperatorRoles, other.OperatorRoles)
            && ValueEquality.Sequence(Traits, other.Traits)
            && ValueEquality.Sequence(Deployments, other.Deployments)
            && ValueEquality.Sequence(DataSources, other.DataSources)
            && ValueEquality.Sequence(Components, other.Components)
            && ValueEquality.Sequence(RegulatoryRequirements, other.RegulatoryRequirements)
            && ValueEquality.Sequence(FederatedParticipants, other.FederatedParticipants)
            && ValueEquality.Sequence(Evidence, other.Evidence)
            && ValueEquality.Text(AnnexIIIArea, other.AnnexIIIArea)
            && IsGeneralPurposeModel == other.IsGeneralPurposeModel
            && DeployerIsPublicBody == other.DeployerIsPublicBody
            && Article6Derogation == other.Article6Derogation
            && IsEmotionRecognitionOrBiometricCategorisation == other.IsEmotionRecognitionOrBiometricCategorisation
            && PublishesDeepFakesOrPublicInterestText == other.PublishesDeepFakesOrPublicInterestText
            && ProfilesNaturalPersons == other.ProfilesNaturalPersons
            && HasSystemicRisk == other.HasSystemicRisk
            && IsOpenSource == other.IsOpenSource
            && IsAnnexIProduct == other.IsAnnexIProduct
            && PlacedOnMarketOn == other.PlacedOnMarketOn
            && Lineage == other.Lineage
            && ValueEquality.Sequence(Sustainability, other.Sustainability)
            && EthicsDisclosure == other.EthicsDisclosure
            && LastSeen == other.LastSeen
            && ValueEquality.Sequence(DiscoveryAliases, other.DiscoveryAliases)
            && ValueEquality.Sequence(Endpoints, other.Endpoints));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as AiSystem);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Id, StringComparer.Ordinal);
        hash.Add(Name, StringComparer.Ordinal);
        hash.Add(Version, StringComparer.Ordinal);
        hash.Add(Purpose, StringComparer.Ordinal);
        hash.Add(Owner, StringComparer.Ordinal);
        hash.Add(LifecycleStage);
        hash.Add(RiskLevel);
        hash.Add(EuAiActCategory);
        hash.Add(MonitoringStatus);
        hash.Add(LastReviewDate);
        hash.Add(IsShadowAi);
        hash.Add(ValueEquality.SequenceHash(StakeholderRoles));
        hash.Add(ValueEquality.SequenceHash(OperatorRoles));
        hash.Add(ValueEquality.SequenceHash(Traits));
        hash.Add(ValueEquality.SequenceHash(Deployments));
        hash.Add(ValueEquality.SequenceHash(DataSources));
        hash.Add(ValueEquality.SequenceHash(Components));
        hash.Add(ValueEquality.SequenceHash(RegulatoryRequirements));
        hash.Add(ValueEquality.SequenceHash(FederatedParticipants));
        hash.Add(ValueEquality.SequenceHash(Evidence));
        hash.Add(AnnexIIIArea, StringComparer.Ordinal);
        hash.Add(IsGeneralPurposeModel);
        hash.Add(DeployerIsPublicBody);
        hash.Add(Article6Derogation);
        hash.Add(IsEmotionRecognitionOrBiometricCategorisation);
        hash.Add(PublishesDeepFakesOrPublicInterestText);
        hash.Add(ProfilesNaturalPersons);
        hash.Add(HasSystemicRisk);
        hash.Add(IsOpenSource);
        hash.Add(IsAnnexIProduct);
        hash.Add(PlacedOnMarketOn);
        hash.Add(Lineage);
        hash.Add(ValueEquality.SequenceHash(Sustainability));
        hash.Add(EthicsDisclosure);
        hash.Add(LastSeen);
        hash.Add(ValueEquality.SequenceHash(DiscoveryAliases));
        hash.Add(ValueEquality.SequenceHash(Endpoints));
        return hash.ToHashCode();
    }

    /// <summary>Returns whether two instances have the same values.</summary>
    /// <param name="left">The first instance.</param>
    /// <param name="right">The second instance.</param>
    /// <returns><see langword="true"/> when both are <see langword="null"/> or equal.</returns>
    public static bool operator ==(AiSystem? left, AiSystem? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Returns whether two instances differ in any value.</summary>
    /// <param name="left">The first instance.</param>
    /// <param name="right">The second instance.</param>
    /// <returns><see langword="true"/> when they are not equal.</returns>
    public static bool operator !=(AiSystem? left, AiSystem? right) => !(left == right);

    /// <inheritdoc />
    public override string ToString() => $"{Id} ({Name})";
}
