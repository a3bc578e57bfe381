using Aims.Model;
using static Aims.Serialization.Csv.CellText;

namespace Aims.Serialization.Csv;

/// <summary>The risk register, one risk per row; a risk's FAIR scenario fills the columns prefixed "Fair.".</summary>
public static partial class AimsCsv
{
    private const string FairPrefix = "Fair.";

    /// <summary>Writes the risk register, one risk per row.</summary>
    /// <param name="writer">The destination; flushed, not closed.</param>
    /// <param name="risks">The risks.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The list holds a <see langword="null"/> item (nothing is written).</exception>
    public static void WriteRiskRegister(TextWriter writer, IEnumerable<RiskEntry> risks)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(risks);
        risks = NoNullItems(risks);
        CsvOut.Rows<CsvRows.Risk, RowMap<CsvRows.Risk>>(writer, risks.Select(r => WithScenario(r.Scenario, new CsvRows.Risk
        {
            Id = T(r.Id),
            Title = T(r.Title),
            Description = T(r.Description),
            Owner = T(r.Owner),
            InherentLikelihood = Int(r.Inherent.Likelihood),
            InherentImpact = Int(r.Inherent.Impact),
            ResidualLikelihood = Int(r.Residual?.Likelihood),
            ResidualImpact = Int(r.Residual?.Impact),
            SystemIds = T(Join(r.SystemIds)),
            Stages = T(Join(r.Stages.Select(Word))),
            Source = Word(r.Source),
            Threats = T(JoinRecords(r.Threats.Select(t => new[] { Word(t.Taxonomy), t.Id }))),
            TreatmentOption = Word(r.Treatment?.Option),
            TreatmentControlIds = r.Treatment is { } t ? T(Join(t.ControlIds)) : null,
            TreatmentDueOn = Date(r.Treatment?.DueOn),
            TreatmentStatus = Word(r.Treatment?.Status),
            TreatmentPlan = T(r.Treatment?.Plan),
            AcceptedBy = T(r.Acceptance?.AcceptedBy),
            AcceptedOn = Date(r.Acceptance?.AcceptedOn),
            AcceptanceRationale = T(r.Acceptance?.Rationale),
            ReviewOn = Date(r.ReviewOn),
            QuantitativeResultId = T(r.QuantitativeResultId),
        })));
    }

    /// <summary>Reads the risk register from untrusted CSV; requires <c>Id</c>, <c>Title</c>, <c>Owner</c>, <c>InherentLikelihood</c> and <c>InherentImpact</c>.</summary>
    /// <param name="reader">The source; not closed.</param>
    /// <returns>The valid risks and a diagnostic per problem.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is <see langword="null"/>.</exception>
    public static AimsResult<IReadOnlyList<RiskEntry>> ReadRiskRegister(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return Unique(CsvSheet.Read(reader, RiskColumns, ["Id", "Title", "Owner", "InherentLikelihood", "InherentImpact"], row =>
        {
            var inherent = Rating(row, "InherentLikelihood", "InherentImpact", required: true);
            var residual = Rating(row, "ResidualLikelihood", "ResidualImpact", required: false);
            var stages = row.Enums<LifecycleStage>("Stages");
            var source = row.Enum("Source", RiskSource.Other);
            var threats = row.Records("Threats", 2, 2, "taxonomy | id")
                .Select(f => row.ParseEnum<ThreatTaxonomy>(f[0], "Threats") is { } taxonomy ? row.Build(() => new ThreatReference(taxonomy, f[1]), "Threats") : null).ToList();
            RiskTreatment? treatment = null;
            if (row.EnumOrNull<TreatmentOption>("TreatmentOption") is { } option)
            {
                var due = row.Date("TreatmentDueOn");
                var status = row.Enum("TreatmentStatus", default(TreatmentStatus));
                treatment = row.Build(() => new RiskTreatment(option).WithControlIds(row.List("TreatmentControlIds")).WithDueOn(due).WithStatus(status).WithPlan(row.Text("TreatmentPlan")), "TreatmentControlIds");
            }
            else if (row.Has("TreatmentControlIds") || row.Has("TreatmentDueOn") || row.Has("TreatmentStatus") || row.Has("TreatmentPlan"))
            {
                row.Error("TreatmentOption", "Treatment details need a TreatmentOption.");
            }

            RiskAcceptance? acceptance = null;
            if (row.Has("AcceptedBy") || row.Has("AcceptedOn") || row.Has("AcceptanceRationale"))
            {
                var on = row.RequiredDate("AcceptedOn");
                acceptance = row.Build(() => new RiskAcceptance(row.Required("AcceptedBy"), on).WithRationale(row.Text("AcceptanceRationale")));
            }

            var reviewOn = row.Date("ReviewOn");
            var scenario = FairEstimateCell.Has(row, FairPrefix) ? FairEstimateCell.Read(row, FairPrefix) : null;
            return row.HasErrors || inherent is not { } rating ? null : row.Build(() => new RiskEntry(row.Required("Id"), row.Required("Title"), row.Required("Owner"), rating)
                .WithSystemIds(row.List("SystemIds")).WithStages(stages).WithSource(source).WithThreats(threats!).WithResidual(residual)
                .WithTreatment(treatment).WithAcceptance(acceptance).WithReviewOn(reviewOn)
                .WithQuantitativeResultId(row.Text("QuantitativeResultId")).WithDescription(row.Text("Description")).WithScenario(scenario));
        }), r => r.Id, "Id");
    }

    private static CsvRows.Risk WithScenario(Aims.Risk.FairScenario? scenario, CsvRows.Risk row)
    {
        if (scenario is not null)
        {
            row.SetFair([T(scenario.Name), .. FairEstimateCell.CellsOf(scenario).Select(c => c is null ? null : T(c))]);
        }

        return row;
    }
}
