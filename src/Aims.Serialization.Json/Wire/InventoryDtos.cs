namespace Aims.Serialization.Json.Wire;

// Wire shapes of Aims.Model — the AI system inventory. Enums and dates travel as strings and are parsed by
// ModelReader, so that one bad value becomes one diagnostic with its path instead of aborting the whole document.

internal sealed class SystemDto : Dto
{
    public string? Id { get; set; }
    public string? Name { get; set; }
    public string? Version { get; set; }
    public string? Purpose { get; set; }
    public string? Owner { get; set; }
    [Wire(Enum = typeof(Aims.Model.LifecycleStage))]
    public string? LifecycleStage { get; set; }
    [Wire(Enum = typeof(Aims.Model.RiskLevel))]
    public string? RiskLevel { get; set; }
    [Wire(Enum = typeof(Aims.Model.EuAiActRiskCategory))]
    public string? EuAiActCategory { get; set; }
    [Wire(Enum = typeof(Aims.Model.MonitoringStatus))]
    public string? MonitoringStatus { get; set; }
    [Wire(Format = "date")]
    public string? LastReviewDate { get; set; }
    public bool IsShadowAi { get; set; }
    [Wire(Enum = typeof(Aims.Model.StakeholderRole))]
    public List<string?>? StakeholderRoles { get; set; }
    [Wire(Enum = typeof(Aims.Model.EuAiActOperatorRole))]
    public List<string?>? OperatorRoles { get; set; }
    [Wire(Enum = typeof(Aims.Model.AiSystemTrait))]
    public List<string?>? Traits { get; set; }
    public List<DeploymentDto?>? Deployments { get; set; }
    public List<DataSourceDto?>? DataSources { get; set; }
    public List<ComponentDto?>? Components { get; set; }
    public List<string?>? RegulatoryRequirements { get; set; }
    public List<string?>? FederatedParticipants { get; set; }
    public List<EvidenceDto?>? Evidence { get; set; }
    [Wire(Pattern = "^AnnexIII\\.[1-8]$")]
    public string? AnnexIIIArea { get; set; }
    public bool IsGeneralPurposeModel { get; set; }
    public bool DeployerIsPublicBody { get; set; }
    public Article6DerogationDto? Article6Derogation { get; set; }
    public bool? IsEmotionRecognitionOrBiometricCategorisation { get; set; }
    public bool? PublishesDeepFakesOrPublicInterestText { get; set; }
    public bool? ProfilesNaturalPersons { get; set; }
    public bool HasSystemicRisk { get; set; }
    public bool IsOpenSource { get; set; }
    public bool IsAnnexIProduct { get; set; }
    [Wire(Format = "date")]
    public string? PlacedOnMarketOn { get; set; }
    public LineageDto? Lineage { get; set; }
    public List<SustainabilityDto?>? Sustainability { get; set; }
    public EthicsDisclosureDto? EthicsDisclosure { get; set; }
    [Wire(Format = "date")]
    public string? LastSeen { get; set; }
    public List<string?>? DiscoveryAliases { get; set; }
    public List<string?>? Endpoints { get; set; }
}

/// <summary>A shadow-AI candidate: the discovered asset's fields and the triage decision, flat.</summary>
internal sealed class ShadowAiCandidateDto : Dto
{
    [Wire(Enum = typeof(Aims.Model.DiscoverySource))]
    public string? Source { get; set; }
    public string? ExternalId { get; set; }
    public string? Name { get; set; }
    public string? Provider { get; set; }
    public string? Endpoint { get; set; }
    public string? ModelId { get; set; }
    [Wire(Format = "date")]
    public string? FirstSeen { get; set; }
    [Wire(Format = "date")]
    public string? LastSeen { get; set; }
    public string? ObservedBy { get; set; }
    [Wire(Enum = typeof(Aims.Model.DataCategory))]
    public List<string?>? DataCategories { get; set; }
    [Wire(Minimum = 0)]
    public long? RequestCount { get; set; }
    [Wire(Enum = typeof(Aims.Model.ShadowAiCandidateStatus))]
    public string? Status { get; set; }
    public string? Reason { get; set; }
    public string? SystemId { get; set; }
}

internal sealed class LineageDto : Dto
{
    public string? BaseModel { get; set; }
    public string? Provider { get; set; }
    public string? BaseModelVersion { get; set; }
    public List<string?>? FineTuningDataSourceIds { get; set; }
    public List<ModelRunDto?>? Runs { get; set; }
    public List<ModelApprovalDto?>? Approvals { get; set; }
}

internal sealed class ModelRunDto : Dto
{
    public string? Id { get; set; }
    [Wire(Enum = typeof(Aims.Model.ModelRunKind))]
    public string? Kind { get; set; }
    [Wire(Format = "date")]
    public string? CompletedOn { get; set; }
    public string? ModelVersion { get; set; }
    public List<string?>? DataSourceIds { get; set; }
    public string? Result { get; set; }
}

internal sealed class ModelApprovalDto : Dto
{
    public string? ModelVersion { get; set; }
    public string? ApprovedBy { get; set; }
    [Wire(Format = "date")]
    public string? ApprovedOn { get; set; }
}

internal sealed class SustainabilityDto : Dto
{
    [Wire(Enum = typeof(Aims.Model.SustainabilityMetric))]
    public string? Metric { get; set; }
    [Wire(Minimum = 0)]
    public double? Value { get; set; }
    public string? Method { get; set; }
    [Wire(Format = "date")]
    public string? PeriodStart { get; set; }
    [Wire(Format = "date")]
    public string? PeriodEnd { get; set; }
}

internal sealed class EthicsDisclosureDto : Dto
{
    public List<string?>? IntendedUses { get; set; }
    public List<string?>? ProhibitedUses { get; set; }
    public List<string?>? KnownLimitations { get; set; }
    public List<FairnessEvaluationDto?>? FairnessEvaluations { get; set; }
}

internal sealed class FairnessEvaluationDto : Dto
{
    public string? Metric { get; set; }
    public string? ProtectedAttribute { get; set; }
    public double? Result { get; set; }
    public bool Passed { get; set; }
    [Wire(Format = "date")]
    public string? EvaluatedOn { get; set; }
    public double? Threshold { get; set; }
}

internal sealed class Article6DerogationDto : Dto
{
    [Wire(Enum = typeof(Aims.Model.Article6Condition))]
    public string? Condition { get; set; }
    public string? Reasoning { get; set; }
    public EvidenceDto? Assessment { get; set; }
    [Wire(Format = "date")]
    public string? RegisteredOn { get; set; }
}

internal sealed class DeploymentDto : Dto
{
    public string? Provider { get; set; }
    public string? Region { get; set; }
    public string? Account { get; set; }
}

internal sealed class DataSourceDto : Dto
{
    public string? Id { get; set; }
    public string? Name { get; set; }
    public string? Classification { get; set; }
    [Wire(Enum = typeof(Aims.Model.DataUse))]
    public string? Use { get; set; }
    public string? Origin { get; set; }
    [Wire(Enum = typeof(Aims.Model.DataCategory))]
    public List<string?>? Categories { get; set; }
    public string? Retention { get; set; }
    public List<string?>? Regions { get; set; }
    public string? LegalBasis { get; set; }
}

internal sealed class ComponentDto : Dto
{
    public string? Name { get; set; }
    [Wire(Enum = typeof(Aims.Model.ComponentKind))]
    public string? Kind { get; set; }
    public string? Supplier { get; set; }
    public string? Version { get; set; }
    public string? SharedResponsibility { get; set; }
    [Wire(Enum = typeof(Aims.Model.VendorAssurance))]
    public List<string?>? Assurances { get; set; }
}

internal sealed class EvidenceDto : Dto
{
    public string? Title { get; set; }
    [Wire(Enum = typeof(Aims.Model.EvidenceKind))]
    public string? Kind { get; set; }
    public string? Location { get; set; }
    [Wire(Format = "date")]
    public string? CollectedOn { get; set; }
}
