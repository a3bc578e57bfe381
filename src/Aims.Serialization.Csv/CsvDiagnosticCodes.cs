namespace Aims.Serialization.Csv;

/// <summary>The stable diagnostic codes reported by the CSV readers of <c>Aims.Serialization.Csv</c> (range AIMS2xxx).</summary>
/// <remarks>Paths are <c>/rows/{row}/{Column}</c>; row 1 is the header. Each code is documented in <c>docs/diagnostics.md</c>.</remarks>
public static class CsvDiagnosticCodes
{
    /// <summary>Error: the input is empty, or the header lacks a required column; no rows are read.</summary>
    public const string InvalidHeader = "AIMS2001";

    /// <summary>Error: a row is malformed CSV (a quote inside an unquoted field, text after a closing quote, a quote never closed, a record longer than <see cref="AimsCsv.MaxRecordLength"/>); the row is skipped.</summary>
    /// <remarks>A quote that is never closed costs only its row: reading resumes on the next line. The message gives the line numbers.</remarks>
    public const string MalformedRow = "AIMS2002";

    /// <summary>Error: a row holds an invalid value, or more fields than the header (the message says which and why); the row is skipped.</summary>
    public const string InvalidRow = "AIMS2003";

    /// <summary>Warning: the header has a column this format does not know; its values are ignored.</summary>
    public const string UnknownColumn = "AIMS2004";

    /// <summary>Error: the header has the same column twice; no rows are read.</summary>
    public const string DuplicateColumn = "AIMS2005";

    /// <summary>Error: a row repeats the id of an earlier row; the later row is skipped.</summary>
    public const string DuplicateId = "AIMS2006";

    /// <summary>Error: the input is longer than <see cref="AimsCsv.MaxInputLength"/> characters or <see cref="AimsCsv.MaxRows"/> rows; the rest is not read, the rows before are kept. Path <c>/rows</c>.</summary>
    public const string TooLarge = "AIMS2007";
}
