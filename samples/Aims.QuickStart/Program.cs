using Aims.Mapping;
using Aims.Model;
using Aims.Risk;

// 1. A workspace in code: an AI system, a risk, who is accountable, and the start of a Statement of Applicability.
var system = new AiSystem("support-bot", "Customer support assistant")
    .WithOwner("CTO").WithPurpose("Answer customer questions")
    .WithLifecycleStage(LifecycleStage.OperationAndMonitoring).WithEuAiActCategory(EuAiActRiskCategory.Limited)
    .WithReview(new DateOnly(2026, 9, 1))
    .WithDataSources([new DataSource("tickets", "Support tickets", "confidential", DataUse.Inference)]);
var risk = new RiskEntry("R-1", "Prompt injection reveals customer data", "CTO", new RiskRating(3, 4)).WithSystemIds(["support-bot"]);
var raci = new RaciMatrix([new("AI risk", "CTO", RaciCode.Accountable), new("AI risk", "ML lead", RaciCode.Responsible)]);
var soa = new StatementOfApplicability(new DocumentRevision("1.0"),
[
    new SoaEntry("A.2.2", true).WithJustification("Board-approved AI policy").WithStatus(ImplementationStatus.Implemented)
        .WithOwner("CTO").WithEvidence([new EvidenceReference("AI policy v3")]),
    new SoaEntry("A.6.2.6", true).WithJustification("Operation and monitoring of the assistant").WithStatus(ImplementationStatus.InProgress)
        .WithOwner("CTO").WithRiskIds(["R-1"]),
]);
var workspace = new AimsWorkspace("Contoso").WithSystems([system]).WithRisks([risk]).WithRaci(raci).WithSoa(soa);

// 2. Validate: every problem is a diagnostic with a code and a path; nothing throws.
var validation = workspace.Validate(asOf: new DateOnly(2026, 11, 23));
Console.WriteLine($"{validation.Diagnostics.Length} diagnostics, for example:");
foreach (var diagnostic in validation.Diagnostics.Take(3))
{
    Console.WriteLine($"  {diagnostic}");
}

// 3. Quantify the risk with a FAIR Monte Carlo simulation (deterministic for a given seed).
var scenario = FairScenario.FromThreats("R-1 prompt injection",
    threatEventFrequency: Estimate.Pert(2, 6, 20), threatCapability: Estimate.Pert(0.3, 0.6, 0.9),
    resistanceStrength: Estimate.Pert(0.5, 0.7, 0.9), primaryLoss: Estimate.LognormalFrom90(20_000, 400_000));
var result = FairSimulator.Run(scenario, new FairSimulationOptions { Trials = 100_000, Seed = 1 });
Console.WriteLine($"Expected annual loss {result.Mean:N0}; 1-in-20-year loss {result.Percentile(0.95):N0}");

// 4. What this SoA covers of the NIST AI RMF, through the built-in crosswalks.
var coverage = CoverageAnalysis.Analyze(soa, FrameworkIds.NistAiRmf);
Console.WriteLine($"NIST AI RMF: {coverage.Count(CoverageStatus.Covered) + coverage.Count(CoverageStatus.PartiallyCovered)} of {coverage.Items.Length} subcategories addressed, {coverage.Gaps.Count} gaps");
