namespace Aims.Serialization.Json.Wire;

// Wire shapes of Aims.Model — the risk register. Enums and dates travel as strings and are parsed by
// ModelReader, so that one bad value becomes one diagnostic with its path instead of aborting the whole document.

internal sealed class RatingDto : Dto
{
    public int Likelihood { get; set; }
    public int Impact { get; set; }
}

internal sealed class RiskDto : Dto
{
    public string? Id { get; set; }
    public string? Title { get; set; }
    public string? Description { get; set; }
    public string? Owner { get; set; }
    public RatingDto? Inherent { get; set; }
    public RatingDto? Residual { get; set; }
    public List<string?>? SystemIds { get; set; }
    [Wire(Enum = typeof(Aims.Model.LifecycleStage))]
    public List<string?>? Stages { get; set; }
    [Wire(Enum = typeof(Aims.Model.RiskSource))]
    public string? Source { get; set; }
    public List<ThreatDto?>? Threats { get; set; }
    public TreatmentDto? Treatment { get; set; }
    public AcceptanceDto? Acceptance { get; set; }
    [Wire(Format = "date")]
    public string? ReviewOn { get; set; }
    public string? QuantitativeResultId { get; set; }
    public FairScenarioDto? Scenario { get; set; }
}

internal sealed class ThreatDto : Dto
{
    [Wire(Enum = typeof(Aims.Model.ThreatTaxonomy))]
    public string? Taxonomy { get; set; }
    public string? Id { get; set; }
}

internal sealed class TreatmentDto : Dto
{
    [Wire(Enum = typeof(Aims.Model.TreatmentOption))]
    public string? Option { get; set; }
    public List<string?>? ControlIds { get; set; }
    [Wire(Format = "date")]
    public string? DueOn { get; set; }
    [Wire(Enum = typeof(Aims.Model.TreatmentStatus))]
    public string? Status { get; set; }
    public string? Plan { get; set; }
}

internal sealed class AcceptanceDto : Dto
{
    public string? AcceptedBy { get; set; }
    [Wire(Format = "date")]
    public string? AcceptedOn { get; set; }
    public string? Rationale { get; set; }
}

internal sealed class ControlMeasureDto : Dto
{
    public string? ControlId { get; set; }
    public string? Name { get; set; }
    [Wire(Minimum = 0, ExclusiveMinimum = true, Maximum = Aims.Risk.Estimate.MaxMagnitude)]
    public double? AnnualCost { get; set; }
    [Wire(Enum = typeof(Aims.Risk.ControlFunction))]
    public string? Function { get; set; }
    public List<ControlEffectDto?>? Effects { get; set; }
    public List<string?>? RiskIds { get; set; }
    public string? Basis { get; set; }
}

internal sealed class ControlEffectDto : Dto
{
    [Wire(Enum = typeof(Aims.Risk.FairNode))]
    public string? Node { get; set; }
    [Wire(Enum = typeof(Aims.Risk.ControlEffectKind))]
    public string? Kind { get; set; }
    public EstimateDto? Amount { get; set; }
    [Wire(Enum = typeof(Aims.Risk.LossForm))]
    public string? Form { get; set; }
}
