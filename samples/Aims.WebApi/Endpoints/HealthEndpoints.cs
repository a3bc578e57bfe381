using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Aims.WebApi.Endpoints;

/// <summary><c>/health/live</c> (the process answers) and <c>/health/ready</c> (and its database does), anonymous.</summary>
internal static class HealthEndpoints
{
    public static void MapHealthEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/health/live", () => Results.Ok(new { status = "Healthy" }))
            .AllowAnonymous().WithName("Live").WithSummary("Liveness: the process answers.").Produces(StatusCodes.Status200OK);
        app.MapGet("/health/ready", async (HealthCheckService health, CancellationToken ct) =>
        {
            var report = await health.CheckHealthAsync(check => check.Tags.Contains("ready"), ct);
            var body = new { status = report.Status.ToString(), checks = report.Entries.Select(e => new { name = e.Key, status = e.Value.Status.ToString(), description = e.Value.Description }) };
            return report.Status == HealthStatus.Healthy
                ? Results.Ok(body)
                : Results.Problem(title: "Not ready.", statusCode: StatusCodes.Status503ServiceUnavailable, extensions: new Dictionary<string, object?> { ["checks"] = body.checks });
        })
            .AllowAnonymous().WithName("Ready").WithSummary("Readiness: the database answers.")
            .Produces(StatusCodes.Status200OK).ProducesProblem(StatusCodes.Status503ServiceUnavailable);
    }
}
