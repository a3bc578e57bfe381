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
    public string? SystemDescription { get; set; }
    public string? IntendedUse { get; set; }
    public List<string?>? ForeseeableMisuse { get; set; }
    public List<ImpactBenefitDto?>? Benefits { get; set; }
    public string? Monitoring { get; set; }
    public List<string?>? ReviewTriggers { get; set; }
    public string? StakeholderEngagement { get; set; }
    public string? DeployerProcess { get; set; }
    public string? PeriodAndFrequencyOfUse { get; set; }
    public string? HumanOversight { get; set; }
    public string? RiskResponse { get; set; }
    public string? ComplaintMechanism { get; set; }
    public AuthorityNotificationDto? AuthorityNotification { get; set; }
    public DpiaReferenceDto? Dpia { get; set; }
}

internal sealed class ImpactBenefitDto : Dto
{
    [Wire(Enum = typeof(Aims.Model.ImpactArea))]
    public string? Area { get; set; }
    public string? Description { get; set; }
}

internal sealed class AuthorityNotificationDto : Dto
{
    public string? Authority { get; set; }
    [Wire(Format = "date")]
    public string? NotifiedOn { get; set; }
    public string? Reference { get; set; }
}

internal sealed class DpiaReferenceDto : Dto
{
    public string? Title { get; set; }
    [Wire(Format = "date")]
    public string? CompletedOn { get; set; }
    public string? Location { get; set; }
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
