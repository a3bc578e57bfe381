namespace Aims.Risk.Internal;

/// <summary>Statistics of a run merged from partial results: exact moments and counts, percentiles from a <see cref="LogHistogram"/>.</summary>
internal sealed partial class LossStatistics
{
    /// <summary>
    /// Builds the statistics from merged parts. Mean, standard deviation, min, max, P(zero) and the threshold
    /// probabilities are exact (the same bits as a single run); percentiles, VaR and expected shortfall are within one
    /// bin (relative 2⁻¹⁰) of the exact values; loss exceedance points are exact pairs (x, P(loss ≥ x)) at bin edges within
    /// one bin of the percentiles (P(loss &gt; x) for a negative x); histogram counts may move a value within one bin
    /// width of a public bin edge to the neighbouring bin.
    /// </summary>
    public static LossStatistics FromHistogram(
        ReadOnlySpan<Moments> chunks, long[] counts, long zeros, long[] over, double[] thresholds, FairSimulationOptions options)
    {
        var (n, mean, m2, lo, hi) = Moments.Combine(chunks);
        var before = new long[counts.Length + 1]; // values in lower bins
        for (var b = 0; b < counts.Length; b++)
        {
            before[b + 1] = before[b] + counts[b];
        }

        int BinOfRank(long rank)
        {
            int low = 0, high = counts.Length - 1; // the last bin with fewer than rank + 1 values below it: it holds the rank
            while (low < high)
            {
                var mid = (low + high + 1) >> 1;
                if (before[mid] <= rank)
                {
                    low = mid;
                }
                else
                {
                    high = mid - 1;
                }
            }

            return low;
        }

        double Representative(int bin) => Math.Clamp(LogHistogram.Representative(bin), lo, hi);
        double OrderStatistic(long rank) => rank == 0 ? lo : rank == n - 1 ? hi : Representative(BinOfRank(rank));
        double Quantile(double p)
        {
            var h = (n - 1) * p;
            var l = (long)Math.Floor(h);
            var u = Math.Min(n - 1, l + 1);
            return OrderStatistic(l) + ((h - l) * (OrderStatistic(u) - OrderStatistic(l)));
        }

        var s = new LossStatistics { Mean = mean, Min = lo, Max = hi, ProbabilityOfZero = (double)zeros / n };
        s.StandardDeviation = n > 1 ? Math.Sqrt(m2 / (n - 1)) : 0;
        s.Percentiles = [.. Levels.Select(p => new PercentileValue(p, Quantile(p)))];
        s.ValueAtRisk = Quantile(options.ValueAtRiskConfidence);

        // Expected shortfall: the mean of the tail ranks, as a single run computes it (TailStart to n − 1); bins above the
        // first tail rank's bin count by their representative.
        var firstTail = TailStart(n, options.ValueAtRiskConfidence);
        var varBin = BinOfRank(firstTail);
        var tailCount = n - firstTail;
        double tailSum = 0;
        var above = n - before[varBin + 1];
        for (var b = varBin + 1; b < counts.Length; b++)
        {
            tailSum += counts[b] == 0 ? 0 : counts[b] * Representative(b);
        }

        tailSum += Math.Clamp(tailCount - above, 0, counts[varBin]) * Representative(varBin);
        s.ExpectedShortfall = firstTail == n - 1 ? hi : Math.Max(tailSum / tailCount, s.ValueAtRisk); // the tail is the maximum alone: exact

        var binOfMin = LogHistogram.BinOf(lo);
        s.Curve = [.. Levels.Select(p => BinOfRank((long)Math.Floor((n - 1) * p))).Append(LogHistogram.BinOf(hi)).Where(b => b != binOfMin)
            .Distinct().Order().Select(b => new LossExceedancePoint(LogHistogram.LowerEdge(b), (double)(n - before[b]) / n))
            .Prepend(new LossExceedancePoint(lo, 1))];
        s.Thresholds = ThresholdProbabilities(thresholds, over, n);

        var publicBins = options.HistogramBins;
        var histogram = new long[publicBins];
        var scale = hi > lo ? publicBins / (hi - lo) : 0;
        for (var b = 0; b < counts.Length; b++)
        {
            if (counts[b] != 0)
            {
                histogram[Math.Clamp((int)((Representative(b) - lo) * scale), 0, publicBins - 1)] += counts[b];
            }
        }

        s.Histogram = HistogramOf(lo, hi, histogram);
        return s;
    }

    /// <summary>The distinct thresholds of the options, in increasing order (the order their counts are kept in).</summary>
    public static double[] ThresholdsOf(FairSimulationOptions options) =>
        options.LossThresholds.IsDefault ? [] : SmallSort.Distinct(options.LossThresholds.AsSpan());
}
