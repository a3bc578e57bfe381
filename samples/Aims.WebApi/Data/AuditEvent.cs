namespace Aims.WebApi.Data;

/// <summary>A security-relevant event: a failed sign-in, denied access, an approval, an export, a restore.</summary>
public sealed class AuditEvent : ITenantOwned
{
    /// <summary>Gets or sets the row id (also the order of events).</summary>
    public long Id { get; set; }

    /// <summary>Gets or sets the tenant; empty for a failed sign-in, whose token named no tenant that can be trusted.</summary>
    public string TenantId { get; set; } = "";

    /// <summary>Gets or sets when it happened.</summary>
    public DateTimeOffset At { get; set; }

    /// <summary>Gets or sets what happened: one of <see cref="AuditKinds"/>.</summary>
    public string Kind { get; set; } = "";

    /// <summary>Gets or sets who (the token's subject), if known.</summary>
    public string? Subject { get; set; }

    /// <summary>Gets or sets the request's method and path.</summary>
    public string? Path { get; set; }

    /// <summary>Gets or sets details: the workspace and revision, the export format, the failure's reason.</summary>
    public string? Detail { get; set; }

    /// <summary>Gets or sets the request id (<c>HttpContext.TraceIdentifier</c>), to find the request in the logs.</summary>
    public string? RequestId { get; set; }
}
