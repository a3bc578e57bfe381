using System.Globalization;
using System.Text.Json;
using Aims.Mapping;
using Aims.Serialization.Json.Wire;
using static Aims.Serialization.Json.Oscal.OscalDatatypes;

namespace Aims.Serialization.Json.Oscal;

/// <summary>
/// Member access checked against the OSCAL datatypes: each accessor reports a missing required member, a member of
/// another JSON type or a value not of its datatype or enumeration, at the member's JSON Pointer, and unknown members.
/// </summary>
internal sealed partial class OscalCollectionReader
{
    /// <summary>Checks every property; returns the usable ones that are ours or in OSCAL's namespace, first one of a name wins.</summary>
    private Dictionary<string, (string Value, string Path)> Props(JsonElement owner, string path)
    {
        var result = new Dictionary<string, (string, string)>(StringComparer.Ordinal);
        var i = 0;
        foreach (var prop in Array(owner, path, "props", required: false))
        {
            var propPath = ReadContext.Index(path + "/props", i++);
            if (prop.ValueKind != JsonValueKind.Object)
            {
                context.Error(propPath, $"Expected a property object, got {Describe(prop)}.", JsonDiagnosticCodes.InvalidOscalMapping);
                continue;
            }

            Known(prop, propPath, "name", "uuid", "ns", "value", "class", "group", "remarks");
            var name = Text(prop, propPath, "name", Kind.Token, required: true);
            var value = Text(prop, propPath, "value", Kind.String, required: true);
            var ns = Text(prop, propPath, "ns", Kind.Uri, required: false);
            Text(prop, propPath, "uuid", Kind.Uuid, required: false);
            Text(prop, propPath, "class", Kind.Token, required: false);
            Text(prop, propPath, "group", Kind.Token, required: false);
            if (name is not null && value is not null && IsToken(name) && IsString(value) && ns is null or OscalText.Namespace)
            {
                result.TryAdd(name, (value, propPath + "/value"));
            }
        }

        return result;
    }

    private delegate bool TryParse<T>(string text, out T value);

    /// <summary>Warns about each member the OSCAL 1.2.1 mapping model does not have (its schema allows no others); they are ignored.</summary>
    private void Known(JsonElement owner, string path, params string[] names)
    {
        foreach (var member in owner.EnumerateObject())
        {
            if (System.Array.IndexOf(names, member.Name) < 0)
            {
                context.Warning(ReadContext.Member(path, member.Name), $"Member \"{Clip(member.Name)}\" is not in the OSCAL 1.2.1 mapping model; it was ignored.", JsonDiagnosticCodes.UnknownMember);
            }
        }
    }

    private T? Parsed<T>(Dictionary<string, (string Value, string Path)> props, string name, TryParse<T> parse, string expected)
        where T : struct
    {
        if (!props.TryGetValue(name, out var prop))
        {
            return null;
        }

        if (parse(prop.Value, out var value))
        {
            return value;
        }

        context.Error(prop.Path, $"\"{Clip(prop.Value)}\" is not {expected} (the Aims property \"{name}\").", JsonDiagnosticCodes.InvalidOscalMapping);
        return null;
    }

    private static string? Prop(Dictionary<string, (string Value, string Path)> props, string name) =>
        props.TryGetValue(name, out var prop) ? prop.Value : null;

    /// <summary>A string member: reports it missing (when required), of another JSON type, or not of its datatype; returns the string it holds.</summary>
    private string? Text(JsonElement owner, string path, string name, Kind kind, bool required)
    {
        var memberPath = $"{path}/{name}";
        if (!owner.TryGetProperty(name, out var value))
        {
            if (required)
            {
                context.Error(memberPath, $"Required: \"{name}\", {OscalDatatypes.Describe(kind)}.", JsonDiagnosticCodes.InvalidOscalMapping);
            }

            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            context.Error(memberPath, $"Expected {OscalDatatypes.Describe(kind)}, got {Describe(value)}.", JsonDiagnosticCodes.InvalidOscalMapping);
            return null;
        }

        var text = value.GetString()!;
        if (!Is(kind, text))
        {
            context.Error(memberPath, $"\"{Clip(text)}\" is not {OscalDatatypes.Describe(kind)}.", JsonDiagnosticCodes.InvalidOscalMapping);
        }
        else if (kind == Kind.Uuid && !_uuids.TryAdd(text, memberPath))
        {
            // OSCAL identifies each object by its uuid and resolves "#uuid" references by it: two objects with one uuid
            // make a reference ambiguous, so the later one is in error (and costs its record).
            context.Error(memberPath, $"UUID {text} is already used at {_uuids[text]}; every uuid identifies one object of the document.", JsonDiagnosticCodes.InvalidOscalMapping);
        }

        return text;
    }

    private string? Choice(JsonElement owner, string path, string name, string[] allowed, bool required)
    {
        var text = Text(owner, path, name, Kind.String, required);
        if (text is null || !IsString(text))
        {
            return null;
        }

        if (System.Array.IndexOf(allowed, text) < 0)
        {
            context.Error($"{path}/{name}", $"\"{Clip(text)}\" is not one of {string.Join(", ", allowed)}.", JsonDiagnosticCodes.InvalidOscalMapping);
            return null;
        }

        return text;
    }

    private JsonElement? Object(JsonElement owner, string path, string name, bool required)
    {
        if (!owner.TryGetProperty(name, out var value))
        {
            if (required)
            {
                context.Error($"{path}/{name}", $"Required: \"{name}\", an object.", JsonDiagnosticCodes.InvalidOscalMapping);
            }

            return null;
        }

        if (value.ValueKind != JsonValueKind.Object)
        {
            context.Error($"{path}/{name}", $"Expected an object, got {Describe(value)}.", JsonDiagnosticCodes.InvalidOscalMapping);
            return null;
        }

        return value;
    }

    private List<JsonElement> Array(JsonElement owner, string path, string name, bool required)
    {
        if (!owner.TryGetProperty(name, out var value))
        {
            if (required)
            {
                context.Error($"{path}/{name}", $"Required: \"{name}\", an array.", JsonDiagnosticCodes.InvalidOscalMapping);
            }

            return [];
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            context.Error($"{path}/{name}", $"Expected an array, got {Describe(value)}.", JsonDiagnosticCodes.InvalidOscalMapping);
            return [];
        }

        return [.. value.EnumerateArray()];
    }

    private static bool TryWord<TEnum>(string text, out TEnum value)
        where TEnum : struct, Enum
    {
        // OSCAL's enumerations are exact: the word itself, not a spelling Vocabulary.TryParse would also accept.
        value = default;
        return Vocabulary.TryParse(text, out value) && string.Equals(Vocabulary.Word(value), text, StringComparison.Ordinal);
    }

    private static MatchingRationale? Rationale(string? text) => text is not null && TryWord(text, out MatchingRationale r) ? r : null;

    private static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => $"the string \"{Clip(value.GetString()!)}\"",
        JsonValueKind.Number => $"the number {Clip(value.GetRawText())}",
        JsonValueKind.True or JsonValueKind.False => $"the boolean {value.GetRawText()}",
        JsonValueKind.Null => "null",
        JsonValueKind.Array => string.Create(CultureInfo.InvariantCulture, $"an array of {value.GetArrayLength()}"),
        _ => "an object",
    };

    private static string Clip(string text) => text.Length <= 60 ? text : text[..57] + "...";
}
