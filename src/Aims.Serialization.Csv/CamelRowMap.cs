namespace Aims.Serialization.Csv;

/// <summary>A <see cref="RowMap{TRow}"/> with camelCase column names (the mapping-set format).</summary>
internal sealed class CamelRowMap<TRow> : RowMap<TRow>
{
    /// <summary>Gets the column names, in order.</summary>
    public static new IReadOnlyList<string> Columns { get; } = [.. new CamelRowMap<TRow>().MemberMaps.Select(m => m.Data.Names[0])];
    public CamelRowMap()
        : base(camelCase: true)
    {
    }
}
