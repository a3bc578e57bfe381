using System.Collections.Immutable;

namespace Aims.Model;

/// <summary>A nonconformity with its corrective actions (clause 10.2).</summary>
/// <remarks>Instances are immutable and safe to share between threads.</remarks>
public sealed class Nonconformity : IEquatable<Nonconformity>
{
    /// <summary>Initializes a new, open instance of the <see cref="Nonconformity"/> class.</summary>
    /// <param name="id">The id.</param>
    /// <param name="description">What does not conform.</param>
    /// <param name="raisedOn">When it was raised.</param>
    /// <remarks>
    /// The requirement, the source, corrective actions and the closing date are set through validated copies such as
    /// <see cref="WithCorrectiveActions"/> and <see cref="WithClosedOn"/>.
    /// </remarks>
    /// <exception cref="ArgumentException"><paramref name="id"/> or <paramref name="description"/> is blank or malformed.</exception>
    public Nonconformity(string id, string description, DateOnly raisedOn)
    {
        Id = Guard.Id(id, nameof(id));
        Description = Guard.Text(description, nameof(description));
        RaisedOn = raisedOn;
        CorrectiveActions = [];
    }

    private Nonconformity(Nonconformity source)
    {
        Id = source.Id;
        Description = source.Description;
        RaisedOn = source.RaisedOn;
        RequirementId = source.RequirementId;
        SourceId = source.SourceId;
        CorrectiveActions = source.CorrectiveActions;
        ClosedOn = source.ClosedOn;
    }

    /// <summary>Gets the id.</summary>
    public string Id { get; }

    /// <summary>Gets the description.</summary>
    public string Description { get; }

    /// <summary>Gets when it was raised.</summary>
    public DateOnly RaisedOn { get; }

    /// <summary>Gets the clause or control not met, if recorded.</summary>
    public string? RequirementId { get; private init; }

    /// <summary>Gets the audit finding or incident id it came from, if recorded.</summary>
    public string? SourceId { get; private init; }

    /// <summary>Gets the corrective actions.</summary>
    public ImmutableArray<CorrectiveAction> CorrectiveActions { get; private init; }

    /// <summary>Gets when it was closed, or <see langword="null"/> while open.</summary>
    public DateOnly? ClosedOn { get; private init; }

    /// <summary>Gets a value indicating whether it is still open.</summary>
    public bool IsOpen => ClosedOn is null;

    /// <summary>Returns a copy with the requirement not met, for example a clause or control id (<see langword="null"/> clears it).</summary>
    /// <param name="requirementId">The new value.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentException"><paramref name="requirementId"/> is blank or malformed.</exception>
    public Nonconformity WithRequirementId(string? requirementId) => new(this) { RequirementId = requirementId is null ? null : Guard.Id(requirementId, nameof(requirementId)) };

    /// <summary>Returns a copy with the source, for example an audit or incident id (<see langword="null"/> clears it).</summary>
    /// <param name="sourceId">The new value.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentException"><paramref name="sourceId"/> is blank or malformed.</exception>
    public Nonconformity WithSourceId(string? sourceId) => new(this) { SourceId = sourceId is null ? null : Guard.Id(sourceId, nameof(sourceId)) };

    /// <summary>Returns a copy with other corrective actions.</summary>
    /// <param name="correctiveActions">The new value.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentException"><paramref name="correctiveActions"/> contains null.</exception>
    public Nonconformity WithCorrectiveActions(IEnumerable<CorrectiveAction> correctiveActions) => new(this) { CorrectiveActions = Guard.List(correctiveActions, nameof(correctiveActions)) };

    /// <summary>Returns a copy with the closing date (<see langword="null"/>: open).</summary>
    /// <param name="closedOn">The new value.</param>
    /// <returns>The copy.</returns>
    public Nonconformity WithClosedOn(DateOnly? closedOn) => new(this) { ClosedOn = closedOn };

    /// <summary>Returns whether <paramref name="other"/> has the same values: strings compare ordinally, collections by sequence.</summary>
    /// <param name="other">The instance to compare with.</param>
    /// <returns><see langword="true"/> when every value is equal.</returns>
    public bool Equals(Nonconformity? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && ValueEquality.Text(Id, other.Id)
            && ValueEquality.Text(Description, other.Description)
            && RaisedOn == other.RaisedOn
            && ValueEquality.Text(RequirementId, other.RequirementId)
            && ValueEquality.Text(SourceId, other.SourceId)
            && ValueEquality.Sequence(CorrectiveActions, other.CorrectiveActions)
            && EqualityComparer<DateOnly?>.Default.Equals(ClosedOn, other.ClosedOn));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Nonconformity);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Id, StringComparer.Ordinal);
        hash.Add(Description, StringComparer.Ordinal);
        hash.Add(RaisedOn);
        hash.Add(RequirementId, StringComparer.Ordinal);
        hash.Add(SourceId, StringComparer.Ordinal);
        hash.Add(ValueEquality.SequenceHash(CorrectiveActions));
        hash.Add(ClosedOn);
        return hash.ToHashCode();
    }

    /// <summary>Returns whether two instances have the same values.</summary>
    /// <param name="left">The first instance.</param>
    /// <param name="right">The second instance.</param>
    /// <returns><see langword="true"/> when both are <see langword="null"/> or equal.</returns>
    public static bool operator ==(Nonconformity? left, Nonconformity? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Returns whether two instances differ in any value.</summary>
    /// <param name="left">The first instance.</param>
    /// <param name="right">The second instance.</param>
    /// <returns><see langword="true"/> when they are not equal.</returns>
    public static bool operator !=(Nonconformity? left, Nonconformity? right) => !(left == right);
}
