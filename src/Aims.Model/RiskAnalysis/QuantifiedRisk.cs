using System.Collections.Immutable;
using Aims.Risk;

namespace Aims.Model;

/// <summary>
/// One risk of the register with its FAIR scenario simulated: inherent risk (no controls), residual risk (the measured
/// controls the SoA marks implemented) and, for a what-if, the residual with the what-if controls too — all on common
/// random numbers, so each difference is the controls' and not noise.
/// </summary>
/// <remarks>Instances are immutable and safe to share between threads.</remarks>
public sealed class QuantifiedRisk
{
    internal QuantifiedRisk(
        RiskEntry risk, int index, FairResult inherent, FairResult residual, FairResult? whatIf, ImmutableArray<ControlContribution> controls,
        MatrixCell? inherentCell, MatrixCell? residualCell)
    {
        RiskId = risk.Id;
        Title = risk.Title;
        Index = index;
        Inherent = inherent;
        Residual = residual;
        WhatIf = whatIf;
        Controls = controls;
        InherentCell = inherentCell;
        ResidualCell = residualCell;
    }

    /// <summary>Gets the risk's id.</summary>
    public string RiskId { get; }

    /// <summary>Gets the risk's title.</summary>
    public string Title { get; }

    /// <summary>Gets the risk's index in the workspace's register (its JSON Pointer is <c>/risks/{Index}</c>).</summary>
    public int Index { get; }

    /// <summary>Gets the simulation without controls.</summary>
    public FairResult Inherent { get; }

    /// <summary>Gets the simulation with the measured controls the SoA marks implemented (<see cref="Inherent"/> when none).</summary>
    public FairResult Residual { get; }

    /// <summary>Gets the simulation with the what-if controls as well, or <see langword="null"/> without a what-if.</summary>
    public FairResult? WhatIf { get; }

    /// <summary>Gets every control measure acting on the risk, in the workspace's order.</summary>
    public ImmutableArray<ControlContribution> Controls { get; }

    /// <summary>Gets where the inherent simulation falls on the risk matrix, or <see langword="null"/> when the matrix has no numeric ranges.</summary>
    public MatrixCell? InherentCell { get; }

    /// <summary>Gets where the residual simulation falls on the risk matrix, or <see langword="null"/> when the matrix has no numeric ranges.</summary>
    public MatrixCell? ResidualCell { get; }
}
