using System.Globalization;
using System.Text.RegularExpressions;
using System.Threading.RateLimiting;
using Aims.WebApi.Data;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.RateLimiting;

namespace Aims.WebApi.Security;

/// <summary>
/// Authentication (JWT bearer, configured from <c>Authentication:Schemes:Bearer</c> as <c>dotnet user-jwts</c> writes it,
/// or an identity provider's <c>Authority</c>), the role policies, the tenant of each request, and per-tenant rate limits.
/// </summary>
internal static partial class SecuritySetup
{
    public static IServiceCollection AddAimsSecurity(this IServiceCollection services)
    {
        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer(options =>
        {
            // Claims keep the names they have in the token: sub, tenant, role.
            options.MapInboundClaims = false;
            options.TokenValidationParameters.NameClaimType = "sub";
            options.TokenValidationParameters.RoleClaimType = "role";
            options.Events = new JwtBearerEvents
            {
                OnAuthenticationFailed = context => AuditLog.WriteAsync(context.HttpContext, AuditKinds.SignInFailed, context.Exception.GetType().Name),
                OnForbidden = context => AuditLog.WriteAsync(context.HttpContext, AuditKinds.AccessDenied, null),
            };
        });

        // Every endpoint needs a tenant and a role unless it says otherwise (health, the OpenAPI document): a new endpoint
        // that forgets its policy is protected, not open.
        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(Policy(AimsRoles.Reader, AimsRoles.Editor, AimsRoles.Approver, AimsRoles.TenantAdmin))
            .AddPolicy(AimsRoles.Reader, Policy(AimsRoles.Reader, AimsRoles.Editor, AimsRoles.Approver, AimsRoles.TenantAdmin))
            .AddPolicy(AimsRoles.Editor, Policy(AimsRoles.Editor))
            .AddPolicy(AimsRoles.Approver, Policy(AimsRoles.Approver))
            .AddPolicy(AimsRoles.TenantAdmin, Policy(AimsRoles.TenantAdmin));

        // Per-tenant fixed windows: one tenant's flood is refused (429) while the others are served. The partitions live
        // in this process: with N instances behind a load balancer a tenant gets up to N × the limit (README).
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IConfiguration>((options, configuration) =>
        {
            var permits = configuration.GetValue("Aims:RateLimit:PermitsPerWindow", 600);
            var window = configuration.GetValue("Aims:RateLimit:Window", TimeSpan.FromMinutes(1));
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(http =>
                http.Request.Path.StartsWithSegments("/health", StringComparison.Ordinal)
                    ? RateLimitPartition.GetNoLimiter("health")
                    : RateLimitPartition.GetFixedWindowLimiter(
                        TenantOf(http.User) is { } tenant ? "tenant:" + tenant : "anonymous:" + http.Connection.RemoteIpAddress,
                        _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = window, QueueLimit = 0 }));
            options.OnRejected = async (context, ct) =>
            {
                var retry = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : window;
                context.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(retry.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                await AimsProblems.From([], "Too many requests for this tenant; retry later.", StatusCodes.Status429TooManyRequests).ExecuteAsync(context.HttpContext);
            };
        });
        return services;
    }

    /// <summary>Sets the request's tenant from its token and opens a logging scope with the tenant and request id.</summary>
    public static IApplicationBuilder UseTenant(this IApplicationBuilder app) => app.Use(async (http, next) =>
    {
        var tenant = TenantOf(http.User);
        if (tenant is not null)
        {
            http.RequestServices.GetRequiredService<TenantContext>().Set(tenant);
        }

        var logger = http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("Aims.WebApi.Requests");
        using (logger.BeginScope(new RequestLogScope(tenant, http.TraceIdentifier)))
        {
            await next(http);
        }
    });

    /// <summary>The tenant of an authenticated caller: the <c>tenant</c> claim when it is a well-formed id.</summary>
    public static string? TenantOf(System.Security.Claims.ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated == true && user.FindFirst(TenantContext.ClaimType)?.Value is { } tenant && TenantId().IsMatch(tenant) ? tenant : null;

    private static AuthorizationPolicy Policy(params string[] roles) => new AuthorizationPolicyBuilder(JwtBearerDefaults.AuthenticationScheme)
        .RequireAuthenticatedUser()
        .RequireAssertion(context => TenantOf(context.User) is not null)
        .RequireRole(roles)
        .Build();

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$", RegexOptions.CultureInvariant)]
    private static partial Regex TenantId();
}
