using System.Text.Json.Serialization;

namespace Aims.Serialization.Json.Wire;

// Wire shapes of Aims.Model — document roots and their versioning (revision, change log). Enums and dates travel as strings and are parsed by
// ModelReader, so that one bad value becomes one diagnostic with its path instead of aborting the whole document.

internal sealed class WorkspaceDto : DocumentDto
{
    public string? Organization { get; set; }
    public ScopeDto? Scope { get; set; }
    [JsonConverter(typeof(RecordListConverter<SystemDto>))]
    public List<SystemDto?>? Systems { get; set; }
    public SoaDto? Soa { get; set; }
    [JsonConverter(typeof(RecordListConverter<RiskDto>))]
    public List<RiskDto?>? Risks { get; set; }
    [JsonConverter(typeof(RecordListConverter<ControlMeasureDto>))]
    public List<ControlMeasureDto?>? ControlMeasures { get; set; }
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
    [JsonConverter(typeof(RecordListConverter<ObjectiveDto>))]
    public List<ObjectiveDto?>? Objectives { get; set; }
    public CompetenceDto? Competence { get; set; }
    public List<string?>? ClassificationScale { get; set; }
    public int? ReviewIntervalDays { get; set; }
    public string? Currency { get; set; }
    [JsonConverter(typeof(RecordListConverter<ShadowAiCandidateDto>))]
    public List<ShadowAiCandidateDto?>? ShadowAiCandidates { get; set; }
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
