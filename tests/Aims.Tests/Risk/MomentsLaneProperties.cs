using Aims.Risk.Internal;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Aims.Tests.Risk;

/// <summary>
/// Issue 14: the statistics' vector path gives the same bits whatever the hardware's vector width. The moments of a
/// chunk are accumulated in four lanes by one 256-bit vector (x64 AVX2, AVX-512), two 128-bit vectors (Arm64, x64
/// without AVX2) or four scalars (no SIMD); all three must agree to the last bit, so a run — and partial results merged
/// from machines of different kinds — is the same everywhere.
/// </summary>
public class MomentsLaneProperties
{
    /// <summary>Values as the engine sees them (losses, frequencies: mostly non-negative, any scale, exact zeros), some negative, split into blocks.</summary>
    private static Arbitrary<(double[] Values, int[] Cuts)> Blocks =>
        (from values in Gen.OneOf(
                Gen.Choose(0, 1_000_000).Select(i => i / 7.0),
                Gen.Choose(-1_000, 1_000).Select(i => i * 1e9 / 3),
                Gen.Constant(0.0),
                ArbMap.Default.GeneratorFor<NormalFloat>().Select(f => f.Get))
            .ArrayOf()
         from cuts in Gen.Choose(0, Math.Max(0, values.Length)).ArrayOf()
         select (values, cuts.Order().Distinct().ToArray())).ToArbitrary();

    [Property(MaxTest = 300)]
    public Property Every_lane_path_gives_the_same_bits() =>
        Prop.ForAll(Blocks, block =>
        {
            var paths = new[] { Moments.LanePath.Vector256, Moments.LanePath.Vector128, Moments.LanePath.Scalar }
                .Select(path => Accumulate(block.Values, block.Cuts, path))
                .ToList();
            return paths.All(m => Bits(m) == Bits(paths[0])).Label(string.Join(" | ", paths.Select(Bits)));
        });

    [Property(MaxTest = 100)]
    public Property The_default_path_is_one_of_them_and_the_mean_is_the_mean(NonEmptyArray<NormalFloat> values)
    {
        var v = values.Get.Select(f => f.Get / 1e6).ToArray();
        var chosen = new Moments();
        chosen.AddRange(v);
        var scalar = Accumulate(v, [], Moments.LanePath.Scalar);
        var (mean, _) = chosen.MeanAndM2();
        var exact = v.Average();
        return (Bits(chosen) == Bits(scalar) && Math.Abs(mean - exact) <= 1e-9 * (1 + v.Max(Math.Abs))).Label($"{mean} vs {exact}");
    }

    private static Moments Accumulate(double[] values, int[] cuts, Moments.LanePath path)
    {
        var m = new Moments();
        var start = 0;
        foreach (var cut in cuts.Append(values.Length))
        {
            m.AddRange(values.AsSpan(start, cut - start), path);
            start = cut;
        }

        return m;
    }

    private static string Bits(Moments m)
    {
        var (shift, sum, squares) = m.State;
        return string.Join(",", new[] { shift, sum, squares, m.Min, m.Max }.Select(x => BitConverter.DoubleToInt64Bits(x).ToString("X16", System.Globalization.CultureInfo.InvariantCulture))) + $",{m.Count}";
    }
}
