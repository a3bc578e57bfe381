using System.Collections.Immutable;
using System.Text.Json;
using Aims.Mapping;
using Aims.Model;
using Aims.Risk;
using Aims.Samples.Demo;
using Aims.Serialization.Csv;
using Aims.Serialization.Json;
using Microsoft.Extensions.DependencyInjection;

namespace Aims.Tests.Docs;

/// <summary>
/// Every C# block of the docs, verbatim, with the context it needs declared around it. Compiling this file is
/// what keeps the docs compiling; <see cref="DocSnippetTests"/> checks each block is here, runs them and asserts what
/// each block claims. Code outside a block (its context and what a method returns) is free; the block's lines are not.
/// </summary>
internal static class DocSnippets
{
    private static readonly AimsWorkspace Demo = DemoWorkspace.Create();

    public static IServiceProvider DependencyInjection()
    {
        var builder = new { Services = new ServiceCollection() };
        var ourInternalCrosswalk = new MappingSet("ours", FrameworkIds.Iso42001, FrameworkIds.Iso27001,
            new MappingProvenance("internal", "1", "us", "expert judgement", MappingStatus.Reviewed, new DateOnly(2026, 1, 1), "proprietary"),
            [new ControlMapping(FrameworkIds.Iso42001, "A.2.2", FrameworkIds.Iso27001, "A.5.1", Relationship.IntersectsWith, MatchingRationale.Semantic)]);
        KeyValuePair<string, string>[] textFromOurCopy = [new("A.2.2", "Text from our licensed copy.")];

        builder.Services.AddAims(options =>
        {
            options.Simulation = new FairSimulationOptions { Trials = 200_000, Seed = 42 };
            options.JsonRead = new AimsJsonReadOptions { MaxDocumentBytes = 8 * 1024 * 1024 };
            options.MappingSets.Add(ourInternalCrosswalk);           // next to the built-in sets
            options.Catalog = Iso42001.Catalog.WithLicensedText(textFromOurCopy).GetValueOrThrow();
        });
        return builder.Services.BuildServiceProvider();
    }

    public static AimsResult<FrameworkCatalog> LicensedText(KeyValuePair<string, string>[] textFromOurCopy)
    {
        // textFromOurCopy: pairs of (control or clause id, text), e.g. read from your licensed spreadsheet.
        var licensed = Iso42001.Catalog.WithLicensedText(textFromOurCopy);
        foreach (var d in licensed.Diagnostics)
        {
            Console.WriteLine(d);                       // AIMS1901 unknown id, AIMS1902 blank text — nothing is dropped silently
        }

        if (licensed.TryGetValue(out var catalog) && catalog.TryGetItem("A.2.2", out var item))
        {
            Console.WriteLine(item.Text);
        }

        return licensed;
    }

    public static (ImmutableArray<MappingResult> All, IReadOnlyList<MappingResult> ToIso27001, IReadOnlyList<InferredMapping> Inferred) MappingQueries()
    {
        var crosswalk = Crosswalk.BuiltIn;
        var all = crosswalk.MappingsOf("iso42001", "A.2.2");                  // both directions, oriented from the item, with the set
        var toIso27001 = crosswalk.Related("iso42001", "A.6.2.6", "iso27001");  // only one target framework
        var inferred = crosswalk.Infer("nist-ai-rmf", "GOVERN 1.1", "iso27001");  // multi-hop: paths and composed relationship
        return (all, toIso27001, inferred);
    }

    public static CoverageReport Coverage()
    {
        var workspace = Demo;

        CoverageReport report = CoverageAnalysis.Analyze(workspace, "iso27001");   // its SoA, clause evidence from its records
        Console.WriteLine($"{report.Percent(CoverageStatus.Covered):F1} % covered, {report.Gaps.Count} gaps; {report.Items[0].Reason}");
        return report;
    }

    public static ImmutableArray<CommonControl> CommonControls()
    {
        var workspace = Demo;

        ImmutableArray<CommonControl> shared = CommonControlSet.Build(workspace, asOf: new DateOnly(2026, 11, 16));
        // CC-iso42001:9.2 answers iso27001:9.2 and iso27701:5.7.2 in full (AuditRequestsSaved = 2), evidenced by the internal audit record;
        // CC-iso42001:A.10.3 answers iso27001:A.5.19 and A.5.23 in part, with the SoA entry's owner and evidence
        return shared;
    }

    public static HighRiskClassification EuAiAct()
    {
        var profile = new AiActProfile([EuAiActOperatorRole.Deployer], EuAiActRiskCategory.High, "AnnexIII.5", deployerIsPublicBody: true);
        foreach (var o in EuAiActObligations.For(profile))
        {
            Console.WriteLine($"{o.ArticleId} {o.Title}: {o.Reason}");          // Art.4, Art.25, Art.26, Art.26(5), Art.27, Art.49, Art.99
        }

        var cv = EuAiActObligations.ClassifyHighRisk(safetyComponentOfAnnexIProduct: false, "AnnexIII.4", profilesNaturalPersons: true, poseNoSignificantRisk: true);
        // cv.IsHighRisk = true, cv.Route = "Art.6(2)": profiling excludes the Art. 6(3) derogation
        return cv;
    }

    public static (ImmutableArray<AiActObligation> Before, DateOnly? Art9) EuAiActOnADate()
    {
        var provider = new AiActProfile([EuAiActOperatorRole.Provider], EuAiActRiskCategory.High, "AnnexIII.4");
        var before = EuAiActObligations.For(provider, new DateOnly(2027, 6, 1));   // Art.4 (from 2025-02-02) and Art.99 (from 2025-08-02)
        var art9 = EuAiActObligations.For(provider).Single(o => o.ArticleId == "Art.9").AppliesFrom;   // 2027-12-02
        return (before, art9);
    }

    public static ImmutableArray<AiActObligation> EuAiActPerSystem()
    {
        var sorter = new AiSystem("cv-sorter", "CV sorter").WithOperatorRoles([EuAiActOperatorRole.Provider])
            .WithEuAiActCategory(EuAiActRiskCategory.Minimal).WithAnnexIIIArea("AnnexIII.4")
            .WithArticle6Derogation(new Article6Derogation(Article6Condition.PreparatoryTask, "Files applications; recruiters assess each."));
        var duties = EuAiActObligations.For(AiActProfile.For(sorter)!);
        // Art.4, Art.6(4), Art.49: no Art. 9–15, the system is not high-risk
        return duties;
    }

    public static (AiSystem System, AimsResult<AimsWorkspace> Result, BoardReport Report, GateEvaluation Gate) Model()
    {
        var (system, soa, risks, raci) = (Demo.Systems[0], Demo.Soa, Demo.Risks, Demo.Raci);

        var workspace = new AimsWorkspace("Contoso").WithSystems([system]).WithSoa(soa).WithRisks(risks).WithRaci(raci);
        var result = workspace.Validate(asOf: new DateOnly(2026, 11, 23));
        foreach (var d in result.Diagnostics)
        {
            Console.WriteLine($"{d.Severity} {d.Code} {d.Path}: {d.Message}");
        }

        var report = BoardReport.Create(workspace, new DateOnly(2026, 11, 23));
        var gate = DeploymentGatePolicy.Default.Evaluate(system, workspace);
        return (system, result, report, gate);
    }

    public static (MatrixCell Cell, IReadOnlyList<HeatMapCell> Heat, RiskMatrix Custom) RiskMatrices()
    {
        RiskRating[] risks = [new(4, 3), new(2, 2)];

        var matrix = RiskMatrix.Standard5x5;                 // also Standard3x3, Standard4x4
        MatrixCell cell = matrix.Cell(likelihood: 4, impact: 3);   // Band = High, WithinAppetite = false
        var heat = matrix.HeatMap(risks.Select(r => (r.Likelihood, r.Impact)));

        var custom = RiskMatrix.FromThresholds(
            new RiskScale("Likelihood", [new(1, "Rare", 0, 0.1), new(2, "Possible", 0.1, 2), new(3, "Likely", 2, double.PositiveInfinity)], "events/year"),
            new RiskScale("Impact", [new(1, "Minor", 0, 1e5), new(2, "Major", 1e5, 1e6), new(3, "Severe", 1e6, double.PositiveInfinity)], "EUR"),
            [new(1, RiskBand.Low), new(3, RiskBand.Medium), new(6, RiskBand.High)],
            appetite: RiskBand.Medium);
        return (cell, heat, custom);
    }

    public static (string Word, string Token, bool Read, Relationship Relationship, string List) Words()
    {
        var word = Vocabulary.Word(VulnerabilityMode.RunAverage);                    // "runAverage"
        var token = Vocabulary.Word(Relationship.IntersectsWith);                    // "intersects-with" (OSCAL's token)
        var read = Vocabulary.TryParse<Relationship>("IntersectsWith", out var r);    // true; also "intersectsWith", "INTERSECTS_WITH"
        var list = Vocabulary.WordList<RiskBand>();                                  // "low, medium, high, critical" (for messages)
        return (word, token, read, r, list);
    }

    public static FairResult Fair()
    {
        var scenario = FairScenario.FromThreats("Prompt injection leaks customer data",
                threatEventFrequency: Estimate.Pert(1, 5, 20),
                threatCapability: Estimate.Pert(0.30, 0.60, 0.90),
                resistanceStrength: Estimate.Pert(0.40, 0.65, 0.85),
                primaryLoss: Estimate.Pert(10_000, 50_000, 250_000))
            .WithSecondaryLossByForm(
                secondaryLossEventFrequency: Estimate.Pert(0.05, 0.20, 0.50),
                secondaryLossByForm: new Dictionary<LossForm, Estimate>
                {
                    [LossForm.FinesAndJudgements] = Estimate.LognormalFrom90(20_000, 1_000_000),
                    [LossForm.Reputation] = Estimate.Pert(0, 50_000, 400_000),
                });

        FairResult result = FairSimulator.Run(scenario, new FairSimulationOptions { Trials = 200_000, Seed = 42 });
        // result.Mean (ALE), StandardDeviation, Percentiles (p10 … p99.9), ValueAtRisk, ExpectedShortfall,
        // LossExceedance, Histogram, NodeSummaries (TEF, vulnerability, LEF, loss magnitude)
        return result;
    }

    public static FairPortfolioResult Distributed(IReadOnlyList<FairScenario> scenarios, FairSimulationOptions options, string directory)
    {
        // In each worker process: run its share of the chunks and write the partial (a file here; a queue message or a blob elsewhere).
        void Worker(int first, int count, string path)
        {
            var partial = FairSimulator.RunChunks(scenarios, first, count, options);
            using var file = File.Create(path);
            partial.WriteTo(file);
        }

        // In the coordinator: split the chunks, let the workers run, merge what they wrote.
        var chunks = FairPartialResult.ChunkCountOf(options.Trials);          // chunks of 8,192 trials
        Worker(0, chunks / 2, Path.Combine(directory, "part-0.bin"));          // worker process 1
        Worker(chunks / 2, chunks - (chunks / 2), Path.Combine(directory, "part-1.bin")); // worker process 2
        var parts = Directory.GetFiles(directory, "part-*.bin").Select(path =>
        {
            using var stream = File.OpenRead(path);
            return FairPartialResult.ReadFrom(stream);
        });
        FairPortfolioResult result = FairPartialResult.Merge(parts);           // moments and counts: RunPortfolio's bits
        return result;
    }

    public static AimsResult<IReadOnlyList<AiSystem>> Csv(string directory)
    {
        Environment.CurrentDirectory = directory;

        using var reader = new StreamReader("inventory.csv");
        var import = AimsCsv.ReadInventory(reader);
        Console.WriteLine($"{import.Records?.Accepted} of {import.Records?.Read} rows accepted");
        foreach (var d in import.Diagnostics)
        {
            Console.WriteLine($"{d.Path}: {d.Message}");   // /rows/4/RiskLevel: "Extreme" is not one of notAssessed, low, ...
        }

        if (import.IsValid)
        {
            // or accept the partial import knowingly: import.TryGetPartialValue(out var systems)
        }

        return import;
    }

    public static FairScenarioSheet CsvSimulate(TextReader reader, FairSimulationOptions options)
    {
        var sheet = AimsCsv.ReadFairScenarioSheet(reader).GetValueOrThrow();
        try
        {
            Console.WriteLine(FairSimulator.RunPortfolio(sheet.Scenarios, options).Total.Mean);
        }
        catch (FairValidationException ex)
        {
            foreach (var d in ex.Diagnostics.Select(d => sheet.Locate(d)))   // Locate(d, k) after FairSimulator.Run(sheet.Scenarios[k])
            {
                Console.WriteLine($"{d.Code} {d.Path}: {d.Message}"); // AIMS5012 /rows/4/LossEventFrequency: …
            }
        }

        return sheet;
    }

    public static AimsResult<AimsWorkspace> JsonRead(string directory)
    {
        Environment.CurrentDirectory = directory;

        var result = AimsJson.ReadWorkspace(File.ReadAllText("workspace.json"));
        if (!result.TryGetValue(out var workspace))
        {
            foreach (var d in result.Diagnostics)
            {
                Console.Error.WriteLine($"{d.Severity} {d.Code} {d.Path}: {d.Message}");
                // Error AIMS3010 /systems/2/dataSources/0/classification: The value cannot be an empty string ...
            }
        }

        return result;
    }

    public static CatalogDiff CatalogVersions()
    {
        var workspace = Demo;
        var diff = CatalogDiff.Compare(FrameworkVersions.Get("eu-ai-act@2024"), FrameworkVersions.Get("eu-ai-act@2026"));
        Console.WriteLine(diff.Summary());                                  // 1 added, 3 dates moved, 1 dates added
        foreach (var impact in diff.ImpactOn(workspace))
        {
            Console.WriteLine($"{impact.Kind} {impact.Path}: {impact.Action}");   // Obligation /systems/0: 23 obligations (Art.8, …) of credit-scoring now apply from 2027-12-02 …
        }

        return diff;
    }

    public static (string Json, JsonSerializerOptions Options, Assessment Embedded) JsonEmbed()
    {
        var (system, risk) = (Demo.Systems[0], Demo.Risks[0]);

        var options = new JsonSerializerOptions().ConfigureForAims();
        var json = JsonSerializer.Serialize(new Assessment(system, risk), options);
        return (json, options, new Assessment(system, risk));
    }

    /// <summary>The host type of the embedding example.</summary>
    public sealed record Assessment(AiSystem System, RiskEntry Risk);
}
