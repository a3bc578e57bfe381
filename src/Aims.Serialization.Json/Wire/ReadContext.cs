using Aims.Shared;
using System.Globalization;
using System.Text;
using Aims.Model;

namespace Aims.Serialization.Json.Wire;

/// <summary>
/// Collects diagnostics while wire objects become model objects. Every model constructor runs inside
/// <see cref="Build{T}"/>, so the model stays the one source of validation truth and each rejection becomes a
/// diagnostic at the member's JSON Pointer.
/// </summary>
internal sealed class ReadContext
{
    private static readonly string[] DateTimeFormats =
    [
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd'T'HH:mmK",
    ];

    private int _errors;
    private int _absorbed;
    private int _recordsRead;
    private int _recordsAccepted;

    public List<AimsDiagnostic> Diagnostics { get; } = [];

    public bool HasErrors => _errors > 0;

    public int ErrorCount => _errors;

    /// <summary>
    /// Gets a value indicating whether an error happened outside the records that were rejected for it: then the
    /// document's value cannot be built faithfully (a bad organization, scope or provenance).
    /// </summary>
    public bool HasUnabsorbedErrors => _errors > _absorbed;

    /// <summary>Gets how many records (items of the document's record lists) were read and kept.</summary>
    public RecordCounts Counts => new(_recordsRead, _recordsAccepted);

    /// <summary>The JSON Pointer of the whole document.</summary>
    public const string Root = "";

    /// <summary>Extends a JSON Pointer (RFC 6901) by a member name, escaping <c>~</c> and <c>/</c>.</summary>
    public static string Member(string path, string name) =>
        path + "/" + JsonPointer.Escape(name);

    /// <summary>Extends a JSON Pointer (RFC 6901) by an array index.</summary>
    public static string Index(string path, int index) => string.Create(CultureInfo.InvariantCulture, $"{path}/{index}");

    /// <summary>
    /// Converts the JSONPath that System.Text.Json puts in <see cref="System.Text.Json.JsonException.Path"/>
    /// (<c>$.systems[0]['odd.name']</c>) to a JSON Pointer (<c>/systems/0/odd.name</c>); what it cannot parse stops
    /// the pointer at the last whole step.
    /// </summary>
    public static string FromJsonPath(string? jsonPath)
    {
        var pointer = Root;
        if (string.IsNullOrEmpty(jsonPath) || jsonPath[0] != '$')
        {
            return pointer;
        }

        var i = 1;
        while (i < jsonPath.Length)
        {
            if (jsonPath[i] == '.')
            {
                var end = jsonPath.IndexOfAny(['.', '['], i + 1);
                end = end < 0 ? jsonPath.Length : end;
                pointer = Member(pointer, jsonPath[(i + 1)..end]);
                i = end;
            }
            else if (jsonPath.AsSpan(i).StartsWith("['"))
            {
                var name = new StringBuilder();
                var j = i + 2;
                while (j < jsonPath.Length && !(jsonPath[j] == '\'' && j + 1 < jsonPath.Length && jsonPath[j + 1] == ']'))
                {
                    var escaped = jsonPath[j] == '\\' && j + 1 < jsonPath.Length && jsonPath[j + 1] is '\'' or '\\';
                    name.Append(jsonPath[escaped ? j + 1 : j]);
                    j += escaped ? 2 : 1;
                }

                if (j >= jsonPath.Length)
                {
                    break;
                }

                pointer = Member(pointer, name.ToString());
                i = j + 2;
            }
            else if (jsonPath[i] == '[' && jsonPath.IndexOf(']', i) is var close and > 0
                && int.TryParse(jsonPath.AsSpan(i + 1, close - i - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var index))
            {
                pointer = Index(pointer, index);
                i = close + 1;
            }
            else
            {
                break;
            }
        }

        return pointer;
    }

    public void Error(string path, string message, string code = JsonDiagnosticCodes.InvalidValue) =>
        Add(new AimsDiagnostic(code, path, message));

    public void Warning(string path, string message, string code) =>
        Add(new AimsDiagnostic(code, path, message, DiagnosticSeverity.Warning));

    public void Add(AimsDiagnostic diagnostic)
    {
        Diagnostics.Add(diagnostic);
        _errors += diagnostic.Severity == DiagnosticSeverity.Error ? 1 : 0;
    }

    /// <summary>
    /// Maps the items of a record list (systems, risks, SoA entries, mappings, scenarios): a record with any error,
    /// itself or in what it holds, is left out and its errors are absorbed, so the other records still make a value.
    /// </summary>
    public List<T> Records<TDto, T>(List<TDto?>? items, string path, Func<TDto, string, T?> map)
        where TDto : Dto
        where T : class
    {
        var result = new List<T>(items?.Count ?? 0);
        for (var i = 0; i < (items?.Count ?? 0); i++)
        {
            var itemPath = Index(path, i);
            var (errors, absorbed) = (_errors, _absorbed);
            _recordsRead++;
            T? value = null;
            if (items![i] is not { } item)
            {
                Error(itemPath, "A list item must not be null.");
            }
            else if (item.ReadFailure is { } failure)
            {
                Error(itemPath + failure.RelativePath, failure.Message, JsonDiagnosticCodes.InvalidType);
            }
            else
            {
                value = map(item, itemPath);
            }

            if (value is not null && _errors == errors)
            {
                result.Add(value);
                _recordsAccepted++;
            }
            else
            {
                _absorbed = absorbed + (_errors - errors);
            }
        }

        return result;
    }

    /// <summary>Wraps a record mapper so that a record repeating an earlier record's id is an error at its id.</summary>
    public Func<TDto, string, T?> UniqueIds<TDto, T>(Func<TDto, string, T?> map, Func<T, string> id, string what)
        where T : class
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return (dto, path) =>
        {
            var errors = _errors;
            var value = map(dto, path);
            if (value is not null && _errors == errors && !seen.Add(id(value)))
            {
                Add(new AimsDiagnostic(ModelDiagnosticCodes.DuplicateId, Member(path, "id"), $"Duplicate {what} id '{id(value)}'; the later one is left out."));
            }

            return value;
        };
    }

    /// <summary>Warns about each member the wire object did not recognise.</summary>
    public void Visit(Dto dto, string path)
    {
        if (dto.Unknown is null)
        {
            return;
        }

        foreach (var name in dto.Unknown.Keys.Order(StringComparer.Ordinal))
        {
            Warning(Member(path, name), $"Unknown member \"{name}\" was ignored.", JsonDiagnosticCodes.UnknownMember);
        }
    }

    /// <summary>Runs a model constructor; an <see cref="ArgumentException"/> becomes an error at the parameter's member.</summary>
    public T? Build<T>(string path, Func<T> create)
        where T : class
    {
        try
        {
            return create();
        }
        catch (ArgumentException ex)
        {
            var member = string.IsNullOrEmpty(ex.ParamName) ? path : Member(path, ex.ParamName);
            // A missing value gets our words, not the runtime's (possibly localized) "Value cannot be null.".
            Error(member, ex is ArgumentNullException && ex.Message == new ArgumentNullException(ex.ParamName).Message
                ? "Required: a value is missing."
                : ArgumentMessage.Reason(ex));
            return null;
        }
    }

    public TEnum Enum<TEnum>(string? text, string path, TEnum fallback)
        where TEnum : struct, Enum =>
        text is null ? fallback : (EnumOrNull<TEnum>(text, path) ?? fallback);

    public TEnum RequiredEnum<TEnum>(string? text, string path)
        where TEnum : struct, Enum
    {
        if (text is null)
        {
            Error(path, $"Required: one of {EnumText.Names<TEnum>()}.");
            return default;
        }

        return EnumOrNull<TEnum>(text, path) ?? default;
    }

    public TEnum? EnumOrNull<TEnum>(string? text, string path)
        where TEnum : struct, Enum
    {
        if (text is null)
        {
            return null;
        }

        if (EnumText.TryParse<TEnum>(text, out var value))
        {
            return value;
        }

        Error(path, $"\"{Truncate(text)}\" is not one of {EnumText.Names<TEnum>()}.");
        return null;
    }

    public List<TEnum> Enums<TEnum>(List<string?>? texts, string path)
        where TEnum : struct, Enum =>
        Items(texts, path, (text, itemPath) => EnumOrNull<TEnum>(text, itemPath) is { } v ? new Box<TEnum>(v) : null)
            .ConvertAll(b => b.Value);

    public DateOnly? Date(string? text, string path)
    {
        if (text is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        Error(path, $"\"{Truncate(text)}\" is not a date in the form yyyy-MM-dd.");
        return null;
    }

    public DateOnly RequiredDate(string? text, string path)
    {
        if (text is null)
        {
            Error(path, "Required: a date in the form yyyy-MM-dd.");
            return default;
        }

        return Date(text, path) ?? default;
    }

    public DateTimeOffset? Instant(string? text, string path)
    {
        if (text is null)
        {
            return null;
        }

        var hasOffset = text.EndsWith('Z') || (text.Length > 6 && text[^6] is '+' or '-' && text[^3] == ':');
        if (hasOffset && DateTimeOffset.TryParseExact(text, DateTimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var value))
        {
            return value;
        }

        Error(path, $"\"{Truncate(text)}\" is not an ISO 8601 date and time with a UTC offset (2026-01-31T09:30:00Z).");
        return null;
    }

    public DateTimeOffset RequiredInstant(string? text, string path)
    {
        if (text is null)
        {
            Error(path, "Required: an ISO 8601 date and time with a UTC offset.");
            return default;
        }

        return Instant(text, path) ?? default;
    }

    /// <summary>Strings of a list; a null item is an error and is skipped.</summary>
    public List<string> Strings(List<string?>? texts, string path) =>
        Items(texts, path, (text, _) => text);

    /// <summary>Maps each item of a wire list; null items and items that fail to map are skipped (their errors are reported).</summary>
    public List<T> Items<TDto, T>(List<TDto?>? items, string path, Func<TDto, string, T?> map)
        where T : class
    {
        var result = new List<T>(items?.Count ?? 0);
        if (items is null)
        {
            return result;
        }

        for (var i = 0; i < items.Count; i++)
        {
            var itemPath = Index(path, i);
            if (items[i] is not { } item)
            {
                Error(itemPath, "A list item must not be null.");
            }
            else if (map(item, itemPath) is { } value)
            {
                result.Add(value);
            }
        }

        return result;
    }

    private static string Truncate(string text) => text.Length <= 60 ? text : text[..57] + "...";

    /// <summary>A boxed value type, so value results can flow through <see cref="Items{TDto, T}"/>.</summary>
    private sealed record Box<TValue>(TValue Value);
}
