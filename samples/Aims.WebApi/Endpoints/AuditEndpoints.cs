using Aims.WebApi.Data;
using Aims.WebApi.Security;
using Microsoft.EntityFrameworkCore;

namespace Aims.WebApi.Endpoints;

/// <summary><c>GET /audit</c>: the tenant's security events, newest first (tenant admin).</summary>
internal static class AuditEndpoints
{
    public static void MapAuditEndpoints(this IEndpointRouteBuilder app) =>
        app.MapGet("/audit", async (AimsDbContext db, int? before, CancellationToken ct) =>
        {
            var query = db.AuditEvents.AsNoTracking();
            if (before is { } b)
            {
                query = query.Where(e => e.Id < b);
            }

            var events = await query.OrderByDescending(e => e.Id).Take(100).ToListAsync(ct);
            return Results.Ok(events.Select(e => new { id = e.Id, at = e.At, kind = e.Kind, subject = e.Subject, path = e.Path, detail = e.Detail, requestId = e.RequestId }));
        })
            .RequireAuthorization(AimsRoles.TenantAdmin).WithName("Audit").WithSummary("The tenant's audit log, 100 events at a time (?before= an event id).")
            .Produces(StatusCodes.Status200OK).Problems();
}
