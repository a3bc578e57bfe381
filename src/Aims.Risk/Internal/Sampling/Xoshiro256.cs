using System.Numerics;
using System.Runtime.CompilerServices;

namespace Aims.Risk.Internal;

/// <summary>
/// xoshiro256** (Blackman and Vigna, 2018): a fast 64-bit generator with a 2^256 period. Each stream is seeded by
/// SplitMix64 from a key that names the run seed, scenario, chunk and input, so results do not depend on which
/// thread runs which chunk.
/// </summary>
internal struct Xoshiro256
{
    private ulong _s0;
    private ulong _s1;
    private ulong _s2;
    private ulong _s3;

    public Xoshiro256(ulong seed)
    {
        _s0 = SplitMix64(ref seed);
        _s1 = SplitMix64(ref seed);
        _s2 = SplitMix64(ref seed);
        _s3 = SplitMix64(ref seed);
    }

    /// <summary>Creates a generator from its four state words (one lane of a vector path going back to scalar draws).</summary>
    public Xoshiro256(ulong s0, ulong s1, ulong s2, ulong s3) => (_s0, _s1, _s2, _s3) = (s0, s1, s2, s3);

    /// <summary>Gets the four state words (for a vector path that steps four generators in the lanes of one vector).</summary>
    public readonly (ulong S0, ulong S1, ulong S2, ulong S3) State => (_s0, _s1, _s2, _s3);

    /// <summary>Creates the stream for one (seed, scenario, chunk, input) combination.</summary>
    public static Xoshiro256 ForStream(ulong seed, int scenario, int chunk, int stream) => new(Key(seed, scenario, chunk, stream));

    /// <summary>Creates lane <paramref name="lane"/> of the four-lane stream for one (seed, scenario, chunk, input) combination.</summary>
    public static Xoshiro256 ForStream(ulong seed, int scenario, int chunk, int stream, int lane) =>
        new(Mix(Key(seed, scenario, chunk, stream) ^ ((ulong)(uint)(lane + 1) * 0xD6E8FEB86659FD93UL)));

    private static ulong Key(ulong seed, int scenario, int chunk, int stream)
    {
        var key = seed;
        key = Mix(key ^ ((ulong)(uint)scenario * 0x9E3779B97F4A7C15UL));
        key = Mix(key ^ ((ulong)(uint)chunk * 0xC2B2AE3D27D4EB4FUL));
        return Mix(key ^ ((ulong)(uint)stream * 0x165667B19E3779F9UL));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ulong NextUInt64()
    {
        var result = BitOperations.RotateLeft(_s1 * 5, 7) * 9;
        var t = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = BitOperations.RotateLeft(_s3, 45);
        return result;
    }

    /// <summary>A uniform double in [0, 1) with 53 random bits.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>A uniform double in (0, 1]: safe to take the logarithm of.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double NextDoubleNonZero() => ((NextUInt64() >> 11) + 1) * (1.0 / (1UL << 53));

    private static ulong SplitMix64(ref ulong state)
    {
        state += 0x9E3779B97F4A7C15UL;
        return Mix(state);
    }

    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
