using System.Runtime.CompilerServices;

namespace Aims.Risk.Internal;

/// <summary>
/// Puts the order statistics at several ranks in place (as a full sort would) without sorting: a multi-rank
/// quickselect, O(n log k) for k ranks. Percentiles of a million trials cost a few milliseconds instead of a sort's ~100.
/// </summary>
internal static class Selection
{
    public static void SelectRanks(Span<double> data, ReadOnlySpan<int> sortedDistinctRanks)
    {
        if (sortedDistinctRanks.IsEmpty || data.Length <= 1)
        {
            return;
        }

        Select(data, 0, data.Length - 1, sortedDistinctRanks);
    }

    private static void Select(Span<double> a, int lo, int hi, ReadOnlySpan<int> ranks)
    {
        while (!ranks.IsEmpty && lo < hi)
        {
            var mid = ranks.Length / 2;
            var k = ranks[mid];
            QuickSelect(a, lo, hi, k);
            Select(a, lo, k - 1, ranks[..mid]);
            ranks = ranks[(mid + 1)..];
            lo = k + 1;
        }
    }

    [MethodImpl(Jit.Hot)]
    private static void QuickSelect(Span<double> a, int lo, int hi, int k)
    {
        while (hi - lo > 16)
        {
            // Median of three as pivot, then Hoare partition.
            var m = lo + ((hi - lo) / 2);
            if (a[m] < a[lo])
            {
                (a[m], a[lo]) = (a[lo], a[m]);
            }

            if (a[hi] < a[lo])
            {
                (a[hi], a[lo]) = (a[lo], a[hi]);
            }

            if (a[hi] < a[m])
            {
                (a[hi], a[m]) = (a[m], a[hi]);
            }

            var pivot = a[m];
            int i = lo, j = hi;
            while (i <= j)
            {
                while (a[i] < pivot)
                {
                    i++;
                }

                while (a[j] > pivot)
                {
                    j--;
                }

                if (i <= j)
                {
                    (a[i], a[j]) = (a[j], a[i]);
                    i++;
                    j--;
                }
            }

            if (k <= j)
            {
                hi = j;
            }
            else if (k >= i)
            {
                lo = i;
            }
            else
            {
                return;
            }
        }

        SmallSort.Sort(a.Slice(lo, hi - lo + 1)); // at most 17 values
    }
}
