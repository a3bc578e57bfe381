using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Aims.Risk.Internal;

/// <summary>
/// Exact Beta(α, β) sampling for α, β ≥ 1 (the shapes of the standard BetaPERT) by rejection from a piecewise-constant
/// envelope: 1,024 equal-width bins, each bounded above and below by the density at its edges (and at the mode, for
/// the bin holding it — the density is unimodal, so these bounds are exact). A bin is chosen with Walker's alias
/// method in proportion to its envelope area, a point uniformly within it, and the point is accepted against the
/// density; the lower bound accepts about 99 % of points without evaluating the density.
/// </summary>
/// <remarks>
/// Each attempt uses two 64-bit random numbers: the first gives the bin (its top 10 bits) and the position in it (its low
/// 52 bits), the second the alias and acceptance decisions (32 bits each). <see cref="Fill(Span{double}, double, double, ref Xoshiro256x4)"/> makes four draws at once in
/// the lanes of 256-bit vectors where the hardware has them, each lane from its own generator of a
/// <see cref="Xoshiro256x4"/>; a lane whose point is not accepted at once goes on alone, as <see cref="Sample"/> would, so
/// both paths give the same bits. Immutable after construction; safe to share.
/// </remarks>
internal sealed class BetaTable
{
    private const int BinBits = 10;
    private const int Bins = 1 << BinBits;
    private const double Scale32 = 1.0 / (1UL << 32);
    private const ulong Fraction52 = (1UL << 52) - 1;
    private const ulong ExponentOfOne = 0x3FF0000000000000;

    private readonly double[] _height = new double[Bins];

    // The same decisions on 32-bit integers: keep the column while (decisions >> 32) < keep, accept at once while
    // (uint)decisions < squeeze. Both are at most 2³², so they are compared as longs (one instruction, scalar or vector).
    private readonly long[] _keep = new long[Bins];
    private readonly long[] _alias = new long[Bins];
    private readonly long[] _squeeze = new long[Bins];
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
            _keep[k] = (long)Math.Ceiling(threshold[k] * 4294967296.0); // u < t ⇔ u·2³² < ⌈t·2³²⌉ for a 32-bit u: exactly the double test
            _squeeze[k] = (long)Math.Ceiling(squeeze[k] * 4294967296.0);
            _alias[k] = alias[k];
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

    /// <summary>One draw from one generator.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double Sample(ref Xoshiro256 rng)
    {
        while (true)
        {
            var position = rng.NextUInt64();
            var decisions = rng.NextUInt64();
            if (TryAccept(position, decisions, out var x))
            {
                return x;
            }
        }
    }

    /// <summary>
    /// Fills <paramref name="destination"/> with low + range · draw, draw k from lane k mod 4 of <paramref name="lanes"/>
    /// (counting from its next lane): the same values as <see cref="Sample"/> on <see cref="Xoshiro256x4.Next"/> each time.
    /// </summary>
    [MethodImpl(Jit.Hot)]
    public void Fill(Span<double> destination, double low, double range, ref Xoshiro256x4 lanes) =>
        Fill(destination, low, range, ref lanes, Vector256.IsHardwareAccelerated);

    /// <summary><see cref="Fill(Span{double}, double, double, ref Xoshiro256x4)"/>, with the vector path allowed or not (tests compare them).</summary>
    [MethodImpl(Jit.Hot)]
    internal void Fill(Span<double> destination, double low, double range, ref Xoshiro256x4 lanes, bool vector)
    {
        var i = 0;
        while (i < destination.Length && lanes.NextLane != 0)
        {
            destination[i++] = low + (range * Sample(ref lanes.Next()));
        }

        if (vector)
        {
            i += FillVector(destination[i..], low, range, ref lanes);
        }

        for (; i < destination.Length; i++)
        {
            destination[i] = low + (range * Sample(ref lanes.Next()));
        }
    }

    /// <summary>
    /// The first attempt's test: the bin from the column or its alias, the point in the bin, accepted at once under the
    /// squeeze or against the density. The vector path makes the same choices lane by lane and calls this only for a lane
    /// the squeeze did not accept.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool TryAccept(ulong position, ulong decisions, out double x)
    {
        // Columns and bins are below 1,024 by construction (a 10-bit shift), so the reads skip bounds checks.
        var column = (long)(position >> (64 - BinBits));

        // The alias choice is a coin flip, so it is made without a branch (the JIT compiled the conditional expression
        // to a jump mispredicted half the time): keep is all ones when the column is kept.
        var keep = ((long)(decisions >> 32) - At(_keep, column)) >> 63;
        var alias = At(_alias, column);
        var bin = alias ^ ((alias ^ column) & keep);

        // The point: 52 random bits under the exponent of 1 give a double in [1, 2) exactly, as the vector path builds it.
        x = (bin + (BitConverter.Int64BitsToDouble((long)((position & Fraction52) | ExponentOfOne)) - 1)) * (1.0 / Bins);
        return (long)(uint)decisions < At(_squeeze, bin) || (uint)decisions * Scale32 * _height[bin] < Density(x);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static long At(long[] table, long index) => Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(table), (nint)index);

    /// <summary>
    /// Four draws at a time from the four lanes (the stream's next lane is 0): the generators are stepped together in
    /// 256-bit vectors, the table read lane by lane, a lane not accepted at once finished alone. Returns how many values
    /// it wrote (a multiple of 4); the lanes are left at lane 0.
    /// </summary>
    [MethodImpl(Jit.Hot)]
    private int FillVector(Span<double> destination, double low, double range, ref Xoshiro256x4 lanes)
    {
        var groups = destination.Length / Xoshiro256x4.Lanes;
        if (groups == 0)
        {
            return 0;
        }

        var (a0, a1, a2, a3) = lanes.Lane(0).State;
        var (b0, b1, b2, b3) = lanes.Lane(1).State;
        var (c0, c1, c2, c3) = lanes.Lane(2).State;
        var (d0, d1, d2, d3) = lanes.Lane(3).State;
        var s0 = Vector256.Create(a0, b0, c0, d0);
        var s1 = Vector256.Create(a1, b1, c1, d1);
        var s2 = Vector256.Create(a2, b2, c2, d2);
        var s3 = Vector256.Create(a3, b3, c3, d3);
        var (lowV, rangeV, one, binWidth) = (Vector256.Create(low), Vector256.Create(range), Vector256.Create(1.0), Vector256.Create(1.0 / Bins));
        var (fraction, exponent, low32) = (Vector256.Create(Fraction52), Vector256.Create(ExponentOfOne), Vector256.Create(0xFFFFFFFFUL));
        var (binExponent, binBias) = (Vector256.Create(0x4330000000000000UL), Vector256.Create(4503599627370496.0)); // 2⁵² as bits and value
        ref var keepTable = ref MemoryMarshal.GetArrayDataReference(_keep);
        ref var aliasTable = ref MemoryMarshal.GetArrayDataReference(_alias);
        ref var squeezeTable = ref MemoryMarshal.GetArrayDataReference(_squeeze);
        ref var output = ref MemoryMarshal.GetReference(destination);
        for (var g = 0; g < groups; g++)
        {
            var position = Step(ref s0, ref s1, ref s2, ref s3);
            var decisions = Step(ref s0, ref s1, ref s2, ref s3);
            var column = (position >>> (64 - BinBits)).AsInt64();
            var (k0, k1, k2, k3) = ((nint)column.GetElement(0), (nint)column.GetElement(1), (nint)column.GetElement(2), (nint)column.GetElement(3));
            var keepAt = Vector256.Create(Unsafe.Add(ref keepTable, k0), Unsafe.Add(ref keepTable, k1), Unsafe.Add(ref keepTable, k2), Unsafe.Add(ref keepTable, k3));
            var aliasAt = Vector256.Create(Unsafe.Add(ref aliasTable, k0), Unsafe.Add(ref aliasTable, k1), Unsafe.Add(ref aliasTable, k2), Unsafe.Add(ref aliasTable, k3));
            var bin = Vector256.ConditionalSelect(Vector256.LessThan((decisions >>> 32).AsInt64(), keepAt), column, aliasAt);
            var squeezeAt = Vector256.Create(
                Unsafe.Add(ref squeezeTable, (nint)bin.GetElement(0)), Unsafe.Add(ref squeezeTable, (nint)bin.GetElement(1)),
                Unsafe.Add(ref squeezeTable, (nint)bin.GetElement(2)), Unsafe.Add(ref squeezeTable, (nint)bin.GetElement(3)));
            var accepted = Vector256.LessThan((decisions & low32).AsInt64(), squeezeAt);

            // bin as a double (exact: below 2⁵²), the point in the bin exactly as TryAccept computes it.
            var binValue = (bin.AsUInt64() | binExponent).AsDouble() - binBias;
            var x = (binValue + (((position & fraction) | exponent).AsDouble() - one)) * binWidth;
            Vector256.StoreUnsafe(lowV + (rangeV * x), ref output, (nuint)(g * Xoshiro256x4.Lanes));
            if (accepted != Vector256<long>.AllBitsSet)
            {
                // A lane the squeeze did not accept (about 1 in 250): its first attempt is tested against the density and,
                // if rejected, the lane draws on alone from its own generator, exactly as Sample would.
                for (var lane = 0; lane < Xoshiro256x4.Lanes; lane++)
                {
                    if (accepted.GetElement(lane) == 0)
                    {
                        var rng = new Xoshiro256(s0.GetElement(lane), s1.GetElement(lane), s2.GetElement(lane), s3.GetElement(lane));
                        var value = TryAccept(position.GetElement(lane), decisions.GetElement(lane), out var first) ? first : Sample(ref rng);
                        Unsafe.Add(ref output, (g * Xoshiro256x4.Lanes) + lane) = low + (range * value);
                        var (n0, n1, n2, n3) = rng.State;
                        (s0, s1, s2, s3) = (s0.WithElement(lane, n0), s1.WithElement(lane, n1), s2.WithElement(lane, n2), s3.WithElement(lane, n3));
                    }
                }
            }
        }

        lanes.Lane(0) = new Xoshiro256(s0.GetElement(0), s1.GetElement(0), s2.GetElement(0), s3.GetElement(0));
        lanes.Lane(1) = new Xoshiro256(s0.GetElement(1), s1.GetElement(1), s2.GetElement(1), s3.GetElement(1));
        lanes.Lane(2) = new Xoshiro256(s0.GetElement(2), s1.GetElement(2), s2.GetElement(2), s3.GetElement(2));
        lanes.Lane(3) = new Xoshiro256(s0.GetElement(3), s1.GetElement(3), s2.GetElement(3), s3.GetElement(3));
        return groups * Xoshiro256x4.Lanes;
    }

    /// <summary>xoshiro256** in four lanes; the multiplications by 5 and 9 are shifts and adds (AVX2 has no 64-bit multiply).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<ulong> Step(ref Vector256<ulong> s0, ref Vector256<ulong> s1, ref Vector256<ulong> s2, ref Vector256<ulong> s3)
    {
        var times5 = s1 + (s1 << 2);
        var rotated = (times5 << 7) | (times5 >>> 57);
        var result = rotated + (rotated << 3);
        var t = s1 << 17;
        s2 ^= s0;
        s3 ^= s1;
        s1 ^= s2;
        s0 ^= s3;
        s2 ^= t;
        s3 = (s3 << 45) | (s3 >>> 19);
        return result;
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
}
