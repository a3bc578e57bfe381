using System.Text.Json.Serialization;

namespace Aims.Serialization.Json.Wire;

// Wire shapes of Aims.Model — the Statement of Applicability. Enums and dates travel as strings and are parsed by
// ModelReader, so that one bad value becomes one diagnostic with its path instead of aborting the whole document.

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
