namespace Aims.Risk.Internal;

/// <summary>
/// The Beta tables of one run, one per shape (α, β): scenarios and inputs with the same shape share a table. A small
/// open-addressing map of its own rather than a <see cref="Dictionary{TKey, TValue}"/> keyed by a tuple of doubles, whose
/// generic code no ReadyToRun image holds: a first run in a fresh process compiled some twenty of its methods.
/// Not thread-safe: filled while a run is compiled, read-only after.
/// </summary>
internal sealed class BetaTables
{
    private BetaTable?[] _slots = new BetaTable?[16];
    private int _count;

    /// <summary>The table for a shape, built on first use.</summary>
    public BetaTable Get(double alpha, double beta)
    {
        var mask = _slots.Length - 1;
        var i = Hash(alpha, beta) & mask;
        while (_slots[i] is { } table)
        {
            if (table.Alpha.Equals(alpha) && table.Beta.Equals(beta))
            {
                return table;
            }

            i = (i + 1) & mask;
        }

        var created = new BetaTable(alpha, beta);
        _slots[i] = created;
        if (++_count * 2 > _slots.Length)
        {
            Grow();
        }

        return created;
    }

    private static int Hash(double alpha, double beta)
    {
        var h = ((ulong)BitConverter.DoubleToInt64Bits(alpha) * 0x9E3779B97F4A7C15UL) ^ (ulong)BitConverter.DoubleToInt64Bits(beta);
        return (int)((h * 0xC2B2AE3D27D4EB4FUL) >> 33);
    }

    private void Grow()
    {
        var old = _slots;
        _slots = new BetaTable?[old.Length * 2];
        var mask = _slots.Length - 1;
        foreach (var table in old)
        {
            if (table is not null)
            {
                var i = Hash(table.Alpha, table.Beta) & mask;
                while (_slots[i] is not null)
                {
                    i = (i + 1) & mask;
                }

                _slots[i] = table;
            }
        }
    }
}
