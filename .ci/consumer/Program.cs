using Aims.Mapping;
using Aims.Model;
using Aims.Risk;
using Aims.Serialization.Csv;
using Aims.Serialization.Json;
using Microsoft.Extensions.DependencyInjection;

// Uses every package through its public API, as a consumer would after `dotnet add package`.
using var services = new ServiceCollection().AddAims(o => o.Simulation = new FairSimulationOptions { Trials = 10_000 }).BuildServiceProvider();
var system = new AiSystem("bot", "Support bot").WithPurpose("Answer questions").WithEuAiActCategory(EuAiActRiskCategory.Limited);
var workspace = new AimsWorkspace("Consumer").WithSystems([system]);

var json = services.GetRequiredService<AimsJsonSerializer>().Write(workspace);
var back = AimsJson.ReadWorkspace(json).GetValueOrThrow();
var csv = new StringWriter();
AimsCsv.WriteInventory(csv, back.Systems);
var rows = AimsCsv.ReadInventory(new StringReader(csv.ToString()));
var result = services.GetRequiredService<IFairSimulator>().Run(FairScenario.FromLossEvents("s", lossEventFrequency: Estimate.Constant(1), primaryLoss: Estimate.Pert(1, 2, 3)));
var crosswalk = services.GetRequiredService<Crosswalk>();
var schema = AimsJsonSchemas.Get(AimsDocumentKind.Workspace);

var ok = rows.IsValid && rows.Records?.Accepted == 1 && result.Trials == 10_000 && crosswalk.Sets.Length > 0 && schema.Contains("\"$schema\"", StringComparison.Ordinal);
Console.WriteLine(ok ? $"consumer ok: {crosswalk.Sets.Length} mapping sets, mean loss {result.Mean:F2}" : "consumer FAILED");
return ok ? 0 : 1;
