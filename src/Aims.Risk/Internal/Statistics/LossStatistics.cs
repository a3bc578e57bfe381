using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Aims.Risk.Internal;

/// <summary>
/// Annual-loss statistics from the trial vector: exact moments, exact percentiles (type 7), value at risk, expected
/// shortfall, an exact loss exceedance curve, histogram and threshold probabilities — without sorting.
/// </summary>
/// <remarks>
/// A fine internal histogram (aligned with the public one) gives exact cumulative counts, so the bin holding every
/// needed order statistic is known exactly; a last pass collects only those bins' values and selects within them.
/// Every pass works on fixed chunks combined in chunk order, so results do not depend on the degree of parallelism.
/// The input array is not modified.
/// </remarks>
internal sealed partial class LossStatistics
{
    /// <summary>The reported percentile levels (p10 … p99.9).</summary>
    public static readonly double[] Levels = [0.10, 0.25, 0.50, 0.75, 0.80, 0.90, 0.95, 0.975, 0.99, 0.995, 0.999];

    private const int PassChunk = 1 << 16;
    private const int TargetInternalBins = 8192;

    public double Mean { get; private set; }

    public double StandardDeviation { get; private set; }

    public double Min { get; private set; }

    public double Max { get; private set; }

    public ImmutableArray<PercentileValue> Percentiles { get; private set; }

    public double ValueAtRisk { get; private set; }

    public double ExpectedShortfall { get; private set; }

    public double ProbabilityOfZero { get; private set; }

    public ImmutableArray<LossExceedancePoint> Curve { get; private set; }

    public ImmutableArray<HistogramBin> Histogram { get; private set; }

    public ImmutableArray<(double Threshold, double Probability)> Thresholds { get; private set; }

    /// <summary>Gets whether every statistic is a finite number (an overflow in the sums or squares makes one infinite or NaN).</summary>
    public bool IsFinite =>
        double.IsFinite(Mean) && double.IsFinite(StandardDeviation) && double.IsFinite(Min) && double.IsFinite(Max)
        && double.IsFinite(ValueAtRisk) && double.IsFinite(ExpectedShortfall) && PercentilesAndHistogramAreFinite();

    private bool PercentilesAndHistogramAreFinite()
    {
        foreach (var p in Percentiles)
        {
            if (!double.IsFinite(p.Value))
            {
                return false;
            }
        }

        foreach (var b in Histogram)
        {
            if (!double.IsFinite(b.Lower) || !double.IsFinite(b.Upper))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Computes the statistics of <paramref name="data"/>, whose moments per simulation chunk (in chunk order) are <paramref name="chunks"/>.</summary>
    /// <remarks>
    /// Plain loops and arrays, no LINQ or dictionaries: every generic instantiation over a value type here was compiled on
    /// a first run in a fresh process, which made that run several times slower than the next (issue 14).
    /// </remarks>
    public static LossStatistics Compute(double[] data, ReadOnlySpan<Moments> chunks, FairSimulationOptions options)
    {
        var n = data.Length;
        var (_, mean, m2, lo, hi) = Moments.Combine(chunks);
        var total = mean * n;
        var passes = (n + PassChunk - 1) / PassChunk;
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.MaxDegreeOfParallelism };

        var publicBins = options.HistogramBins;
        var perPublicBin = Math.Max(1, TargetInternalBins / publicBins);
        var grid = new Grid(lo, hi, publicBins * perPublicBin);
        var thresholds = ThresholdsOf(options);

        // Pass 2 (moments, min and max came from the simulation's chunks): counts and sums per internal bin, ties at
        // min and max, threshold counts.
        var p2 = new Pass2[passes];
        Parallel.For(0, passes, parallel, c => p2[c] = SecondPass(Slice(data, c), grid, thresholds));
        var (counts, sums, over, before, atMin, atMax, zeros) = MergeSecondPass(p2, grid.Bins, thresholds.Length);

        // Which bin holds each needed rank? Ranks below the count of minimum values are the minimum itself (bin −1).
        var ranks = NeededRanks(n, options.ValueAtRiskConfidence);
        // slotOfBin holds slot + 1 for a needed bin, 0 for the others (no fill: the array is zeroed).
        var binOfRank = new int[ranks.Length];
        var slotOfBin = new int[grid.Bins];
        var binOfSlot = new int[ranks.Length];
        var slots = 0;
        for (var i = 0; i < ranks.Length; i++)
        {
            binOfRank[i] = ranks[i] < atMin ? -1 : BinHolding(before, counts, ranks[i]);
            if (binOfRank[i] >= 0 && slotOfBin[binOfRank[i]] == 0)
            {
                binOfSlot[slots] = binOfRank[i];
                slotOfBin[binOfRank[i]] = ++slots;
            }
        }

        // Pass 3: copy the values of the needed bins (minimum values excluded: they are counted in atMin) into arrays of
        // their exact size, each pass at its own offset, so the order is the same at any degree of parallelism.
        var values = new double[slots][];
        var offsets = new int[passes * slots];
        for (var slot = 0; slot < slots; slot++)
        {
            var (b, size) = (binOfSlot[slot], 0);
            for (var c = 0; c < passes; c++)
            {
                offsets[(c * slots) + slot] = size;
                size += (int)(p2[c].Counts[b] - (b == 0 ? p2[c].AtMin : 0));
            }

            values[slot] = new double[size];
        }

        Parallel.For(0, passes, parallel, c => ThirdPass(Slice(data, c), grid, slotOfBin, lo, values, offsets.AsSpan(c * slots, slots)));
        long Offset(int bin) => before[bin] + (bin == 0 ? atMin : 0); // rank of the first collected value of a bin
        for (var slot = 0; slot < slots; slot++)
        {
            var bin = binOfSlot[slot];
            var (firstRank, count) = (-1, 0); // ranks increase with bins, so a bin's ranks are adjacent
            for (var i = 0; i < ranks.Length; i++)
            {
                if (binOfRank[i] == bin)
                {
                    firstRank = firstRank < 0 ? i : firstRank;
                    count++;
                }
            }

            var local = new int[count];
            for (var i = 0; i < count; i++)
            {
                local[i] = (int)(ranks[firstRank + i] - Offset(bin));
            }

            Selection.SelectRanks(values[slot], local);
        }

        int BinOf(int rank)
        {
            var i = 0;
            while (ranks[i] != rank)
            {
                i++;
            }

            return binOfRank[i];
        }

        double OrderStatistic(int rank) => BinOf(rank) is var bin && bin < 0 ? lo : values[slotOfBin[bin] - 1][rank - Offset(bin)];
        double Quantile(double p)
        {
            var h = (n - 1) * p;
            var l = (int)Math.Floor(h);
            var u = Math.Min(n - 1, l + 1);
            return OrderStatistic(l) + ((h - l) * (OrderStatistic(u) - OrderStatistic(l)));
        }

        // Count of values strictly below x, exact for x = min, max or a value inside a collected bin.
        long Below(double x)
        {
            if (x <= lo)
            {
                return 0;
            }

            if (x >= hi)
            {
                return n - atMax;
            }

            var bin = grid.BinOf(x);
            if (slotOfBin[bin] == 0)
            {
                return before[bin] + (bin == 0 ? atMin : 0); // only reachable for an empty bin
            }

            var below = Offset(bin);
            foreach (var v in values[slotOfBin[bin] - 1])
            {
                below += v < x ? 1 : 0;
            }

            return below;
        }

        var s = new LossStatistics { Mean = mean, Min = lo, Max = hi, ProbabilityOfZero = (double)zeros / n };
        s.StandardDeviation = n > 1 ? Math.Sqrt(m2 / (n - 1)) : 0;
        var percentiles = new PercentileValue[Levels.Length];
        var curvePoints = new double[Levels.Length + 2];
        for (var i = 0; i < Levels.Length; i++)
        {
            percentiles[i] = new PercentileValue(Levels[i], Quantile(Levels[i]));
            curvePoints[i] = percentiles[i].Value;
        }

        s.Percentiles = ImmutableCollectionsMarshal.AsImmutableArray(percentiles);
        s.ValueAtRisk = Quantile(options.ValueAtRiskConfidence);

        // Expected shortfall: the mean of the tail ranks (TailStart to n − 1). Every value above the first tail value v is
        // in the tail; the remaining tail ranks hold values equal to v (ties at v count once per rank, not all of them).
        var first = TailStart(n, options.ValueAtRiskConfidence);
        var tailCount = (long)n - first;
        double tailSum;
        var tailBin = BinOf(first);
        if (tailBin < 0)
        {
            tailSum = total - (first * lo); // the first tail value is the minimum: everything but the minima below it
        }
        else
        {
            var v = OrderStatistic(first);
            var (above, sumAbove) = SumFrom(counts, sums, tailBin + 1);
            tailSum = sumAbove;

            foreach (var x in values[slotOfBin[tailBin] - 1])
            {
                if (x > v)
                {
                    tailSum += x;
                    above++;
                }
            }

            tailSum += (tailCount - above) * v;
        }

        s.ExpectedShortfall = tailSum / tailCount;
        (curvePoints[^2], curvePoints[^1]) = (lo, hi);
        var distinctPoints = SmallSort.Distinct(curvePoints);
        var curve = new LossExceedancePoint[distinctPoints.Length];
        for (var i = 0; i < curve.Length; i++)
        {
            curve[i] = new LossExceedancePoint(distinctPoints[i], (double)(n - Below(distinctPoints[i])) / n);
        }

        s.Curve = ImmutableCollectionsMarshal.AsImmutableArray(curve);
        s.Thresholds = ThresholdProbabilities(thresholds, over, n);
        var perBin = new long[publicBins];
        for (var i = 0; i < publicBins; i++)
        {
            foreach (var c in counts.AsSpan(i * perPublicBin, perPublicBin))
            {
                perBin[i] += c;
            }
        }

        s.Histogram = HistogramOf(lo, hi, perBin);
        return s;
    }

    /// <summary>The public histogram: equal-width bins over [lo, hi] (the last one ends at hi exactly) with these counts.</summary>
    private static ImmutableArray<HistogramBin> HistogramOf(double lo, double hi, long[] counts)
    {
        var bins = counts.Length;
        var histogram = new HistogramBin[bins];
        for (var i = 0; i < bins; i++)
        {
            histogram[i] = new HistogramBin(lo + (i * (hi - lo) / bins), i == bins - 1 ? hi : lo + ((i + 1) * (hi - lo) / bins), counts[i]);
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(histogram);
    }

    /// <summary>The type-7 ranks every reported percentile and the VaR level read, sorted and distinct.</summary>
    private static int[] NeededRanks(int n, double valueAtRiskConfidence)
    {
        var levels = new double[Levels.Length + 1];
        Levels.CopyTo(levels, 0);
        levels[^1] = valueAtRiskConfidence;
        SmallSort.Sort(levels); // ranks grow with levels, so only neighbours can be equal
        var (ranks, count) = (new int[2 * levels.Length], 0);
        void Add(int rank)
        {
            if (count == 0 || rank > ranks[count - 1])
            {
                ranks[count++] = rank;
            }
        }

        foreach (var p in levels)
        {
            var l = (int)Math.Floor((n - 1) * p);
            Add(l);
            Add(Math.Min(n - 1, l + 1));
        }

        return ranks.AsSpan(0, count).ToArray();
    }

    private static ImmutableArray<(double Threshold, double Probability)> ThresholdProbabilities(double[] thresholds, long[] over, long n)
    {
        var pairs = new (double, double)[thresholds.Length];
        for (var i = 0; i < pairs.Length; i++)
        {
            pairs[i] = (thresholds[i], (double)over[i] / n);
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(pairs);
    }

    /// <summary>
    /// Adds the passes' counts and sums in pass order, and the count of values in lower bins. Its own method, compiled
    /// optimized at once: inside <see cref="Compute"/> these loops made the first 1M-trial run compile that whole method
    /// again with on-stack replacement (tens of milliseconds of JIT time).
    /// </summary>
    [MethodImpl(Jit.Hot)]
    private static (long[] Counts, double[] Sums, long[] Over, long[] Before, long AtMin, long AtMax, long Zeros) MergeSecondPass(Pass2[] p2, int bins, int thresholdCount)
    {
        var counts = new long[bins];
        var sums = new double[bins];
        var over = new long[thresholdCount];
        long atMin = 0, atMax = 0, zeros = 0;
        foreach (var r in p2)
        {
            atMin += r.AtMin;
            atMax += r.AtMax;
            zeros += r.Zeros;
            var (rc, rs) = (r.Counts, r.Sums);
            for (var b = 0; b < bins; b++)
            {
                counts[b] += rc[b];
                sums[b] += rs[b];
            }

            for (var t = 0; t < thresholdCount; t++)
            {
                over[t] += r.Over[t];
            }
        }

        var before = new long[bins]; // elements in lower bins
        for (var b = 1; b < bins; b++)
        {
            before[b] = before[b - 1] + counts[b - 1];
        }

        return (counts, sums, over, before, atMin, atMax, zeros);
    }

    /// <summary>The count and sum of the values in bins <paramref name="first"/> and above.</summary>
    [MethodImpl(Jit.Hot)]
    private static (long Count, double Sum) SumFrom(long[] counts, double[] sums, int first)
    {
        long count = 0;
        double sum = 0;
        for (var b = first; b < counts.Length; b++)
        {
            sum += sums[b];
            count += counts[b];
        }

        return (count, sum);
    }

    private static ReadOnlySpan<double> Slice(double[] data, int chunk)
    {
        var start = chunk * PassChunk;
        return data.AsSpan(start, Math.Min(PassChunk, data.Length - start));
    }

    /// <summary>
    /// The first rank of the expected-shortfall tail: the lowest rank whose value is at or above the type-7 quantile at
    /// <paramref name="p"/> (its lower order statistic when (n − 1)·p is a whole number, else the next one).
    /// </summary>
    internal static int TailStart(long n, double p)
    {
        var h = (n - 1) * p;
        var l = (long)Math.Floor(h);
        return (int)(h == l ? l : Math.Min(n - 1, l + 1));
    }

    private static int BinHolding(long[] before, long[] counts, long rank)
    {
        int lo = 0, hi = before.Length - 1;
        while (lo < hi)
        {
            var mid = (lo + hi + 1) >> 1;
            if (before[mid] <= rank)
            {
                lo = mid;
            }
            else
            {
                hi = mid - 1;
            }
        }

        while (counts[lo] == 0 || before[lo] + counts[lo] <= rank)
        {
            lo++;
        }

        return lo;
    }

    /// <summary>Counts and sums per bin, ties at min and max, zeros and threshold counts of one pass; accumulators in locals.</summary>
    [MethodImpl(Jit.Hot)]
    private static Pass2 SecondPass(ReadOnlySpan<double> data, Grid grid, double[] thresholds)
    {
        var r = new Pass2(grid.Bins, thresholds.Length);
        var (counts, sums, over) = (r.Counts, r.Sums, r.Over);
        var (low, high, scale, last) = (grid.Low, grid.High, grid.Scale, grid.Bins - 1);
        long atMin = 0, atMax = 0, zeros = 0;
        foreach (var x in data)
        {
            var b = Math.Clamp((int)((x - low) * scale), 0, last);
            counts[b]++;
            sums[b] += x;
            atMin += x == low ? 1 : 0;
            atMax += x == high ? 1 : 0;
            zeros += x == 0 ? 1 : 0;
        }

        for (var t = 0; t < thresholds.Length; t++)
        {
            var (threshold, above) = (thresholds[t], 0L);
            foreach (var x in data)
            {
                above += x > threshold ? 1 : 0;
            }

            over[t] = above;
        }

        (r.AtMin, r.AtMax, r.Zeros) = (atMin, atMax, zeros);
        return r;
    }

    /// <summary>Copies this pass's values of the needed bins to their arrays, from this pass's offsets on.</summary>
    [MethodImpl(Jit.Hot)]
    private static void ThirdPass(ReadOnlySpan<double> data, Grid grid, int[] slotOfBin, double lo, double[][] values, Span<int> offsets)
    {
        foreach (var x in data)
        {
            var slot = slotOfBin[grid.BinOf(x)] - 1;
            if (slot >= 0 && x != lo)
            {
                values[slot][offsets[slot]++] = x;
            }
        }
    }

    /// <summary>Equal-width bins over [Low, High]; the maximum falls in the last bin.</summary>
    private sealed class Grid(double low, double high, int bins)
    {
        public double Scale { get; } = high > low ? bins / (high - low) : 0;

        public double Low { get; } = low;

        public double High { get; } = high;

        public int Bins { get; } = bins;

        public int BinOf(double x) => Math.Clamp((int)((x - Low) * Scale), 0, Bins - 1);
    }

    private sealed class Pass2(int bins, int thresholds)
    {
        public long[] Counts { get; } = new long[bins];

        public double[] Sums { get; } = new double[bins];

        public long[] Over { get; } = new long[thresholds];

        public long AtMin { get; set; }

        public long AtMax { get; set; }

        public long Zeros { get; set; }
    }
}
