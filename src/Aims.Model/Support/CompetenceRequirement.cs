namespace Aims.Model;

/// <summary>A competence a role needs to do its AIMS work (ISO/IEC 42001 clause 7.2 a).</summary>
/// <remarks>Instances are immutable and safe to share between threads.</remarks>
public sealed class CompetenceRequirement : IEquatable<CompetenceRequirement>
{
    /// <summary>Initializes a new instance of the <see cref="CompetenceRequirement"/> class.</summary>
    /// <param name="role">The role, as named in the RACI matrix.</param>
    /// <param name="competence">The competence, for example <c>AI impact assessment</c>; records name it the same way.</param>
    /// <param name="description">What it covers; optional.</param>
    /// <exception cref="ArgumentException"><paramref name="role"/> or <paramref name="competence"/> is blank.</exception>
    public CompetenceRequirement(string role, string competence, string? description = null)
    {
        Role = Guard.Text(role, nameof(role));
        Competence = Guard.Text(competence, nameof(competence));
        Description = Guard.OptionalText(description);
    }

    /// <summary>Gets the role.</summary>
    public string Role { get; }

    /// <summary>Gets the competence.</summary>
    public string Competence { get; }

    /// <summary>Gets what it covers.</summary>
    public string? Description { get; }

    /// <summary>Returns whether <paramref name="other"/> has the same values (strings compare ordinally).</summary>
    /// <param name="other">The instance to compare with.</param>
    /// <returns><see langword="true"/> when every value is equal.</returns>
    public bool Equals(CompetenceRequirement? other) =>
        ReferenceEquals(this, other)
        || (other is not null && ValueEquality.Text(Role, other.Role) && ValueEquality.Text(Competence, other.Competence) && ValueEquality.Text(Description, other.Description));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as CompetenceRequirement);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Role), StringComparer.Ordinal.GetHashCode(Competence));

    /// <summary>Returns whether two instances have the same values.</summary>
    /// <param name="left">The first instance.</param>
    /// <param name="right">The second instance.</param>
    /// <returns><see langword="true"/> when both are <see langword="null"/> or equal.</returns>
    public static bool operator ==(CompetenceRequirement? left, CompetenceRequirement? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Returns whether two instances differ in any value.</summary>
    /// <param name="left">The first instance.</param>
    /// <param name="right">The second instance.</param>
    /// <returns><see langword="true"/> when they are not equal.</returns>
    public static bool operator !=(CompetenceRequirement? left, CompetenceRequirement? right) => !(left == right);

    /// <inheritdoc />
    public override string ToString() => $"{Role}: {Competence}";
}
