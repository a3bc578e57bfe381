using System.Globalization;

namespace Aims.Risk;

/// <summary>The effect of one control (or of all controls together) on annual loss, with its return on investment.</summary>
/// <remarks>Instances are immutable and safe to share between threads.</remarks>
public sealed class ControlResult : IEquatable<ControlResult>
{
    /// <summary>Initializes a new instance of the <see cref="ControlResult"/> class.</summary>
    /// <param name="name">The control name, or "all controls".</param>
    /// <param name="annualCost">The annual cost; finite and greater than 0.</param>
    /// <param name="meanAfter">The mean annual loss with the control.</param>
    /// <param name="riskReduction">ALE before − ALE after.</param>
    /// <param name="returnOnInvestment">(ALE before − ALE after − annual cost) / annual cost.</param>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="annualCost"/> is not a finite amount greater than 0.</exception>
    public ControlResult(string name, double annualCost, double meanAfter, double riskReduction, double returnOnInvestment)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (!double.IsFinite(annualCost) || annualCost <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(annualCost), annualCost, "The annual cost must be a finite amount greater than 0.");
        }

        Name = name;
        AnnualCost = annualCost;
        MeanAfter = meanAfter;
        RiskReduction = riskReduction;
        ReturnOnInvestment = returnOnInvestment;
    }

    /// <summary>Gets the control name, or "all controls".</summary>
    public string Name { get; }

    /// <summary>Gets the annual cost.</summary>
    public double AnnualCost { get; }

    /// <summary>Gets the mean annual loss with the control.</summary>
    public double MeanAfter { get; }

    /// <summary>Gets ALE before − ALE after.</summary>
    public double RiskReduction { get; }

    /// <summary>Gets (ALE before − ALE after − annual cost) / annual cost.</summary>
    public double ReturnOnInvestment { get; }

    /// <summary>Returns whether two results are equal.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when both are <see langword="null"/> or every member is equal.</returns>
    public static bool operator ==(ControlResult? left, ControlResult? right) => left?.Equals(right) ?? right is null;

    /// <summary>Returns whether two results differ.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when they are not equal.</returns>
    public static bool operator !=(ControlResult? left, ControlResult? right) => !(left == right);

    /// <inheritdoc />
    public bool Equals(ControlResult? other) =>
        other is not null && string.Equals(Name, other.Name, StringComparison.Ordinal) && AnnualCost.Equals(other.AnnualCost)
        && MeanAfter.Equals(other.MeanAfter) && RiskReduction.Equals(other.RiskReduction) && ReturnOnInvestment.Equals(other.ReturnOnInvestment);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ControlResult);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Name), AnnualCost, MeanAfter, RiskReduction, ReturnOnInvestment);

    /// <inheritdoc />
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Name}: cost {AnnualCost}, ALE after {MeanAfter}, reduction {RiskReduction}, ROI {ReturnOnInvestment}");
}
