namespace Aims.Serialization.Json.Wire;

// Wire shapes of Aims.Model — operations: AI incidents. Enums and dates travel as strings and are parsed by
// ModelReader, so that one bad value becomes one diagnostic with its path instead of aborting the whole document.

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
