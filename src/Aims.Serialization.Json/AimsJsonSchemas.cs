namespace Aims.Serialization.Json;

/// <summary>
/// The JSON Schemas (draft 4, generated with NJsonSchema) of every document kind, as published in <c>docs/schemas/</c>.
/// Give them to editors, API gateways or other languages; <see cref="AimsJson"/> does not need them to validate.
/// </summary>
/// <remarks>Stateless and safe to use from several threads at once.</remarks>
public static class AimsJsonSchemas
{
    /// <summary>Gets the schema of a document kind.</summary>
    /// <param name="kind">The document kind.</param>
    /// <returns>The schema as JSON text.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is undefined.</exception>
    public static string Get(AimsDocumentKind kind)
    {
        var name = $"Aims.Serialization.Json.Schemas.{FileName(kind)}";
        using var stream = typeof(AimsJsonSchemas).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The schema resource {name} is missing from the assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>Gets the file name of a document kind's schema, as in <c>docs/schemas/</c>.</summary>
    /// <param name="kind">The document kind.</param>
    /// <returns>For example <c>workspace-1.0.schema.json</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is undefined.</exception>
    public static string FileName(AimsDocumentKind kind) => $"{AimsJson.KindName(kind)}-{AimsJson.CurrentSchemaVersion}.schema.json";
}
