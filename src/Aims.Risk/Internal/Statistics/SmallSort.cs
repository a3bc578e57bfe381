namespace Aims.Risk.Internal;

/// <summary>
/// Sorted (distinct) copies of the few values a run's statistics need (thresholds, percentile levels, curve points) and of
/// the integration grid, by insertion sort. Plain loops over doubles instead of LINQ or <see cref="Array.Sort{T}(T[])"/>:
/// those generic instantiations over value types are in no ReadyToRun image (nor is a generic method of ours over
/// <c>INumber</c>), so a first run in a fresh process compiled about 150 of them (tens of milliseconds).
/// </summary>
internal static class SmallSort
{
    /// <summary>The distinct values in increasing order; of equal values (0.0 and −0.0) the first one is kept.</summary>
    public static double[] Distinct(ReadOnlySpan<double> values)
    {
        var sorted = values.ToArray();
        Sort(sorted);
        var count = 0;
        for (var i = 0; i < sorted.Length; i++)
        {
            if (count == 0 || sorted[i] != sorted[count - 1])
            {
                sorted[count++] = sorted[i];
            }
        }

        return count == sorted.Length ? sorted : sorted.AsSpan(0, count).ToArray();
    }

    /// <summary>Sorts in place by insertion: fast for the few values, or the nearly sorted ones, it is used for.</summary>
    public static void Sort(Span<double> values)
    {
        for (var i = 1; i < values.Length; i++)
        {
            var (x, j) = (values[i], i - 1);
            for (; j >= 0 && values[j] > x; j--)
            {
                values[j + 1] = values[j];
            }

            values[j + 1] = x;
        }
    }
}
