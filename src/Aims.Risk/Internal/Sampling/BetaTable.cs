using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Aims.Risk.Internal;

/// <summary>
/// Exact Beta(α, β) sampling for α, β ≥ 1 (the shapes of the standard BetaPERT) by rejection from a piecewise-constant
/// envelope: 1,024 equal-width bins, each bounded above and below by the density at its edges (and at the mode, for
/// the bin holding it — the density is unimodal, so these bounds are exact). A bin is chosen with Walker's alias
/// method in proportion to its envelope area, a point uniformly within it, and the point is accepted against the
/// density; the lower bound accepts about 99 % of points without evaluating the density.
/// </summary>
/// <remarks>
/// Each attempt uses two 64-bit random numbers: the first gives the bin (10 bits) and the position in it (53 bits),
/// the second the alias and acceptance decisions (32 bits each). Immutable after construction; safe to share.
/// </remarks>
internal sealed class BetaTable
{
    private const int BinBits = 10;
    private const int Bins = 1 << BinBits;
    private const double Scale53 = 1.0 / (1UL << 53);
    private const double Scale32 = 1.0 / (1UL << 32);

    private readonly double[] _height = new double[Bins];

    // The same decisions on 32-bit integers: keep the column while (decisions >> 32) < Keep, accept at once while
    // (uint)decisions < Squeeze. One small entry per bin, so a draw touches at most two cache lines.
    private readonly Entry[] _entries = new Entry[Bins];
    private readonly double _alphaMinusOne;
    private readonly double _betaMinusOne;

    // The log density is measured from this level. 0 for moderate shapes (their tables and draws stay bit-identical);
    // the mode's log density when it would underflow (shapes in the hundreds, as a pyfair PERT with a large γ has):
    // there every height was 0, the alias table NaN, and Sample looped forever.
    private readonly double _logLevel;

    [MethodImpl(Jit.Hot)]
    public BetaTable(double alpha, double beta)
    {
        (Alpha, Beta) = (alpha, beta);
        (_alphaMinusOne, _betaMinusOne) = (alpha - 1, beta - 1);
        var squeeze = new double[Bins];
        var mode = alpha + beta > 2 ? _alphaMinusOne / (alpha + beta - 2) : 0.5;
        var logPeak = LogDensity(mode);
        _logLevel = logPeak < -600 ? logPeak : 0;
        for (var k = 0; k < Bins; k++)
        {
            double lo = (double)k / Bins, hi = (double)(k + 1) / Bins;
            var (fLo, fHi) = (Density(lo), Density(hi));
            _height[k] = mode >= lo && mode <= hi ? Math.Max(Density(mode), Math.Max(fLo, fHi)) : Math.Max(fLo, fHi);
            squeeze[k] = _height[k] > 0 ? Math.Min(fLo, fHi) / _height[k] : 0;
        }

        var (threshold, alias) = Alias(_height);
        for (var k = 0; k < Bins; k++)
        {
            _entries[k] = new Entry(
                (ulong)Math.Ceiling(threshold[k] * 4294967296.0), // u < t ⇔ u·2³² < ⌈t·2³²⌉ for a 32-bit u: exactly the double test
                (ulong)Math.Ceiling(squeeze[k] * 4294967296.0),
                (ushort)alias[k]);
        }
    }

    /// <summary>Gets the shape α.</summary>
    public double Alpha { get; }

    /// <summary>Gets the shape β.</summary>
    public double Beta { get; }

    /// <summary>The unnormalised density x^(α−1) (1−x)^(β−1), divided by e^level (see <see cref="_logLevel"/>).</summary>
    private double Density(double x) => Math.Exp(LogDensity(x) - _logLevel);

    private double LogDensity(double x)
    {
        var left = _alphaMinusOne == 0 ? 0 : _alphaMinusOne * Math.Log(x);
        var right = _betaMinusOne == 0 ? 0 : _betaMinusOne * Math.Log(1 - x);
        return left + right;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double Sample(ref Xoshiro256 rng)
    {
        // Columns and bins are below 1,024 by construction (a 10-bit shift), so the reads skip bounds checks.
        ref var entries = ref MemoryMarshal.GetArrayDataReference(_entries);
        while (true)
        {
            var position = rng.NextUInt64();
            var decisions = rng.NextUInt64();
            var column = (int)(position >> (64 - BinBits));

            // The alias choice is a coin flip, so it is made without a branch (the JIT compiled the conditional expression
            // to a jump mispredicted half the time): keep is all ones when the column is kept. Both sides are below 2³³.
            var entry = Unsafe.Add(ref entries, column);
            var keep = (int)((long)((decisions >> 32) - entry.Keep) >> 63);
            var bin = entry.Alias ^ ((entry.Alias ^ column) & keep);

            // 53 bits as a signed long: one conversion instruction (an unsigned one takes a dozen on x64), the same value.
            var x = (bin + ((long)(position & ((1UL << 53) - 1)) * Scale53)) * (1.0 / Bins);
            if ((uint)decisions < Unsafe.Add(ref entries, bin).Squeeze || (uint)decisions * Scale32 * _height[bin] < Density(x))
            {
                return x;
            }
        }
    }

    /// <summary>
    /// Vose's alias construction: bin k is kept with probability threshold[k], else replaced by alias[k]. Plain arrays
    /// as stacks (no LINQ or generic collections: less to compile on a first call), in the order the Stack-based version
    /// used, so the tables are the same.
    /// </summary>
    [MethodImpl(Jit.Hot)]
    private static (double[] Threshold, int[] Alias) Alias(double[] heights)
    {
        var threshold = new double[Bins];
        var alias = new int[Bins];
        var total = 0.0;
        foreach (var h in heights)
        {
            total += h;
        }

        var scaled = new double[Bins];
        for (var k = 0; k < Bins; k++)
        {
            scaled[k] = heights[k] * Bins / total;
        }

        var small = new int[Bins];
        var large = new int[Bins];
        int smallCount = 0, largeCount = 0;
        for (var k = 0; k < Bins; k++)
        {
            if (scaled[k] < 1)
            {
                small[smallCount++] = k;
            }
            else
            {
                large[largeCount++] = k;
            }
        }

        while (smallCount > 0 && largeCount > 0)
        {
            var (s, l) = (small[--smallCount], large[--largeCount]);
            threshold[s] = scaled[s];
            alias[s] = l;
            scaled[l] = scaled[l] + scaled[s] - 1;
            if (scaled[l] < 1)
            {
                small[smallCount++] = l;
            }
            else
            {
                large[largeCount++] = l;
            }
        }

        for (var i = 0; i < smallCount; i++)
        {
            threshold[small[i]] = 1;
            alias[small[i]] = small[i];
        }

        for (var i = 0; i < largeCount; i++)
        {
            threshold[large[i]] = 1;
            alias[large[i]] = large[i];
        }

        return (threshold, alias);
    }

    private readonly record struct Entry(ulong Keep, ulong Squeeze, ushort Alias);
}
