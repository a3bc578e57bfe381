using Aims.WebApi.Data;

namespace Aims.WebApi.Security;

/// <summary>Writes <see cref="AuditEvent"/>s, and logs each one.</summary>
internal static partial class AuditLog
{
    public static async Task WriteAsync(HttpContext http, string kind, string? detail, CancellationToken ct = default)
    {
        var db = http.RequestServices.GetRequiredService<AimsDbContext>();
        var clock = http.RequestServices.GetRequiredService<TimeProvider>();
        var tenant = kind == AuditKinds.SignInFailed ? "" : http.User.FindFirst(TenantContext.ClaimType)?.Value ?? "";
        var subject = kind == AuditKinds.SignInFailed ? null : http.User.FindFirst("sub")?.Value;
        var audit = new AuditEvent
        {
            TenantId = Truncate(tenant, 64) ?? "",
            At = clock.GetUtcNow(),
            Kind = kind,
            Subject = Truncate(subject, 256),
            Path = Truncate($"{http.Request.Method} {http.Request.Path}", 2000),
            Detail = Truncate(detail, 2000),
            RequestId = Truncate(http.TraceIdentifier, 128),
        };
        db.AuditEvents.Add(audit);
        await db.SaveChangesAsync(ct);
        db.Entry(audit).State = Microsoft.EntityFrameworkCore.EntityState.Detached;
        LogAudit(http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("Aims.WebApi.Audit"), kind, subject, audit.Path, detail);
    }

    private static string? Truncate(string? text, int length) => text is null || text.Length <= length ? text : text[..length];

    [LoggerMessage(Level = LogLevel.Warning, Message = "Audit {Kind} by {Subject} at {Path}: {Detail}")]
    private static partial void LogAudit(ILogger logger, string kind, string? subject, string? path, string? detail);
}
