using Aims.Shared;
using System.Globalization;

namespace Aims.Serialization.Csv;

/// <summary>
/// One record being read. Accessors parse cells and report problems at
/// <c>/rows/{row}/{Column}</c>; <see cref="Build{T}"/> runs a model constructor and maps its parameter to a column.
/// </summary>
internal sealed class CsvRow(int row, IReadOnlyDictionary<string, int> columns, string[] fields, List<AimsDiagnostic> diagnostics)
{
    private readonly int _errorsBefore = diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);

    public int Row { get; } = row;

    public bool HasErrors => diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error) > _errorsBefore;

    public static string PathOf(int row, string? column) =>
        column is null ? string.Create(CultureInfo.InvariantCulture, $"/rows/{row}") : string.Create(CultureInfo.InvariantCulture, $"/rows/{row}/{JsonPointer.Escape(column)}");

    public void Error(string? column, string message) => diagnostics.Add(new AimsDiagnostic(CsvDiagnosticCodes.InvalidRow, PathOf(Row, column), message));

    public void Error(string? column, string message, string code) => diagnostics.Add(new AimsDiagnostic(code, PathOf(Row, column), message));

    public bool Has(string column) => columns.TryGetValue(column, out var i) && i < fields.Length && fields[i].Trim().Length > 0;

    /// <summary>The cell's text, trimmed and restored; <see langword="null"/> when the column is absent or the cell blank.</summary>
    public string? Text(string column)
    {
        if (!columns.TryGetValue(column, out var index) || index >= fields.Length)
        {
            return null;
        }

        var value = fields[index].Trim();
        return value.Length == 0 ? null : value;
    }

    public string Required(string column) => Text(column) ?? "";

    public TEnum Enum<TEnum>(string column, TEnum fallback)
        where TEnum : struct, Enum => EnumOrNull<TEnum>(column) ?? fallback;

    public TEnum? EnumOrNull<TEnum>(string column)
        where TEnum : struct, Enum
    {
        var text = Text(column);
        return text is null ? null : ParseEnum<TEnum>(text, column);
    }

    public TEnum? ParseEnum<TEnum>(string text, string column)
        where TEnum : struct, Enum
    {
        if (Vocabulary.TryParse<TEnum>(text, out var value))
        {
            return value;
        }

        Error(column, $"\"{text}\" is not one of {Vocabulary.WordList<TEnum>()}.");
        return null;
    }

    public List<TEnum> Enums<TEnum>(string column)
        where TEnum : struct, Enum =>
        [.. List(column).Select(t => ParseEnum<TEnum>(t, column)).OfType<TEnum>()];

    /// <summary>A yes/no cell that may be blank (<see langword="null"/>: not recorded); another value is an error.</summary>
    public bool? OptionalBool(string column) => Text(column) is null ? null : Bool(column);

    public bool Bool(string column, bool fallback = false)
    {
        var text = Text(column);
        switch (text?.ToUpperInvariant())
        {
            case null:
                return fallback;
            case "TRUE" or "YES" or "Y" or "1":
                return true;
            case "FALSE" or "NO" or "N" or "0":
                return false;
            default:
                Error(column, $"\"{text}\" is not a yes/no value (true, false, yes, no, 1, 0).");
                return fallback;
        }
    }

    public int? Int(string column)
    {
        var text = Text(column);
        if (text is null)
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        Error(column, $"\"{text}\" is not a whole number.");
        return null;
    }

    public DateOnly? Date(string column) => Text(column) is { } text ? ParseDate(text, column) : null;

    /// <summary>Parses a <c>yyyy-MM-dd</c> date found in <paramref name="column"/> (a cell, or a field of a list cell).</summary>
    public DateOnly? ParseDate(string text, string column)
    {
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        Error(column, $"\"{text}\" is not a date in the form yyyy-MM-dd.");
        return null;
    }

    public DateOnly RequiredDate(string column)
    {
        if (Text(column) is null)
        {
            Error(column, "Required: a date in the form yyyy-MM-dd.");
            return default;
        }

        return Date(column) ?? default;
    }

    public List<string> List(string column) => Text(column) is { } text ? CellText.Split(text) : [];

    public List<string[]> Records(string column, int minFields, int maxFields, string shape)
    {
        var result = new List<string[]>();
        if (Text(column) is not { } text)
        {
            return result;
        }

        foreach (var record in CellText.SplitRecords(text))
        {
            if (record.Length < minFields || record.Length > maxFields)
            {
                Error(column, $"\"{string.Join(" | ", record)}\" does not have the shape {shape}.");
            }
            else
            {
                result.Add([.. record, .. Enumerable.Repeat("", maxFields - record.Length)]);
            }
        }

        return result;
    }

    /// <summary>Runs a model constructor; an <see cref="ArgumentException"/> becomes an error in the parameter's column.</summary>
    public T? Build<T>(Func<T> create, string? fallbackColumn = null)
        where T : class
    {
        try
        {
            return create();
        }
        catch (ArgumentException ex)
        {
            var column = ex.ParamName is { Length: > 0 } p ? char.ToUpperInvariant(p[0]) + p[1..] : null;
            Error(column is not null && columns.ContainsKey(column) ? column : fallbackColumn, ArgumentMessage.Reason(ex));
            return null;
        }
    }
}
