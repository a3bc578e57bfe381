using System.Net;
using System.Text.Json;
using Aims.Serialization.Json;

namespace Aims.Tests.WebApi;

/// <summary>Issue 13, reproductions 8 and 12 through the web API: invalid UTF-8 and a body over Kestrel's limit are problem details, not a silent U+FFFD or a 500.</summary>
public sealed class WebApiHostileInputTests
{
    [Fact]
    public async Task Invalid_utf8_in_a_soa_is_rejected_with_the_library_readers_diagnostic()
    {
        byte[] soa = [.. """{"kind":"soa","schemaVersion":"1.0","revision":{"version":"1"},"entries":[{"controlId":"A.2.2","justification":"x"""u8, 0xC3, 0x28, .. "\"}]}"u8];
        using var factory = new AimsApiFactory();
        using var client = factory.Client();
        using var body = new ByteArrayContent(soa);
        using var stream = new MemoryStream(soa);
        var library = await AimsJson.ReadAsync(stream, cancellationToken: TestContext.Current.CancellationToken);

        using var response = await client.PostAsync(new Uri("/soa/validate", UriKind.Relative), body, TestContext.Current.CancellationToken);

        Assert.False(library.IsValid);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var codes = problem.RootElement.GetProperty("diagnostics").EnumerateArray().Select(d => (d.GetProperty("code").GetString() ?? "", d.GetProperty("message").GetString() ?? ""));
        Assert.Equal(library.Diagnostics.Select(d => (d.Code, d.Message)), codes);
    }

    [Fact]
    public async Task A_body_over_kestrels_limit_is_413_problem_details()
    {
        using var factory = new AimsApiFactory();
        factory.UseKestrel(options => options.Limits.MaxRequestBodySize = 1024);
        factory.StartServer();
        using var client = factory.Client(roles: "editor");
        client.DefaultRequestHeaders.Add("Aims-Change-Reason", "test");
        using var body = new ByteArrayContent(new byte[4096]);
        body.Headers.ContentType = new("application/json");

        using var response = await client.PutAsync(new Uri("/workspaces/big", UriKind.Relative), body, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal(JsonDiagnosticCodes.TooLarge, problem.RootElement.GetProperty("diagnostics")[0].GetProperty("code").GetString());
    }
}
