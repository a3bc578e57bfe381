namespace Aims.WebApi.Data;

/// <summary>A workspace of a tenant: its id and the number of its current revision (the ETag and concurrency token).</summary>
public sealed class WorkspaceRecord : ITenantOwned
{
    /// <inheritdoc />
    public string TenantId { get; set; } = "";

    /// <summary>Gets or sets the workspace's id, unique within its tenant.</summary>
    public string Id { get; set; } = "";

    /// <summary>Gets or sets the number of the current revision (1 for a new workspace).</summary>
    public int CurrentRevision { get; set; }

    /// <summary>Gets or sets when the workspace was created.</summary>
    public DateTimeOffset CreatedAt { get; set; }
}
