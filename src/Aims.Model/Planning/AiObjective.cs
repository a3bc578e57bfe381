using System.Collections.Immutable;
using System.Globalization;

namespace Aims.Model;

/// <summary>
/// An AI objective (ISO/IEC 42001 clause 6.2): what is measured, who owns it, the target and by when, the plan to get
/// there, and the measurements that show progress.
/// </summary>
/// <remarks>
/// Instances are immutable and safe to share between threads. Measurements are kept in date order; the status on a
/// day uses the latest measurement on or before it (<see cref="StatusAt"/>).
/// </remarks>
public sealed class AiObjective : IEquatable<AiObjective>
{
    /// <summary>Initializes a new instance of the <see cref="AiObjective"/> class.</summary>
    /// <param name="id">The id, for example <c>OBJ-1</c>.</param>
    /// <param name="title">The objective in a line, for example <c>Every production AI system has an approved impact assessment</c>.</param>
    /// <param name="owner">The accountable role; the workspace checks it is a role of the RACI matrix.</param>
    /// <param name="measure">What is measured, for example <c>share of production AI systems with an approved impact assessment</c>.</param>
    /// <param name="target">The target value, in <see cref="Unit"/>; finite.</param>
    /// <param name="direction">Whether the measure must reach at least or at most the target.</param>
    /// <param name="targetDate">The day by which the target is to be met.</param>
    /// <exception cref="ArgumentException">The id is malformed, or the title, owner or measure is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="target"/> is not finite, or <paramref name="direction"/> is undefined.</exception>
    public AiObjective(string id, string title, string owner, string measure, double target, ObjectiveDirection direction, DateOnly targetDate)
    {
        Id = Guard.Id(id, nameof(id));
        Title = Guard.Text(title, nameof(title));
        Owner = Guard.Text(owner, nameof(owner));
        Measure = Guard.Text(measure, nameof(measure));
        Target = Guard.Finite(target, nameof(target));
        Direction = Guard.Defined(direction, nameof(direction));
        TargetDate = targetDate;
        SystemIds = [];
        Measurements = [];
    }

    private AiObjective(AiObjective source)
    {
        Id = source.Id;
        Title = source.Title;
        Owner = source.Owner;
        Measure = source.Measure;
        Target = source.Target;
        Direction = source.Direction;
        TargetDate = source.TargetDate;
        Unit = source.Unit;
        Baseline = source.Baseline;
        Plan = source.Plan;
        PolicyId = source.PolicyId;
        SystemIds = source.SystemIds;
        Measurements = source.Measurements;
    }

    /// <summary>Gets the id.</summary>
    public string Id { get; }

    /// <summary>Gets the objective in a line.</summary>
    public string Title { get; }

    /// <summary>Gets the accountable role.</summary>
    public string Owner { get; }

    /// <summary>Gets what is measured.</summary>
    public string Measure { get; }

    /// <summary>Gets the target value.</summary>
    public double Target { get; }

    /// <summary>Gets whether the measure must reach at least or at most the target.</summary>
    public ObjectiveDirection Direction { get; }

    /// <summary>Gets the day by which the target is to be met.</summary>
    public DateOnly TargetDate { get; }

    /// <summary>Gets the unit of the measure, for example <c>%</c> or <c>days</c>.</summary>
    public string? Unit { get; private init; }

    /// <summary>Gets the value when the objective was set, from which progress is counted.</summary>
    public double? Baseline { get; private init; }

    /// <summary>Gets what will be done, with what resources (clause 6.2 planning).</summary>
    public string? Plan { get; private init; }

    /// <summary>Gets the AI policy the objective serves (clause 6.2 a: consistent with the AI policy).</summary>
    public string? PolicyId { get; private init; }

    /// <summary>Gets the AI systems the objective is about (empty: the whole AIMS).</summary>
    public ImmutableArray<string> SystemIds { get; private init; }

    /// <summary>Gets the measurements, in date order.</summary>
    public ImmutableArray<ObjectiveMeasurement> Measurements { get; private init; }

    /// <summary>Returns a copy with a unit (<see langword="null"/> clears it).</summary>
    /// <param name="unit">The new value.</param>
    /// <returns>The copy.</returns>
    public AiObjective WithUnit(string? unit) => new(this) { Unit = Guard.OptionalText(unit) };

    /// <summary>Returns a copy with a baseline (<see langword="null"/> clears it).</summary>
    /// <param name="baseline">The new value; finite.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="baseline"/> is not finite.</exception>
    public AiObjective WithBaseline(double? baseline) => new(this) { Baseline = baseline is { } b ? Guard.Finite(b, nameof(baseline)) : null };

    /// <summary>Returns a copy with a plan (<see langword="null"/> clears it).</summary>
    /// <param name="plan">The new value.</param>
    /// <returns>The copy.</returns>
    public AiObjective WithPlan(string? plan) => new(this) { Plan = Guard.OptionalText(plan) };

    /// <summary>Returns a copy that serves an AI policy (<see langword="null"/> clears it).</summary>
    /// <param name="policyId">The policy id; the workspace checks it exists.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentException"><paramref name="policyId"/> is malformed.</exception>
    public AiObjective WithPolicyId(string? policyId) => new(this) { PolicyId = policyId is null ? null : Guard.Id(policyId, nameof(policyId)) };

    /// <summary>Returns a copy about other AI systems.</summary>
    /// <param name="systemIds">The system ids; the workspace checks they exist.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentException">An id is malformed.</exception>
    public AiObjective WithSystemIds(IEnumerable<string> systemIds) => new(this) { SystemIds = Guard.IdList(systemIds, nameof(systemIds)) };

    /// <summary>Returns a copy with other measurements, sorted by date (stable for the same day).</summary>
    /// <param name="measurements">The new value.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentException"><paramref name="measurements"/> contains null.</exception>
    public AiObjective WithMeasurements(IEnumerable<ObjectiveMeasurement> measurements) =>
        new(this) { Measurements = [.. Guard.List(measurements, nameof(measurements)).OrderBy(m => m.MeasuredOn)] };

    /// <summary>Returns a copy with one more measurement.</summary>
    /// <param name="measurement">The measurement.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="measurement"/> is <see langword="null"/>.</exception>
    public AiObjective Record(ObjectiveMeasurement measurement)
    {
        ArgumentNullException.ThrowIfNull(measurement);
        return WithMeasurements([.. Measurements, measurement]);
    }

    /// <summary>Returns whether a value meets the target.</summary>
    /// <param name="value">The value.</param>
    /// <returns><see langword="true"/> when it is at least (or at most, by <see cref="Direction"/>) the target.</returns>
    public bool Meets(double value) => Direction == ObjectiveDirection.AtLeast ? value >= Target : value <= Target;

    /// <summary>Returns the latest measurement on or before a day.</summary>
    /// <param name="asOf">The day; <see langword="null"/> takes the latest of all.</param>
    /// <returns>The measurement, or <see langword="null"/> when there is none.</returns>
    public ObjectiveMeasurement? LatestAsOf(DateOnly? asOf = null) =>
        Measurements.LastOrDefault(m => asOf is not { } day || m.MeasuredOn <= day);

    /// <summary>Returns where the objective stands on a day.</summary>
    /// <param name="asOf">The day.</param>
    /// <returns>Achieved when the latest measurement meets the target; otherwise missed after the target date, else in progress or not measured.</returns>
    public ObjectiveStatus StatusAt(DateOnly asOf)
    {
        var latest = LatestAsOf(asOf);
        if (latest is not null && Meets(latest.Value))
        {
            return ObjectiveStatus.Achieved;
        }

        return asOf > TargetDate ? ObjectiveStatus.Missed
            : latest is null ? ObjectiveStatus.NotMeasured
            : ObjectiveStatus.InProgress;
    }

    /// <summary>
    /// Returns how far the latest measurement on or before a day has come from the baseline to the target, from 0 to 1.
    /// </summary>
    /// <param name="asOf">The day; <see langword="null"/> takes the latest measurement.</param>
    /// <returns>The share, clamped to [0, 1]; 1 when the target is met; <see langword="null"/> without a measurement, or without a baseline when the target is not met.</returns>
    public double? ProgressAt(DateOnly? asOf = null)
    {
        if (LatestAsOf(asOf) is not { } latest)
        {
            return null;
        }

        if (Meets(latest.Value))
        {
            return 1;
        }

        if (Baseline is not { } baseline || baseline == Target)
        {
            return null;
        }

        return Math.Clamp((latest.Value - baseline) / (Target - baseline), 0, 1);
    }

    /// <summary>Returns whether <paramref name="other"/> has the same values: strings compare ordinally, collections by sequence.</summary>
    /// <param name="other">The instance to compare with.</param>
    /// <returns><see langword="true"/> when every value is equal.</returns>
    public bool Equals(AiObjective? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && ValueEquality.Text(Id, other.Id)
            && ValueEquality.Text(Title, other.Title)
            && ValueEquality.Text(Owner, other.Owner)
            && ValueEquality.Text(Measure, other.Measure)
            && Target.Equals(other.Target)
            && Direction == other.Direction
            && TargetDate == other.TargetDate
            && string.Equals(Unit, other.Unit, StringComparison.Ordinal)
            && Nullable.Equals(Baseline, other.Baseline)
            && string.Equals(Plan, other.Plan, StringComparison.Ordinal)
            && string.Equals(PolicyId, other.PolicyId, StringComparison.Ordinal)
            && SystemIds.SequenceEqual(other.SystemIds, StringComparer.Ordinal)
            && ValueEquality.Sequence(Measurements, other.Measurements));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as AiObjective);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Id, StringComparer.Ordinal);
        hash.Add(Title, StringComparer.Ordinal);
        hash.Add(Target);
        hash.Add(Direction);
        hash.Add(TargetDate);
        hash.Add(ValueEquality.SequenceHash(Measurements));
        return hash.ToHashCode();
    }

    /// <summary>Returns whether two instances have the same values.</summary>
    /// <param name="left">The first instance.</param>
    /// <param name="right">The second instance.</param>
    /// <returns><see langword="true"/> when both are <see langword="null"/> or equal.</returns>
    public static bool operator ==(AiObjective? left, AiObjective? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Returns whether two instances differ in any value.</summary>
    /// <param name="left">The first instance.</param>
    /// <param name="right">The second instance.</param>
    /// <returns><see langword="true"/> when they are not equal.</returns>
    public static bool operator !=(AiObjective? left, AiObjective? right) => !(left == right);

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Id} {Title} ({(Direction == ObjectiveDirection.AtLeast ? "≥" : "≤")} {Target:0.###}{(Unit is null ? "" : " " + Unit)} by {TargetDate:yyyy-MM-dd}, owner {Owner})");
}
