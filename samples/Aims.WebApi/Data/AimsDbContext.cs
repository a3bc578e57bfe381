using Microsoft.EntityFrameworkCore;

namespace Aims.WebApi.Data;

/// <summary>
/// The web API's database: workspaces, their revisions (never overwritten), the audit log and the simulation queue (jobs
/// and their chunks).
/// Tenant isolation is enforced here and nowhere else: every tenant-owned set has a global query filter on the request's
/// tenant, and <see cref="SaveChanges(bool)"/> stamps new rows with it and refuses a row of another tenant.
/// </summary>
/// <remarks>
/// One model, two providers: <see cref="SqliteAimsDbContext"/> (the embedded default) and
/// <see cref="PostgresAimsDbContext"/> each carry their own migrations, as EF Core requires for provider-specific SQL.
/// Not thread-safe (one per request).
/// </remarks>
public abstract class AimsDbContext : DbContext
{
    private readonly TenantContext _tenant;

    /// <summary>Initializes a new instance of the <see cref="AimsDbContext"/> class.</summary>
    /// <param name="options">The provider's options.</param>
    /// <param name="tenant">The request's tenant.</param>
    protected AimsDbContext(DbContextOptions options, TenantContext tenant)
        : base(options) => _tenant = tenant ?? throw new ArgumentNullException(nameof(tenant));

    /// <summary>Gets the current tenant's id, or <see langword="null"/> when the request has none (then every query is empty).</summary>
    public string? TenantId => _tenant.Id;

    /// <summary>Gets the workspaces of the tenant.</summary>
    public DbSet<WorkspaceRecord> Workspaces => Set<WorkspaceRecord>();

    /// <summary>Gets the revisions of the tenant's workspaces.</summary>
    public DbSet<WorkspaceRevision> Revisions => Set<WorkspaceRevision>();

    /// <summary>Gets the tenant's audit events.</summary>
    public DbSet<AuditEvent> AuditEvents => Set<AuditEvent>();

    /// <summary>Gets the tenant's queued and finished simulations.</summary>
    public DbSet<SimulationJob> SimulationJobs => Set<SimulationJob>();

    /// <summary>Gets the chunks of the tenant's simulations (the rows workers claim).</summary>
    public DbSet<SimulationChunk> SimulationChunks => Set<SimulationChunk>();

    /// <inheritdoc />
    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        StampTenant();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    /// <inheritdoc />
    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        StampTenant();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    /// <inheritdoc />
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.Entity<WorkspaceRecord>(w =>
        {
            w.ToTable("workspaces");
            w.HasKey(x => new { x.TenantId, x.Id });
            w.Property(x => x.TenantId).HasMaxLength(64);
            w.Property(x => x.Id).HasMaxLength(64);
            w.Property(x => x.CurrentRevision).IsConcurrencyToken();
            w.HasQueryFilter(x => x.TenantId == TenantId);
        });
        modelBuilder.Entity<WorkspaceRevision>(r =>
        {
            r.ToTable("workspace_revisions");
            r.HasKey(x => x.Id);
            r.Property(x => x.TenantId).HasMaxLength(64);
            r.Property(x => x.WorkspaceId).HasMaxLength(64);
            r.Property(x => x.Author).HasMaxLength(256);
            r.Property(x => x.Reason).HasMaxLength(2000);
            r.Property(x => x.ApprovedBy).HasMaxLength(256);
            r.Property(x => x.ApprovalReason).HasMaxLength(2000);
            r.HasIndex(x => new { x.TenantId, x.WorkspaceId, x.Number }).IsUnique();
            r.HasQueryFilter(x => x.TenantId == TenantId);
        });
        modelBuilder.Entity<AuditEvent>(a =>
        {
            a.ToTable("audit_events");
            a.HasKey(x => x.Id);
            a.Property(x => x.TenantId).HasMaxLength(64);
            a.Property(x => x.Kind).HasMaxLength(64);
            a.Property(x => x.Subject).HasMaxLength(256);
            a.Property(x => x.Path).HasMaxLength(2000);
            a.Property(x => x.Detail).HasMaxLength(2000);
            a.Property(x => x.RequestId).HasMaxLength(128);
            a.HasIndex(x => new { x.TenantId, x.Id });
            a.HasQueryFilter(x => x.TenantId == TenantId);
        });
        modelBuilder.Entity<SimulationJob>(j =>
        {
            j.ToTable("simulation_jobs");
            j.HasKey(x => x.Id);
            j.Property(x => x.TenantId).HasMaxLength(64);
            j.Property(x => x.Status).HasMaxLength(16);
            j.Property(x => x.RequestedBy).HasMaxLength(256);
            j.Property(x => x.LeaseOwner).HasMaxLength(128);
            j.HasIndex(x => new { x.Status, x.Id });
            j.HasQueryFilter(x => x.TenantId == TenantId);
        });
        modelBuilder.Entity<SimulationChunk>(c =>
        {
            c.ToTable("simulation_chunks");
            c.HasKey(x => x.Id);
            c.Property(x => x.TenantId).HasMaxLength(64);
            c.Property(x => x.Status).HasMaxLength(16);
            c.Property(x => x.LeaseOwner).HasMaxLength(128);
            c.HasIndex(x => new { x.Status, x.Id });
            c.HasIndex(x => new { x.JobId, x.FirstChunk }).IsUnique();
            c.HasQueryFilter(x => x.TenantId == TenantId);
        });
    }

    // The one place writes are tied to the tenant: a new row gets the request's tenant; a row of another tenant is a bug.
    // Audit events are the exception: a failed sign-in has no trusted tenant, so the audit log sets it itself.
    private void StampTenant()
    {
        foreach (var entry in ChangeTracker.Entries<ITenantOwned>())
        {
            if (entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && entry.Entity is not AuditEvent)
            {
                if (TenantId is null)
                {
                    throw new InvalidOperationException("A tenant-owned row cannot be written without a tenant.");
                }

                if (entry.State == EntityState.Added && string.IsNullOrEmpty(entry.Entity.TenantId))
                {
                    entry.Entity.TenantId = TenantId;
                }
                else if (!string.Equals(entry.Entity.TenantId, TenantId, StringComparison.Ordinal))
                {
                    throw new InvalidOperationException("A row of another tenant cannot be written.");
                }
            }
        }
    }
}
