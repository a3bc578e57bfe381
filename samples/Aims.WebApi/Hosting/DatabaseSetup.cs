using Aims.Serialization.Json;
using Aims.WebApi.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Aims.WebApi.Hosting;

/// <summary>
/// Chooses the database from configuration — <c>Aims:Database:Provider</c> is <c>Sqlite</c> (default: the file
/// <c>aims.db</c> next to the app, or <c>ConnectionStrings:Aims</c>) or <c>PostgreSql</c> (<c>ConnectionStrings:Aims</c>
/// required) — applies the migrations at start when <c>Aims:Database:MigrateAtStart</c> is true (default: in
/// development and for the embedded SQLite file) and seeds the demo workspace for <c>Aims:DemoTenant</c>.
/// </summary>
internal static partial class DatabaseSetup
{
    public const string DemoWorkspaceId = "demo";

    // Both flavours are registered and configured lazily from the final configuration (tests and hosts may change it after
    // the builder's first look); AimsDbContext resolves to the one Aims:Database:Provider names.
    public static IServiceCollection AddAimsDatabase(this IServiceCollection services)
    {
        services.AddScoped<TenantContext>();
        services.AddDbContext<SqliteAimsDbContext>((provider, options) => options.UseSqlite(
            provider.GetRequiredService<IConfiguration>().GetConnectionString("Aims") ?? $"Data Source={Path.Combine(AppContext.BaseDirectory, "aims.db")}"));
        services.AddDbContext<PostgresAimsDbContext>((provider, options) => options.UseNpgsql(
            provider.GetRequiredService<IConfiguration>().GetConnectionString("Aims") is { Length: > 0 } connection
                ? connection
                : throw new InvalidOperationException("Aims:Database:Provider is PostgreSql but ConnectionStrings:Aims is not set.")));
        services.AddScoped<AimsDbContext>(provider => IsPostgres(provider.GetRequiredService<IConfiguration>())
            ? provider.GetRequiredService<PostgresAimsDbContext>()
            : provider.GetRequiredService<SqliteAimsDbContext>());
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", tags: ["ready"]);
        return services;
    }

    public static bool IsPostgres(IConfiguration configuration) => (configuration["Aims:Database:Provider"] ?? "Sqlite") switch
    {
        var p when string.Equals(p, "PostgreSql", StringComparison.OrdinalIgnoreCase) => true,
        var p when string.Equals(p, "Sqlite", StringComparison.OrdinalIgnoreCase) => false,
        var p => throw new InvalidOperationException($"Aims:Database:Provider must be Sqlite or PostgreSql, not '{p}'."),
    };

    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        var configuration = app.Configuration;
        var embedded = !IsPostgres(configuration);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AimsDbContext>();
        var logger = scope.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger("Aims.WebApi.Database");
        if (configuration.GetValue("Aims:Database:MigrateAtStart", app.Environment.IsDevelopment() || embedded))
        {
            await db.Database.MigrateAsync();
            LogMigrated(logger, db.Database.ProviderName);
        }

        if (configuration["Aims:DemoTenant"] is { Length: > 0 } tenant)
        {
            scope.ServiceProvider.GetRequiredService<TenantContext>().Set(tenant);
            if (!await db.Workspaces.AnyAsync(w => w.Id == DemoWorkspaceId))
            {
                // The demo workspace ships as a document next to the app; read it like any untrusted input.
                var json = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "demo-workspace.json"));
                var workspace = scope.ServiceProvider.GetRequiredService<AimsJsonSerializer>().ReadWorkspace(json).GetValueOrThrow();
                var now = app.Services.GetRequiredService<TimeProvider>().GetUtcNow();
                db.Workspaces.Add(new WorkspaceRecord { Id = DemoWorkspaceId, CurrentRevision = 1, CreatedAt = now });
                db.Revisions.Add(new WorkspaceRevision
                {
                    WorkspaceId = DemoWorkspaceId,
                    Number = 1,
                    Document = AimsJson.Write(workspace),
                    Author = "seed",
                    CreatedAt = now,
                    Reason = "The demo workspace shipped with the template.",
                });
                await db.SaveChangesAsync();
                LogSeeded(logger, tenant);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Database migrated ({Provider}).")]
    private static partial void LogMigrated(ILogger logger, string? provider);

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo workspace seeded for tenant {TenantId}.")]
    private static partial void LogSeeded(ILogger logger, string tenantId);
}

/// <summary>Ready only when the database answers (<c>/health/ready</c>).</summary>
internal sealed class DatabaseHealthCheck(AimsDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        await db.Database.CanConnectAsync(cancellationToken) ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy("The database cannot be reached.");
}
