using Aims;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Aims.Mapping;
using Aims.Reporting;
using Aims.Model;
using Aims.Risk;
using Aims.Serialization.Json;
using Aims.WebApi;

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
builder.Services.AddSingleton(provider =>
{
    // The demo workspace ships as a document next to the app; read it like any untrusted input.
    var json = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "demo-workspace.json"));
    return new WorkspaceStore(provider.GetRequiredService<AimsJsonSerializer>().ReadWorkspace(json).GetValueOrThrow());
});

var app = builder.Build();
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

const int MaxBody = 4 * 1024 * 1024;

// The inventory as an Aims "inventory" document.
app.MapGet("/inventory", (WorkspaceStore store) => Results.Text(AimsJson.WriteInventory(store.Current.Systems), "application/json"));

// Replace the workspace: the body is a "workspace" document. A draft (one the validator still has findings for) is
// stored with its findings, as the library promises; a document that cannot be read whole (broken JSON, a record
// left out) is refused with every problem as problem details, so nothing the user sent is silently lost.
app.MapPut("/workspace", async (HttpRequest request, AimsJsonSerializer json, WorkspaceStore store, CancellationToken ct) =>
{
    var read = await json.ReadAsync(request.Body, ct);
    if (!read.TryGetPartialValue(out var document) || read.Records is not { Rejected: 0 })
    {
        return AimsProblems.From(read.Diagnostics, "The workspace was not accepted.");
    }

    if (document.Value is not AimsWorkspace workspace)
    {
        return AimsProblems.From([new AimsDiagnostic(JsonDiagnosticCodes.WrongKind, "/kind", "Expected a workspace document.")], "The workspace was not accepted.");
    }

    store.Replace(workspace);
    return Results.Ok(new
    {
        organization = workspace.Organization,
        systems = workspace.Systems.Length,
        draft = !read.IsValid,
        findings = AimsProblems.Shape(read.Diagnostics),
    });
});

// Validate a Statement of Applicability ("soa" document) against ISO/IEC 42001 Annex A.
app.MapPost("/soa/validate", async (HttpRequest request, AimsJsonSerializer json, CancellationToken ct) =>
{
    var (text, problem) = await ReadBody(request, ct);
    if (text is null)
    {
        return problem!;
    }

    var read = AimsJson.ReadSoa(text, json.ReadOptions);
    return read.IsValid
        ? Results.Ok(new { valid = true, diagnostics = AimsProblems.Shape(read.Diagnostics) })
        : AimsProblems.From(read.Diagnostics, "The Statement of Applicability has problems.");
});

// Simulate FAIR scenarios ("fair-scenarios" document) as a portfolio, within the server's work budget (?trials= up to
// Aims:Simulation:MaxTrials, ?seed= any integer; defaults from the registered options): estimates
// outside the engine's domain are rejected by the reader (AIMS5011), a run that crosses an engine limit answers 422
// (AIMS5012, AIMS5013), one over its time limit 503, and a run whose client leaves is cancelled.
app.MapPost("/risk/simulate", async (HttpRequest request, IFairSimulator simulator, SimulationBudget budget, CancellationToken ct) =>
{
    var (text, problem) = await ReadBody(request, ct);
    if (text is null)
    {
        return problem!;
    }

    var read = AimsJson.ReadFairScenarios(text);
    if (!read.TryGetValue(out var set))
    {
        return AimsProblems.From(read.Diagnostics, "The scenarios were not accepted.");
    }

    // ?trials=N&seed=S override the server's defaults within its budget; anything else is the caller's problem (400).
    if (RunOptions(request.Query, simulator.Options, budget, out var options) is { } badQuery)
    {
        return AimsProblems.From(badQuery, "The simulation parameters are not valid.", StatusCodes.Status400BadRequest);
    }

    // The engine points into the set's list (/scenarios/0/…); a document with its one scenario at the root has it there.
    var (result, refused) = WithinBudget(set.Scenarios, set.ApplySemantics(options), set.Name, budget, request.HttpContext, ct,
        diagnostics => !HasScenariosMember(text) ? diagnostics.Select(d => new AimsDiagnostic(d.Code, d.Path.StartsWith("/scenarios/0", StringComparison.Ordinal) ? d.Path["/scenarios/0".Length..] : d.Path, d.Message, d.Severity)) : diagnostics);
    if (result is null)
    {
        return refused!;
    }

    var total = result.Total;
    return Results.Ok(new
    {
        name = total.Name,
        trials = total.Trials,
        mean = total.Mean,
        p90 = total.Percentile(0.90),
        p95 = total.Percentile(0.95),
        p99 = total.Percentile(0.99),
        expectedShortfall = total.ExpectedShortfall,
        contributions = result.Contributions.Select(c => new { name = c.Name, mean = c.Mean, share = c.ShareOfMean }),
    });
});

// Coverage of another framework by the workspace's SoA.
app.MapGet("/coverage/{framework}", (string framework, WorkspaceStore store, Crosswalk crosswalk) =>
{
    if (!FrameworkCatalogs.TryGet(framework, out _) || framework == FrameworkIds.Iso42001)
    {
        return AimsProblems.From([new AimsDiagnostic(MappingDiagnosticCodes.FrameworkNotFound, "/framework", $"Unknown or unsupported framework '{framework}'; use one of {string.Join(", ", FrameworkCatalogs.Ids.Where(i => i != FrameworkIds.Iso42001))}.")], "Unknown framework.", StatusCodes.Status404NotFound);
    }

    // No SoA means nothing is implemented: the answer is 0 % coverage, not an error.
    var report = CoverageAnalysis.Analyze(store.Current, framework, crosswalk);
    return Results.Ok(new
    {
        framework,
        items = report.Items.Length,
        covered = report.Count(CoverageStatus.Covered),
        partiallyCovered = report.Count(CoverageStatus.PartiallyCovered),
        notCovered = report.Count(CoverageStatus.NotCovered),
        gaps = report.Gaps.Select(g => g.Item.Id),
    });
});

// The board report as one self-contained HTML page. Its loss exceedance curve simulates the FAIR scenarios of the
// register's risks within the same budget as /risk/simulate (?trials=, ?seed=; 503 when busy or over the time limit).
app.MapGet("/report", (HttpRequest request, WorkspaceStore store, IFairSimulator simulator, SimulationBudget budget, Crosswalk crosswalk, TimeProvider clock, CancellationToken ct) =>
{
    var workspace = store.Current;
    var asOf = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
    RiskRegisterAnalysis? register = null;
    if (workspace.Risks.Any(r => r.Scenario is not null))
    {
        if (RunOptions(request.Query, simulator.Options, budget, out var options) is { } badQuery)
        {
            return AimsProblems.From(badQuery, "The simulation parameters are not valid.", StatusCodes.Status400BadRequest);
        }

        // Inherent and residual from the register's own scenarios and control measures; its diagnostics already point
        // at /risks/{i}/scenario and /controlMeasures/{j}.
        var (result, refused) = Budgeted(
            token => RiskRegisterAnalysis.Analyze(workspace, new RiskRegisterAnalysisOptions { Simulation = options }, token), budget, request.HttpContext, ct, d => d);
        if (result is null)
        {
            return refused!;
        }

        if (!result.TryGetPartialValue(out register))
        {
            return AimsProblems.From(result.Diagnostics, "The register's scenarios cannot be simulated.");
        }
    }

    return Results.Content(BoardReportPage.Create(workspace, asOf, crosswalk: crosswalk, register: register).ToHtml(), "text/html; charset=utf-8");
});

app.Run();

// Whether a scenarios document lists its scenarios (else its one scenario is at the root).
static bool HasScenariosMember(string text)
{
    using var document = JsonDocument.Parse(text);
    return document.RootElement.TryGetProperty("scenarios", out _);
}

// Runs a portfolio within the server's budget: one of its concurrent slots (503 with Retry-After when none is free) and
// its time limit (503), cancelled when the client leaves; an engine limit crossed while running is 422 with the
// diagnostics at the caller's pointers (mapped by `where`).
static (FairPortfolioResult? Result, IResult? Refused) WithinBudget(
    IReadOnlyList<FairScenario> scenarios, FairSimulationOptions options, string name, SimulationBudget budget, HttpContext http, CancellationToken ct,
    Func<IReadOnlyList<AimsDiagnostic>, IEnumerable<AimsDiagnostic>> where) =>
    Budgeted(token => FairSimulator.RunPortfolio(scenarios, options, name, cancellationToken: token), budget, http, ct, where);

// Runs a simulation under the budget: a free slot (else 503), the time limit and the request's cancellation.
static (T? Result, IResult? Refused) Budgeted<T>(
    Func<CancellationToken, T> run, SimulationBudget budget, HttpContext http, CancellationToken ct,
    Func<IReadOnlyList<AimsDiagnostic>, IEnumerable<AimsDiagnostic>> where)
    where T : class
{
    if (!budget.TryEnter())
    {
        // A server state, not a problem of the request: no diagnostic code fits, so none is borrowed.
        http.Response.Headers.RetryAfter = "1";
        return (null, AimsProblems.From([], string.Create(CultureInfo.InvariantCulture, $"{budget.ConcurrentRuns} simulation(s) are already running; retry later."), StatusCodes.Status503ServiceUnavailable));
    }

    try
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(ct); // ct is the request's RequestAborted
        limit.CancelAfter(budget.TimeLimit);
        return (run(limit.Token), null);
    }
    catch (FairValidationException ex)
    {
        return (null, AimsProblems.From([.. where(ex.Diagnostics)], "The scenarios cannot be simulated."));
    }
    catch (OperationCanceledException) when (!ct.IsCancellationRequested)
    {
        return (null, AimsProblems.From([], string.Create(CultureInfo.InvariantCulture, $"The simulation exceeded this server's time limit of {budget.TimeLimit.TotalSeconds:0.###} s."), StatusCodes.Status503ServiceUnavailable));
    }
    finally
    {
        budget.Release();
    }
}

// The body as text, or the answer instead: larger than MaxBody (413), or not valid UTF-8, which the library reader
// rejects (its own diagnostic for the same bytes, 422) where a lenient decoder would have replaced it with U+FFFD.
static async Task<(string? Text, IResult? Problem)> ReadBody(HttpRequest request, CancellationToken ct)
{
    using var buffer = new MemoryStream();
    var chunk = new byte[81920];
    int read;
    while ((read = await request.Body.ReadAsync(chunk, ct)) > 0)
    {
        buffer.Write(chunk, 0, read);
        if (buffer.Length > MaxBody)
        {
            return (null, AimsProblems.From([new AimsDiagnostic(JsonDiagnosticCodes.TooLarge, "", $"The body is larger than {MaxBody:N0} bytes.")], "Body too large.", StatusCodes.Status413PayloadTooLarge));
        }
    }

    var bytes = buffer.ToArray();
    try
    {
        return (new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(bytes), null);
    }
    catch (DecoderFallbackException)
    {
        using var utf8 = new MemoryStream(bytes, writable: false);
        var library = await AimsJson.ReadAsync(utf8, cancellationToken: ct);
        IEnumerable<AimsDiagnostic> diagnostics = library.IsValid ? [new AimsDiagnostic(JsonDiagnosticCodes.InvalidJson, "", "The body is not valid UTF-8.")] : library.Diagnostics;
        return (null, AimsProblems.From(diagnostics, "The body is not valid UTF-8."));
    }
}

// The run's options: the registered defaults with ?trials= and ?seed= applied, or the problems with them (paths are the
// options' JSON Pointers, as FairSimulationOptions.Validate reports them).
static IReadOnlyList<AimsDiagnostic>? RunOptions(IQueryCollection query, FairSimulationOptions defaults, SimulationBudget budget, out FairSimulationOptions options)
{
    var problems = new List<AimsDiagnostic>();
    var trials = Math.Min(defaults.Trials, budget.MaxTrials);
    var seed = defaults.Seed;
    if (query.TryGetValue("trials", out var trialsText)
        && !(int.TryParse(trialsText, NumberStyles.None, CultureInfo.InvariantCulture, out trials) && trials >= 1 && trials <= budget.MaxTrials))
    {
        problems.Add(new AimsDiagnostic(RiskDiagnosticCodes.InvalidSimulationOption, "/trials",
            string.Create(CultureInfo.InvariantCulture, $"trials must be a whole number from 1 to {budget.MaxTrials:N0} on this server.")));
    }

    if (query.TryGetValue("seed", out var seedText) && !long.TryParse(seedText, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out seed))
    {
        problems.Add(new AimsDiagnostic(RiskDiagnosticCodes.InvalidSimulationOption, "/seed", "seed must be a whole number (a 64-bit integer)."));
    }

    options = new FairSimulationOptions
    {
        Trials = trials,
        Seed = seed,
        MaxDegreeOfParallelism = defaults.MaxDegreeOfParallelism,
        MaxEventsPerTrial = defaults.MaxEventsPerTrial,
        FrequencyMode = defaults.FrequencyMode,
        VulnerabilityMode = defaults.VulnerabilityMode,
        HistogramBins = defaults.HistogramBins,
        LossThresholds = defaults.LossThresholds,
        ValueAtRiskConfidence = defaults.ValueAtRiskConfidence,
    };
    return problems.Count == 0 ? null : problems;
}
