using System.Collections.Immutable;

namespace Aims.Model;

/// <summary>The treatment of a risk: option, implementing controls, due date and status (clauses 6.1.3 and 8.3).</summary>
/// <remarks>Instances are immutable and safe to share between threads.</remarks>
public sealed class RiskTreatment : IEquatable<RiskTreatment>
{
    /// <summary>Initializes a new instance of the <see cref="RiskTreatment"/> class.</summary>
    /// <param name="option">The treatment option.</param>
    /// <param name="controlIds">Annex A or additional controls that implement it.</param>
    /// <param name="dueOn">When it is due; optional.</param>
    /// <param name="status">Its progress.</param>
    /// <param name="plan">What will be done; optional.</param>
    /// <exception cref="ArgumentException">A control id is blank or malformed.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An enum argument is not a defined value.</exception>
    public RiskTreatment(
        TreatmentOption option,
        IEnumerable<string>? controlIds = null,
        DateOnly? dueOn = null,
        TreatmentStatus status = TreatmentStatus.Planned,
        string? plan = null)
    {
        Option = Guard.Defined(option, nameof(option));
        ControlIds = Guard.IdList(controlIds, nameof(controlIds));
        DueOn = dueOn;
        Status = Guard.Defined(status, nameof(status));
        Plan = Guard.OptionalText(plan);
    }

    /// <summary>Gets the option.</summary>
    public TreatmentOption Option { get; }

    /// <summary>Gets the implementing control ids.</summary>
    public ImmutableArray<string> ControlIds { get; }

    /// <summary>Gets the due date, if set.</summary>
    public DateOnly? DueOn { get; }

    /// <summary>Gets the status.</summary>
    public TreatmentStatus Status { get; }

    /// <summary>Gets the plan, if recorded.</summary>
    public string? Plan { get; }

    /// <summary>Returns whether <paramref name="other"/> has the same values: strings compare ordinally, collections by sequence.</summary>
    /// <param name="other">The instance to compare with.</param>
    /// <returns><see langword="true"/> when every value is equal.</returns>
    public bool Equals(RiskTreatment? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && EqualityComparer<TreatmentOption>.Default.Equals(Option, other.Option)
            && ValueEquality.Sequence(ControlIds, other.ControlIds)
            && EqualityComparer<DateOnly?>.Default.Equals(DueOn, other.DueOn)
            && EqualityComparer<TreatmentStatus>.Default.Equals(Status, other.Status)
            && ValueEquality.Text(Plan, other.Plan));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as RiskTreatment);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Option);
        hash.Add(ValueEquality.SequenceHash(ControlIds));
        hash.Add(DueOn);
        hash.Add(Status);
        hash.Add(Plan, StringComparer.Ordinal);
        return hash.ToHashCode();
    }

    /// <summary>Returns whether two instances have the same values.</summary>
    /// <param name="left">The first instance.</param>
    /// <param name="right">The second instance.</param>
    /// <returns><see langword="true"/> when both are <see langword="null"/> or equal.</returns>
    public static bool operator ==(RiskTreatment? left, RiskTreatment? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Returns whether two instances differ in any value.</summary>
    /// <param name="left">The first instance.</param>
    /// <param name="right">The second instance.</param>
    /// <returns><see langword="true"/> when they are not equal.</returns>
    public static bool operator !=(RiskTreatment? left, RiskTreatment? right) => !(left == right);
}
