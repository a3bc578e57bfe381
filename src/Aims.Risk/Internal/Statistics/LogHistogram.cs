using System.Runtime.CompilerServices;

namespace Aims.Risk.Internal;

/// <summary>
/// A fixed, data-independent histogram of annual losses whose bins are relatively narrow: a bin is the value's sign,
/// binary exponent and 10 leading mantissa bits, so every bin [lo, hi) has hi ≤ lo · (1 + 2⁻¹⁰). Because the bins do
/// not depend on the data, histograms of disjoint chunk ranges add exactly (integer counts, in any order), which makes
/// percentiles of a run spread over processes accurate to one bin: 2⁻¹⁰ ≈ 0.098 % relative.
/// Bins cover magnitudes 2⁻⁶⁴ to 2¹²⁸ (5e-20 to 3e38, beyond any loss the engine's domain allows); smaller magnitudes
/// share the bins next to 0, larger ones the end bins.
/// </summary>
internal static class LogHistogram
{
    /// <summary>The relative width of a bin: 2⁻¹⁰.</summary>
    public const double RelativeWidth = 1.0 / 1024;

    private const int MantissaBits = 10;
    private const int MinExponent = 1023 - 64;
    private const int Exponents = 192;
    private const int Half = Exponents << MantissaBits; // bins per sign

    /// <summary>The number of bins: negative magnitudes (largest first), then non-negative (smallest first), so bin order is value order.</summary>
    public const int Bins = 2 * Half;

    /// <summary>The bin of a finite value.</summary>
    public static int BinOf(double x)
    {
        var bits = BitConverter.DoubleToInt64Bits(Math.Abs(x)) >> (52 - MantissaBits);
        var magnitude = (int)Math.Clamp(bits - ((long)MinExponent << MantissaBits), 0, Half - 1);
        return x < 0 ? Half - 1 - magnitude : Half + magnitude;
    }

    /// <summary>
    /// The lower edge of a bin: every value in this bin or a higher one is ≥ it (&gt; it for a negative bin), every value in a
    /// lower bin is below it. 0 for the bin holding 0.
    /// </summary>
    public static double LowerEdge(int bin) => bin < Half ? -Magnitude(Half - bin) : Magnitude(bin - Half);

    /// <summary>A value representing a bin: the middle of its range (0 for the bin holding 0), within a bin width of every value in it.</summary>
    public static double Representative(int bin) =>
        bin == Half ? 0 : bin < Half ? -Representative(Half + (Half - 1 - bin)) : (Magnitude(bin - Half) + Magnitude(bin - Half + 1)) / 2;

    /// <summary>Counts one chunk of finite values into <paramref name="counts"/> (length <see cref="Bins"/>).</summary>
    [MethodImpl(Jit.Hot)]
    public static void Add(ReadOnlySpan<double> values, long[] counts)
    {
        foreach (var x in values)
        {
            counts[BinOf(x)]++;
        }
    }

    private static double Magnitude(int magnitude) =>
        magnitude == 0 ? 0 : BitConverter.Int64BitsToDouble((magnitude + ((long)MinExponent << MantissaBits)) << (52 - MantissaBits));
}
