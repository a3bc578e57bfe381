using System.Collections.Immutable;

namespace Aims.Model;

/// <summary>What <see cref="DiscoveryReconciliation"/> made of one discovered asset, and what applying it would change.</summary>
/// <remarks>Instances are immutable and safe to share between threads.</remarks>
public sealed class DiscoveryOutcome : IEquatable<DiscoveryOutcome>
{
    internal DiscoveryOutcome(int assetIndex, DiscoveredAiAsset asset, DiscoveryOutcomeKind kind)
    {
        AssetIndex = assetIndex;
        Asset = asset;
        Kind = kind;
        SystemIds = [];
    }

    private DiscoveryOutcome(DiscoveryOutcome source)
    {
        AssetIndex = source.AssetIndex;
        Asset = source.Asset;
        Kind = source.Kind;
        Rule = source.Rule;
        SystemIds = source.SystemIds;
        PreviousLastSeen = source.PreviousLastSeen;
        KnownCandidateStatus = source.KnownCandidateStatus;
        Reason = source.Reason;
    }

    /// <summary>Gets the asset's index in the input, from 0.</summary>
    public int AssetIndex { get; }

    /// <summary>Gets the asset.</summary>
    public DiscoveredAiAsset Asset { get; }

    /// <summary>Gets what was made of it.</summary>
    public DiscoveryOutcomeKind Kind { get; }

    /// <summary>Gets the rule that matched (<see cref="DiscoveryOutcomeKind.Matched"/> and <see cref="DiscoveryOutcomeKind.Ambiguous"/>), or <see langword="null"/>.</summary>
    public DiscoveryMatchRule? Rule { get; private init; }

    /// <summary>Gets the AI systems the rule found: one when matched, two or more when ambiguous, none otherwise; in inventory order.</summary>
    public ImmutableArray<string> SystemIds { get; private init; }

    /// <summary>Gets the matched system's last-seen date before applying (<see langword="null"/>: never seen, or not matched).</summary>
    public DateOnly? PreviousLastSeen { get; private init; }

    /// <summary>Gets the matched system's last-seen date after applying this asset alone: the later of <see cref="PreviousLastSeen"/> and the asset's last sighting; <see langword="null"/> when not matched.</summary>
    public DateOnly? NewLastSeen => Kind == DiscoveryOutcomeKind.Matched
        ? (PreviousLastSeen is { } p && p > Asset.LastSeen ? p : Asset.LastSeen)
        : null;

    /// <summary>Gets a value indicating whether applying this asset moves the matched system's last-seen date.</summary>
    public bool ChangesLastSeen => Kind == DiscoveryOutcomeKind.Matched && NewLastSeen != PreviousLastSeen;

    /// <summary>Gets the triage status of the candidate the workspace already records for this asset (a candidate seen again), or <see langword="null"/> for a new one or another outcome.</summary>
    public ShadowAiCandidateStatus? KnownCandidateStatus { get; private init; }

    /// <summary>Gets why an asset was rejected or is ambiguous, for people; <see langword="null"/> otherwise.</summary>
    public string? Reason { get; private init; }

    internal DiscoveryOutcome WithMatch(DiscoveryMatchRule rule, ImmutableArray<string> systemIds, DateOnly? previousLastSeen) =>
        new(this) { Rule = rule, SystemIds = systemIds, PreviousLastSeen = previousLastSeen };

    internal DiscoveryOutcome WithKnownCandidate(ShadowAiCandidateStatus? status) => new(this) { KnownCandidateStatus = status };

    internal DiscoveryOutcome WithReason(string reason) => new(this) { Reason = reason };

    /// <summary>Returns whether <paramref name="other"/> has the same values: strings compare ordinally, collections by sequence.</summary>
    /// <param name="other">The instance to compare with.</param>
    /// <returns><see langword="true"/> when every value is equal.</returns>
    public bool Equals(DiscoveryOutcome? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && AssetIndex == other.AssetIndex
            && Asset.Equals(other.Asset)
            && Kind == other.Kind
            && Rule == other.Rule
            && ValueEquality.Sequence(SystemIds, other.SystemIds)
            && PreviousLastSeen == other.PreviousLastSeen
            && KnownCandidateStatus == other.KnownCandidateStatus
            && ValueEquality.Text(Reason, other.Reason));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as DiscoveryOutcome);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(AssetIndex, Asset, Kind, Rule, ValueEquality.SequenceHash(SystemIds), PreviousLastSeen, KnownCandidateStatus);

    /// <summary>Returns whether two instances have the same values.</summary>
    /// <param name="left">The first instance.</param>
    /// <param name="right">The second instance.</param>
    /// <returns><see langword="true"/> when both are <see langword="null"/> or equal.</returns>
    public static bool operator ==(DiscoveryOutcome? left, DiscoveryOutcome? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Returns whether two instances differ in any value.</summary>
    /// <param name="left">The first instance.</param>
    /// <param name="right">The second instance.</param>
    /// <returns><see langword="true"/> when they are not equal.</returns>
    public static bool operator !=(DiscoveryOutcome? left, DiscoveryOutcome? right) => !(left == right);
}
