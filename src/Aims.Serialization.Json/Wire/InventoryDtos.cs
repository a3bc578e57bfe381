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
}

internal sealed class ComponentDto : Dto
{
    public string? Name { get; set; }
    [Wire(Enum = typeof(Aims.Model.ComponentKind))]
    public string? Kind { get; set; }
    public string? Supplier { get; set; }
    public string? Version { get; set; }
    public string? SharedResponsibility { get; set; }
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
