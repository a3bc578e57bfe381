namespace Aims.WebApi.Data;

/// <summary>A row that belongs to one tenant.</summary>
public interface ITenantOwned
{
    /// <summary>Gets or sets the tenant's id (set by <see cref="AimsDbContext"/> on insert).</summary>
    string TenantId { get; set; }
}
