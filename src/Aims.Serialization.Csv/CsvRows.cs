namespace Aims.Serialization.Csv;

/// <summary>
/// The row shapes of the CSV tables, mapped by <see cref="RowMap{TRow}"/>: each property is a column, in this
/// order. Writers fill them with already neutralised text; readers check headers against them.
/// </summary>
internal static class CsvRows
{
    public sealed class Inventory
    {
        public string? Id { get; set; }
        public string? Name { get; set; }
        public string? Version { get; set; }
        public string? Purpose { get; set; }
        public string? Owner { get; set; }
        public string? LifecycleStage { get; set; }
        public string? RiskLevel { get; set; }
        public string? EuAiActCategory { get; set; }
        public string? MonitoringStatus { get; set; }
        public string? LastReviewDate { get; set; }
        public string? IsShadowAi { get; set; }
        public string? StakeholderRoles { get; set; }
        public string? OperatorRoles { get; set; }
        public string? Deployments { get; set; }
        public string? DataSources { get; set; }
        public string? Components { get; set; }
        public string? RegulatoryRequirements { get; set; }
        public string? FederatedParticipants { get; set; }
        public string? Evidence { get; set; }
        public string? AnnexIIIArea { get; set; }
        public string? IsGeneralPurposeModel { get; set; }
        public string? DeployerIsPublicBody { get; set; }
        public string? Article6Condition { get; set; }
        public string? Article6Reasoning { get; set; }
        public string? Article6Assessment { get; set; }
        public string? Article6RegisteredOn { get; set; }
    }

    public sealed class Risk
    {
        public string? Id { get; set; }
        public string? Title { get; set; }
        public string? Description { get; set; }
        public string? Owner { get; set; }
        public string? InherentLikelihood { get; set; }
        public string? InherentImpact { get; set; }
        public string? ResidualLikelihood { get; set; }
        public string? ResidualImpact { get; set; }
        public string? SystemIds { get; set; }
        public string? Stages { get; set; }
        public string? Source { get; set; }
        public string? Threats { get; set; }
        public string? TreatmentOption { get; set; }
        public string? TreatmentControlIds { get; set; }
        public string? TreatmentDueOn { get; set; }
        public string? TreatmentStatus { get; set; }
        public string? TreatmentPlan { get; set; }
        public string? AcceptedBy { get; set; }
        public string? AcceptedOn { get; set; }
        public string? AcceptanceRationale { get; set; }
        public string? ReviewOn { get; set; }
        public string? QuantitativeResultId { get; set; }
    }

    public sealed class Soa
    {
        public string? ControlId { get; set; }
        public string? IsApplicable { get; set; }
        public string? Justification { get; set; }
        public string? Status { get; set; }
        public string? Owner { get; set; }
        public string? RiskIds { get; set; }
        public string? ObligationIds { get; set; }
        public string? Evidence { get; set; }
        public string? AdditionalControlTitle { get; set; }
        public string? AdditionalControlSource { get; set; }
    }

    public sealed class Mapping
    {
        public string? SourceFramework { get; set; }
        public string? SourceId { get; set; }
        public string? TargetFramework { get; set; }
        public string? TargetId { get; set; }
        public string? Relationship { get; set; }
        public string? Rationale { get; set; }
        public string? Confidence { get; set; }
        public string? Strength { get; set; }
        public string? Notes { get; set; }
    }

    public sealed class Result
    {
        public string? Name { get; set; }
        public string? Trials { get; set; }
        public string? Seed { get; set; }
        public string? Mean { get; set; }
        public string? StandardDeviation { get; set; }
        public string? Min { get; set; }
        public string? P10 { get; set; }
        public string? P50 { get; set; }
        public string? P90 { get; set; }
        public string? P95 { get; set; }
        public string? P99 { get; set; }
        public string? Max { get; set; }
        public string? ValueAtRiskConfidence { get; set; }
        public string? ValueAtRisk { get; set; }
        public string? ExpectedShortfall { get; set; }
        public string? ProbabilityOfZeroLoss { get; set; }
        public string? FrequencyMode { get; set; }
        public string? VulnerabilityMode { get; set; }
    }
}
