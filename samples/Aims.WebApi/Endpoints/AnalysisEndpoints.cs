using System.Text.Json;
using Aims.Risk;
using Aims.Serialization.Json;
using Aims.WebApi.Security;

namespace Aims.WebApi.Endpoints;

/// <summary>Stateless checks: validate a Statement of Applicability, simulate FAIR scenarios (any role of the tenant).</summary>
internal static class AnalysisEndpoints
{
    public static void MapAnalysisEndpoints(this IEndpointRouteBuilder app)
    {
        // Validate a Statement of Applicability ("soa" document) against ISO/IEC 42001 Annex A.
        app.MapPost("/soa/validate", async (HttpRequest request, AimsJsonSerializer json, CancellationToken ct) =>
        {
            var (text, problem) = await RequestBodies.ReadAsync(request, ct);
            if (text is null)
            {
                return problem!;
            }

            var read = AimsJson.ReadSoa(text, json.ReadOptions);
            return read.IsValid
                ? Results.Ok(new { valid = true, diagnostics = AimsProblems.Shape(read.Diagnostics) })
                : AimsProblems.From(read.Diagnostics, "The Statement of Applicability has problems.");
        })
            .RequireAuthorization(AimsRoles.Reader).WithName("ValidateSoa").WithSummary("Validates a soa document against ISO/IEC 42001 Annex A.")
            .Accepts<JsonElement>("application/json").Produces(StatusCodes.Status200OK).Problems(StatusCodes.Status413PayloadTooLarge, StatusCodes.Status422UnprocessableEntity);

        // Simulate FAIR scenarios ("fair-scenarios" document) as a portfolio, within the server's work budget (?trials= up
        // to Aims:Simulation:MaxTrials, ?seed= any integer; defaults from the registered options): estimates outside the
        // engine's domain are rejected by the reader (AIMS5011), a run that crosses an engine limit answers 422 (AIMS5012,
        // AIMS5013), one over its time limit 503, and a run whose client leaves is cancelled.
        app.MapPost("/risk/simulate", async (HttpRequest request, IFairSimulator simulator, SimulationBudget budget, CancellationToken ct) =>
        {
            var (text, problem) = await RequestBodies.ReadAsync(request, ct);
            if (text is null)
            {
                return problem!;
            }

            var read = AimsJson.ReadFairScenarios(text);
            if (!read.TryGetValue(out var set))
            {
                return AimsProblems.From(read.Diagnostics, "The scenarios were not accepted.");
            }

            if (Simulations.RunOptions(request.Query, simulator.Options, budget.MaxTrials, out var options) is { } badQuery)
            {
                return AimsProblems.From(badQuery, "The simulation parameters are not valid.", StatusCodes.Status400BadRequest);
            }

            // The engine points into the set's list (/scenarios/0/…); a document with its one scenario at the root has it there.
            var (result, refused) = Simulations.Budgeted(
                token => FairSimulator.RunPortfolio(set.Scenarios, set.ApplySemantics(options), set.Name, cancellationToken: token), budget, request.HttpContext,
                diagnostics => !HasScenariosMember(text) ? diagnostics.Select(d => new AimsDiagnostic(d.Code, d.Path.StartsWith("/scenarios/0", StringComparison.Ordinal) ? d.Path["/scenarios/0".Length..] : d.Path, d.Message, d.Severity)) : diagnostics, ct);
            if (result is null)
            {
                return refused!;
            }

            return Results.Ok(Simulations.Shape(result));
        })
            .RequireAuthorization(AimsRoles.Reader).WithName("SimulateRisk").WithSummary("Simulates a fair-scenarios document within the server's work budget (?trials=, ?seed=).")
            .Accepts<JsonElement>("application/json").Produces(StatusCodes.Status200OK)
            .Problems(StatusCodes.Status400BadRequest, StatusCodes.Status413PayloadTooLarge, StatusCodes.Status422UnprocessableEntity, StatusCodes.Status503ServiceUnavailable);
    }

    // Whether a scenarios document lists its scenarios (else its one scenario is at the root).
    private static bool HasScenariosMember(string text)
    {
        using var document = JsonDocument.Parse(text);
        return document.RootElement.TryGetProperty("scenarios", out _);
    }
}
