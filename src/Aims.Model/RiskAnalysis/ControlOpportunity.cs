using System.Collections.Immutable;

namespace Aims.Model;

/// <summary>
/// A measured control not yet implemented: what implementing it would take off the register's residual annual loss
/// expectancy, next to its cost. <see cref="RiskRegisterAnalysis.Opportunities"/> ranks them by reduction per unit cost.
/// </summary>
/// <remarks>Instances are immutable and safe to share between threads.</remarks>
public sealed class ControlOpportunity
{
    internal ControlOpportunity(string controlId, string name, ImplementationStatus? status, double annualCost, double aleReduction, double p95Reduction, ImmutableArray<string> riskIds)
    {
        ControlId = controlId;
        Name = name;
        Status = status;
        AnnualCost = annualCost;
        AleReduction = aleReduction;
        P95Reduction = p95Reduction;
        RiskIds = riskIds;
    }

    /// <summary>Gets the control's id in the Statement of Applicability.</summary>
    public string ControlId { get; }

    /// <summary>Gets the name of its (first) measure.</summary>
    public string Name { get; }

    /// <summary>Gets its implementation status in the SoA, or <see langword="null"/> when the SoA has no entry for it.</summary>
    public ImplementationStatus? Status { get; }

    /// <summary>Gets its annual cost: the sum of its measures' annual costs.</summary>
    public double AnnualCost { get; }

    /// <summary>Gets the residual portfolio ALE minus the ALE with this control implemented as well (common random numbers).</summary>
    public double AleReduction { get; }

    /// <summary>Gets the residual portfolio's 95th percentile of annual loss minus that with this control implemented as well.</summary>
    public double P95Reduction { get; }

    /// <summary>Gets the ALE reduction per unit of annual cost.</summary>
    public double ReductionPerCost => AleReduction / AnnualCost;

    /// <summary>Gets the return on investment: (ALE reduction − annual cost) / annual cost.</summary>
    public double ReturnOnInvestment => (AleReduction - AnnualCost) / AnnualCost;

    /// <summary>Gets the quantified risks it acts on.</summary>
    public ImmutableArray<string> RiskIds { get; }
}
