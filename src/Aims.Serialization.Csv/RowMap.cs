using System.Globalization;
using CsvHelper.Configuration;

namespace Aims.Serialization.Csv;

/// <summary>
/// The CsvHelper class map of a table: one column per string property of <typeparamref name="TRow"/>, named after
/// it, in declaration order, every column optional on reading (required columns are checked by
/// <see cref="CsvSheet"/>, which reports them all at once). Cells stay strings here: values are parsed by the
/// model's constructors, so a bad cell becomes a diagnostic rather than a CsvHelper type-conversion exception.
/// </summary>
internal class RowMap<TRow> : ClassMap<TRow>
{
    public RowMap()
        : this(camelCase: false)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="RowMap{TRow}"/> class.</summary>
    /// <param name="camelCase">Whether column names are camelCase (the mapping-set format) rather than PascalCase.</param>
    protected RowMap(bool camelCase)
    {
        AutoMap(CultureInfo.InvariantCulture);
        foreach (var member in MemberMaps)
        {
            member.Optional();
            if (camelCase)
            {
                var name = member.Data.Member!.Name;
                member.Name(char.ToLowerInvariant(name[0]) + name[1..]);
            }
        }
    }

    /// <summary>Gets the column names, in order.</summary>
    public static IReadOnlyList<string> Columns { get; } = [.. new RowMap<TRow>().MemberMaps.Select(m => m.Data.Names.Count > 0 ? m.Data.Names[0] : m.Data.Member!.Name)];
}
