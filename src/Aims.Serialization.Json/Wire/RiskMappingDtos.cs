using System.Text.Json.Serialization;

namespace Aims.Serialization.Json.Wire;

// Wire shapes of Aims.Risk scenarios and Aims.Mapping sets.

internal sealed class FairScenarioSetDto : DocumentDto
{
    public string? Name { get; set; }
    public SemanticsDto? Semantics { get; set; }
    [JsonConverter(typeof(RecordListConverter<FairScenarioDto>))]
    public List<FairScenarioDto?>? Scenarios { get; set; }
}

internal sealed class SemanticsDto : Dto
{
    [Wire(Enum = typeof(Aims.Risk.FrequencyMode))]
    public string? Frequency { get; set; }
    [Wire(Enum = typeof(Aims.Risk.VulnerabilityMode))]
    public string? Vulnerability { get; set; }
}

internal sealed class FairScenarioDto : Dto
{
    public string? Name { get; set; }
    public EstimateDto? LossEventFrequency { get; set; }
    public EstimateDto? ThreatEventFrequency { get; set; }
    public EstimateDto? ContactFrequency { get; set; }
    public EstimateDto? ProbabilityOfAction { get; set; }
    public EstimateDto? Vulnerability { get; set; }
    public EstimateDto? ThreatCapability { get; set; }
    public EstimateDto? ResistanceStrength { get; set; }
    public EstimateDto? PrimaryLoss { get; set; }
    public Dictionary<string, EstimateDto?>? PrimaryLossByForm { get; set; }
    public EstimateDto? SecondaryLossEventFrequency { get; set; }
    public EstimateDto? SecondaryLoss { get; set; }
    public Dictionary<string, EstimateDto?>? SecondaryLossByForm { get; set; }
    [Wire(Minimum = Aims.Risk.FairScenario.MinEventCountDispersion, Maximum = Aims.Risk.FairScenario.MaxEventCountDispersion)]
    public double? EventCountDispersion { get; set; }
}

internal sealed class EstimateDto : Dto
{
    private const double Most = Aims.Risk.Estimate.MaxMagnitude;

    public string? Type { get; set; }
    [Wire(Minimum = -Most, Maximum = Most)]
    public double? Min { get; set; }
    [Wire(Minimum = -Most, Maximum = Most)]
    public double? Mode { get; set; }
    [Wire(Minimum = -Most, Maximum = Most)]
    public double? Max { get; set; }
    [Wire(Minimum = 0, ExclusiveMinimum = true, Maximum = Aims.Risk.Estimate.MaxPertGamma)]
    public double? Gamma { get; set; }
    [Wire(Minimum = -Most, Maximum = Most)]
    public double? Mean { get; set; }
    [Wire(Minimum = 0, ExclusiveMinimum = true, Maximum = Most)]
    public double? Sd { get; set; }
    [Wire(Minimum = 0, ExclusiveMinimum = true, Maximum = Most)]
    public double? Lower { get; set; }
    [Wire(Minimum = 0, ExclusiveMinimum = true, Maximum = Most)]
    public double? Upper { get; set; }
    [Wire(Minimum = -Most, Maximum = Most)]
    public double? Value { get; set; }
}

internal sealed class MappingSetDto : DocumentDto
{
    public string? Id { get; set; }
    public string? SourceFramework { get; set; }
    public string? TargetFramework { get; set; }
    public string? StrengthScale { get; set; }
    public ProvenanceDto? Provenance { get; set; }
    [JsonConverter(typeof(RecordListConverter<MappingDto>))]
    public List<MappingDto?>? Mappings { get; set; }
}

internal sealed class ProvenanceDto : Dto
{
    public string? SourceDocument { get; set; }
    public string? Version { get; set; }
    public string? Authors { get; set; }
    public string? Method { get; set; }
    [Wire(Enum = typeof(Aims.Mapping.MappingStatus))]
    public string? Status { get; set; }
    [Wire(Format = "date")]
    public string? Date { get; set; }
    public string? Licence { get; set; }
}

internal sealed class MappingDto : Dto
{
    public string? SourceFramework { get; set; }
    public string? SourceId { get; set; }
    public string? TargetFramework { get; set; }
    public string? TargetId { get; set; }
    [Wire(Enum = typeof(Aims.Mapping.Relationship))]
    public string? Relationship { get; set; }
    [Wire(Enum = typeof(Aims.Mapping.MatchingRationale))]
    public string? Rationale { get; set; }
    [Wire(Enum = typeof(Aims.Mapping.MappingConfidence))]
    public string? Confidence { get; set; }
    public int? Strength { get; set; }
    public string? Notes { get; set; }
}
