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
