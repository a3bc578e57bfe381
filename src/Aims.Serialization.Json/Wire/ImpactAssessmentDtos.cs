namespace Aims.Serialization.Json.Wire;

// Wire shapes of Aims.Model — impact assessments. Enums and dates travel as strings and are parsed by
// ModelReader, so that one bad value becomes one diagnostic with its path instead of aborting the whole document.

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
