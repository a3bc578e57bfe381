namespace Aims.Serialization.Json.Wire;

// Wire shapes of Aims.Model — improvement: nonconformities, internal audits, management reviews, certification. Enums and dates travel as strings and are parsed by
// ModelReader, so that one bad value becomes one diagnostic with its path instead of aborting the whole document.

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
    public ReviewFiguresDto? Figures { get; set; }
}

internal sealed class ReviewFiguresDto : Dto
{
    [Wire(Format = "date")]
    public string? PeriodStart { get; set; }
    [Wire(Format = "date")]
    public string? PeriodEnd { get; set; }
    [Wire(Minimum = 0)]
    public int? IncidentCount { get; set; }
    [Wire(Minimum = 0)]
    public int? SeriousIncidentCount { get; set; }
    [Wire(Minimum = 0)]
    public int? OpenNonconformityCount { get; set; }
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
