namespace Aims.Model;

/// <summary>An individual, group or society affected by an AI system.</summary>
/// <remarks>Instances are immutable and safe to share between threads.</remarks>
public sealed class AffectedParty : IEquatable<AffectedParty>
{
    /// <summary>Initializes a new instance of the <see cref="AffectedParty"/> class.</summary>
    /// <param name="description">Who is affected, for example <c>Job applicants</c>.</param>
    /// <param name="kind">At which level.</param>
    /// <param name="isVulnerable">Whether the party includes vulnerable persons (children, people with disabilities …).</param>
    /// <exception cref="ArgumentException"><paramref name="description"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a defined value.</exception>
    public AffectedParty(string description, AffectedPartyKind kind, bool isVulnerable = false)
    {
        Description = Guard.Text(description, nameof(description));
        Kind = Guard.Defined(kind, nameof(kind));
        IsVulnerable = isVulnerable;
    }

    /// <summary>Gets who is affected.</summary>
    public string Description { get; }

    /// <summary>Gets the level.</summary>
    public AffectedPartyKind Kind { get; }

    /// <summary>Gets a value indicating whether vulnerable persons are included.</summary>
    public bool IsVulnerable { get; }

    /// <summary>Returns whether <paramref name="other"/> has the same values: strings compare ordinally, collections by sequence.</summary>
    /// <param name="other">The instance to compare with.</param>
    /// <returns><see langword="true"/> when every value is equal.</returns>
    public bool Equals(AffectedParty? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && ValueEquality.Text(Description, other.Description)
            && EqualityComparer<AffectedPartyKind>.Default.Equals(Kind, other.Kind)
            && IsVulnerable == other.IsVulnerable);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as AffectedParty);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Description, StringComparer.Ordinal);
        hash.Add(Kind);
        hash.Add(IsVulnerable);
        return hash.ToHashCode();
    }

    /// <summary>Returns whether two instances have the same values.</summary>
    /// <param name="left">The first instance.</param>
    /// <param name="right">The second instance.</param>
    /// <returns><see langword="true"/> when both are <see langword="null"/> or equal.</returns>
    public static bool operator ==(AffectedParty? left, AffectedParty? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Returns whether two instances differ in any value.</summary>
    /// <param name="left">The first instance.</param>
    /// <param name="right">The second instance.</param>
    /// <returns><see langword="true"/> when they are not equal.</returns>
    public static bool operator !=(AffectedParty? left, AffectedParty? right) => !(left == right);
}
