using System.Net.Http.Headers;
using Aims.WebApi;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Aims.Tests.WebApi;

/// <summary>
/// The web API in-process on its own real SQLite file (deleted afterwards), or on the PostgreSQL database named by
/// a PostgreSQL connection string (a derived factory passes one). Tokens are signed with a test key the host is
/// configured to trust, exactly as <c>dotnet user-jwts</c> configures a development host; the demo workspace is seeded
/// for tenant <see cref="Tenant"/>.
/// </summary>
public class AimsApiFactory : WebApplicationFactory<SimulationBudget>
{
    private readonly string? _postgres;

    public AimsApiFactory()
        : this(null)
    {
    }

    protected AimsApiFactory(string? postgres) => _postgres = postgres;

    public const string Tenant = "t1";
    public const string Issuer = "aims-tests";
    private static readonly byte[] Key = [.. Enumerable.Range(1, 32).Select(i => (byte)(i * 7))];
    private readonly string _database = Path.Combine(Path.GetTempPath(), $"aims-webapi-{Guid.NewGuid():N}.db");
    private readonly Dictionary<string, string?> _settings = [];
    private readonly List<Action<IServiceCollection>> _services = [];

    /// <summary>Gets a configuration setting to apply (before the first client is created).</summary>
    public AimsApiFactory With(string key, string value)
    {
        _settings[key] = value;
        return this;
    }

    /// <summary>Gets services to register over the app's own (before the first client is created), such as a clock.</summary>
    public AimsApiFactory WithServices(Action<IServiceCollection> configure)
    {
        _services.Add(configure);
        return this;
    }

    /// <summary>A client whose requests carry a token of <paramref name="tenant"/> with the given roles.</summary>
    public HttpClient Client(string tenant = Tenant, string subject = "alice", params string[] roles)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token(tenant, subject, roles.Length == 0 ? ["reader"] : roles));
        return client;
    }

    public static string Token(string? tenant, string subject, IEnumerable<string> roles, byte[]? key = null)
    {
        var claims = new Dictionary<string, object> { ["sub"] = subject, ["role"] = roles.ToArray() };
        if (tenant is not null)
        {
            claims["tenant"] = tenant;
        }

        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = Issuer,
            Claims = claims,
            Expires = DateTime.UtcNow.AddHours(1),
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(key ?? Key), SecurityAlgorithms.HmacSha256),
        });
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseEnvironment("Development");
        builder.UseSetting("ConnectionStrings:Aims", _postgres ?? $"Data Source={_database}");
        builder.UseSetting("Aims:Database:Provider", _postgres is null ? "Sqlite" : "PostgreSql");
        builder.UseSetting("Aims:DemoTenant", Tenant);
        builder.UseSetting("Authentication:Schemes:Bearer:ValidIssuer", Issuer);
        builder.UseSetting("Authentication:Schemes:Bearer:ValidAudiences:0", Issuer);
        builder.UseSetting("Authentication:Schemes:Bearer:SigningKeys:0:Issuer", Issuer);
        builder.UseSetting("Authentication:Schemes:Bearer:SigningKeys:0:Value", Convert.ToBase64String(Key));
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services => _services.ForEach(configure => configure(services)));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();
        File.Delete(_database);
    }
}
