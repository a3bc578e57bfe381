using System.Text.Json.Serialization;

namespace Aims.Serialization.Json.Wire;

// Wire shapes of Aims.Model. Enums and dates travel as strings and are parsed by ModelReader, so that one bad
// value becomes one diagnostic with its path instead of aborting the whole document.

internal sealed class WorkspaceDto : DocumentDto
{
    public string? Organization { get; set; }
    public ScopeDto? Scope { get; set; }
    [JsonConverter(typeof(RecordListConverter<SystemDto>))]
    public List<SystemDto?>? Systems { get; set; }
    public SoaDto? Soa { get; set; }
    [JsonConverter(typeof(RecordListConverter<RiskDto>))]
    public List<RiskDto?>? Risks { get; set; }
    [JsonConverter(typeof(RecordListConverter<ImpactAssessmentDto>))]
    public List<ImpactAssessmentDto?>? ImpactAssessments { get; set; }
    public RaciDto? Raci { get; set; }
    [JsonConverter(typeof(RecordListConverter<ControlOwnershipDto>))]
    public List<ControlOwnershipDto?>? ControlOwners { get; set; }
    [JsonConverter(typeof(RecordListConverter<GatePolicyDto>))]
    public List<GatePolicyDto?>? GatePolicies { get; set; }
    [JsonConverter(typeof(RecordListConverter<IncidentDto>))]
    public List<IncidentDto?>? Incidents { get; set; }
    [JsonConverter(typeof(RecordListConverter<NonconformityDto>))]
    public List<NonconformityDto?>? Nonconformities { get; set; }
    [JsonConverter(typeof(RecordListConverter<InternalAuditDto>))]
    public List<InternalAuditDto?>? InternalAudits { get; set; }
    [JsonConverter(typeof(RecordListConverter<ManagementReviewDto>))]
    public List<ManagementReviewDto?>? ManagementReviews { get; set; }
    public CertificationDto? Certification { get; set; }
    [JsonConverter(typeof(RecordListConverter<PolicyDto>))]
    public List<PolicyDto?>? Policies { get; set; }
    public List<string?>? ClassificationScale { get; set; }
    public int? ReviewIntervalDays { get; set; }
}

internal sealed class InventoryDto : DocumentDto
{
    [JsonConverter(typeof(RecordListConverter<SystemDto>))]
    public List<SystemDto?>? Systems { get; set; }
}

internal sealed class RiskRegisterDto : DocumentDto
{
    [JsonConverter(typeof(RecordListConverter<RiskDto>))]
    public List<RiskDto?>? Risks { get; set; }
}

internal sealed class SoaDocumentDto : DocumentDto
{
    public RevisionDto? Revision { get; set; }
    [JsonConverter(typeof(RecordListConverter<SoaEntryDto>))]
    public List<SoaEntryDto?>? Entries { get; set; }
    [JsonConverter(typeof(RecordListConverter<AdditionalControlDto>))]
    public List<AdditionalControlDto?>? AdditionalControls { get; set; }
}

internal sealed class RevisionDto : Dto
{
    public string? Version { get; set; }
    public List<ChangeLogEntryDto?>? ChangeLog { get; set; }
}

internal sealed class ChangeLogEntryDto : Dto
{
    public string? Version { get; set; }
    public string? Author { get; set; }
    [Wire(Format = "date-time")]
    public string? ChangedAt { get; set; }
    public string? Reason { get; set; }
}

internal sealed class ScopeDto : Dto
{
    public RevisionDto? Revision { get; set; }
    public string? Statement { get; set; }
    public List<ContextIssueDto?>? Issues { get; set; }
    public List<InterestedPartyDto?>? InterestedParties { get; set; }
    public List<BoundaryDto?>? Boundaries { get; set; }
    public List<InterfaceDto?>? Interfaces { get; set; }
    public List<ObligationDto?>? Obligations { get; set; }
    public List<IntegrationDto?>? Integrations { get; set; }
}

internal sealed class ContextIssueDto : Dto
{
    public string? Id { get; set; }
    public string? Description { get; set; }
    public bool IsExternal { get; set; }
    public string? Category { get; set; }
}

internal sealed class InterestedPartyDto : Dto
{
    public string? Id { get; set; }
    public string? Name { get; set; }
    public bool IsExternal { get; set; }
    public List<string?>? Requirements { get; set; }
}

internal sealed class BoundaryDto : Dto
{
    public string? Description { get; set; }
    public bool IsIncluded { get; set; }
    public string? Justification { get; set; }
    public string? SystemId { get; set; }
}

internal sealed class InterfaceDto : Dto
{
    public string? Id { get; set; }
    public string? Description { get; set; }
    public bool IsExternal { get; set; }
    public string? Counterparty { get; set; }
}

internal sealed class ObligationDto : Dto
{
    public string? Id { get; set; }
    [Wire(Enum = typeof(Aims.Model.ObligationKind))]
    public string? Kind { get; set; }
    public string? Title { get; set; }
    public string? Reference { get; set; }
}

internal sealed class IntegrationDto : Dto
{
    [Wire(Enum = typeof(Aims.Model.ManagementSystemStandard))]
    public string? Standard { get; set; }
    public bool IsCertified { get; set; }
    [Wire(Enum = typeof(Aims.Model.SharedProcess))]
    public List<string?>? SharedProcesses { get; set; }
}

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
    public List<DeploymentDto?>? Deployments { get; set; }
    public List<DataSourceDto?>? DataSources { get; set; }
    public List<ComponentDto?>? Components { get; set; }
    public List<string?>? RegulatoryRequirements { get; set; }
    public List<string?>? FederatedParticipants { get; set; }
    public List<EvidenceDto?>? Evidence { get; set; }
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

internal sealed class SoaDto : Dto
{
    public RevisionDto? Revision { get; set; }
    [JsonConverter(typeof(RecordListConverter<SoaEntryDto>))]
    public List<SoaEntryDto?>? Entries { get; set; }
    [JsonConverter(typeof(RecordListConverter<AdditionalControlDto>))]
    public List<AdditionalControlDto?>? AdditionalControls { get; set; }
}

internal sealed class SoaEntryDto : Dto
{
    public string? ControlId { get; set; }
    public bool IsApplicable { get; set; }
    public string? Justification { get; set; }
    [Wire(Enum = typeof(Aims.Model.ImplementationStatus))]
    public string? Status { get; set; }
    public string? Owner { get; set; }
    public List<string?>? RiskIds { get; set; }
    public List<string?>? ObligationIds { get; set; }
    public List<EvidenceDto?>? Evidence { get; set; }
}

internal sealed class AdditionalControlDto : Dto
{
    public string? Id { get; set; }
    public string? Title { get; set; }
    public string? Source { get; set; }
}

internal sealed class RatingDto : Dto
{
    public int Likelihood { get; set; }
    public int Impact { get; set; }
}

internal sealed class RiskDto : Dto
{
    public string? Id { get; set; }
    public string? Title { get; set; }
    public string? Description { get; set; }
    public string? Owner { get; set; }
    public RatingDto? Inherent { get; set; }
    public RatingDto? Residual { get; set; }
    public List<string?>? SystemIds { get; set; }
    [Wire(Enum = typeof(Aims.Model.LifecycleStage))]
    public List<string?>? Stages { get; set; }
    [Wire(Enum = typeof(Aims.Model.RiskSource))]
    public string? Source { get; set; }
    public List<ThreatDto?>? Threats { get; set; }
    public TreatmentDto? Treatment { get; set; }
    public AcceptanceDto? Acceptance { get; set; }
    [Wire(Format = "date")]
    public string? ReviewOn { get; set; }
    public string? QuantitativeResultId { get; set; }
}

internal sealed class ThreatDto : Dto
{
    [Wire(Enum = typeof(Aims.Model.ThreatTaxonomy))]
    public string? Taxonomy { get; set; }
    public string? Id { get; set; }
}

internal sealed class TreatmentDto : Dto
{
    [Wire(Enum = typeof(Aims.Model.TreatmentOption))]
    public string? Option { get; set; }
    public List<string?>? ControlIds { get; set; }
    [Wire(Format = "date")]
    public string? DueOn { get; set; }
    [Wire(Enum = typeof(Aims.Model.TreatmentStatus))]
    public string? Status { get; set; }
    public string? Plan { get; set; }
}

internal sealed class AcceptanceDto : Dto
{
    public string? AcceptedBy { get; set; }
    [Wire(Format = "date")]
    public string? AcceptedOn { get; set; }
    public string? Rationale { get; set; }
}

internal sealed class ImpactAssessmentDto : Dto
{
    public string? Id { get; set; }
    public string? SystemId { get; set; }
    public RevisionDto? Revision { get; set; }
    public List<AffectedPartyDto?>? AffectedParties { get; set; }
    public List<ImpactFindingDto?>? Findings { get; set; }
    public bool IsFundamentalRightsAssessment { get; set; }
    public string? ApprovedBy { get; set; }
    [Wire(Format = "date")]
    public string? ApprovedOn { get; set; }
    [Wire(Format = "date")]
    public string? NextReviewOn { get; set; }
}

internal sealed class AffectedPartyDto : Dto
{
    public string? Description { get; set; }
    [Wire(Enum = typeof(Aims.Model.AffectedPartyKind))]
    public string? Kind { get; set; }
    public bool IsVulnerable { get; set; }
}

internal sealed class ImpactFindingDto : Dto
{
    [Wire(Enum = typeof(Aims.Model.ImpactArea))]
    public string? Area { get; set; }
    public string? Description { get; set; }
    public RatingDto? Rating { get; set; }
    public List<string?>? Mitigations { get; set; }
}

internal sealed class RaciDto : Dto
{
    [JsonConverter(typeof(RecordListConverter<RaciAssignmentDto>))]
    public List<RaciAssignmentDto?>? Assignments { get; set; }
}

internal sealed class RaciAssignmentDto : Dto
{
    public string? Activity { get; set; }
    public string? Role { get; set; }
    [Wire(Enum = typeof(Aims.Model.RaciCode))]
    public string? Code { get; set; }
}

internal sealed class ControlOwnershipDto : Dto
{
    public string? ControlId { get; set; }
    public string? Owner { get; set; }
    public string? Scope { get; set; }
}

internal sealed class GatePolicyDto : Dto
{
    public string? Id { get; set; }
    public string? Name { get; set; }
    public List<GateRequirementDto?>? Requirements { get; set; }
}

internal sealed class GateRequirementDto : Dto
{
    [Wire(Enum = typeof(Aims.Model.GateCheck))]
    public string? Check { get; set; }
    [Wire(Enum = typeof(Aims.Model.EvidenceKind))]
    public string? EvidenceKind { get; set; }
    public string? Description { get; set; }
}

internal sealed class IncidentDto : Dto
{
    public string? Id { get; set; }
    public string? Title { get; set; }
    [Wire(Enum = typeof(Aims.Model.IncidentSeverity))]
    public string? Severity { get; set; }
    [Wire(Format = "date-time")]
    public string? AwareAt { get; set; }
    public List<string?>? SystemIds { get; set; }
    [Wire(Format = "date-time")]
    public string? OccurredAt { get; set; }
    [Wire(Format = "date-time")]
    public string? ResolvedAt { get; set; }
    [Wire(Enum = typeof(Aims.Model.SeriousIncidentCriterion))]
    public List<string?>? SeriousCriteria { get; set; }
    [Wire(Format = "date-time")]
    public string? ReportedAt { get; set; }
}

internal sealed class NonconformityDto : Dto
{
    public string? Id { get; set; }
    public string? Description { get; set; }
    [Wire(Format = "date")]
    public string? RaisedOn { get; set; }
    public string? RequirementId { get; set; }
    public string? SourceId { get; set; }
    public List<CorrectiveActionDto?>? CorrectiveActions { get; set; }
    [Wire(Format = "date")]
    public string? ClosedOn { get; set; }
}

internal sealed class CorrectiveActionDto : Dto
{
    public string? Description { get; set; }
    public string? Owner { get; set; }
    [Wire(Format = "date")]
    public string? DueOn { get; set; }
    [Wire(Format = "date")]
    public string? CompletedOn { get; set; }
}

internal sealed class InternalAuditDto : Dto
{
    public string? Id { get; set; }
    public string? Title { get; set; }
    [Wire(Format = "date")]
    public string? PlannedOn { get; set; }
    public string? Auditor { get; set; }
    public List<string?>? Scope { get; set; }
    [Wire(Format = "date")]
    public string? PerformedOn { get; set; }
    public List<AuditFindingDto?>? Findings { get; set; }
}

internal sealed class AuditFindingDto : Dto
{
    public string? Id { get; set; }
    [Wire(Enum = typeof(Aims.Model.AuditFindingType))]
    public string? Type { get; set; }
    public string? Description { get; set; }
    public string? RequirementId { get; set; }
    public string? NonconformityId { get; set; }
}

internal sealed class ManagementReviewDto : Dto
{
    public string? Id { get; set; }
    [Wire(Format = "date")]
    public string? HeldOn { get; set; }
    public List<ReviewInputDto?>? Inputs { get; set; }
    public List<ReviewDecisionDto?>? Decisions { get; set; }
    public List<string?>? Attendees { get; set; }
}

internal sealed class ReviewInputDto : Dto
{
    [Wire(Enum = typeof(Aims.Model.ManagementReviewTopic))]
    public string? Topic { get; set; }
    public string? Summary { get; set; }
}

internal sealed class ReviewDecisionDto : Dto
{
    public string? Decision { get; set; }
    public bool ChangesAims { get; set; }
    public string? Owner { get; set; }
    [Wire(Format = "date")]
    public string? DueOn { get; set; }
}

internal sealed class CertificationDto : Dto
{
    public string? CertificationBody { get; set; }
    public List<MilestoneDto?>? Milestones { get; set; }
    [Wire(Format = "date")]
    public string? CertificateExpiresOn { get; set; }
}

internal sealed class MilestoneDto : Dto
{
    [Wire(Enum = typeof(Aims.Model.CertificationStage))]
    public string? Stage { get; set; }
    [Wire(Format = "date")]
    public string? PlannedOn { get; set; }
    [Wire(Format = "date")]
    public string? CompletedOn { get; set; }
    public string? Outcome { get; set; }
}

internal sealed class PolicyDto : Dto
{
    public string? Id { get; set; }
    public string? Title { get; set; }
    public string? Owner { get; set; }
    public RevisionDto? Revision { get; set; }
    [Wire(Format = "date")]
    public string? ApprovedOn { get; set; }
    [Wire(Format = "date")]
    public string? NextReviewOn { get; set; }
}
