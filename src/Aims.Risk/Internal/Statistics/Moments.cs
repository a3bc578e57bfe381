using System.Runtime.CompilerServices;

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

    /// <summary>Adds a block of values with vector arithmetic.</summary>
    [MethodImpl(Jit.Hot)]
    public void AddRange(ReadOnlySpan<double> values)
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

        var vectors = System.Runtime.InteropServices.MemoryMarshal.Cast<double, System.Numerics.Vector<double>>(values);
        var shift = new System.Numerics.Vector<double>(_shift);
        var sum = System.Numerics.Vector<double>.Zero;
        var squares = System.Numerics.Vector<double>.Zero;
        var min = new System.Numerics.Vector<double>(Min);
        var max = new System.Numerics.Vector<double>(Max);
        foreach (var v in vectors)
        {
            var d = v - shift;
            sum += d;
            squares += d * d;
            min = System.Numerics.Vector.Min(min, v);
            max = System.Numerics.Vector.Max(max, v);
        }

        for (var i = 0; i < System.Numerics.Vector<double>.Count; i++)
        {
            _sum += sum[i];
            _sumSquares += squares[i];
            Min = Math.Min(Min, min[i]);
            Max = Math.Max(Max, max[i]);
        }

        for (var i = vectors.Length * System.Numerics.Vector<double>.Count; i < values.Length; i++)
        {
            var d = values[i] - _shift;
            _sum += d;
            _sumSquares += d * d;
            Min = Math.Min(Min, values[i]);
            Max = Math.Max(Max, values[i]);
        }

        Count += values.Length;
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
