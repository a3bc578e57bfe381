namespace Aims.Model;

/// <summary>The outcome of one gate requirement for one system, with the reason.</summary>
/// <remarks>Instances are immutable and safe to share between threads.</remarks>
public sealed class GateCheckResult : IEquatable<GateCheckResult>
{
    internal GateCheckResult(GateRequirement requirement, bool passed, string reason, bool isRequired = true)
    {
        Requirement = requirement;
        Passed = passed;
        Reason = reason;
        IsRequired = isRequired;
    }

    /// <summary>Gets the requirement.</summary>
    public GateRequirement Requirement { get; }

    /// <summary>Gets a value indicating whether it is met.</summary>
    public bool Passed { get; }

    /// <summary>Gets why it passed or failed.</summary>
    public string Reason { get; }

    /// <summary>
    /// Gets whether the requirement applies to the system's risk tier (<see cref="GateRequirement.AppliesTo"/>). A
    /// requirement that does not apply counts as passed and says so in <see cref="Reason"/>.
    /// </summary>
    public bool IsRequired { get; }

    /// <summary>Returns whether <paramref name="other"/> has the same values: strings compare ordinally, collections by sequence.</summary>
    /// <param name="other">The instance to compare with.</param>
    /// <returns><see langword="true"/> when every value is equal.</returns>
    public bool Equals(GateCheckResult? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && EqualityComparer<GateRequirement>.Default.Equals(Requirement, other.Requirement)
            && Passed == other.Passed
            && IsRequired == other.IsRequired
            && ValueEquality.Text(Reason, other.Reason));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as GateCheckResult);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Requirement);
        hash.Add(Passed);
        hash.Add(IsRequired);
        hash.Add(Reason, StringComparer.Ordinal);
        return hash.ToHashCode();
    }

    /// <summary>Returns whether two instances have the same values.</summary>
    /// <param name="left">The first instance.</param>
    /// <param name="right">The second instance.</param>
    /// <returns><see langword="true"/> when both are <see langword="null"/> or equal.</returns>
    public static bool operator ==(GateCheckResult? left, GateCheckResult? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Returns whether two instances differ in any value.</summary>
    /// <param name="left">The first instance.</param>
    /// <param name="right">The second instance.</param>
    /// <returns><see langword="true"/> when they are not equal.</returns>
    public static bool operator !=(GateCheckResult? left, GateCheckResult? right) => !(left == right);
}
