namespace Aims.Model;

/// <summary>
/// A discovered AI asset that matched no AI system of the inventory, recorded for a person to triage: find out what
/// it is, then register it as an AI system or dismiss it, with a reason. Discovery never adds systems by itself.
/// </summary>
/// <remarks>
/// Instances are immutable and safe to share between threads. A candidate starts as
/// <see cref="ShadowAiCandidateStatus.New"/>; <see cref="WithTriage"/> records the decision and
/// <see cref="WithSighting"/> a later observation of the same asset. <see cref="AimsWorkspace.Validate"/> warns
/// (<see cref="ModelDiagnosticCodes.ShadowAiCandidateUntriaged"/>) when a candidate is still new more than
/// <see cref="TriageWindowDays"/> days after it was first seen.
/// </remarks>
public sealed class ShadowAiCandidate : IEquatable<ShadowAiCandidate>
{
    /// <summary>The days a candidate may stay <see cref="ShadowAiCandidateStatus.New"/> after it was first seen before validation warns: 30.</summary>
    public const int TriageWindowDays = 30;

    /// <summary>Initializes a new instance of the <see cref="ShadowAiCandidate"/> class, not yet triaged.</summary>
    /// <param name="asset">The discovered asset.</param>
    /// <exception cref="ArgumentNullException"><paramref name="asset"/> is <see langword="null"/>.</exception>
    public ShadowAiCandidate(DiscoveredAiAsset asset)
    {
        ArgumentNullException.ThrowIfNull(asset);
        Asset = asset;
        Status = ShadowAiCandidateStatus.New;
    }

    private ShadowAiCandidate(ShadowAiCandidate source)
    {
        Asset = source.Asset;
        Status = source.Status;
        Reason = source.Reason;
        SystemId = source.SystemId;
    }

    /// <summary>Gets the discovered asset, with every sighting merged in (first seen, last seen).</summary>
    public DiscoveredAiAsset Asset { get; private init; }

    /// <summary>Gets where triage stands.</summary>
    public ShadowAiCandidateStatus Status { get; private init; }

    /// <summary>Gets why the candidate has its status (required for <see cref="ShadowAiCandidateStatus.Dismissed"/>), if recorded.</summary>
    public string? Reason { get; private init; }

    /// <summary>Gets the id of the AI system the candidate was registered as; set exactly when <see cref="Status"/> is <see cref="ShadowAiCandidateStatus.Registered"/>.</summary>
    public string? SystemId { get; private init; }

    /// <summary>Returns whether the candidate is still <see cref="ShadowAiCandidateStatus.New"/> more than <see cref="TriageWindowDays"/> days after it was first seen.</summary>
    /// <param name="asOf">The date to evaluate at.</param>
    /// <returns><see langword="true"/> when triage is overdue.</returns>
    public bool IsTriageOverdue(DateOnly asOf) =>
        Status == ShadowAiCandidateStatus.New && asOf.DayNumber - Asset.FirstSeen.DayNumber > TriageWindowDays;

    /// <summary>Returns a copy with a triage decision.</summary>
    /// <param name="status">The status.</param>
    /// <param name="reason">Why; required for <see cref="ShadowAiCandidateStatus.Dismissed"/>, optional otherwise (<see langword="null"/> clears it).</param>
    /// <param name="systemId">The inventory id the asset was registered as: required for <see cref="ShadowAiCandidateStatus.Registered"/>, and only then.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="status"/> is not a defined value.</exception>
    /// <exception cref="ArgumentException">A dismissal has no reason, a registration no system id, another status a system id, or the id is malformed.</exception>
    public ShadowAiCandidate WithTriage(ShadowAiCandidateStatus status, string? reason, string? systemId = null)
    {
        Guard.Defined(status, nameof(status));
        var why = Guard.OptionalText(reason);
        if (status == ShadowAiCandidateStatus.Dismissed && why is null)
        {
            throw new ArgumentException("A dismissal needs a reason (a false positive, blocked at the proxy, out of scope …).", nameof(reason));
        }

        if (status == ShadowAiCandidateStatus.Registered)
        {
            if (string.IsNullOrWhiteSpace(systemId))
            {
                throw new ArgumentException("A registered candidate names the AI system it was registered as.", nameof(systemId));
            }

            return new(this) { Status = status, Reason = why, SystemId = Guard.Id(systemId, nameof(systemId)) };
        }

        if (systemId is not null)
        {
            throw new ArgumentException("Only a registered candidate names an AI system.", nameof(systemId));
        }

        return new(this) { Status = status, Reason = why, SystemId = null };
    }

    /// <summary>
    /// Returns a copy with another sighting of the same asset merged in: first seen is the earlier of the two, last seen
    /// the later, and the other details come from the sighting seen last (on a tie, from <paramref name="sighting"/>).
    /// The triage decision is kept. Merging the same sighting twice changes nothing more.
    /// </summary>
    /// <param name="sighting">The later observation.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="sighting"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="sighting"/> is another asset (source or external id differs).</exception>
    public ShadowAiCandidate WithSighting(DiscoveredAiAsset sighting)
    {
        ArgumentNullException.ThrowIfNull(sighting);
        if (!Asset.IsSameAssetAs(sighting))
        {
            throw new ArgumentException($"{sighting} is not a sighting of {Asset}.", nameof(sighting));
        }

        var latest = sighting.LastSeen >= Asset.LastSeen ? sighting : Asset;
        var first = sighting.FirstSeen < Asset.FirstSeen ? sighting.FirstSeen : Asset.FirstSeen;
        return new(this) { Asset = latest.WithSeen(first, latest.LastSeen) };
    }

    /// <summary>Returns whether <paramref name="other"/> has the same values: strings compare ordinally.</summary>
    /// <param name="other">The instance to compare with.</param>
    /// <returns><see langword="true"/> when every value is equal.</returns>
    public bool Equals(ShadowAiCandidate? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && Asset.Equals(other.Asset)
            && Status == other.Status
            && ValueEquality.Text(Reason, other.Reason)
            && ValueEquality.Text(SystemId, other.SystemId));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ShadowAiCandidate);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Asset, Status, Reason is null ? 0 : StringComparer.Ordinal.GetHashCode(Reason), SystemId is null ? 0 : StringComparer.Ordinal.GetHashCode(SystemId));

    /// <summary>Returns whether two instances have the same values.</summary>
    /// <param name="left">The first instance.</param>
    /// <param name="right">The second instance.</param>
    /// <returns><see langword="true"/> when both are <see langword="null"/> or equal.</returns>
    public static bool operator ==(ShadowAiCandidate? left, ShadowAiCandidate? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Returns whether two instances differ in any value.</summary>
    /// <param name="left">The first instance.</param>
    /// <param name="right">The second instance.</param>
    /// <returns><see langword="true"/> when they are not equal.</returns>
    public static bool operator !=(ShadowAiCandidate? left, ShadowAiCandidate? right) => !(left == right);

    /// <inheritdoc />
    public override string ToString() => $"{Asset} [{Vocabulary.Word(Status)}]";
}
