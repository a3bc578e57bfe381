using System.Collections.Immutable;

namespace Aims.Model;

/// <summary>
/// One requirement of a deployment gate policy, optionally only for some risk tiers (<see cref="Tiers"/>): a low-risk
/// tool need not carry a model card while a high-risk one must.
/// </summary>
/// <remarks>Instances are immutable and safe to share between threads. Create them with the static factory methods.</remarks>
public sealed class GateRequirement : IEquatable<GateRequirement>
{
    private GateRequirement(GateCheck check, EvidenceKind? evidenceKind, string description)
    {
        Check = check;
        EvidenceKind = evidenceKind;
        Description = description;
        Tiers = [];
    }

    private GateRequirement(GateRequirement source, ImmutableArray<RiskLevel> tiers)
        : this(source.Check, source.EvidenceKind, source.Description) => Tiers = tiers;

    /// <summary>Gets what is checked.</summary>
    public GateCheck Check { get; }

    /// <summary>Gets the evidence kind required, for <see cref="GateCheck.Evidence"/>.</summary>
    public EvidenceKind? EvidenceKind { get; }

    /// <summary>Gets the requirement as shown to people.</summary>
    public string Description { get; }

    /// <summary>
    /// Gets the risk tiers (<see cref="AiSystem.RiskLevel"/>) the requirement applies to, in ascending order; empty
    /// means every tier. A system whose level is <see cref="RiskLevel.NotAssessed"/> always gets the requirement: an
    /// unassessed tier never waives evidence.
    /// </summary>
    public ImmutableArray<RiskLevel> Tiers { get; }

    /// <summary>Returns whether a system of a risk tier must meet this requirement.</summary>
    /// <param name="tier">The system's risk level.</param>
    /// <returns><see langword="true"/> when <see cref="Tiers"/> is empty, contains <paramref name="tier"/>, or the tier is not assessed.</returns>
    public bool AppliesTo(RiskLevel tier) => Tiers.IsEmpty || tier == RiskLevel.NotAssessed || Tiers.Contains(tier);

    /// <summary>Returns a copy that applies only to systems of the given risk tiers (empty: every tier).</summary>
    /// <param name="tiers">The tiers; duplicates are removed and the order is ascending.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="tiers"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A tier is undefined or <see cref="RiskLevel.NotAssessed"/> (not a tier: unassessed systems get every requirement).</exception>
    public GateRequirement WithTiers(IEnumerable<RiskLevel> tiers)
    {
        ArgumentNullException.ThrowIfNull(tiers);
        var list = tiers.ToList();
        foreach (var tier in list)
        {
            if (tier == RiskLevel.NotAssessed || !Enum.IsDefined(tier))
            {
                throw new ArgumentOutOfRangeException(nameof(tiers), tier,
                    "A gate tier must be low, medium, high or critical; a system whose risk level is not assessed gets every requirement.");
            }
        }

        return new(this, [.. list.Distinct().Order()]);
    }

    /// <summary>Requires evidence of a kind.</summary>
    /// <param name="kind">The evidence kind.</param>
    /// <param name="description">How to show the requirement; defaults to "Evidence: " and the kind's vocabulary word (<c>Evidence: modelCard</c>).</param>
    /// <returns>The requirement.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a defined value.</exception>
    public static GateRequirement Evidence(EvidenceKind kind, string? description = null) =>
        new(GateCheck.Evidence, Guard.Defined(kind, nameof(kind)), Guard.OptionalText(description) ?? $"Evidence: {Vocabulary.Word(kind)}");

    /// <summary>Requires an approved impact assessment.</summary>
    /// <returns>The requirement.</returns>
    public static GateRequirement ImpactAssessmentApproved() =>
        new(GateCheck.ImpactAssessmentApproved, null, "Impact assessment approved");

    /// <summary>Requires every residual risk of the system to be accepted by its owner.</summary>
    /// <returns>The requirement.</returns>
    public static GateRequirement ResidualRisksAccepted() =>
        new(GateCheck.ResidualRisksAccepted, null, "Residual risk accepted by its owner");

    /// <summary>Requires monitoring, including drift detection, to be in place.</summary>
    /// <returns>The requirement.</returns>
    public static GateRequirement MonitoringInPlace() =>
        new(GateCheck.MonitoringInPlace, null, "Drift monitoring in place");

    /// <summary>Returns whether <paramref name="other"/> has the same values: strings compare ordinally, collections by sequence.</summary>
    /// <param name="other">The instance to compare with.</param>
    /// <returns><see langword="true"/> when every value is equal.</returns>
    public bool Equals(GateRequirement? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && EqualityComparer<GateCheck>.Default.Equals(Check, other.Check)
            && EqualityComparer<EvidenceKind?>.Default.Equals(EvidenceKind, other.EvidenceKind)
            && ValueEquality.Text(Description, other.Description)
            && Tiers.SequenceEqual(other.Tiers));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as GateRequirement);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Check);
        hash.Add(EvidenceKind);
        hash.Add(Description, StringComparer.Ordinal);
        foreach (var tier in Tiers)
        {
            hash.Add(tier);
        }

        return hash.ToHashCode();
    }

    /// <summary>Returns whether two instances have the same values.</summary>
    /// <param name="left">The first instance.</param>
    /// <param name="right">The second instance.</param>
    /// <returns><see langword="true"/> when both are <see langword="null"/> or equal.</returns>
    public static bool operator ==(GateRequirement? left, GateRequirement? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Returns whether two instances differ in any value.</summary>
    /// <param name="left">The first instance.</param>
    /// <param name="right">The second instance.</param>
    /// <returns><see langword="true"/> when they are not equal.</returns>
    public static bool operator !=(GateRequirement? left, GateRequirement? right) => !(left == right);

    /// <inheritdoc />
    public override string ToString() => Description;
}
