using Aims.Risk;

namespace Aims.Model;

/// <summary>One control measure acting on one quantified risk: its SoA status, whether it counts, and what it buys alone.</summary>
/// <remarks>Instances are immutable and safe to share between threads.</remarks>
public sealed class ControlContribution
{
    internal ControlContribution(ControlMeasure measure, ImplementationStatus? status, bool inResidual, bool inWhatIf, ControlResult alone)
    {
        ControlId = measure.ControlId;
        Name = measure.Control.Name;
        Function = measure.Control.Function;
        Status = status;
        InResidual = inResidual;
        InWhatIf = inWhatIf;
        AnnualCost = measure.Control.AnnualCost;
        ReductionAlone = alone.RiskReduction;
    }

    /// <summary>Gets the control's id in the Statement of Applicability.</summary>
    public string ControlId { get; }

    /// <summary>Gets the measure's name.</summary>
    public string Name { get; }

    /// <summary>Gets what the control does in FAIR-CAM terms, when stated.</summary>
    public ControlFunction? Function { get; }

    /// <summary>Gets the control's implementation status in the SoA, or <see langword="null"/> when the SoA has no entry for it (or there is no SoA).</summary>
    public ImplementationStatus? Status { get; }

    /// <summary>Gets a value indicating whether the control counts in the residual risk (the SoA marks it implemented).</summary>
    public bool InResidual { get; }

    /// <summary>Gets a value indicating whether the control counts in the what-if run (implemented, or named in the what-if).</summary>
    public bool InWhatIf { get; }

    /// <summary>Gets the measure's annual cost.</summary>
    public double AnnualCost { get; }

    /// <summary>Gets the reduction of this risk's annual loss expectancy the control buys on its own: inherent ALE − ALE with this control alone (common random numbers).</summary>
    public double ReductionAlone { get; }
}
