using CsvHelper.Configuration.Attributes;

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
        public string? Traits { get; set; }
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
        public string? IsEmotionRecognitionOrBiometricCategorisation { get; set; }
        public string? PublishesDeepFakesOrPublicInterestText { get; set; }
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

        // The risk's FAIR scenario: the columns of the FAIR scenario table, prefixed "Fair." (FairEstimateCell.Columns).
        [Name("Fair.Name")]
        public string? FairName { get; set; }
        [Name("Fair.LossEventFrequency")]
        public string? FairLossEventFrequency { get; set; }
        [Name("Fair.ThreatEventFrequency")]
        public string? FairThreatEventFrequency { get; set; }
        [Name("Fair.ContactFrequency")]
        public string? FairContactFrequency { get; set; }
        [Name("Fair.ProbabilityOfAction")]
        public string? FairProbabilityOfAction { get; set; }
        [Name("Fair.Vulnerability")]
        public string? FairVulnerability { get; set; }
        [Name("Fair.ThreatCapability")]
        public string? FairThreatCapability { get; set; }
        [Name("Fair.ResistanceStrength")]
        public string? FairResistanceStrength { get; set; }
        [Name("Fair.PrimaryLoss")]
        public string? FairPrimaryLoss { get; set; }
        [Name("Fair.SecondaryLossEventFrequency")]
        public string? FairSecondaryLossEventFrequency { get; set; }
        [Name("Fair.SecondaryLoss")]
        public string? FairSecondaryLoss { get; set; }
        [Name("Fair.PrimaryLoss.Productivity")]
        public string? FairPrimaryLossProductivity { get; set; }
        [Name("Fair.PrimaryLoss.Response")]
        public string? FairPrimaryLossResponse { get; set; }
        [Name("Fair.PrimaryLoss.Replacement")]
        public string? FairPrimaryLossReplacement { get; set; }
        [Name("Fair.PrimaryLoss.FinesAndJudgements")]
        public string? FairPrimaryLossFinesAndJudgements { get; set; }
        [Name("Fair.PrimaryLoss.CompetitiveAdvantage")]
        public string? FairPrimaryLossCompetitiveAdvantage { get; set; }
        [Name("Fair.PrimaryLoss.Reputation")]
        public string? FairPrimaryLossReputation { get; set; }
        [Name("Fair.SecondaryLoss.Productivity")]
        public string? FairSecondaryLossProductivity { get; set; }
        [Name("Fair.SecondaryLoss.Response")]
        public string? FairSecondaryLossResponse { get; set; }
        [Name("Fair.SecondaryLoss.Replacement")]
        public string? FairSecondaryLossReplacement { get; set; }
        [Name("Fair.SecondaryLoss.FinesAndJudgements")]
        public string? FairSecondaryLossFinesAndJudgements { get; set; }
        [Name("Fair.SecondaryLoss.CompetitiveAdvantage")]
        public string? FairSecondaryLossCompetitiveAdvantage { get; set; }
        [Name("Fair.SecondaryLoss.Reputation")]
        public string? FairSecondaryLossReputation { get; set; }

        /// <summary>The FAIR cells in <see cref="FairEstimateCell.Columns"/> order.</summary>
        public void SetFair(IReadOnlyList<string?> cells) =>
            (FairName, FairLossEventFrequency, FairThreatEventFrequency, FairContactFrequency, FairProbabilityOfAction, FairVulnerability, FairThreatCapability, FairResistanceStrength, FairPrimaryLoss, FairSecondaryLossEventFrequency, FairSecondaryLoss, FairPrimaryLossProductivity, FairPrimaryLossResponse, FairPrimaryLossReplacement, FairPrimaryLossFinesAndJudgements, FairPrimaryLossCompetitiveAdvantage, FairPrimaryLossReputation, FairSecondaryLossProductivity, FairSecondaryLossResponse, FairSecondaryLossReplacement, FairSecondaryLossFinesAndJudgements, FairSecondaryLossCompetitiveAdvantage, FairSecondaryLossReputation) =
            (cells[0], cells[1], cells[2], cells[3], cells[4], cells[5], cells[6], cells[7], cells[8], cells[9], cells[10], cells[11], cells[12], cells[13], cells[14], cells[15], cells[16], cells[17], cells[18], cells[19], cells[20], cells[21], cells[22]);
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
