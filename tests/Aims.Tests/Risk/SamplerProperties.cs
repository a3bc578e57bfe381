using Aims.Risk;
using Aims.Risk.Internal;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Aims.Tests.Risk;

public class SamplerProperties
{
    /// <summary>
    /// The column fill must give exactly the per-trial sampler's values and leave the stream in the same state — from any
    /// starting lane (a chunk's per-trial path draws one value at a time, lane after lane).
    /// </summary>
    [Property(MaxTest = 200)]
    public Property Fill_equals_repeated_sampling() =>
        Prop.ForAll(
            (from min in Gen.Choose(0, 100)
             from width in Gen.Choose(1, 1000)
             from modeShare in Gen.Choose(0, 100)
             from gammaTenths in Gen.Choose(1, 120)
             from length in Gen.Choose(0, 70)
             from seed in Gen.Choose(0, int.MaxValue)
             from skip in Gen.Choose(0, 3)
             from kind in Gen.Elements(EstimateKind.Pert, EstimateKind.PyfairPert, EstimateKind.Triangular, EstimateKind.Lognormal)
             select (min, width, modeShare, gammaTenths, length, seed, skip, kind)).ToArbitrary(),
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
                var column = Xoshiro256x4.ForStream((ulong)c.seed, 3, 5, 7);
                for (var k = 0; k < c.skip; k++)
                {
                    sampler.Sample(ref column);
                }

                var single = column;

                var filled = new double[c.length];
                sampler.Fill(filled, ref column);
                var scalar = new double[c.length];
                for (var k = 0; k < c.length; k++)
                {
                    scalar[k] = sampler.Sample(ref single);
                }

                return filled.SequenceEqual(scalar) && SameState(column, single);
            });

    /// <summary>
    /// The Beta table's vector path (four lanes at once, a lane finished alone when the squeeze does not accept it) gives
    /// the bits of its scalar path, for shapes from flat to steep (steep shapes reject often) and any starting lane; on
    /// hardware without 256-bit vectors both sides run the scalar path.
    /// </summary>
    [Property(MaxTest = 300)]
    public Property Beta_table_vector_and_scalar_paths_give_the_same_bits() =>
        Prop.ForAll(
            (from alphaTenths in Gen.Choose(10, 2000)
             from betaTenths in Gen.Choose(10, 2000)
             from length in Gen.Choose(0, 300)
             from skip in Gen.Choose(0, 3)
             from seed in Gen.Choose(0, int.MaxValue)
             select (alpha: alphaTenths / 10.0, beta: betaTenths / 10.0, length, skip, seed)).ToArbitrary(),
            c =>
            {
                var table = new BetaTable(c.alpha, c.beta);
                var vector = Xoshiro256x4.ForStream((ulong)c.seed, 1, 2, 3);
                for (var k = 0; k < c.skip; k++)
                {
                    table.Sample(ref vector.Next());
                }

                var scalar = vector;
                var (fromVector, fromScalar) = (new double[c.length], new double[c.length]);
                table.Fill(fromVector, 10, 5, ref vector, vector: System.Runtime.Intrinsics.Vector256.IsHardwareAccelerated);
                table.Fill(fromScalar, 10, 5, ref scalar, vector: false);
                return fromVector.SequenceEqual(fromScalar) && SameState(vector, scalar);
            });

    /// <summary>Whether two four-lane streams would go on the same way: the same next lane and the same state in every lane.</summary>
    private static bool SameState(Xoshiro256x4 a, Xoshiro256x4 b) =>
        a.NextLane == b.NextLane && Enumerable.Range(0, Xoshiro256x4.Lanes).All(k => a.Lane(k).State == b.Lane(k).State);
}
