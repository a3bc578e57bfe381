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
        public string? ProfilesNaturalPersons { get; set; }
        public string? HasSystemicRisk { get; set; }
        public string? IsOpenSource { get; set; }
        public string? IsAnnexIProduct { get; set; }
        public string? PlacedOnMarketOn { get; set; }

        public string? Sustainability { get; set; }
        public string? LastSeen { get; set; }
        public string? DiscoveryAliases { get; set; }
        public string? Endpoints { get; set; }
    }

    public sealed class CompetenceRecord
    {
        public string? Person { get; set; }
        public string? Role { get; set; }
        public string? Competence { get; set; }
        public string? Basis { get; set; }
        public string? AchievedOn { get; set; }
        public string? ExpiresOn { get; set; }
        public string? Evidence { get; set; }
    }

    public sealed class DiscoveredAsset
    {
        public string? Source { get; set; }
        public string? ExternalId { get; set; }
        public string? Name { get; set; }
        public string? Provider { get; set; }
        public string? Endpoint { get; set; }
        public string? ModelId { get; set; }
        public string? FirstSeen { get; set; }
        public string? LastSeen { get; set; }
        public string? ObservedBy { get; set; }
        public string? DataCategories { get; set; }
        public string? RequestCount { get; set; }
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

        // The risk's FAIR scenario: the columns of the FAIR scenario table, prefixed "Fair.", each property at its index in
        // FairEstimateCell.Columns, so SetFair fills them in that order.
        private readonly string?[] _fair = new string?[FairEstimateCell.Columns.Count];
        [Name("Fair.Name")]
        public string? FairName { get => _fair[0]; set => _fair[0] = value; }
        [Name("Fair.LossEventFrequency")]
        public string? FairLossEventFrequency { get => _fair[1]; set => _fair[1] = value; }
        [Name("Fair.ThreatEventFrequency")]
        public string? FairThreatEventFrequency { get => _fair[2]; set => _fair[2] = value; }
        [Name("Fair.ContactFrequency")]
        public string? FairContactFrequency { get => _fair[3]; set => _fair[3] = value; }
        [Name("Fair.ProbabilityOfAction")]
        public string? FairProbabilityOfAction { get => _fair[4]; set => _fair[4] = value; }
        [Name("Fair.Vulnerability")]
        public string? FairVulnerability { get => _fair[5]; set => _fair[5] = value; }
        [Name("Fair.ThreatCapability")]
        public string? FairThreatCapability { get => _fair[6]; set => _fair[6] = value; }
        [Name("Fair.ResistanceStrength")]
        public string? FairResistanceStrength { get => _fair[7]; set => _fair[7] = value; }
        [Name("Fair.PrimaryLoss")]
        public string? FairPrimaryLoss { get => _fair[8]; set => _fair[8] = value; }
        [Name("Fair.SecondaryLossEventFrequency")]
        public string? FairSecondaryLossEventFrequency { get => _fair[9]; set => _fair[9] = value; }
        [Name("Fair.SecondaryLoss")]
        public string? FairSecondaryLoss { get => _fair[10]; set => _fair[10] = value; }
        [Name("Fair.PrimaryLoss.Productivity")]
        public string? FairPrimaryLossProductivity { get => _fair[11]; set => _fair[11] = value; }
        [Name("Fair.PrimaryLoss.Response")]
        public string? FairPrimaryLossResponse { get => _fair[12]; set => _fair[12] = value; }
        [Name("Fair.PrimaryLoss.Replacement")]
        public string? FairPrimaryLossReplacement { get => _fair[13]; set => _fair[13] = value; }
        [Name("Fair.PrimaryLoss.FinesAndJudgements")]
        public string? FairPrimaryLossFinesAndJudgements { get => _fair[14]; set => _fair[14] = value; }
        [Name("Fair.PrimaryLoss.CompetitiveAdvantage")]
        public string? FairPrimaryLossCompetitiveAdvantage { get => _fair[15]; set => _fair[15] = value; }
        [Name("Fair.PrimaryLoss.Reputation")]
        public string? FairPrimaryLossReputation { get => _fair[16]; set => _fair[16] = value; }
        [Name("Fair.SecondaryLoss.Productivity")]
        public string? FairSecondaryLossProductivity { get => _fair[17]; set => _fair[17] = value; }
        [Name("Fair.SecondaryLoss.Response")]
        public string? FairSecondaryLossResponse { get => _fair[18]; set => _fair[18] = value; }
        [Name("Fair.SecondaryLoss.Replacement")]
        public string? FairSecondaryLossReplacement { get => _fair[19]; set => _fair[19] = value; }
        [Name("Fair.SecondaryLoss.FinesAndJudgements")]
        public string? FairSecondaryLossFinesAndJudgements { get => _fair[20]; set => _fair[20] = value; }
        [Name("Fair.SecondaryLoss.CompetitiveAdvantage")]
        public string? FairSecondaryLossCompetitiveAdvantage { get => _fair[21]; set => _fair[21] = value; }
        [Name("Fair.SecondaryLoss.Reputation")]
        public string? FairSecondaryLossReputation { get => _fair[22]; set => _fair[22] = value; }
        [Name("Fair.EventCountDispersion")]
        public string? FairEventCountDispersion { get => _fair[23]; set => _fair[23] = value; }

        /// <summary>The FAIR cells in <see cref="FairEstimateCell.Columns"/> order.</summary>
        public void SetFair(IReadOnlyList<string?> cells)
        {
            if (cells.Count != _fair.Length)
            {
                throw new ArgumentException($"Expected {_fair.Length} FAIR cells; got {cells.Count}.", nameof(cells));
            }

            for (var i = 0; i < _fair.Length; i++)
            {
                _fair[i] = cells[i];
            }
        }
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
