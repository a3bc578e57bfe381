using System.Collections.Immutable;

namespace Aims.Model;

/// <summary>A nonconformity with its corrective actions (clause 10.2).</summary>
/// <remarks>Instances are immutable and safe to share between threads.</remarks>
public sealed class Nonconformity : IEquatable<Nonconformity>
{
    /// <summary>Initializes a new instance of the <see cref="Nonconformity"/> class.</summary>
    /// <param name="id">The id.</param>
    /// <param name="description">What does not conform.</param>
    /// <param name="raisedOn">When it was raised.</param>
    /// <param name="requirementId">The clause or control not met (for example <c>8.4</c> or <c>A.6.2.6</c>); optional.</param>
    /// <param name="sourceId">Where it came from (an audit finding or incident id); optional.</param>
    /// <param name="correctiveActions">The corrective actions.</param>
    /// <param name="closedOn">When it was closed after verifying effectiveness; <see langword="null"/> while open.</param>
    /// <exception cref="ArgumentException">An id or text is blank or malformed, or a list contains null.</exception>
    public Nonconformity(
        string id,
        string description,
        DateOnly raisedOn,
        string? requirementId = null,
        string? sourceId = null,
        IEnumerable<CorrectiveAction>? correctiveActions = null,
        DateOnly? closedOn = null)
    {
        Id = Guard.Id(id, nameof(id));
        Description = Guard.Text(description, nameof(description));
        RaisedOn = raisedOn;
        RequirementId = requirementId is null ? null : Guard.Id(requirementId, nameof(requirementId));
        SourceId = sourceId is null ? null : Guard.Id(sourceId, nameof(sourceId));
        CorrectiveActions = Guard.List(correctiveActions, nameof(correctiveActions));
        ClosedOn = closedOn;
    }

    /// <summary>Gets the id.</summary>
    public string Id { get; }

    /// <summary>Gets the description.</summary>
    public string Description { get; }

    /// <summary>Gets when it was raised.</summary>
    public DateOnly RaisedOn { get; }

    /// <summary>Gets the clause or control not met, if recorded.</summary>
    public string? RequirementId { get; }

    /// <summary>Gets the audit finding or incident id it came from, if recorded.</summary>
    public string? SourceId { get; }

    /// <summary>Gets the corrective actions.</summary>
    public ImmutableArray<CorrectiveAction> CorrectiveActions { get; }

    /// <summary>Gets when it was closed, or <see langword="null"/> while open.</summary>
    public DateOnly? ClosedOn { get; }

    /// <summary>Gets a value indicating whether it is still open.</summary>
    public bool IsOpen => ClosedOn is null;

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
