using System.Globalization;
using Aims.Model;
using static Aims.Serialization.Csv.CellText;

namespace Aims.Serialization.Csv;

/// <summary>The AI system inventory, one system per row.</summary>
public static partial class AimsCsv
{
    /// <summary>Writes the AI system inventory, one system per row.</summary>
    /// <remarks>
    /// Data sources carry their data categories, retention, regions and legal basis, and the <c>Sustainability</c>
    /// column the energy, emissions and water figures. A system's model lineage and data-ethics disclosure are not
    /// tabular: the JSON formats carry them, this table does not.
    /// </remarks>
    /// <param name="writer">The destination; flushed, not closed.</param>
    /// <param name="systems">The systems.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The list holds a <see langword="null"/> item (nothing is written).</exception>
    public static void WriteInventory(TextWriter writer, IEnumerable<AiSystem> systems)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(systems);
        systems = NoNullItems(systems);
        CsvOut.Rows<CsvRows.Inventory, RowMap<CsvRows.Inventory>>(writer, systems.Select(s => new CsvRows.Inventory
        {
            Id = T(s.Id),
            Name = T(s.Name),
            Version = T(s.Version),
            Purpose = T(s.Purpose),
            Owner = T(s.Owner),
            LifecycleStage = Word(s.LifecycleStage),
            RiskLevel = Word(s.RiskLevel),
            EuAiActCategory = Word(s.EuAiActCategory),
            MonitoringStatus = Word(s.MonitoringStatus),
            LastReviewDate = Date(s.LastReviewDate),
            IsShadowAi = Bool(s.IsShadowAi),
            StakeholderRoles = T(Join(s.StakeholderRoles.Select(Word))),
            OperatorRoles = T(Join(s.OperatorRoles.Select(Word))),
            Traits = T(Join(s.Traits.Select(Word))),
            Deployments = T(JoinRecords(s.Deployments.Select(d => new[] { d.Provider, d.Region, d.Account }))),
            DataSources = T(JoinRecords(s.DataSources.Select(d => new[]
            {
                d.Id, d.Name, d.Classification, Word(d.Use), d.Origin, JoinInner(d.Categories.Select(Word)), d.Retention, JoinInner(d.Regions), d.LegalBasis,
            }))),
            Components = T(JoinRecords(s.Components.Select(c => new[] { c.Name, Word(c.Kind), c.Supplier, c.Version, c.SharedResponsibility, JoinInner(c.Assurances.Select(Word)) }))),
            RegulatoryRequirements = T(Join(s.RegulatoryRequirements)),
            FederatedParticipants = T(Join(s.FederatedParticipants)),
            Evidence = T(Evidence(s.Evidence)),
            AnnexIIIArea = T(s.AnnexIIIArea),
            IsGeneralPurposeModel = Bool(s.IsGeneralPurposeModel),
            DeployerIsPublicBody = Bool(s.DeployerIsPublicBody),
            Article6Condition = s.Article6Derogation is { } a ? Word(a.Condition) : null,
            Article6Reasoning = T(s.Article6Derogation?.Reasoning),
            Article6Assessment = s.Article6Derogation?.Assessment is { } e ? T(Evidence([e])) : null,
            Article6RegisteredOn = Date(s.Article6Derogation?.RegisteredOn),
            IsEmotionRecognitionOrBiometricCategorisation = OptionalBool(s.IsEmotionRecognitionOrBiometricCategorisation),
            PublishesDeepFakesOrPublicInterestText = OptionalBool(s.PublishesDeepFakesOrPublicInterestText),
            ProfilesNaturalPersons = OptionalBool(s.ProfilesNaturalPersons),
            HasSystemicRisk = Bool(s.HasSystemicRisk),
            IsOpenSource = Bool(s.IsOpenSource),
            IsAnnexIProduct = Bool(s.IsAnnexIProduct),
            PlacedOnMarketOn = Date(s.PlacedOnMarketOn),
            Sustainability = T(JoinRecords(s.Sustainability.Select(m => new[] { Word(m.Metric), Number(m.Value), m.Method, Date(m.PeriodStart), Date(m.PeriodEnd) }))),
            LastSeen = Date(s.LastSeen),
            DiscoveryAliases = T(Join(s.DiscoveryAliases)),
            Endpoints = T(Join(s.Endpoints)),
        }));
    }

    /// <summary>Reads the AI system inventory from untrusted CSV; requires the columns <c>Id</c> and <c>Name</c>.</summary>
    /// <param name="reader">The source; not closed.</param>
    /// <returns>The valid systems and a diagnostic per problem.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is <see langword="null"/>.</exception>
    public static AimsResult<IReadOnlyList<AiSystem>> ReadInventory(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return Unique(CsvSheet.Read(reader, InventoryColumns, ["Id", "Name"], row =>
        {
            var deployments = row.Records("Deployments", 2, 3, "provider | region | account").Select(f => row.Build(() => new DeploymentEnvironment(f[0], f[1]).WithAccount(Null(f[2])), "Deployments")).ToList();
            var sources = row.Records("DataSources", 4, 9, "id | name | classification | use | origin | categories | retention | regions | legalBasis")
                .Select(f => ReadDataSource(row, f)).ToList();
            var sustainability = row.Records("Sustainability", 5, 5, "metric | value | method | periodStart | periodEnd")
                .Select(f => ReadSustainability(row, f)).ToList();
            var components = row.Records("Components", 3, 6, "name | kind | supplier | version | sharedResponsibility | assurances")
                .Select(f =>
                {
                    var assurances = SplitInner(f[5]).Select(a => row.ParseEnum<VendorAssurance>(a, "Components")).ToList();
                    return row.ParseEnum<ComponentKind>(f[1], "Components") is { } kind && assurances.All(a => a is not null)
                        ? row.Build(() => new ThirdPartyComponent(f[0], kind, f[2]).WithVersion(Null(f[3])).WithSharedResponsibility(Null(f[4])).WithAssurances(assurances.Select(a => a!.Value)), "Components")
                        : null;
                }).ToList();
            var evidence = ReadEvidence(row, "Evidence");
            var stage = row.Enum("LifecycleStage", default(LifecycleStage));
            var level = row.Enum("RiskLevel", default(RiskLevel));
            var category = row.Enum("EuAiActCategory", default(EuAiActRiskCategory));
            var monitoring = row.Enum("MonitoringStatus", default(MonitoringStatus));
            var reviewed = row.Date("LastReviewDate");
            var shadow = row.Bool("IsShadowAi");
            var stakeholders = row.Enums<StakeholderRole>("StakeholderRoles");
            var operators = row.Enums<EuAiActOperatorRole>("OperatorRoles");
            var traits = row.Enums<AiSystemTrait>("Traits");
            var generalPurpose = row.Bool("IsGeneralPurposeModel");
            var publicBody = row.Bool("DeployerIsPublicBody");
            var derogation = ReadDerogation(row);
            var emotion = row.OptionalBool("IsEmotionRecognitionOrBiometricCategorisation");
            var deepFakes = row.OptionalBool("PublishesDeepFakesOrPublicInterestText");
            var profiling = row.OptionalBool("ProfilesNaturalPersons");
            var systemicRisk = row.Bool("HasSystemicRisk");
            var openSource = row.Bool("IsOpenSource");
            var annexI = row.Bool("IsAnnexIProduct");
            var placed = row.Date("PlacedOnMarketOn");
            var lastSeen = row.Date("LastSeen");
            return row.HasErrors ? null : row.Build(() => new AiSystem(row.Required("Id"), row.Required("Name"))
                .WithVersion(row.Text("Version")).WithPurpose(row.Text("Purpose")).WithOwner(row.Text("Owner")).WithLifecycleStage(stage)
                .WithRiskLevel(level).WithEuAiActCategory(category).WithMonitoringStatus(monitoring).WithLastReviewDate(reviewed)
                .WithShadowAi(shadow).WithStakeholderRoles(stakeholders).WithOperatorRoles(operators).WithTraits(traits).WithDeployments(deployments!)
                .WithDataSources(sources!).WithComponents(components!).WithRegulatoryRequirements(row.List("RegulatoryRequirements"))
                .WithFederatedParticipants(row.List("FederatedParticipants")).WithEvidence(evidence)
                .WithAnnexIIIArea(row.Text("AnnexIIIArea")).WithGeneralPurposeModel(generalPurpose).WithPublicBodyDeployer(publicBody)
                .WithArticle6Derogation(derogation).WithEmotionRecognitionOrBiometricCategorisation(emotion).WithDeepFakesOrPublicInterestText(deepFakes)
                .WithProfilingOfNaturalPersons(profiling).WithSystemicRisk(systemicRisk).WithOpenSourceModel(openSource).WithAnnexIProduct(annexI)
                .WithPlacedOnMarketOn(placed).WithSustainability(sustainability!)
                .WithLastSeen(lastSeen).WithDiscoveryAliases(row.List("DiscoveryAliases")).WithEndpoints(row.List("Endpoints")));
        }), s => s.Id, "Id");
    }

    private static DataSource? ReadDataSource(CsvRow row, string[] f)
    {
        var use = row.ParseEnum<DataUse>(f[3], "DataSources");
        var categories = SplitInner(f[5]).Select(c => row.ParseEnum<DataCategory>(c, "DataSources")).ToList();
        return use is not { } u || categories.Any(c => c is null) ? null : row.Build(
            () => new DataSource(f[0], f[1], f[2], u).WithOrigin(Null(f[4])).WithCategories(categories.Select(c => c!.Value))
                .WithRetention(Null(f[6])).WithRegions(SplitInner(f[7])).WithLegalBasis(Null(f[8])),
            "DataSources");
    }

    private static SustainabilityMeasurement? ReadSustainability(CsvRow row, string[] f)
    {
        var metric = row.ParseEnum<SustainabilityMetric>(f[0], "Sustainability");
        var start = row.ParseDate(f[3], "Sustainability");
        var end = row.ParseDate(f[4], "Sustainability");
        if (!double.TryParse(f[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            row.Error("Sustainability", $"\"{f[1]}\" is not a number.");
            return null;
        }

        return metric is { } m && start is { } s && end is { } e
            ? row.Build(() => new SustainabilityMeasurement(m, value, f[2], s, e), "Sustainability")
            : null;
    }

    /// <summary>The Art. 6(3) derogation of a row: none when its four columns are empty; condition and reasoning are then required.</summary>
    private static Article6Derogation? ReadDerogation(CsvRow row)
    {
        if (!row.Has("Article6Condition") && !row.Has("Article6Reasoning") && !row.Has("Article6Assessment") && !row.Has("Article6RegisteredOn"))
        {
            return null;
        }

        var condition = row.EnumOrNull<Article6Condition>("Article6Condition");
        if (!row.Has("Article6Condition"))
        {
            row.Error("Article6Condition", $"Required with an Art. 6(3) derogation: one of {Vocabulary.WordList<Article6Condition>()}.");
        }

        if (!row.Has("Article6Reasoning"))
        {
            row.Error("Article6Reasoning", "Required with an Art. 6(3) derogation: why the system poses no significant risk of harm.");
        }

        var assessment = ReadEvidence(row, "Article6Assessment");
        if (assessment.Count > 1)
        {
            row.Error("Article6Assessment", "One assessment: title | kind | location | collectedOn.");
        }

        var registered = row.Date("Article6RegisteredOn");
        return row.HasErrors || condition is not { } c ? null
            : row.Build(() => new Article6Derogation(c, row.Required("Article6Reasoning")).WithAssessment(assessment.FirstOrDefault()).WithRegisteredOn(registered), "Article6Reasoning");
    }
}
