namespace Aims.WebApi.Endpoints;

/// <summary>The problem-details responses every protected endpoint can give, for the OpenAPI document.</summary>
internal static class OpenApiConventions
{
    public static RouteHandlerBuilder Problems(this RouteHandlerBuilder builder, params int[] statuses)
    {
        foreach (var status in (int[])[StatusCodes.Status401Unauthorized, StatusCodes.Status403Forbidden, StatusCodes.Status429TooManyRequests, .. statuses])
        {
            builder.ProducesProblem(status);
        }

        return builder;
    }
}
