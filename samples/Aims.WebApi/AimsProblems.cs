
namespace Aims.WebApi;

/// <summary>Turns Aims diagnostics into RFC 9457 problem details, the one error shape of this API.</summary>
internal static class AimsProblems
{
    public static IResult From(IEnumerable<AimsDiagnostic> diagnostics, string title, int status = StatusCodes.Status422UnprocessableEntity) =>
        Results.Problem(
            title: title,
            statusCode: status,
            extensions: new Dictionary<string, object?> { ["diagnostics"] = Shape(diagnostics) });

    /// <summary>A problem of the request's protocol (a missing header, a stale ETag, an unknown id): no diagnostic applies.</summary>
    public static IResult Titled(string title, int status) => From([], title, status);

    public static object[] Shape(IEnumerable<AimsDiagnostic> diagnostics) =>
        [.. diagnostics.Select(d => new { code = d.Code, severity = d.Severity.ToString().ToLowerInvariant(), path = d.Path, message = d.Message })];
}
