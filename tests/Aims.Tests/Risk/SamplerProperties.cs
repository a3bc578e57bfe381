using Aims.Risk;
using Aims.Risk.Internal;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Aims.Tests.Risk;

public class SamplerProperties
{
    /// <summary>The column fill must give exactly the per-trial sampler's values and leave the stream in the same state.</summary>
    [Property(MaxTest = 200)]
    public Property Fill_equals_repeated_sampling() =>
        Prop.ForAll(
            (from min in Gen.Choose(0, 100)
             from width in Gen.Choose(1, 1000)
             from modeShare in Gen.Choose(0, 100)
             from gammaTenths in Gen.Choose(1, 120)
             from length in Gen.Choose(0, 70)
             from seed in Gen.Choose(0, int.MaxValue)
             from kind in Gen.Elements(EstimateKind.Pert, EstimateKind.PyfairPert, EstimateKind.Triangular, EstimateKind.Lognormal)
             select (min, width, modeShare, gammaTenths, length, seed, kind)).ToArbitrary(),
            c =>
            {
                var (min, max) = ((double)c.min, (double)(c.min + c.width));
                var mode = min + (c.width * Math.Clamp(c.modeShare, 1, 99) / 100.0);
                var estimate = c.kind switch
                {
                    EstimateKind.Pert => Estimate.Pert(min, mode, max, c.gammaTenths / 10.0),
                    EstimateKind.PyfairPert => Estimate.PyfairPert(min, mode, max),
                    EstimateKind.Triangular => Estimate.Triangular(min, mode, max),
                    _ => Estimate.LognormalFrom90(min + 1, max + 1),
                };
                var sampler = Sampler.From(estimate);
                var column = Xoshiro256.ForStream((ulong)c.seed, 3, 5, 7);
                var single = column;

                var filled = new double[c.length];
                sampler.Fill(filled, ref column);
                var scalar = new double[c.length];
                for (var k = 0; k < c.length; k++)
                {
                    scalar[k] = sampler.Sample(ref single);
                }

                var sameState = column.NextUInt64() == single.NextUInt64();
                return filled.SequenceEqual(scalar) && sameState;
            });
}
