using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Aims.Tests.WebApi;

/// <summary>Issue 17: every log line of a request carries its tenant and request id (a logging scope).</summary>
public sealed class WebApiLoggingTests
{
    [Fact]
    public async Task Log_lines_of_a_request_carry_the_tenant_and_the_request_id()
    {
        var capture = new ScopeCapture();
        using var factory = new AimsApiFactory();
        using var host = factory.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddSingleton<ILoggerProvider>(capture)));
        using var client = host.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", AimsApiFactory.Token(AimsApiFactory.Tenant, "alice", ["reader"]));

        using var response = await client.GetAsync(new Uri("/workspaces/demo/export/json", UriKind.Relative), TestContext.Current.CancellationToken);

        response.EnsureSuccessStatusCode();
        var audit = Assert.Single(capture.Lines, l => l.Category == "Aims.WebApi.Audit");
        Assert.Equal(AimsApiFactory.Tenant, audit.Scope["TenantId"]);
        Assert.False(string.IsNullOrEmpty(audit.Scope["RequestId"] as string));
    }

    private sealed class ScopeCapture : ILoggerProvider, ISupportExternalScope
    {
        private IExternalScopeProvider _scopes = new LoggerExternalScopeProvider();

        public ConcurrentBag<(string Category, Dictionary<string, object?> Scope)> Lines { get; } = [];

        public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

        public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

        public void Dispose()
        {
        }

        private sealed class Logger(ScopeCapture owner, string category) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => owner._scopes.Push(state);

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                var scope = new Dictionary<string, object?>();
                owner._scopes.ForEachScope((s, d) =>
                {
                    if (s is IEnumerable<KeyValuePair<string, object?>> pairs)
                    {
                        foreach (var (key, value) in pairs)
                        {
                            d[key] = value;
                        }
                    }
                }, scope);
                owner.Lines.Add((category, scope));
            }
        }
    }
}
