using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Aims.Serialization.Json.Wire;

/// <summary>
/// Reads a record list (systems, risks, SoA entries, mappings, scenarios …) one record at a time: a value of the wrong
/// JSON type inside one record makes that record a placeholder carrying <see cref="Dto.ReadFailure"/> instead of
/// failing the whole document, so <see cref="ReadContext.Records{TDto, T}"/> reports it at its path and keeps the rest.
/// </summary>
/// <typeparam name="T">The record's wire type.</typeparam>
internal sealed class RecordListConverter<T> : JsonConverter<List<T?>>
    where T : Dto, new()
{
    public override List<T?>? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException($"The JSON value could not be converted to a list.");
        }

        var typeInfo = (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));
        var items = new List<T?>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType == JsonTokenType.Null)
            {
                items.Add(null);
                continue;
            }

            // The serializer buffers the whole array before calling a custom converter, so a failed record can be
            // skipped from a copy of the reader taken at its start.
            var start = reader;
            try
            {
                items.Add(JsonSerializer.Deserialize(ref reader, typeInfo));
            }
            catch (JsonException ex)
            {
                reader = start;
                reader.Skip();
                items.Add(new T { ReadFailure = new WireFailure(ReadContext.FromJsonPath(ex.Path), WireFailure.MessageOf(ex)) });
            }
        }

        return items;
    }

    public override void Write(Utf8JsonWriter writer, List<T?> value, JsonSerializerOptions options)
    {
        var typeInfo = (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));
        writer.WriteStartArray();
        foreach (var item in value)
        {
            if (item is null)
            {
                writer.WriteNullValue();
            }
            else
            {
                JsonSerializer.Serialize(writer, item, typeInfo);
            }
        }

        writer.WriteEndArray();
    }
}

/// <summary>Why a record could not be read: the JSON Pointer inside the record and the serializer's message.</summary>
/// <param name="RelativePath">The pointer from the record to the bad value, for example <c>/name</c>.</param>
/// <param name="Message">What was wrong.</param>
internal sealed record WireFailure(string RelativePath, string Message)
{
    private const string CouldNotConvert = "The JSON value could not be converted to ";

    /// <summary>
    /// The serializer's message without its trailing JSONPath (the diagnostic's path says where), and with the expected
    /// JSON type in words instead of an internal .NET type name.
    /// </summary>
    public static string MessageOf(JsonException ex)
    {
        var message = ex.Message;
        var index = message.IndexOf(" Path:", StringComparison.Ordinal);
        message = index > 0 ? message[..index] : message;
        if (!message.StartsWith(CouldNotConvert, StringComparison.Ordinal))
        {
            return message;
        }

        var type = message[CouldNotConvert.Length..].TrimEnd('.');
        var expected = type switch
        {
            "System.String" => "a string",
            "System.Boolean" or "System.Nullable`1[System.Boolean]" => "true or false",
            _ when type.Contains("List`1", StringComparison.Ordinal) || type.EndsWith("[]", StringComparison.Ordinal) => "a list",
            _ when type.Contains("Dictionary`2", StringComparison.Ordinal) || type.StartsWith("Aims.", StringComparison.Ordinal) => "an object",
            _ when type.Contains("Int", StringComparison.Ordinal) || type.Contains("Double", StringComparison.Ordinal) || type.Contains("Decimal", StringComparison.Ordinal) => "a number",
            _ => null,
        };
        return expected is null ? message : $"The value has the wrong JSON type: expected {expected}.";
    }
}
