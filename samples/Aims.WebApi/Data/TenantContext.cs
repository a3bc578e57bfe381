namespace Aims.WebApi.Data;

/// <summary>
/// The tenant of the current request (from the token's <c>tenant</c> claim, set once after authentication) or of a
/// background job. <see cref="AimsDbContext"/> filters every query by it.
/// </summary>
/// <remarks>Scoped: one per request; not thread-safe.</remarks>
public sealed class TenantContext
{
    /// <summary>The claim that names the tenant.</summary>
    public const string ClaimType = "tenant";

    /// <summary>Gets the tenant's id, or <see langword="null"/> before it is known.</summary>
    public string? Id { get; private set; }

    /// <summary>Sets the tenant, once.</summary>
    /// <param name="tenantId">The tenant's id.</param>
    /// <exception cref="InvalidOperationException">The tenant was already set to another one.</exception>
    public void Set(string tenantId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tenantId);
        if (Id is not null && !string.Equals(Id, tenantId, StringComparison.Ordinal))
        {
            throw new InvalidOperationException("The tenant of a scope cannot change.");
        }

        Id = tenantId;
    }
}
