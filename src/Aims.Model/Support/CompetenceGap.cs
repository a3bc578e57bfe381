namespace Aims.Model;

/// <summary>One gap between what the RACI matrix asks of a role and the competence on record (clause 7.2).</summary>
/// <remarks>Instances are immutable and safe to share between threads.</remarks>
public sealed class CompetenceGap : IEquatable<CompetenceGap>
{
    internal CompetenceGap(string role, string? competence, CompetenceGapKind kind, string message)
    {
        Role = role;
        Competence = competence;
        Kind = kind;
        Message = message;
    }

    /// <summary>Gets the role.</summary>
    public string Role { get; }

    /// <summary>Gets the competence missing; <see langword="null"/> for <see cref="CompetenceGapKind.NotDefined"/>.</summary>
    public string? Competence { get; }

    /// <summary>Gets what is missing.</summary>
    public CompetenceGapKind Kind { get; }

    /// <summary>Gets the gap in a sentence that says what to do.</summary>
    public string Message { get; }

    /// <summary>Returns whether <paramref name="other"/> has the same values (strings compare ordinally).</summary>
    /// <param name="other">The instance to compare with.</param>
    /// <returns><see langword="true"/> when every value is equal.</returns>
    public bool Equals(CompetenceGap? other) =>
        ReferenceEquals(this, other)
        || (other is not null && ValueEquality.Text(Role, other.Role) && ValueEquality.Text(Competence, other.Competence) && Kind == other.Kind && ValueEquality.Text(Message, other.Message));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as CompetenceGap);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Role), Kind, StringComparer.Ordinal.GetHashCode(Message));

    /// <summary>Returns whether two instances have the same values.</summary>
    /// <param name="left">The first instance.</param>
    /// <param name="right">The second instance.</param>
    /// <returns><see langword="true"/> when both are <see langword="null"/> or equal.</returns>
    public static bool operator ==(CompetenceGap? left, CompetenceGap? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Returns whether two instances differ in any value.</summary>
    /// <param name="left">The first instance.</param>
    /// <param name="right">The second instance.</param>
    /// <returns><see langword="true"/> when they are not equal.</returns>
    public static bool operator !=(CompetenceGap? left, CompetenceGap? right) => !(left == right);

    /// <inheritdoc />
    public override string ToString() => Message;
}
