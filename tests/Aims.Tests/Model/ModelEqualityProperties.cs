using Aims.Model;
using Aims.Risk;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Aims.Tests.Model;

/// <summary>The equality laws for the model's data types, and that a copy with one value changed is unequal.</summary>
[Properties(Arbitrary = [typeof(ModelArbitraries)])]
public class ModelEqualityProperties
{
    [Property]
    public Property Equal_systems_obey_the_laws(AiSystem a, AiSystem b) => Laws(a, b, s => s.WithName(s.Name));

    [Property]
    public Property Equal_risks_obey_the_laws(RiskEntry a, RiskEntry b) => Laws(a, b, r => r.WithTitle(r.Title));

    [Property(MaxTest = 50)]
    public Property Equal_workspaces_obey_the_laws(AimsWorkspace a, AimsWorkspace b) =>
        Laws(a, b, w => w.WithOrganization(w.Organization).WithSystems(w.Systems.Select(s => s.WithName(s.Name))).WithRisks(w.Risks.Select(r => r.WithTitle(r.Title))));

    [Property]
    public Property Equal_soa_entries_obey_the_laws(SoaEntry a, SoaEntry b) =>
        Laws(a, b, e => e.WithStatus(e.Status));

    [Property]
    public Property Equal_statements_obey_the_laws(StatementOfApplicability a, StatementOfApplicability b) =>
        Laws(a, b, s => new StatementOfApplicability(new DocumentRevision(s.Revision.Version, s.Revision.ChangeLog), s.Entries, s.AdditionalControls));

    [Property]
    public Property Equal_review_figures_obey_the_laws(ManagementReviewFigures a, ManagementReviewFigures b) =>
        Laws(a, b, f => new ManagementReviewFigures(f.PeriodStart, f.PeriodEnd)
            .WithIncidentCount(f.IncidentCount).WithSeriousIncidentCount(f.SeriousIncidentCount).WithOpenNonconformityCount(f.OpenNonconformityCount));

    [Property]
    public bool A_review_figures_copy_with_one_count_changed_is_unequal(ManagementReviewFigures figures) =>
        Unequal(figures,
            figures.WithIncidentCount((figures.IncidentCount ?? 0) + 1),
            figures.WithSeriousIncidentCount((figures.SeriousIncidentCount ?? 0) + 1),
            figures.WithOpenNonconformityCount((figures.OpenNonconformityCount ?? 0) + 1),
            new ManagementReviewFigures(figures.PeriodStart, figures.PeriodEnd.AddDays(1))
                .WithIncidentCount(figures.IncidentCount).WithSeriousIncidentCount(figures.SeriousIncidentCount).WithOpenNonconformityCount(figures.OpenNonconformityCount));

    [Property]
    public bool A_system_copy_with_one_value_changed_is_unequal(AiSystem system) =>
        Unequal(system,
            system.WithName(system.Name + " changed"),
            system.WithOwner(system.Owner + "x"),
            system.WithLastReviewDate(system.LastReviewDate is { } d ? d.AddDays(1) : new DateOnly(2026, 1, 1)),
            system.WithShadowAi(!system.IsShadowAi),
            system.WithDataSources([.. system.DataSources, new DataSource("new-ds", "New", "public", DataUse.Inference)]),
            system.WithRegulatoryRequirements([.. system.RegulatoryRequirements, "EU AI Act"]),
            system.WithEvidence([.. system.Evidence, new EvidenceReference("Model card", EvidenceKind.ModelCard)]),
            system.WithAnnexIIIArea(system.AnnexIIIArea == "AnnexIII.3" ? "AnnexIII.4" : "AnnexIII.3"),
            system.WithGeneralPurposeModel(!system.IsGeneralPurposeModel),
            system.WithPublicBodyDeployer(!system.DeployerIsPublicBody),
            system.WithArticle6Derogation(system.Article6Derogation is null ? new Article6Derogation(Article6Condition.PreparatoryTask, "Prepares a file") : null),
            system.WithLineage(system.Lineage is null ? new ModelLineage("gpt-4o", "OpenAI") : null),
            system.WithLineage(system.Lineage is { } l ? l.WithApprovals([.. l.Approvals, new ModelApproval("9.9", "CTO", new DateOnly(2026, 1, 1))]) : new ModelLineage("m", "p")),
            system.WithSustainability([.. system.Sustainability, new SustainabilityMeasurement(SustainabilityMetric.Water, 1, "meter", new DateOnly(2026, 1, 1), new DateOnly(2026, 1, 31))]),
            system.WithEthicsDisclosure(system.EthicsDisclosure is null ? new DataEthicsDisclosure().WithIntendedUses(["triage"]) : null),
            system.WithDataSources(system.DataSources.IsEmpty
                ? [new DataSource("x", "X", "public", DataUse.Training).WithRegions(["EU"])]
                : [system.DataSources[0].WithRegions([.. system.DataSources[0].Regions, "moon-1"]), .. system.DataSources.Skip(1)]),
            system.WithEmotionRecognitionOrBiometricCategorisation(Other(system.IsEmotionRecognitionOrBiometricCategorisation)),
            system.WithDeepFakesOrPublicInterestText(Other(system.PublishesDeepFakesOrPublicInterestText)),
            system.WithProfilingOfNaturalPersons(Other(system.ProfilesNaturalPersons)),
            system.WithSystemicRisk(!system.HasSystemicRisk),
            system.WithOpenSourceModel(!system.IsOpenSource),
            system.WithAnnexIProduct(!system.IsAnnexIProduct),
            system.WithPlacedOnMarketOn(system.PlacedOnMarketOn is { } placed ? placed.AddDays(1) : new DateOnly(2026, 8, 1)),
            system.WithLastSeen(system.LastSeen is { } seen ? seen.AddDays(1) : new DateOnly(2026, 11, 1)),
            system.WithDiscoveryAliases([.. system.DiscoveryAliases, "arn:new"]),
            system.WithEndpoints([.. system.Endpoints, "new.example.com"]));

    [Property]
    public Property Equal_discovered_assets_and_candidates_obey_the_laws(DiscoveredAiAsset a, DiscoveredAiAsset b, ShadowAiCandidate c, ShadowAiCandidate d) =>
        Laws(a, b, x => x.WithProvider(x.Provider)).And(Laws(c, d, x => x.WithTriage(x.Status, x.Reason, x.SystemId)));

    [Property]
    public bool A_discovered_asset_or_candidate_copy_with_one_value_changed_is_unequal(DiscoveredAiAsset asset, ShadowAiCandidate candidate) =>
        Unequal(asset,
            asset.WithSeen(asset.FirstSeen.AddDays(-1), asset.LastSeen),
            asset.WithSeen(asset.FirstSeen, asset.LastSeen.AddDays(1)),
            asset.WithProvider(asset.Provider + "x"),
            asset.WithEndpoint(asset.Endpoint is null ? "x.example.com" : null),
            asset.WithModelId(asset.ModelId + "x"),
            asset.WithObservedBy(asset.ObservedBy + "x"),
            asset.WithDataCategories(asset.DataCategories.IsEmpty ? [DataCategory.Health] : []),
            asset.WithRequestCount((asset.RequestCount ?? 0) + 1))
        && Unequal(candidate,
            candidate.WithTriage(candidate.Status == ShadowAiCandidateStatus.Dismissed ? ShadowAiCandidateStatus.UnderReview : ShadowAiCandidateStatus.Dismissed, "why"),
            candidate.WithSighting(candidate.Asset.WithSeen(candidate.Asset.FirstSeen, candidate.Asset.LastSeen.AddDays(1))));

    /// <summary>Another value of a fact that may be unrecorded: null → true → false → null.</summary>
    private static bool? Other(bool? fact) => fact switch { null => true, true => false, false => null };

    [Property]
    public Property Equal_derogations_obey_the_laws(Article6Derogation a, Article6Derogation b) =>
        Laws(a, b, d => new Article6Derogation(d.Condition, d.Reasoning).WithAssessment(d.Assessment).WithRegisteredOn(d.RegisteredOn));

    [Property]
    public bool A_derogation_copy_with_one_value_changed_is_unequal(Article6Derogation derogation) =>
        Unequal(derogation,
            new Article6Derogation(derogation.Condition == Article6Condition.PreparatoryTask ? Article6Condition.NarrowProceduralTask : Article6Condition.PreparatoryTask, derogation.Reasoning)
                .WithAssessment(derogation.Assessment).WithRegisteredOn(derogation.RegisteredOn),
            new Article6Derogation(derogation.Condition, derogation.Reasoning + " changed").WithAssessment(derogation.Assessment).WithRegisteredOn(derogation.RegisteredOn),
            derogation.WithAssessment(derogation.Assessment is null ? new EvidenceReference("Assessment") : null),
            derogation.WithRegisteredOn(derogation.RegisteredOn is { } r ? r.AddDays(1) : new DateOnly(2027, 1, 4)));

    [Property]
    public bool Collections_compare_by_sequence_so_order_matters(AiSystem system)
    {
        var twoSources = system.WithDataSources([new DataSource("a", "A", "public", DataUse.Training), new DataSource("b", "B", "public", DataUse.Training)]);
        var reversed = twoSources.WithDataSources(twoSources.DataSources.Reverse());

        return twoSources != reversed && twoSources == twoSources.WithDataSources(twoSources.DataSources.ToList());
    }

    [Property]
    public bool A_risk_copy_with_one_value_changed_is_unequal(RiskEntry risk) =>
        Unequal(risk,
            risk.WithTitle(risk.Title + " changed"),
            risk.WithResidual(risk.Residual is null ? new RiskRating(1, 1) : null),
            risk.WithSystemIds([.. risk.SystemIds, "another-system"]),
            risk.WithDescription(risk.Description + "x"));

    [Property(MaxTest = 50)]
    public bool A_workspace_copy_with_one_value_changed_deep_inside_is_unequal(AimsWorkspace workspace)
    {
        var extra = new AiSystem("extra-system", "Extra");
        var changedDeep = workspace.Systems.IsEmpty
            ? workspace.WithSystems([extra])
            : workspace.WithSystems([workspace.Systems[0].WithPurpose(workspace.Systems[0].Purpose + "x"), .. workspace.Systems.Skip(1)]);

        return Unequal(workspace,
            workspace.WithOrganization(workspace.Organization + " changed"),
            workspace.WithReviewIntervalDays(workspace.ReviewIntervalDays + 1),
            workspace.WithCurrency(workspace.Currency == "CHF" ? "EUR" : "CHF"),
            workspace.WithSystems([.. workspace.Systems, extra]),
            changedDeep);
    }

    [Property(MaxTest = 50)]
    public bool Every_workspace_shrink_is_a_different_smaller_model(AimsWorkspace workspace) =>
        ModelArbitraries.ShrinkWorkspace(workspace).All(smaller => smaller != workspace);

    [Fact]
    public void Instants_compare_with_their_offset()
    {
        var utc = new DateTimeOffset(2026, 1, 1, 12, 0, 0, TimeSpan.Zero);
        var entry = new ChangeLogEntry("1.0", "CRO", utc, "First");

        Assert.Equal(entry, new ChangeLogEntry("1.0", "CRO", utc, "First"));
        Assert.NotEqual(entry, new ChangeLogEntry("1.0", "CRO", utc.ToOffset(TimeSpan.FromHours(2)), "First"));
    }

    [Fact]
    public void Null_is_equal_only_to_null()
    {
        var system = new AiSystem("a", "A");
        AiSystem? none = null;

        Assert.False(system.Equals(null));
        Assert.False(system == none);
        Assert.True(system != none);
        Assert.True(none == null);
    }

    private static Property Laws<T>(T a, T b, Func<T, T> copy)
        where T : class, IEquatable<T>
    {
        var c = copy(a);
        return EqualityLaws.Hold(a, c, b).Label($"{a} vs {c} vs {b}");
    }

    private static bool Unequal<T>(T original, params T[] changed)
        where T : class, IEquatable<T> =>
        changed.All(c => !original.Equals(c) && !c.Equals(original) && !Equals(original, c));
}
