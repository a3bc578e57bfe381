using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Aims.Risk.Internal;

/// <summary>
/// Cheap per-chunk moments: sums taken about the chunk's first value (to limit cancellation), merged across chunks in
/// chunk order with Chan et al.'s formula so the result does not depend on the degree of parallelism.
/// </summary>
internal struct Moments
{
    private double _shift;
    private double _sum;
    private double _sumSquares;

    public long Count;
    public double Min;
    public double Max;

    public void Add(double x)
    {
        if (Count == 0)
        {
            _shift = x;
            Min = x;
            Max = x;
        }

        var d = x - _shift;
        _sum += d;
        _sumSquares += d * d;
        Count++;
        if (x < Min)
        {
            Min = x;
        }

        if (x > Max)
        {
            Max = x;
        }
    }

    /// <summary>
    /// Adds a block of values with vector arithmetic in four lanes, whatever the hardware's vector width: element i goes to
    /// lane i mod 4 and the lanes are summed in lane order, so the bits are the same with 256-bit vectors (x64 AVX2 and
    /// AVX-512), two 128-bit vectors (Arm64, x64 without AVX2) or none, and partial results merged from different machines
    /// agree exactly. (With <see cref="System.Numerics.Vector{T}"/> the lane count followed the hardware: 2 on Arm64.)
    /// </summary>
    public void AddRange(ReadOnlySpan<double> values) =>
        AddRange(values, Vector256.IsHardwareAccelerated ? LanePath.Vector256 : Vector128.IsHardwareAccelerated ? LanePath.Vector128 : LanePath.Scalar);

    /// <summary>Adds a block of values through the given path (all paths give the same bits; tests compare them).</summary>
    [MethodImpl(Jit.Hot)]
    internal void AddRange(ReadOnlySpan<double> values, LanePath path)
    {
        if (values.IsEmpty)
        {
            return;
        }

        if (Count == 0)
        {
            _shift = values[0];
            Min = values[0];
            Max = values[0];
        }

        var whole = values.Length & ~(Lanes - 1);
        Span<double> lanes = stackalloc double[4 * Lanes]; // sums, squares, minima, maxima of the four lanes
        switch (path)
        {
            case LanePath.Vector256:
                Lanes256(values[..whole], _shift, Min, Max, lanes);
                break;
            case LanePath.Vector128:
                Lanes128(values[..whole], _shift, Min, Max, lanes);
                break;
            default:
                LanesScalar(values[..whole], _shift, Min, Max, lanes);
                break;
        }

        for (var i = 0; i < Lanes; i++)
        {
            _sum += lanes[i];
            _sumSquares += lanes[Lanes + i];
            Min = Math.Min(Min, lanes[(2 * Lanes) + i]);
            Max = Math.Max(Max, lanes[(3 * Lanes) + i]);
        }

        for (var i = whole; i < values.Length; i++)
        {
            var d = values[i] - _shift;
            _sum += d;
            _sumSquares += d * d;
            Min = Math.Min(Min, values[i]);
            Max = Math.Max(Max, values[i]);
        }

        Count += values.Length;
    }

    /// <summary>How <see cref="AddRange(ReadOnlySpan{double}, LanePath)"/> computes its four lanes.</summary>
    internal enum LanePath
    {
        /// <summary>One 256-bit vector.</summary>
        Vector256,

        /// <summary>Two 128-bit vectors: lanes 0–1 and 2–3.</summary>
        Vector128,

        /// <summary>Four scalars.</summary>
        Scalar,
    }

    private const int Lanes = 4;

    // Min and max per lane are "take the new value if it is smaller (larger)", the same comparison in every path. The lanes
    // go out through a span, not as vectors: crossgen2 does not precompile a method with vectors in its signature, so a
    // ReadyToRun image left this one to the JIT (tier 0, then on-stack replacement) on every first run.
    [MethodImpl(Jit.Hot)]
    private static void Lanes256(ReadOnlySpan<double> values, double shift, double first, double firstMax, Span<double> lanes)
    {
        var vectors = MemoryMarshal.Cast<double, Vector256<double>>(values);
        var s = Vector256.Create(shift);
        var (sum, squares, min, max) = (Vector256<double>.Zero, Vector256<double>.Zero, Vector256.Create(first), Vector256.Create(firstMax));
        foreach (var v in vectors)
        {
            var d = v - s;
            sum += d;
            squares += d * d;
            min = Vector256.ConditionalSelect(Vector256.LessThan(v, min), v, min);
            max = Vector256.ConditionalSelect(Vector256.GreaterThan(v, max), v, max);
        }

        ref var lane0 = ref MemoryMarshal.GetReference(lanes); // StoreUnsafe, not CopyTo: crossgen2 precompiles the former only
        sum.StoreUnsafe(ref lane0, 0);
        squares.StoreUnsafe(ref lane0, Lanes);
        min.StoreUnsafe(ref lane0, 2 * Lanes);
        max.StoreUnsafe(ref lane0, 3 * Lanes);
    }

    [MethodImpl(Jit.Hot)]
    private static void Lanes128(ReadOnlySpan<double> values, double shift, double first, double firstMax, Span<double> lanes)
    {
        var vectors = MemoryMarshal.Cast<double, Vector128<double>>(values);
        var s = Vector128.Create(shift);
        var (sumLo, squaresLo, minLo, maxLo) = (Vector128<double>.Zero, Vector128<double>.Zero, Vector128.Create(first), Vector128.Create(firstMax));
        var (sumHi, squaresHi, minHi, maxHi) = (sumLo, squaresLo, minLo, maxLo);
        for (var j = 0; j + 1 < vectors.Length; j += 2)
        {
            var lo = vectors[j];
            var hi = vectors[j + 1];
            var dLo = lo - s;
            var dHi = hi - s;
            sumLo += dLo;
            sumHi += dHi;
            squaresLo += dLo * dLo;
            squaresHi += dHi * dHi;
            minLo = Vector128.ConditionalSelect(Vector128.LessThan(lo, minLo), lo, minLo);
            minHi = Vector128.ConditionalSelect(Vector128.LessThan(hi, minHi), hi, minHi);
            maxLo = Vector128.ConditionalSelect(Vector128.GreaterThan(lo, maxLo), lo, maxLo);
            maxHi = Vector128.ConditionalSelect(Vector128.GreaterThan(hi, maxHi), hi, maxHi);
        }

        ref var lane0 = ref MemoryMarshal.GetReference(lanes);
        sumLo.StoreUnsafe(ref lane0, 0);
        sumHi.StoreUnsafe(ref lane0, 2);
        squaresLo.StoreUnsafe(ref lane0, Lanes);
        squaresHi.StoreUnsafe(ref lane0, Lanes + 2);
        minLo.StoreUnsafe(ref lane0, 2 * Lanes);
        minHi.StoreUnsafe(ref lane0, (2 * Lanes) + 2);
        maxLo.StoreUnsafe(ref lane0, 3 * Lanes);
        maxHi.StoreUnsafe(ref lane0, (3 * Lanes) + 2);
    }

    private static void LanesScalar(ReadOnlySpan<double> values, double shift, double first, double firstMax, Span<double> lanes)
    {
        var sum = lanes[..Lanes];
        var squares = lanes[Lanes..(2 * Lanes)];
        var min = lanes[(2 * Lanes)..(3 * Lanes)];
        var max = lanes[(3 * Lanes)..];
        sum.Clear();
        squares.Clear();
        min.Fill(first);
        max.Fill(firstMax);
        for (var i = 0; i < values.Length; i++)
        {
            var lane = i & (Lanes - 1);
            var v = values[i];
            var d = v - shift;
            sum[lane] += d;
            squares[lane] += d * d;
            min[lane] = v < min[lane] ? v : min[lane];
            max[lane] = v > max[lane] ? v : max[lane];
        }
    }

    public readonly (double Mean, double M2) MeanAndM2() =>
        Count == 0 ? (0, 0) : (_shift + (_sum / Count), Math.Max(0, _sumSquares - (_sum * _sum / Count)));

    /// <summary>Merges chunk moments in chunk order (Chan et al.): the same chunks give the same bits, however they were computed.</summary>
    public static (long Count, double Mean, double M2, double Min, double Max) Combine(ReadOnlySpan<Moments> chunks)
    {
        long n = 0;
        double mean = 0, m2 = 0, min = double.PositiveInfinity, max = double.NegativeInfinity;
        foreach (var c in chunks)
        {
            if (c.Count == 0)
            {
                continue;
            }

            var (cm, cm2) = c.MeanAndM2();
            var total = n + c.Count;
            var delta = cm - mean;
            mean += delta * c.Count / total;
            m2 += cm2 + (delta * delta * n * c.Count / total);
            n = total;
            min = Math.Min(min, c.Min);
            max = Math.Max(max, c.Max);
        }

        return (n, mean, m2, min, max);
    }

    public static NodeSummary Merge(FairNode node, ReadOnlySpan<Moments> chunks, double scale = 1)
    {
        var (n, mean, m2, min, max) = Combine(chunks);
        if (n == 0)
        {
            return new NodeSummary(node, 0, double.NaN, double.NaN, double.NaN, double.NaN);
        }

        var sd = n > 1 ? Math.Sqrt(m2 / (n - 1)) : 0;
        return new NodeSummary(node, n, mean * scale, sd * Math.Abs(scale), Math.Min(min * scale, max * scale), Math.Max(min * scale, max * scale));
    }

    /// <summary>The state, for a partial result written to a stream.</summary>
    public readonly (double Shift, double Sum, double SumSquares) State => (_shift, _sum, _sumSquares);

    /// <summary>Restores moments read from a stream.</summary>
    public static Moments FromState(long count, double min, double max, double shift, double sum, double sumSquares) =>
        new() { Count = count, Min = min, Max = max, _shift = shift, _sum = sum, _sumSquares = sumSquares };
}
