namespace Aims.WebApi.Security;

/// <summary>The roles of the token's <c>role</c> claim, and the authorization policies named after them.</summary>
public static class AimsRoles
{
    /// <summary>Reads the tenant's workspaces, revisions, reports and exports, and runs stateless checks.</summary>
    public const string Reader = "reader";

    /// <summary>Writes new revisions and restores old ones (and reads).</summary>
    public const string Editor = "editor";

    /// <summary>Approves a revision or accepts a risk (and reads); recorded in the revision.</summary>
    public const string Approver = "approver";

    /// <summary>Reads the tenant's audit log (and reads).</summary>
    public const string TenantAdmin = "tenant-admin";
}
