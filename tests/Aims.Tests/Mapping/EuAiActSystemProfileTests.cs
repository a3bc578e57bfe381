using Aims.Mapping;
using Aims.Model;
using Aims.Serialization.Csv;
using Aims.Serialization.Json;

namespace Aims.Tests.Mapping;

/// <summary>Each system records what the EU AI Act needs, and its obligations derive from it (issue 12, roles that drive obligations).</summary>
public class EuAiActSystemProfileTests
{
    private static readonly Article6Derogation Preparatory = new Article6Derogation(Article6Condition.PreparatoryTask, "  Sorts applications before a human assessment.  ")
        .WithAssessment(new EvidenceReference("Art. 6(3) assessment", EvidenceKind.ProcessRecord).WithLocation("DMS-7")).WithRegisteredOn(new DateOnly(2027, 11, 2));

    [Fact]
    public void A_system_records_its_annex_iii_area_gpai_flag_public_body_deployer_and_derogation()
    {
        var system = new AiSystem("s", "S").WithAnnexIIIArea("AnnexIII.2").WithGeneralPurposeModel(true).WithPublicBodyDeployer(true).WithArticle6Derogation(Preparatory);

        Assert.Equal(("AnnexIII.2", true, true), (system.AnnexIIIArea, system.IsGeneralPurposeModel, system.DeployerIsPublicBody));
        Assert.Equal("Sorts applications before a human assessment.", system.Article6Derogation!.Reasoning);
        Assert.Equal("annexIIIArea", Assert.Throws<ArgumentException>(() => system.WithAnnexIIIArea("AnnexIII.9")).ParamName);
        Assert.Equal("annexIIIArea", Assert.Throws<ArgumentException>(() => system.WithAnnexIIIArea("annexiii.1")).ParamName);
        Assert.Equal("reasoning", Assert.ThrowsAny<ArgumentException>(() => new Article6Derogation(Article6Condition.PreparatoryTask, " ")).ParamName);
        Assert.Equal("condition", Assert.Throws<ArgumentOutOfRangeException>(() => new Article6Derogation((Article6Condition)9, "x")).ParamName);
        Assert.Null(system.WithAnnexIIIArea(null).AnnexIIIArea);
        Assert.Equal(system.WithArticle6Derogation(null), new AiSystem("s", "S").WithAnnexIIIArea("AnnexIII.2").WithGeneralPurposeModel(true).WithPublicBodyDeployer(true));
    }

    [Fact]
    public void The_facts_travel_through_json_and_csv()
    {
        var system = new AiSystem("s", "S").WithOperatorRoles([EuAiActOperatorRole.Provider]).WithEuAiActCategory(EuAiActRiskCategory.Minimal)
            .WithAnnexIIIArea("AnnexIII.4").WithPublicBodyDeployer(true).WithArticle6Derogation(Preparatory);

        var json = AimsJson.WriteInventory([system]);
        Assert.Contains("\"annexIIIArea\": \"AnnexIII.4\"", json, StringComparison.Ordinal);
        Assert.Contains("\"condition\": \"preparatoryTask\"", json, StringComparison.Ordinal);
        Assert.True(AimsJson.ReadInventory(json).TryGetValue(out var fromJson));
        Assert.Equal(system, fromJson[0]);

        using var csv = new StringWriter();
        AimsCsv.WriteInventory(csv, [system]);
        Assert.Contains("Article6Condition", csv.ToString(), StringComparison.Ordinal);
        Assert.True(AimsCsv.ReadInventory(new StringReader(csv.ToString())).TryGetValue(out var fromCsv));
        Assert.Equal(system, fromCsv[0]);
    }

    [Fact]
    public void Json_reports_a_bad_area_or_an_incomplete_derogation_at_its_member_and_keeps_the_good_systems()
    {
        const string Json = """
            { "kind": "inventory", "schemaVersion": "1.0", "systems": [
              { "id": "a", "name": "A", "annexIIIArea": "AnnexIII.9" },
              { "id": "b", "name": "B", "article6Derogation": { "condition": "guesswork", "reasoning": "x" } },
              { "id": "c", "name": "C", "article6Derogation": { "condition": "narrowProceduralTask" } },
              { "id": "d", "name": "D", "annexIIIArea": "AnnexIII.8", "deployerIsPublicBody": true } ] }
            """;

        var result = AimsJson.ReadInventory(Json);

        Assert.Equal(["/systems/0/annexIIIArea", "/systems/1/article6Derogation/condition", "/systems/2/article6Derogation/reasoning"],
            result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.Path));
        Assert.All(result.Diagnostics, d => Assert.Equal(JsonDiagnosticCodes.InvalidValue, d.Code));
        Assert.Contains("AnnexIII.1 to AnnexIII.8", result.Diagnostics[0].Message, StringComparison.Ordinal);
        Assert.True(result.TryGetPartialValue(out var partial));
        Assert.Contains(partial, s => s.Id == "d" && s.DeployerIsPublicBody);
    }

    [Fact]
    public void Csv_reports_a_bad_area_or_an_incomplete_derogation_in_its_column_and_keeps_the_good_rows()
    {
        const string Csv = """
            Id,Name,AnnexIIIArea,DeployerIsPublicBody,Article6Condition,Article6Reasoning,Article6Assessment
            a,A,AnnexIII.0,,,,
            b,B,AnnexIII.4,,preparatoryTask,,
            c,C,AnnexIII.4,maybe,,,
            d,D,AnnexIII.4,true,narrowProceduralTask,Routes files,Assessment | processRecord | DMS-1 | 2026-03-01
            """;

        var result = AimsCsv.ReadInventory(new StringReader(Csv));

        Assert.Equal(["/rows/2/AnnexIIIArea", "/rows/3/Article6Reasoning", "/rows/4/DeployerIsPublicBody"],
            result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.Path));
        Assert.True(result.TryGetPartialValue(out var partial));
        var d = Assert.Single(partial);
        Assert.Equal((Article6Condition.NarrowProceduralTask, "DMS-1"), (d.Article6Derogation!.Condition, d.Article6Derogation.Assessment!.Location));
    }

    [Fact]
    public void Obligations_derive_from_what_the_system_records()
    {
        Assert.Null(AiActProfile.For(new AiSystem("s", "S").WithEuAiActCategory(EuAiActRiskCategory.High)));   // no operator role: no duty

        var grid = new AiSystem("grid", "Grid balancing").WithOperatorRoles([EuAiActOperatorRole.Deployer])
            .WithEuAiActCategory(EuAiActRiskCategory.High).WithAnnexIIIArea("AnnexIII.2").WithPublicBodyDeployer(true);
        var articles = EuAiActObligations.For(AiActProfile.For(grid)!).Select(o => o.ArticleId).ToList();
        Assert.Contains("Art.26(5)", articles);
        Assert.DoesNotContain("Art.27", articles);   // Art. 27(1) leaves out Annex III point 2
        Assert.Contains("Art.27", EuAiActObligations.For(AiActProfile.For(grid.WithAnnexIIIArea("AnnexIII.6"))!).Select(o => o.ArticleId));
        Assert.DoesNotContain("Art.27", EuAiActObligations.For(AiActProfile.For(grid.WithAnnexIIIArea("AnnexIII.6").WithPublicBodyDeployer(false))!).Select(o => o.ArticleId));

        var gpai = new AiSystem("m", "Model").WithOperatorRoles([EuAiActOperatorRole.Provider]).WithEuAiActCategory(EuAiActRiskCategory.Minimal).WithGeneralPurposeModel(true);
        Assert.Contains("Art.52", EuAiActObligations.For(AiActProfile.For(gpai)!).Select(o => o.ArticleId));
        Assert.DoesNotContain("Art.52", EuAiActObligations.For(AiActProfile.For(gpai.WithGeneralPurposeModel(false))!).Select(o => o.ArticleId));
        Assert.Contains("Art.53(2)", EuAiActObligations.For(AiActProfile.For(gpai.WithOpenSourceModel(true))!).Select(o => o.ArticleId));
    }

    [Fact]
    public void A_provider_relying_on_the_derogation_documents_it_and_registers_from_the_annex_iii_date()
    {
        var sorter = new AiSystem("sorter", "CV sorter").WithOperatorRoles([EuAiActOperatorRole.Provider])
            .WithEuAiActCategory(EuAiActRiskCategory.Minimal).WithAnnexIIIArea("AnnexIII.4").WithArticle6Derogation(Preparatory);

        var obligations = EuAiActObligations.For(AiActProfile.For(sorter)!);

        var document = obligations.Single(o => o.ArticleId == "Art.6(4)");
        var register = obligations.Single(o => o.ArticleId == "Art.49");
        Assert.Contains("Art. 49(2)", register.Reason, StringComparison.Ordinal);
        Assert.Equal((new DateOnly(2027, 12, 2), new DateOnly(2027, 12, 2)), (document.AppliesFrom, register.AppliesFrom));
        Assert.DoesNotContain(obligations, o => o.ArticleId == "Art.9");
        Assert.DoesNotContain(EuAiActObligations.For(AiActProfile.For(sorter.WithArticle6Derogation(null))!), o => o.ArticleId == "Art.6(4)");
        Assert.DoesNotContain(EuAiActObligations.For(AiActProfile.For(sorter.WithOperatorRoles([EuAiActOperatorRole.Deployer]))!), o => o.ArticleId == "Art.6(4)");
    }

    [Fact]
    public void Profiling_natural_persons_voids_the_derogation_in_the_classification_and_the_obligations()
    {
        var scorer = new AiSystem("scorer", "Applicant scorer").WithOperatorRoles([EuAiActOperatorRole.Provider])
            .WithEuAiActCategory(EuAiActRiskCategory.Minimal).WithAnnexIIIArea("AnnexIII.4").WithArticle6Derogation(Preparatory);

        var profiling = scorer.WithProfilingOfNaturalPersons(true);
        Assert.Equal((true, "Art.6(2)"), (EuAiActObligations.ClassifyHighRisk(profiling).IsHighRisk, EuAiActObligations.ClassifyHighRisk(profiling).Route));
        Assert.Contains("profiles natural persons", EuAiActObligations.ClassifyHighRisk(profiling).Explanation, StringComparison.Ordinal);
        Assert.Equal((false, "Art.6(3)"), (EuAiActObligations.ClassifyHighRisk(scorer.WithProfilingOfNaturalPersons(false)).IsHighRisk, EuAiActObligations.ClassifyHighRisk(scorer.WithProfilingOfNaturalPersons(false)).Route));
        Assert.Equal("none", EuAiActObligations.ClassifyHighRisk(new AiSystem("x", "X")).Route);

        var profile = AiActProfile.For(profiling)!;
        Assert.Equal((EuAiActRiskCategory.High, false), (profile.Category, profile.ClaimsArticle6Derogation));
        var articles = EuAiActObligations.For(profile).Select(o => o.ArticleId).ToList();
        Assert.Contains("Art.9", articles);
        Assert.DoesNotContain("Art.6(4)", articles);
        Assert.Contains("Art.6(4)", EuAiActObligations.For(AiActProfile.For(scorer.WithProfilingOfNaturalPersons(false))!).Select(o => o.ArticleId));
        Assert.Equal(EuAiActRiskCategory.Minimal, AiActProfile.For(scorer)!.Category);   // unknown: the claim stands (AIMS1027 asks to record it)
    }

    [Fact]
    public void Profiling_travels_through_json_and_csv()
    {
        var system = new AiSystem("s", "S").WithProfilingOfNaturalPersons(true);

        var json = AimsJson.WriteInventory([system]);
        Assert.Contains("\"profilesNaturalPersons\": true", json, StringComparison.Ordinal);
        Assert.True(AimsJson.ReadInventory(json).TryGetValue(out var fromJson));
        Assert.Equal(system, fromJson[0]);

        var csv = AimsCsv.ReadInventory(new StringReader("Id,Name,ProfilesNaturalPersons\na,A,no\nb,B,sometimes\n"));
        Assert.Equal(["/rows/3/ProfilesNaturalPersons"], csv.Diagnostics.Select(d => d.Path));
        Assert.True(csv.TryGetPartialValue(out var rows));
        Assert.False(Assert.Single(rows).ProfilesNaturalPersons);
    }

    [Fact]
    public void Systemic_risk_open_source_annex_i_and_the_market_date_come_from_the_system()
    {
        var model = new AiSystem("m", "Model").WithOperatorRoles([EuAiActOperatorRole.Provider]).WithEuAiActCategory(EuAiActRiskCategory.GeneralPurpose);

        Assert.Equal((false, false), (AiActProfile.For(model)!.HasSystemicRisk, AiActProfile.For(model)!.IsOpenSource));
        var systemic = EuAiActObligations.For(AiActProfile.For(model.WithSystemicRisk(true))!).Select(o => o.ArticleId).ToList();
        Assert.Contains("Art.51", systemic);
        Assert.Contains("Art.55", systemic);
        Assert.Contains("Art.53(2)", EuAiActObligations.For(AiActProfile.For(model.WithOpenSourceModel(true))!).Select(o => o.ArticleId));
        Assert.DoesNotContain("Art.53(2)", EuAiActObligations.For(AiActProfile.For(model.WithOpenSourceModel(true).WithSystemicRisk(true))!).Select(o => o.ArticleId));
        Assert.Contains("Art.54(6)", EuAiActObligations.For(AiActProfile.For(model.WithOpenSourceModel(true), establishedOutsideUnion: true)!).Select(o => o.ArticleId));

        // An open-source fact on a system that is no general-purpose model is ignored (AIMS1028 reports it), not thrown.
        var notAModel = model.WithEuAiActCategory(EuAiActRiskCategory.Minimal).WithOpenSourceModel(true).WithSystemicRisk(true);
        Assert.Equal((false, false), (AiActProfile.For(notAModel)!.IsOpenSource, AiActProfile.For(notAModel)!.HasSystemicRisk));

        var machine = new AiSystem("press", "Press safety vision").WithOperatorRoles([EuAiActOperatorRole.Provider]).WithEuAiActCategory(EuAiActRiskCategory.High);
        var art9 = EuAiActObligations.For(AiActProfile.For(machine.WithAnnexIProduct(true))!).Single(o => o.ArticleId == "Art.9");
        Assert.Equal(new DateOnly(2028, 8, 2), art9.AppliesFrom);
        Assert.Equal(new DateOnly(2027, 12, 2), EuAiActObligations.For(AiActProfile.For(machine)!).Single(o => o.ArticleId == "Art.9").AppliesFrom);
        Assert.Equal(("Art.6(1)", true), (EuAiActObligations.ClassifyHighRisk(machine.WithAnnexIProduct(true)).Route, EuAiActObligations.ClassifyHighRisk(machine.WithAnnexIProduct(true)).IsHighRisk));

        var chat = new AiSystem("chat", "Chat").WithOperatorRoles([EuAiActOperatorRole.Provider]).WithEuAiActCategory(EuAiActRiskCategory.Limited);
        Assert.Equal(new DateOnly(2026, 12, 2), EuAiActObligations.For(AiActProfile.For(chat.WithPlacedOnMarketOn(new DateOnly(2025, 3, 3)))!).Single(o => o.ArticleId == "Art.50(2)").AppliesFrom);
        Assert.Equal(new DateOnly(2026, 8, 2), EuAiActObligations.For(AiActProfile.For(chat.WithPlacedOnMarketOn(new DateOnly(2026, 9, 1)))!).Single(o => o.ArticleId == "Art.50(2)").AppliesFrom);
    }

    [Fact]
    public void The_new_facts_travel_through_json_and_csv_and_a_bad_date_is_reported_at_its_member()
    {
        var system = new AiSystem("m", "Model").WithGeneralPurposeModel(true).WithSystemicRisk(true).WithOpenSourceModel(true).WithAnnexIProduct(true)
            .WithPlacedOnMarketOn(new DateOnly(2025, 10, 1));

        var json = AimsJson.WriteInventory([system]);
        Assert.Contains("\"placedOnMarketOn\": \"2025-10-01\"", json, StringComparison.Ordinal);
        Assert.Contains("\"isAnnexIProduct\": true", json, StringComparison.Ordinal);
        Assert.True(AimsJson.ReadInventory(json).TryGetValue(out var fromJson));
        Assert.Equal(system, fromJson[0]);

        using var csv = new StringWriter();
        AimsCsv.WriteInventory(csv, [system]);
        Assert.True(AimsCsv.ReadInventory(new StringReader(csv.ToString())).TryGetValue(out var fromCsv));
        Assert.Equal(system, fromCsv[0]);

        var bad = AimsJson.ReadInventory("""{ "kind": "inventory", "schemaVersion": "1.0", "systems": [ { "id": "a", "name": "A", "placedOnMarketOn": "2025-13-01" } ] }""");
        Assert.Equal(["/systems/0/placedOnMarketOn"], bad.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.Path));
    }
}
