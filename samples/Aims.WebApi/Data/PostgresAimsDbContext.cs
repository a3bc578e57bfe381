using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Aims.WebApi.Data;

/// <summary>The PostgreSQL flavour of <see cref="AimsDbContext"/> (<c>Aims:Database:Provider</c> = <c>PostgreSql</c>).</summary>
public sealed class PostgresAimsDbContext(DbContextOptions<PostgresAimsDbContext> options, TenantContext tenant) : AimsDbContext(options, tenant);

/// <summary>Lets <c>dotnet ef migrations add … --context PostgresAimsDbContext</c> build the model without a server.</summary>
internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresAimsDbContext>
{
    public PostgresAimsDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresAimsDbContext>().UseNpgsql("Host=localhost;Database=aims").Options, new TenantContext());
}
