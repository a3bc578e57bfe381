using Aims.Risk;
using Aims;
using Aims.Serialization.Json;
using Aims.WebApi;
using Aims.WebApi.Endpoints;
using Aims.WebApi.Hosting;
using Aims.WebApi.Security;

var builder = WebApplication.CreateBuilder(args);

// Aims services, validated at start-up: a bad setting stops the host with every problem listed. A shared server bounds
// each run's work: two threads per run and at most 10,000 loss events per simulated year (docs/limits.md).
builder.Services.AddAims(options => options.Simulation = new FairSimulationOptions
{
    Trials = 50_000,
    Seed = 1,
    MaxDegreeOfParallelism = 2,
    MaxEventsPerTrial = 10_000,
});
builder.Services.AddSingleton(provider => SimulationBudget.From(provider.GetRequiredService<IConfiguration>()));
builder.Services.AddProblemDetails();
builder.Services.AddAimsDatabase();
builder.Services.AddAimsSecurity();
builder.Services.AddOpenApi();
builder.Services.AddSingleton<DurableSimulations>();
builder.Services.AddHostedService<SimulationWorker>();

var app = builder.Build();
await app.PrepareDatabaseAsync();

app.UseExceptionHandler();
app.UseStatusCodePages();

// Kestrel refuses a body over its MaxRequestBodySize (30 MB by default) by throwing while the endpoint reads it, which
// answered 500 without diagnostics: it is 413 problem details like the endpoints' own size limit.
app.Use(async (context, next) =>
{
    try
    {
        await next(context);
    }
    catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge && !context.Response.HasStarted)
    {
        await AimsProblems.From([new AimsDiagnostic(JsonDiagnosticCodes.TooLarge, "", "The body is larger than the server accepts.")], "Body too large.", StatusCodes.Status413PayloadTooLarge)
            .ExecuteAsync(context);
    }
});

app.UseAuthentication();
app.UseTenant();
app.UseAuthorization();
app.UseRateLimiter();

app.MapOpenApi().AllowAnonymous();
app.MapHealthEndpoints();
app.MapWorkspaceEndpoints();
app.MapAnalysisEndpoints();
app.MapAuditEndpoints();
app.MapSimulationQueueEndpoints();

await app.RunAsync();
