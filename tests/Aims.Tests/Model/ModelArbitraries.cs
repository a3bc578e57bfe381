using System.Collections.Immutable;
using Aims.Model;
using Aims.Risk;
using FsCheck;
using FsCheck.Fluent;

namespace Aims.Tests.Model;

/// <summary>
/// FsCheck arbitraries for the model (generators in <see cref="ModelGen"/>). The shrinkers work on the model itself:
/// a failing workspace shrinks by dropping systems, risks and other records, clearing optional members and shrinking
/// the records that remain, so the counterexample FsCheck prints is the smallest graph that still fails.
/// </summary>
public static class ModelArbitraries
{
    internal static readonly string[] Levels = ["public", "internal", "confidential", "restricted"];

    public static Arbitrary<DataSource[]> DataSourceLists() =>
        (from use in Gen.Elements(Enum.GetValues<DataUse>())
         from level in Gen.Elements([.. Levels, "unknown-label"])
         select (use, level))
        .ListOf()
        .Select(list => list.Select((x, i) => new DataSource($"ds{i}", $"Source {i}", x.level, x.use)).ToArray())
        .ToArbitrary();

    public static Arbitrary<RaciAssignment[]> RaciAssignments() =>
        (from activity in Gen.Elements("Assess", "Approve", "Audit")
         from role in Gen.Elements("CRO", "CISO", "DPO", "CTO", "Lead")
         from code in Gen.Elements(Enum.GetValues<RaciCode>())
         select new RaciAssignment(activity, role, code))
        .ArrayOf()
        .ToArbitrary();

    public static Arbitrary<RiskRating> RiskRatings() => ModelGen.Rating.ToArbitrary();

    public static Arbitrary<AiSystem> Systems() => Arb.From(ModelGen.System, ShrinkSystem);

    public static Arbitrary<Article6Derogation> Derogations() => ModelGen.Derogation.ToArbitrary();

    public static Arbitrary<RiskEntry> Risks() => Arb.From(ModelGen.Risk, ShrinkRisk);

    public static Arbitrary<SoaEntry> SoaEntries() => ModelGen.SoaEntry.ToArbitrary();

    public static Arbitrary<ManagementReviewFigures> ReviewFigures() => ModelGen.Figures.ToArbitrary();

    public static Arbitrary<StatementOfApplicability> Soas() => Arb.From(ModelGen.Soa, ShrinkSoa);

    public static Arbitrary<AiObjective> Objectives() => ModelGen.Objective.ToArbitrary();

    public static Arbitrary<CompetenceRegister> CompetenceRegisters() => ModelGen.Competence.ToArbitrary();

    public static Arbitrary<AimsWorkspace> Workspaces() => Arb.From(ModelGen.Workspace, ShrinkWorkspace);

    public static Arbitrary<DiscoveredAiAsset> DiscoveredAssets() => ModelGen.DiscoveredAsset.ToArbitrary();

    public static Arbitrary<ShadowAiCandidate> Candidates() => ModelGen.Candidate.ToArbitrary();

    internal static IEnumerable<AiSystem> ShrinkSystem(AiSystem s) =>
        Shrink.Drop(s.DataSources, s.WithDataSources)
            .Concat(Shrink.Drop(s.Deployments, s.WithDeployments))
            .Concat(Shrink.Drop(s.Components, s.WithComponents))
            .Concat(Shrink.Drop(s.Evidence, s.WithEvidence))
            .Concat(Shrink.Drop(s.RegulatoryRequirements, s.WithRegulatoryRequirements))
            .Concat(Shrink.Drop(s.FederatedParticipants, s.WithFederatedParticipants))
            .Concat(Shrink.Drop(s.StakeholderRoles, s.WithStakeholderRoles))
            .Concat(Shrink.Drop(s.OperatorRoles, s.WithOperatorRoles))
            .Concat(Shrink.Clear(s.Version, () => s.WithVersion(null)))
            .Concat(Shrink.Clear(s.Purpose, () => s.WithPurpose(null)))
            .Concat(Shrink.Clear(s.Owner, () => s.WithOwner(null)))
            .Concat(Shrink.Clear(s.LastReviewDate, () => s.WithLastReviewDate(null)))
            .Concat(Shrink.Clear(s.AnnexIIIArea, () => s.WithAnnexIIIArea(null)))
            .Concat(Shrink.Clear(s.Article6Derogation, () => s.WithArticle6Derogation(null)))
            .Concat(Shrink.Clear(s.Lineage, () => s.WithLineage(null)))
            .Concat(Shrink.Clear(s.EthicsDisclosure, () => s.WithEthicsDisclosure(null)))
            .Concat(Shrink.Drop(s.Sustainability, s.WithSustainability))
            .Concat(Shrink.Clear(s.IsEmotionRecognitionOrBiometricCategorisation, () => s.WithEmotionRecognitionOrBiometricCategorisation(null)))
            .Concat(Shrink.Clear(s.PublishesDeepFakesOrPublicInterestText, () => s.WithDeepFakesOrPublicInterestText(null)))
            .Concat(Shrink.Clear(s.ProfilesNaturalPersons, () => s.WithProfilingOfNaturalPersons(null)))
            .Concat(Shrink.Clear(s.PlacedOnMarketOn, () => s.WithPlacedOnMarketOn(null)));

    internal static IEnumerable<RiskEntry> ShrinkRisk(RiskEntry r) =>
        Shrink.Drop(r.SystemIds, r.WithSystemIds)
            .Concat(Shrink.Drop(r.Stages, r.WithStages))
            .Concat(Shrink.Drop(r.Threats, r.WithThreats))
            .Concat(Shrink.Clear(r.Residual, () => r.WithResidual(null)))
            .Concat(Shrink.Clear(r.Treatment, () => r.WithTreatment(null)))
            .Concat(Shrink.Clear(r.Acceptance, () => r.WithAcceptance(null)))
            .Concat(Shrink.Clear(r.ReviewOn, () => r.WithReviewOn(null)))
            .Concat(Shrink.Clear(r.QuantitativeResultId, () => r.WithQuantitativeResultId(null)))
            .Concat(Shrink.Clear(r.Description, () => r.WithDescription(null)));

    internal static IEnumerable<StatementOfApplicability> ShrinkSoa(StatementOfApplicability soa) =>
        Shrink.Drop(soa.Entries, e => new StatementOfApplicability(soa.Revision, e, soa.AdditionalControls))
            .Concat(Shrink.Drop(soa.AdditionalControls, a => new StatementOfApplicability(soa.Revision, soa.Entries, a)));

    internal static IEnumerable<AimsWorkspace> ShrinkWorkspace(AimsWorkspace w) =>
        Shrink.Drop(w.Systems, w.WithSystems)
            .Concat(Shrink.Drop(w.Risks, w.WithRisks))
            .Concat(Shrink.Drop(w.ControlMeasures, w.WithControlMeasures))
            .Concat(Shrink.Clear(w.Scope, () => w.WithScope(null)))
            .Concat(Shrink.Clear(w.Soa, () => w.WithSoa(null)))
            .Concat(Shrink.Drop(w.ImpactAssessments, w.WithImpactAssessments))
            .Concat(Shrink.Drop(w.Incidents, w.WithIncidents))
            .Concat(Shrink.Drop(w.Nonconformities, w.WithNonconformities))
            .Concat(Shrink.Drop(w.InternalAudits, w.WithInternalAudits))
            .Concat(Shrink.Drop(w.ManagementReviews, w.WithManagementReviews))
            .Concat(Shrink.Drop(w.Policies, w.WithPolicies))
            .Concat(Shrink.Drop(w.GatePolicies, w.WithGatePolicies))
            .Concat(Shrink.Drop(w.ControlOwners, w.WithControlOwners))
            .Concat(Shrink.Drop(w.ShadowAiCandidates, w.WithShadowAiCandidates))
            .Concat(Shrink.Clear(w.Certification, () => w.WithCertification(null)))
            .Concat(w.Raci.Assignments.IsEmpty ? [] : [w.WithRaci(null)])
            .Concat(w.ClassificationScale == ClassificationScale.Default ? [] : [w.WithClassificationScale(null)])
            .Concat(Shrink.Each(w.Systems, ShrinkSystem, w.WithSystems))
            .Concat(Shrink.Each(w.Risks, ShrinkRisk, w.WithRisks))
            .Concat(w.Soa is { } soa ? ShrinkSoa(soa).Select(w.WithSoa) : []);

    /// <summary>Shrink steps shared by the model shrinkers.</summary>
    private static class Shrink
    {
        /// <summary>The list emptied, then the list without each one of its items.</summary>
        public static IEnumerable<TOwner> Drop<T, TOwner>(ImmutableArray<T> items, Func<IEnumerable<T>, TOwner> with)
        {
            if (items.IsEmpty)
            {
                yield break;
            }

            yield return with([]);
            for (var i = 0; items.Length > 1 && i < items.Length; i++)
            {
                yield return with(items.RemoveAt(i));
            }
        }

        /// <summary>Every list in which one item is replaced by one of its own shrinks.</summary>
        public static IEnumerable<TOwner> Each<T, TOwner>(ImmutableArray<T> items, Func<T, IEnumerable<T>> shrink, Func<IEnumerable<T>, TOwner> with)
        {
            for (var i = 0; i < items.Length; i++)
            {
                foreach (var smaller in shrink(items[i]))
                {
                    yield return with(items.SetItem(i, smaller));
                }
            }
        }

        /// <summary>The value cleared, when it is set.</summary>
        public static IEnumerable<TOwner> Clear<T, TOwner>(T? value, Func<TOwner> cleared) =>
            value is null ? [] : [cleared()];
    }
}
