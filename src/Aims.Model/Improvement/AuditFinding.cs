namespace Aims.Model;

/// <summary>A finding of an audit.</summary>
/// <remarks>Instances are immutable and safe to share between threads.</remarks>
public sealed class AuditFinding : IEquatable<AuditFinding>
{
    /// <summary>Initializes a new instance of the <see cref="AuditFinding"/> class.</summary>
    /// <param name="id">The id.</param>
    /// <param name="type">The kind of finding.</param>
    /// <param name="description">What was found.</param>
    /// <remarks>The requirement and the nonconformity raised are set through <see cref="WithRequirementId"/> and <see cref="WithNonconformityId"/>.</remarks>
    /// <exception cref="ArgumentException"><paramref name="id"/> or <paramref name="description"/> is blank or malformed.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="type"/> is not a defined value.</exception>
    public AuditFinding(string id, AuditFindingType type, string description)
    {
        Id = Guard.Id(id, nameof(id));
        Type = Guard.Defined(type, nameof(type));
        Description = Guard.Text(description, nameof(description));
    }

    private AuditFinding(AuditFinding source)
    {
        Id = source.Id;
        Type = source.Type;
        Description = source.Description;
        RequirementId = source.RequirementId;
        NonconformityId = source.NonconformityId;
    }

    /// <summary>Gets the id.</summary>
    public string Id { get; }

    /// <summary>Gets the grade.</summary>
    public AuditFindingType Type { get; }

    /// <summary>Gets what was found.</summary>
    public string Description { get; }

    /// <summary>Gets the clause or control concerned, if recorded.</summary>
    public string? RequirementId { get; private init; }

    /// <summary>Gets the nonconformity raised for it, if any.</summary>
    public string? NonconformityId { get; private init; }

    /// <summary>Gets a value indicating whether the finding is a nonconformity (major or minor).</summary>
    public bool IsNonconformity => Type is AuditFindingType.MajorNonconformity or AuditFindingType.MinorNonconformity;

    /// <summary>Returns a copy with the requirement concerned (<see langword="null"/> clears it).</summary>
    /// <param name="requirementId">The new value.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentException"><paramref name="requirementId"/> is blank or malformed.</exception>
    public AuditFinding WithRequirementId(string? requirementId) => new(this) { RequirementId = requirementId is null ? null : Guard.Id(requirementId, nameof(requirementId)) };

    /// <summary>Returns a copy with the nonconformity raised from the finding (<see langword="null"/> clears it).</summary>
    /// <param name="nonconformityId">The new value.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentException"><paramref name="nonconformityId"/> is blank or malformed.</exception>
    public AuditFinding WithNonconformityId(string? nonconformityId) => new(this) { NonconformityId = nonconformityId is null ? null : Guard.Id(nonconformityId, nameof(nonconformityId)) };

    /// <summary>Returns whether <paramref name="other"/> has the same values: strings compare ordinally, collections by sequence.</summary>
    /// <param name="other">The instance to compare with.</param>
    /// <returns><see langword="true"/> when every value is equal.</returns>
    public bool Equals(AuditFinding? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && ValueEquality.Text(Id, other.Id)
            && EqualityComparer<AuditFindingType>.Default.Equals(Type, other.Type)
            && ValueEquality.Text(Description, other.Description)
            && ValueEquality.Text(RequirementId, other.RequirementId)
            && ValueEquality.Text(NonconformityId, other.NonconformityId));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as AuditFinding);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Id, StringComparer.Ordinal);
        hash.Add(Type);
        hash.Add(Description, StringComparer.Ordinal);
        hash.Add(RequirementId, StringComparer.Ordinal);
        hash.Add(NonconformityId, StringComparer.Ordinal);
        return hash.ToHashCode();
    }

    /// <summary>Returns whether two instances have the same values.</summary>
    /// <param name="left">The first instance.</param>
    /// <param name="right">The second instance.</param>
    /// <returns><see langword="true"/> when both are <see langword="null"/> or equal.</returns>
    public static bool operator ==(AuditFinding? left, AuditFinding? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Returns whether two instances differ in any value.</summary>
    /// <param name="left">The first instance.</param>
    /// <param name="right">The second instance.</param>
    /// <returns><see langword="true"/> when they are not equal.</returns>
    public static bool operator !=(AuditFinding? left, AuditFinding? right) => !(left == right);
}
