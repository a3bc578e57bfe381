namespace Aims.WebApi.Data;

/// <summary>The kinds of <see cref="AuditEvent"/>.</summary>
public static class AuditKinds
{
    /// <summary>A bearer token was refused (bad signature, expired, wrong issuer or audience).</summary>
    public const string SignInFailed = "sign-in-failed";

    /// <summary>An authenticated caller lacked the role or tenant an endpoint needs.</summary>
    public const string AccessDenied = "access-denied";

    /// <summary>A revision was approved, or a risk accepted.</summary>
    public const string Approval = "approval";

    /// <summary>A workspace was exported (JSON, CSV, OSCAL) or its board report read.</summary>
    public const string Export = "export";

    /// <summary>A workspace was restored to an earlier revision.</summary>
    public const string Restore = "restore";
}
