using System.Globalization;
using System.Text;

namespace Aims.Serialization.Csv;

/// <summary>One CSV record: its fields, its row (as a spreadsheet numbers it) and the line it starts on.</summary>
/// <param name="Fields">The fields, unquoted (a quoted field our writer neutralised loses its leading <c>'</c> again); empty for a malformed record.</param>
/// <param name="Row">The row number: every record and every blank line is a row; the first line is row 1.</param>
/// <param name="Line">The line of the input the record starts on (1-based; a quoted field can span lines).</param>
/// <param name="Problem">Why the record is malformed, with line numbers; <see langword="null"/> when it is well formed.</param>
internal readonly record struct CsvRecord(string[] Fields, int Row, int Line, string? Problem);

/// <summary>
/// An RFC 4180 reader for untrusted input (commas, <c>"</c> quotes doubled inside quoted fields, <c>\r\n</c>,
/// <c>\n</c> or <c>\r</c> line breaks, quoted fields spanning lines) that never lets one broken quote swallow the
/// rest of the input, and streams within fixed limits.
/// </summary>
/// <remarks>
/// A malformed record costs only itself. When a record that spans several lines turns out malformed (a quote that is
/// never closed, text after a closing quote, a record longer than <see cref="AimsCsv.MaxRecordLength"/>), only its
/// first line is reported and reading resumes on the next line; the lines read again are read with quoted fields
/// confined to one line, so every character is read at most twice and a hostile file costs linear time.
/// Reading stops after <see cref="AimsCsv.MaxInputLength"/> characters or <see cref="AimsCsv.MaxRows"/> rows
/// (<see cref="Truncated"/>).
/// </remarks>
internal sealed class CsvRecordReader(TextReader reader)
{
    private const int Eof = -1;
    private const int NewLine = -2;

    private readonly char[] _buffer = new char[4096];
    private int _bufferLength;
    private int _bufferPosition;
    private string _replay = "";
    private int _replayPosition;
    private long _charsRead;
    private int _line = 1;
    private int _row;
    private bool _lastFromReplay;
    private bool _ended;

    /// <summary>Gets why reading stopped early (a limit was reached), or <see langword="null"/>.</summary>
    public string? Truncated { get; private set; }

    /// <summary>Reads the next record, skipping blank lines (which still count as rows).</summary>
    /// <returns>The record, or <see langword="null"/> at the end of the input or of the limits.</returns>
    public CsvRecord? Next()
    {
        while (!_ended)
        {
            if (_row >= AimsCsv.MaxRows)
            {
                Stop(string.Create(CultureInfo.InvariantCulture, $"The table has more than {AimsCsv.MaxRows:N0} rows; the rest of the input was not read."));
                return null;
            }

            var record = ReadRecord();
            if (record is { Fields.Length: 0, Problem: null })
            {
                continue; // a blank line: a row of its own, nothing to read
            }

            return record;
        }

        return null;
    }

    private void Stop(string reason)
    {
        Truncated ??= reason;
        _ended = true;
    }

    private CsvRecord? ReadRecord()
    {
        var startLine = _line;
        var raw = new StringBuilder();
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        var afterQuote = false;
        var atFieldStart = true;
        var fieldQuoted = false;
        string? problem = null;
        var first = true;
        while (true)
        {
            var c = Read(raw);
            if (c == Eof && first)
            {
                _ended = true;
                return null;
            }

            if (first)
            {
                _row++;
                first = false;
            }

            if (raw.Length > AimsCsv.MaxRecordLength)
            {
                problem = string.Create(CultureInfo.InvariantCulture, $"Line {startLine}: the record is longer than {AimsCsv.MaxRecordLength:N0} characters (an unterminated quote?); ");
                return Malformed(startLine, raw, problem, atEnd: false);
            }

            if (quoted)
            {
                if (c == '"')
                {
                    quoted = false;
                    afterQuote = true;
                }
                else if (c == Eof)
                {
                    return Malformed(startLine, raw, string.Create(CultureInfo.InvariantCulture, $"Line {startLine}: a quote is opened and never closed; "), atEnd: true);
                }
                else if (c == NewLine && _lastFromReplay)
                {
                    // Re-reading the lines of a broken record: a quoted field may not span lines here.
                    return Malformed(startLine, raw, string.Create(CultureInfo.InvariantCulture, $"Line {startLine}: a quote is not closed on its line, after a broken record; "), atEnd: false);
                }
                else
                {
                    field.Append(c == NewLine ? LastNewLine(raw) : (char)c);
                }

                continue;
            }

            if (afterQuote && c == '"')
            {
                field.Append('"');
                quoted = true;
                afterQuote = false;
                continue;
            }

            if (c is ',' or NewLine or Eof)
            {
                // A quoted field that starts with ' and a formula trigger was neutralised by our writer: undo that.
                fields.Add(CellText.Restore(field.ToString(), fieldQuoted));
                field.Clear();
                (afterQuote, atFieldStart, fieldQuoted) = (false, true, false);
                if (c == ',')
                {
                    continue;
                }

                if (c == Eof)
                {
                    _ended = true;
                }

                var blank = fields.Count == 1 && raw[0] is '\r' or '\n';
                return new CsvRecord(blank ? [] : [.. fields], _row, startLine, null);
            }

            if (afterQuote)
            {
                return Malformed(startLine, raw, _line == startLine
                    ? string.Create(CultureInfo.InvariantCulture, $"Line {startLine}: text after a closing quote; ")
                    : string.Create(CultureInfo.InvariantCulture, $"Line {startLine}: a quote opened here closes on line {_line} and text follows it; "), atEnd: false);
            }

            if (c == '"')
            {
                if (atFieldStart)
                {
                    quoted = true;
                    fieldQuoted = true;
                    atFieldStart = false;
                    continue;
                }

                return Malformed(startLine, raw, _line == startLine
                    ? string.Create(CultureInfo.InvariantCulture, $"Line {startLine}: a quote inside an unquoted field; ")
                    : string.Create(CultureInfo.InvariantCulture, $"Line {startLine}: the row runs to line {_line}, where a quote is inside an unquoted field; "), atEnd: false);
            }

            atFieldStart = false;
            field.Append((char)c);
        }
    }

    /// <summary>
    /// Ends a malformed record. A record that spans lines gives back every line after its first, to be read again
    /// (quoted fields confined to their line); a record on one line is skipped to its end.
    /// </summary>
    private CsvRecord Malformed(int startLine, StringBuilder raw, string problem, bool atEnd)
    {
        var text = raw.ToString();
        var firstBreak = text.IndexOfAny(['\r', '\n']);
        var lineEnd = firstBreak;
        if (firstBreak >= 0 && text[firstBreak] == '\r' && firstBreak + 1 < text.Length && text[firstBreak + 1] == '\n')
        {
            lineEnd++;
        }

        string how;
        if (firstBreak >= 0 && lineEnd + 1 < text.Length)
        {
            _replay = text[(lineEnd + 1)..] + _replay[_replayPosition..];
            _replayPosition = 0;
            _line = startLine + 1;
            _ended = false;
            how = string.Create(CultureInfo.InvariantCulture, $"the row is skipped and reading resumes on line {startLine + 1}.");
        }
        else
        {
            // One line: skip the rest of it (unless the record already ended at its line break).
            if (firstBreak < 0 && !atEnd && SkipLine() == Eof)
            {
                _ended = true;
            }

            how = "the row is skipped.";
        }

        return new CsvRecord([], _row, startLine, problem + how);
    }

    /// <summary>Skips to the next line, scanning the buffer for the line break rather than reading character by character.</summary>
    private int SkipLine()
    {
        while (true)
        {
            if (_replayPosition < _replay.Length || _bufferPosition >= _bufferLength)
            {
                var c = Read(null);
                if (c is NewLine or Eof)
                {
                    return c;
                }

                continue;
            }

            var found = _buffer.AsSpan(_bufferPosition, _bufferLength - _bufferPosition).IndexOfAny('\r', '\n');
            if (found < 0)
            {
                _bufferPosition = _bufferLength;
                continue;
            }

            _bufferPosition += found;
            return Read(null); // the line break, whatever its form
        }
    }

    private static string LastNewLine(StringBuilder raw) =>
        raw.Length >= 2 && raw[^2] == '\r' && raw[^1] == '\n' ? "\r\n" : raw[^1].ToString();

    /// <summary>Reads one character (a line break, whatever its form, as <see cref="NewLine"/>), appending it to <paramref name="raw"/>.</summary>
    private int Read(StringBuilder? raw)
    {
        var c = ReadChar();
        if (c == '\r')
        {
            raw?.Append('\r');
            if (PeekChar() == '\n')
            {
                ReadChar();
                raw?.Append('\n');
            }

            _line++;
            return NewLine;
        }

        if (c == '\n')
        {
            raw?.Append('\n');
            _line++;
            return NewLine;
        }

        if (c != Eof)
        {
            raw?.Append((char)c);
        }

        return c;
    }

    private int ReadChar()
    {
        var c = PeekChar();
        if (c == Eof)
        {
            return Eof;
        }

        if (_replayPosition < _replay.Length)
        {
            _replayPosition++;
            _lastFromReplay = true;
        }
        else
        {
            _bufferPosition++;
            _lastFromReplay = false;
        }

        return c;
    }

    private int PeekChar()
    {
        if (_replayPosition < _replay.Length)
        {
            return _replay[_replayPosition];
        }

        if (_replay.Length > 0)
        {
            (_replay, _replayPosition) = ("", 0);
        }

        if (_bufferPosition >= _bufferLength)
        {
            if (Truncated is not null)
            {
                return Eof;
            }

            if (_charsRead >= AimsCsv.MaxInputLength)
            {
                Stop(string.Create(CultureInfo.InvariantCulture, $"The input is longer than {AimsCsv.MaxInputLength:N0} characters; the rest was not read."));
                return Eof;
            }

            _bufferLength = reader.Read(_buffer, 0, _buffer.Length);
            _bufferPosition = 0;
            _charsRead += _bufferLength;
            if (_bufferLength == 0)
            {
                return Eof;
            }
        }

        return _buffer[_bufferPosition];
    }
}
