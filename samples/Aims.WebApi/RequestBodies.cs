using System.Text;
using Aims.Serialization.Json;

namespace Aims.WebApi;

/// <summary>Reads request bodies within <c>Aims:MaxRequestBodyBytes</c> (default 4 MiB).</summary>
internal static class RequestBodies
{
    public const int DefaultMaxBytes = 4 * 1024 * 1024;

    public static int MaxBytes(HttpContext http) =>
        http.RequestServices.GetRequiredService<IConfiguration>().GetValue("Aims:MaxRequestBodyBytes", DefaultMaxBytes);

    public static IResult TooLarge(long limit) =>
        AimsProblems.From([new AimsDiagnostic(JsonDiagnosticCodes.TooLarge, "", $"The body is larger than {limit:N0} bytes.")], "Body too large.", StatusCodes.Status413PayloadTooLarge);

    // The body as text, or the answer instead: larger than the limit (413), or not valid UTF-8, which the library reader
    // rejects (its own diagnostic for the same bytes, 422) where a lenient decoder would have replaced it with U+FFFD.
    public static async Task<(string? Text, IResult? Problem)> ReadAsync(HttpRequest request, CancellationToken ct)
    {
        var max = MaxBytes(request.HttpContext);
        if (request.ContentLength > max)
        {
            return (null, TooLarge(max));
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, ct)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > max)
            {
                return (null, TooLarge(max));
            }
        }

        var bytes = buffer.ToArray();
        try
        {
            return (new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(bytes), null);
        }
        catch (DecoderFallbackException)
        {
            using var utf8 = new MemoryStream(bytes, writable: false);
            var library = await AimsJson.ReadAsync(utf8, cancellationToken: ct);
            IEnumerable<AimsDiagnostic> diagnostics = library.IsValid ? [new AimsDiagnostic(JsonDiagnosticCodes.InvalidJson, "", "The body is not valid UTF-8.")] : library.Diagnostics;
            return (null, AimsProblems.From(diagnostics, "The body is not valid UTF-8."));
        }
    }
}
