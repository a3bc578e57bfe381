using System.Collections.Immutable;

namespace Aims.Risk;

/// <summary>
/// Inherent versus residual risk of a scenario under controls, computed on common random numbers: every trial sees
/// the same threat events and losses with and without the controls, so the difference is the controls' effect and
/// not sampling noise.
/// </summary>
/// <remarks>Instances are immutable and safe to share between threads.</remarks>
public sealed class ControlAnalysis
{
    internal ControlAnalysis(FairResult before, FairResult after, ControlResult combined, ImmutableArray<ControlResult> perControl)
    {
        Before = before;
        After = after;
        Combined = combined;
        PerControl = perControl;
    }

    /// <summary>Gets the result without controls (inherent risk).</summary>
    public FairResult Before { get; }

    /// <summary>Gets the result with all controls (residual risk).</summary>
    public FairResult After { get; }

    /// <summary>Gets the effect and ROI of all controls together.</summary>
    public ControlResult Combined { get; }

    /// <summary>Gets the effect and ROI of each control alone, in the order given.</summary>
    public ImmutableArray<ControlResult> PerControl { get; }
}
