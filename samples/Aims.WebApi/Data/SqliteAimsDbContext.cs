using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Aims.WebApi.Data;

/// <summary>The SQLite flavour of <see cref="AimsDbContext"/>: the embedded default, a file next to the app.</summary>
public sealed class SqliteAimsDbContext(DbContextOptions<SqliteAimsDbContext> options, TenantContext tenant) : AimsDbContext(options, tenant);

/// <summary>Lets <c>dotnet ef migrations add … --context SqliteAimsDbContext</c> build the model without the host.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteAimsDbContext>
{
    public SqliteAimsDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteAimsDbContext>().UseSqlite("Data Source=design.db").Options, new TenantContext());
}
