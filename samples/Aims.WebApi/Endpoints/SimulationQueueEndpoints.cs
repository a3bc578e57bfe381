using System.Globalization;
using System.Security.Claims;
using System.Text.Json;
using Aims.Risk;
using Aims.Serialization.Json;
using Aims.WebApi.Data;
using Aims.WebApi.Hosting;
using Aims.WebApi.Security;
using Microsoft.EntityFrameworkCore;

namespace Aims.WebApi.Endpoints;

/// <summary>
/// Long simulations through the durable queue: <c>POST /simulations</c> stores the job in the database split into chunks
/// (202 with its location), the workers of any instances run the chunks and the last one merges them
/// (<see cref="Hosting.DurableSimulations"/>); <c>GET /simulations/{jobId}</c> answers its status, progress and result.
/// </summary>
internal static class SimulationQueueEndpoints
{
    public static void MapSimulationQueueEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/simulations", async (HttpRequest request, AimsDbContext db, DurableSimulations queue, IFairSimulator simulator, TimeProvider clock, ClaimsPrincipal user, IConfiguration configuration, CancellationToken ct) =>
        {
            var (text, problem) = await RequestBodies.ReadAsync(request, ct);
            if (text is null)
            {
                return problem!;
            }

            var read = AimsJson.ReadFairScenarios(text);
            if (!read.TryGetValue(out _))
            {
                return AimsProblems.From(read.Diagnostics, "The scenarios were not accepted.");
            }

            // A queued run may ask for more trials than an interactive one: Aims:Queue:MaxTrials (default the engine's maximum).
            var max = configuration.GetValue("Aims:Queue:MaxTrials", FairSimulationOptions.MaxTrials);
            if (Simulations.RunOptions(request.Query, simulator.Options, max, out var options) is { } badQuery)
            {
                return AimsProblems.From(badQuery, "The simulation parameters are not valid.", StatusCodes.Status400BadRequest);
            }

            var job = new SimulationJob
            {
                Scenarios = text,
                Trials = options.Trials,
                Seed = options.Seed,
                RequestedBy = user.FindFirst("sub")?.Value ?? "unknown",
                CreatedAt = clock.GetUtcNow(),
            };
            var chunks = await queue.EnqueueAsync(db, job, ct);
            return Results.Accepted(string.Create(CultureInfo.InvariantCulture, $"/simulations/{job.Id}"), new { id = job.Id, status = job.Status, chunks });
        })
            .RequireAuthorization(AimsRoles.Reader).WithName("QueueSimulation").WithSummary("Queues a fair-scenarios document for the background worker (?trials= up to Aims:Queue:MaxTrials, ?seed=).")
            .Accepts<JsonElement>("application/json").Produces(StatusCodes.Status202Accepted)
            .Problems(StatusCodes.Status400BadRequest, StatusCodes.Status413PayloadTooLarge, StatusCodes.Status422UnprocessableEntity);

        app.MapGet("/simulations/{jobId:long}", async (long jobId, AimsDbContext db, CancellationToken ct) =>
        {
            if (await db.SimulationJobs.AsNoTracking().SingleOrDefaultAsync(j => j.Id == jobId, ct) is not { } job)
            {
                return AimsProblems.Titled($"No simulation {jobId}.", StatusCodes.Status404NotFound);
            }

            var progress = await db.SimulationChunks.AsNoTracking().Where(c => c.JobId == jobId).GroupBy(c => c.Status).Select(g => new { status = g.Key, count = g.Count() }).ToListAsync(ct);

            return Results.Ok(new
            {
                id = job.Id,
                status = job.Status,
                trials = job.Trials,
                seed = job.Seed,
                requestedBy = job.RequestedBy,
                createdAt = job.CreatedAt,
                finishedAt = job.FinishedAt,
                attempts = job.Attempts,
                chunks = progress.Sum(p => p.count),
                chunksDone = progress.Where(p => p.status == SimulationJobStatus.Succeeded).Sum(p => p.count),
                result = job.Result is null ? (JsonElement?)null : JsonDocument.Parse(job.Result).RootElement.Clone(),
                problem = job.Problem is null ? (JsonElement?)null : JsonDocument.Parse(job.Problem).RootElement.Clone(),
            });
        })
            .RequireAuthorization(AimsRoles.Reader).WithName("GetSimulation").WithSummary("A queued simulation's status, its progress (chunks, chunksDone), and its result or problem once finished.")
            .Produces(StatusCodes.Status200OK).Problems(StatusCodes.Status404NotFound);
    }
}
