using System.Text;

namespace Aims.Mapping.Internal;

/// <summary>A minimal RFC 4180 reader for the package's own embedded data (trusted, UTF-8, header row first).</summary>
internal static class CsvTable
{
    public static List<Dictionary<string, string>> Read(string text) => ReadWithHeader(text).Rows;

    /// <summary>Reads the header (trimmed) and the rows keyed by it; empty text gives an empty header. Repeated header names keep the first column.</summary>
    public static (List<string> Header, List<Dictionary<string, string>> Rows) ReadWithHeader(string text)
    {
        var rows = Parse(text);
        if (rows.Count == 0)
        {
            return ([], []);
        }

        var header = rows[0].Select(h => h.Trim()).ToList();
        var data = rows.Skip(1).Where(r => r.Count > 1 || r[0].Length > 0)
            .Select(r =>
            {
                var row = new Dictionary<string, string>(StringComparer.Ordinal);
                for (var i = 0; i < header.Count; i++)
                {
                    row.TryAdd(header[i], i < r.Count ? r[i] : "");
                }

                return row;
            })
            .ToList();
        return (header, data);
    }

    private static List<List<string>> Parse(string text)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                row.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\n')
            {
                row.Add(field.ToString().TrimEnd('\r'));
                field.Clear();
                rows.Add(row);
                row = [];
            }
            else
            {
                field.Append(c);
            }
        }

        if (field.Length > 0 || row.Count > 0)
        {
            row.Add(field.ToString());
            rows.Add(row);
        }

        return rows;
    }
}
