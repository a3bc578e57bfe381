namespace Aims.WebApi.Data;

/// <summary>
/// One revision of a workspace: an Aims <c>workspace</c> JSON document with who changed it, when and why. A revision's
/// document is never changed after it is written; an approval adds who approved it and when.
/// </summary>
public sealed class WorkspaceRevision : ITenantOwned
{
    /// <summary>Gets or sets the row id.</summary>
    public long Id { get; set; }

    /// <inheritdoc />
    public string TenantId { get; set; } = "";

    /// <summary>Gets or sets the workspace's id.</summary>
    public string WorkspaceId { get; set; } = "";

    /// <summary>Gets or sets the revision number: 1, 2, … within the workspace.</summary>
    public int Number { get; set; }

    /// <summary>Gets or sets the workspace as an Aims JSON document.</summary>
    public string Document { get; set; } = "";

    /// <summary>Gets or sets who wrote the revision (the token's subject).</summary>
    public string Author { get; set; } = "";

    /// <summary>Gets or sets when the revision was written.</summary>
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Gets or sets why (the <c>Aims-Change-Reason</c> header).</summary>
    public string Reason { get; set; } = "";

    /// <summary>Gets or sets the revision this one restores, if it is a restore.</summary>
    public int? RestoredFrom { get; set; }

    /// <summary>Gets or sets whether the document had validation findings when written (a draft).</summary>
    public bool IsDraft { get; set; }

    /// <summary>Gets or sets who approved the revision, if anyone has.</summary>
    public string? ApprovedBy { get; set; }

    /// <summary>Gets or sets when the revision was approved.</summary>
    public DateTimeOffset? ApprovedAt { get; set; }

    /// <summary>Gets or sets why the approver approved it (their <c>Aims-Change-Reason</c>), if they said.</summary>
    public string? ApprovalReason { get; set; }
}
