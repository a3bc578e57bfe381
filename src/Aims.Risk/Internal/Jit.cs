using System.Runtime.CompilerServices;

namespace Aims.Risk.Internal;

/// <summary>How the hot loops (kernel, samplers, moments, statistics passes) are compiled.</summary>
internal static class Jit
{
#if READY_TO_RUN
    /// <summary>
    /// A ReadyToRun image carries optimized code for these methods, so the first call runs it at once; crossgen2 does not
    /// precompile methods marked <see cref="MethodImplOptions.AggressiveOptimization"/>, so they are not marked.
    /// </summary>
    public const MethodImplOptions Hot = (MethodImplOptions)0;
#else
    /// <summary>
    /// Compiled optimized on their first call instead of as tier-0 code: a first run in a fresh process does not run its
    /// loops unoptimized.
    /// </summary>
    public const MethodImplOptions Hot = MethodImplOptions.AggressiveOptimization;
#endif
}
