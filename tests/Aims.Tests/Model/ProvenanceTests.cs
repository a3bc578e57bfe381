using Aims.Model;
using Aims.Serialization.Csv;
using Aims.Serialization.Json;

namespace Aims.Tests.Model;

public class ProvenanceTests
{
    private static readonly DateOnly Day = new(2026, 3, 1);

    private static AiSystem System(string id) =>
        new AiSystem(id, id).WithPurpose("p").WithEuAiActCategory(EuAiActRiskCategory.Minimal).WithLastReviewDate(new DateOnly(2026, 6, 1));

    private static AimsScope Scope(params string[] regions) =>
        new AimsScope(new DocumentRevision("1.0"), "All AI")
            .WithBoundaries([new ScopeBoundary("A", true, "core").WithSystemId("a"), new ScopeBoundary("B", false, "out").WithSystemId("b")])
            .WithPermittedDataRegions(regions);

    [Fact]
    public void Constructors_reject_bad_figures_periods_and_blank_text()
    {
        Assert.Throws<ArgumentOutOfRangeException>("value", () => new SustainabilityMeasurement(SustainabilityMetric.TrainingEnergy, -1, "meter", Day, Day));
        Assert.Throws<ArgumentOutOfRangeException>("value", () => new SustainabilityMeasurement(SustainabilityMetric.TrainingEnergy, double.NaN, "meter", Day, Day));
        Assert.Throws<ArgumentOutOfRangeException>("periodEnd", () => new SustainabilityMeasurement(SustainabilityMetric.Water, 1, "meter", Day, Day.AddDays(-1)));
        Assert.Throws<ArgumentException>("method", () => new SustainabilityMeasurement(SustainabilityMetric.Water, 1, " ", Day, Day));
        Assert.Throws<ArgumentOutOfRangeException>("metric", () => new SustainabilityMeasurement((SustainabilityMetric)99, 1, "m", Day, Day));
        Assert.Throws<ArgumentException>("provider", () => new ModelLineage("gpt-4o", ""));
        Assert.Throws<ArgumentException>("dataSourceIds", () => new ModelLineage("m", "p").WithFineTuningDataSourceIds(["has space"]));
        Assert.Throws<ArgumentException>("id", () => new ModelRun("", ModelRunKind.Training, Day));
        Assert.Throws<ArgumentOutOfRangeException>("result", () => new FairnessEvaluation("dpd", "sex", double.PositiveInfinity, true, Day));
        Assert.Throws<ArgumentOutOfRangeException>("threshold", () => new FairnessEvaluation("dpd", "sex", 0.1, true, Day).WithThreshold(double.NaN));
        Assert.Throws<ArgumentException>("regions", () => new DataSource("d", "D", "public", DataUse.Training).WithRegions(["EU", " "]));
        Assert.Throws<ArgumentOutOfRangeException>("categories", () => new DataSource("d", "D", "public", DataUse.Training).WithCategories([(DataCategory)42]));
    }

    [Fact]
    public void Units_totals_and_personal_data_follow_from_the_values()
    {
        var system = System("a").WithSustainability(
        [
            new SustainabilityMeasurement(SustainabilityMetric.TrainingEnergy, 1200, "meter", Day, Day.AddDays(3)),
            new SustainabilityMeasurement(SustainabilityMetric.TrainingEnergy, 300, "meter", Day.AddDays(30), Day.AddDays(31)),
            new SustainabilityMeasurement(SustainabilityMetric.InferenceEmissions, 4.5, "provider dashboard", Day, Day.AddDays(30)),
        ]);

        Assert.Equal(1500, system.Total(SustainabilityMetric.TrainingEnergy));
        Assert.Equal(4.5, system.Total(SustainabilityMetric.InferenceEmissions));
        Assert.Null(system.Total(SustainabilityMetric.Water));
        Assert.Equal("kg CO2e", system.Sustainability[2].Unit);
        Assert.Equal("L", SustainabilityMeasurement.UnitOf(SustainabilityMetric.Water));
        Assert.True(new DataSource("d", "D", "public", DataUse.Training).WithCategories([DataCategory.Health]).HoldsPersonalData);
        Assert.False(new DataSource("d", "D", "public", DataUse.Training).WithCategories([DataCategory.TradeSecret, DataCategory.Financial]).HoldsPersonalData);
        Assert.Null(System("a").WithEthicsDisclosure(new DataEthicsDisclosure()).EthicsDisclosure);
    }

    [Fact]
    public void Personal_data_outside_the_permitted_regions_of_a_system_in_scope_is_a_warning_at_its_region()
    {
        var personal = new DataSource("cust", "Customers", "confidential", DataUse.Training).WithCategories([DataCategory.Personal]).WithRegions(["eu", "us-east-1"]);
        var secret = new DataSource("ip", "Pricing", "confidential", DataUse.Inference).WithCategories([DataCategory.TradeSecret]).WithRegions(["us-east-1"]);
        var a = System("a").WithDataSources([personal, secret]).WithDeployments([new DeploymentEnvironment("aws", "eu-central-1"), new DeploymentEnvironment("aws", "us-east-1")]);
        var b = System("b").WithDataSources([personal]);

        var result = new AimsWorkspace("Org").WithScope(Scope("EU", "eu-central-1")).WithSystems([a, b]).Validate();

        Assert.Equal(
        [
            "/systems/0/dataSources/0/regions/1",
            "/systems/0/deployments/1/region",
        ], result.Diagnostics.Where(d => d.Code == ModelDiagnosticCodes.PersonalDataOutsidePermittedRegions).Select(d => d.Path));
        Assert.All(result.Diagnostics.Where(d => d.Code == ModelDiagnosticCodes.PersonalDataOutsidePermittedRegions), d => Assert.Equal(DiagnosticSeverity.Warning, d.Severity));
        Assert.DoesNotContain(new AimsWorkspace("Org").WithScope(Scope()).WithSystems([a, b]).Validate().Diagnostics, d => d.Code == ModelDiagnosticCodes.PersonalDataOutsidePermittedRegions);
    }

    [Fact]
    public void A_lineage_naming_an_unknown_data_source_is_an_error_and_an_unapproved_version_a_warning()
    {
        var lineage = new ModelLineage("xgboost", "in-house")
            .WithFineTuningDataSourceIds(["train", "ghost"])
            .WithRuns([new ModelRun("r1", ModelRunKind.Evaluation, Day).WithDataSourceIds(["train", "phantom"]), new ModelRun("r1", ModelRunKind.Training, Day)])
            .WithApprovals([new ModelApproval("1.0", "CRO", Day)]);
        var system = System("a").WithVersion("1.1").WithDataSources([new DataSource("train", "T", "internal", DataUse.Training)]).WithLineage(lineage);

        var result = new AimsWorkspace("Org").WithSystems([system]).Validate();

        Assert.Equal(
        [
            (ModelDiagnosticCodes.UnknownLineageDataSource, "/systems/0/lineage/fineTuningDataSourceIds/1"),
            (ModelDiagnosticCodes.DuplicateId, "/systems/0/lineage/runs/1/id"),
            (ModelDiagnosticCodes.UnknownLineageDataSource, "/systems/0/lineage/runs/0/dataSourceIds/1"),
            (ModelDiagnosticCodes.ModelVersionNotApproved, "/systems/0/version"),
        ], result.Diagnostics.Where(d => d.Path.Contains("lineage", StringComparison.Ordinal) || d.Path.EndsWith("/version", StringComparison.Ordinal)).Select(d => (d.Code, d.Path)));
        Assert.Equal("CRO", lineage.ApprovalOf("1.0")?.ApprovedBy);
        Assert.DoesNotContain(new AimsWorkspace("Org").WithSystems([system.WithVersion("1.0")]).Validate().Diagnostics, d => d.Code == ModelDiagnosticCodes.ModelVersionNotApproved);
    }

    [Theory]
    [InlineData("""{"metric":"trainingEnergy","method":"m","periodStart":"2026-01-01","periodEnd":"2026-01-02"}""", "/systems/0/sustainability/0/value")]
    [InlineData("""{"metric":"trainingEnergy","value":-3,"method":"m","periodStart":"2026-01-01","periodEnd":"2026-01-02"}""", "/systems/0/sustainability/0/value")]
    [InlineData("""{"metric":"sunshine","value":3,"method":"m","periodStart":"2026-01-01","periodEnd":"2026-01-02"}""", "/systems/0/sustainability/0/metric")]
    [InlineData("""{"metric":"water","value":3,"method":"m","periodStart":"2026-01-05","periodEnd":"2026-01-02"}""", "/systems/0/sustainability/0/periodEnd")]
    [InlineData("""{"metric":"water","value":3,"method":"m","periodStart":"yesterday","periodEnd":"2026-01-02"}""", "/systems/0/sustainability/0/periodStart")]
    public void A_bad_sustainability_figure_is_an_error_at_its_member_and_never_a_crash(string figure, string path)
    {
        var json = $$"""{"kind":"inventory","schemaVersion":"1.0","systems":[{"id":"a","name":"A","sustainability":[{{figure}}]}]}""";

        var result = AimsJson.ReadInventory(json);

        Assert.False(result.IsValid);
        Assert.Contains(result.Diagnostics, d => d.Path == path);
    }

    [Fact]
    public void A_bad_lineage_run_and_fairness_evaluation_are_errors_with_their_paths()
    {
        const string Json = """
            {"kind":"inventory","schemaVersion":"1.0","systems":[{"id":"a","name":"A",
              "lineage":{"baseModel":"m","provider":"p","runs":[{"id":"r 1","kind":"training","completedOn":"2026-01-01"},{"id":"r2","kind":"dreaming","completedOn":"2026-01-01"}]},
              "ethicsDisclosure":{"fairnessEvaluations":[{"metric":"dpd","protectedAttribute":"sex","passed":true,"evaluatedOn":"2026-01-01"}]}}]}
            """;

        var result = AimsJson.ReadInventory(Json);

        Assert.False(result.IsValid);
        Assert.Contains(result.Diagnostics, d => d.Path == "/systems/0/lineage/runs/0/id");
        Assert.Contains(result.Diagnostics, d => d.Path == "/systems/0/lineage/runs/1/kind");
        Assert.Contains(result.Diagnostics, d => d.Path == "/systems/0/ethicsDisclosure/fairnessEvaluations/0/result");
    }

    [Fact]
    public void Csv_reads_data_categories_regions_and_figures_and_reports_a_bad_figure_at_its_row_and_column()
    {
        const string Csv = """
            Id,Name,DataSources,Sustainability
            a,A,"cust | Customers | confidential | training | CRM | personal, health | 7 years | EU, eu-central-1 | consent","trainingEnergy | 1200.5 | metered | 2026-01-01 | 2026-01-31"
            b,B,,"water | lots | metered | 2026-01-01 | 2026-01-31"
            c,C,"old | Old five-field record | public | inference | web",
            """;

        var read = AimsCsv.ReadInventory(new StringReader(Csv));

        Assert.True(read.TryGetPartialValue(out var systems));
        Assert.Equal(["a", "c"], systems.Select(s => s.Id));
        var source = systems[0].DataSources[0];
        Assert.Equal([DataCategory.Personal, DataCategory.Health], source.Categories);
        Assert.Equal(["EU", "eu-central-1"], source.Regions);
        Assert.Equal(("7 years", "consent"), (source.Retention, source.LegalBasis));
        Assert.Equal(1200.5, systems[0].Total(SustainabilityMetric.TrainingEnergy));
        Assert.Empty(systems[1].DataSources[0].Categories);
        var error = Assert.Single(read.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal("/rows/3/Sustainability", error.Path);
    }
}
