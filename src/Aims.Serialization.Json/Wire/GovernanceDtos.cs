using System.Text.Json.Serialization;

namespace Aims.Serialization.Json.Wire;

// Wire shapes of Aims.Model — governance: RACI, control owners, deployment gates, AI policies. Enums and dates travel as strings and are parsed by
// ModelReader, so that one bad value becomes one diagnostic with its path instead of aborting the whole document.

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
    [Wire(Enum = typeof(Aims.Model.RiskLevel))]
    public List<string?>? Tiers { get; set; }
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

internal sealed class ObjectiveDto : Dto
{
    public string? Id { get; set; }
    public string? Title { get; set; }
    public string? Owner { get; set; }
    public string? Measure { get; set; }
    public string? Unit { get; set; }
    public double? Baseline { get; set; }
    public double? Target { get; set; }
    [Wire(Enum = typeof(Aims.Model.ObjectiveDirection))]
    public string? Direction { get; set; }
    [Wire(Format = "date")]
    public string? TargetDate { get; set; }
    public string? Plan { get; set; }
    public string? PolicyId { get; set; }
    public List<string?>? SystemIds { get; set; }
    public List<ObjectiveMeasurementDto?>? Measurements { get; set; }
}

internal sealed class ObjectiveMeasurementDto : Dto
{
    [Wire(Format = "date")]
    public string? MeasuredOn { get; set; }
    public double? Value { get; set; }
    public string? Source { get; set; }
}

internal sealed class CompetenceDto : Dto
{
    [JsonConverter(typeof(RecordListConverter<CompetenceRequirementDto>))]
    public List<CompetenceRequirementDto?>? Requirements { get; set; }
    [JsonConverter(typeof(RecordListConverter<CompetenceRecordDto>))]
    public List<CompetenceRecordDto?>? Records { get; set; }
}

internal sealed class CompetenceRequirementDto : Dto
{
    public string? Role { get; set; }
    public string? Competence { get; set; }
    public string? Description { get; set; }
}

internal sealed class CompetenceRecordDto : Dto
{
    public string? Person { get; set; }
    public string? Role { get; set; }
    public string? Competence { get; set; }
    [Wire(Enum = typeof(Aims.Model.CompetenceBasis))]
    public string? Basis { get; set; }
    [Wire(Format = "date")]
    public string? AchievedOn { get; set; }
    [Wire(Format = "date")]
    public string? ExpiresOn { get; set; }
    public string? Evidence { get; set; }
}
