using System.Collections.Immutable;

namespace Aims.Model;

/// <summary>The outcome of a deployment gate for one AI system: pass/fail per requirement with reasons.</summary>
/// <remarks>Instances are immutable and safe to share between threads.</remarks>
public sealed class GateEvaluation : IEquatable<GateEvaluation>
{
    internal GateEvaluation(string policyId, string systemId, ImmutableArray<GateCheckResult> results)
    {
        PolicyId = policyId;
        SystemId = systemId;
        Results = results;
    }

    /// <summary>Gets the gate policy id.</summary>
    public string PolicyId { get; }

    /// <summary>Gets the AI system id.</summary>
    public string SystemId { get; }

    /// <summary>Gets one result per requirement, in policy order.</summary>
    public ImmutableArray<GateCheckResult> Results { get; }

    /// <summary>Gets a value indicating whether every requirement passed.</summary>
    public bool Passed => Results.All(r => r.Passed);

    /// <summary>Returns whether <paramref name="other"/> has the same values: strings compare ordinally, collections by sequence.</summary>
    /// <param name="other">The instance to compare with.</param>
    /// <returns><see langword="true"/> when every value is equal.</returns>
    public bool Equals(GateEvaluation? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && ValueEquality.Text(PolicyId, other.PolicyId)
            && ValueEquality.Text(SystemId, other.SystemId)
            && ValueEquality.Sequence(Results, other.Results));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as GateEvaluation);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(PolicyId, StringComparer.Ordinal);
        hash.Add(SystemId, StringComparer.Ordinal);
        hash.Add(ValueEquality.SequenceHash(Results));
        return hash.ToHashCode();
    }

    /// <summary>Returns whether two instances have the same values.</summary>
    /// <param name="left">The first instance.</param>
    /// <param name="right">The second instance.</param>
    /// <returns><see langword="true"/> when both are <see langword="null"/> or equal.</returns>
    public static bool operator ==(GateEvaluation? left, GateEvaluation? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Returns whether two instances differ in any value.</summary>
    /// <param name="left">The first instance.</param>
    /// <param name="right">The second instance.</param>
    /// <returns><see langword="true"/> when they are not equal.</returns>
    public static bool operator !=(GateEvaluation? left, GateEvaluation? right) => !(left == right);
}
