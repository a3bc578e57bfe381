using System.Collections.Immutable;

namespace Aims.Model;

/// <summary>The treatment of a risk: option, implementing controls, due date and status (clauses 6.1.3 and 8.3).</summary>
/// <remarks>Instances are immutable and safe to share between threads.</remarks>
public sealed class RiskTreatment : IEquatable<RiskTreatment>
{
    /// <summary>Initializes a new, planned instance of the <see cref="RiskTreatment"/> class.</summary>
    /// <param name="option">The treatment option.</param>
    /// <remarks>
    /// The implementing controls, the due date, the status (<see cref="TreatmentStatus.Planned"/> until set) and the plan
    /// are set through validated copies: <see cref="WithControlIds"/>, <see cref="WithDueOn"/>, <see cref="WithStatus"/>
    /// and <see cref="WithPlan"/>.
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="option"/> is not a defined value.</exception>
    public RiskTreatment(TreatmentOption option)
    {
        Option = Guard.Defined(option, nameof(option));
        ControlIds = [];
        Status = TreatmentStatus.Planned;
    }

    private RiskTreatment(RiskTreatment source)
    {
        Option = source.Option;
        ControlIds = source.ControlIds;
        DueOn = source.DueOn;
        Status = source.Status;
        Plan = source.Plan;
    }

    /// <summary>Gets the option.</summary>
    public TreatmentOption Option { get; }

    /// <summary>Gets the implementing control ids.</summary>
    public ImmutableArray<string> ControlIds { get; private init; }

    /// <summary>Gets the due date, if set.</summary>
    public DateOnly? DueOn { get; private init; }

    /// <summary>Gets the status.</summary>
    public TreatmentStatus Status { get; private init; }

    /// <summary>Gets the plan, if recorded.</summary>
    public string? Plan { get; private init; }

    /// <summary>Returns a copy with other implementing controls (Annex A or additional control ids).</summary>
    /// <param name="controlIds">The new value.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentException"><paramref name="controlIds"/> contains a blank or malformed id.</exception>
    public RiskTreatment WithControlIds(IEnumerable<string> controlIds) => new(this) { ControlIds = Guard.IdList(controlIds, nameof(controlIds)) };

    /// <summary>Returns a copy with the due date (<see langword="null"/> clears it).</summary>
    /// <param name="dueOn">The new value.</param>
    /// <returns>The copy.</returns>
    public RiskTreatment WithDueOn(DateOnly? dueOn) => new(this) { DueOn = dueOn };

    /// <summary>Returns a copy with another status.</summary>
    /// <param name="status">The new value.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="status"/> is not a defined value.</exception>
    public RiskTreatment WithStatus(TreatmentStatus status) => new(this) { Status = Guard.Defined(status, nameof(status)) };

    /// <summary>Returns a copy with the plan, what will be done (<see langword="null"/> clears it).</summary>
    /// <param name="plan">The new value.</param>
    /// <returns>The copy.</returns>
    public RiskTreatment WithPlan(string? plan) => new(this) { Plan = Guard.OptionalText(plan) };

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
