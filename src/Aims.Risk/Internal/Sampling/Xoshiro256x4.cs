using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace Aims.Risk.Internal;

/// <summary>
/// One input's random stream as four xoshiro256** lanes: draw k comes wholly (retries included) from lane k mod 4. So
/// four draws can be made at once in the lanes of a 256-bit vector, and a draw made one at a time, on any hardware,
/// takes the same numbers from the same lane: the vector and scalar paths give the same bits (a tested property).
/// </summary>
internal struct Xoshiro256x4
{
    public const int Lanes = 4;

    private Four _lanes;
    private int _next;

    /// <summary>Gets the lane the next draw comes from (0 to 3).</summary>
    public readonly int NextLane => _next;

    /// <summary>Creates the stream for one (seed, scenario, chunk, input) combination; each lane has its own key.</summary>
    public static Xoshiro256x4 ForStream(ulong seed, int scenario, int chunk, int stream)
    {
        var stream4 = default(Xoshiro256x4);
        for (var k = 0; k < Lanes; k++)
        {
            stream4._lanes[k] = Xoshiro256.ForStream(seed, scenario, chunk, stream, k);
        }

        return stream4;
    }

    /// <summary>The lane for the next draw: the caller makes one whole draw from it.</summary>
    [UnscopedRef]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ref Xoshiro256 Next()
    {
        ref var lane = ref Lane(_next);
        _next = (_next + 1) & (Lanes - 1);
        return ref lane;
    }

    /// <summary>Lane <paramref name="k"/> (0 to 3), for a vector path that draws from all four and then skips them.</summary>
    [UnscopedRef]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ref Xoshiro256 Lane(int k) => ref _lanes[k];

    /// <summary>A uniform double in [0, 1) from the next lane.</summary>
    public double NextDouble() => Next().NextDouble();

    [InlineArray(Lanes)]
    private struct Four
    {
        private Xoshiro256 _first;
    }
}
