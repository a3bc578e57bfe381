namespace Aims.Serialization.Json.Wire;

// Wire shapes of Aims.Model — context and scope (ISO/IEC 42001 clause 4). Enums and dates travel as strings and are parsed by
// ModelReader, so that one bad value becomes one diagnostic with its path instead of aborting the whole document.

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
    public List<string?>? PermittedDataRegions { get; set; }
    public ClimateChangeDto? ClimateChange { get; set; }
}

internal sealed class ClimateChangeDto : Dto
{
    public bool IsRelevant { get; set; }
    public string? Rationale { get; set; }
    [Wire(Format = "date")]
    public string? ReviewedOn { get; set; }
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
