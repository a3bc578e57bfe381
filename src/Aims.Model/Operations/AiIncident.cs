using System.Collections.Immutable;

namespace Aims.Model;

/// <summary>
/// An AI incident: what happened, to which systems, when, and whether it is a serious incident under EU AI Act
/// Art. 73 (then <see cref="ReportingDeadline"/> gives the reporting deadline).
/// </summary>
/// <remarks>Instances are immutable and safe to share between threads.</remarks>
public sealed class AiIncident : IEquatable<AiIncident>
{
    /// <summary>Initializes a new instance of the <see cref="AiIncident"/> class with what identifies it.</summary>
    /// <param name="id">The id.</param>
    /// <param name="title">A short title.</param>
    /// <param name="severity">The severity.</param>
    /// <param name="awareAt">When the organization became aware of it (starts the EU AI Act Art. 73 clock).</param>
    /// <remarks>
    /// The incident starts open, not serious, not linked to a system and not reported; record the rest through
    /// validated copies such as <see cref="WithSystemIds"/>, <see cref="WithSeriousCriteria"/> and <see cref="WithResolvedAt"/>.
    /// </remarks>
    /// <exception cref="ArgumentException"><paramref name="id"/> or <paramref name="title"/> is blank or malformed.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="severity"/> is not a defined value.</exception>
    public AiIncident(string id, string title, IncidentSeverity severity, DateTimeOffset awareAt)
    {
        Id = Guard.Id(id, nameof(id));
        Title = Guard.Text(title, nameof(title));
        Severity = Guard.Defined(severity, nameof(severity));
        AwareAt = awareAt;
        SystemIds = [];
        SeriousCriteria = [];
    }

    private AiIncident(AiIncident source)
    {
        Id = source.Id;
        Title = source.Title;
        Severity = source.Severity;
        AwareAt = source.AwareAt;
        SystemIds = source.SystemIds;
        OccurredAt = source.OccurredAt;
        ResolvedAt = source.ResolvedAt;
        SeriousCriteria = source.SeriousCriteria;
        ReportedAt = source.ReportedAt;
    }

    /// <summary>Gets the id.</summary>
    public string Id { get; }

    /// <summary>Gets the title.</summary>
    public string Title { get; }

    /// <summary>Gets the severity.</summary>
    public IncidentSeverity Severity { get; }

    /// <summary>Gets when the organization became aware of it.</summary>
    public DateTimeOffset AwareAt { get; }

    /// <summary>Gets the AI systems involved.</summary>
    public ImmutableArray<string> SystemIds { get; private init; }

    /// <summary>Gets when it happened, if known.</summary>
    public DateTimeOffset? OccurredAt { get; private init; }

    /// <summary>Gets when it was resolved, or <see langword="null"/> while open.</summary>
    public DateTimeOffset? ResolvedAt { get; private init; }

    /// <summary>Gets the serious-incident criteria met.</summary>
    public ImmutableArray<SeriousIncidentCriterion> SeriousCriteria { get; private init; }

    /// <summary>Gets when it was reported to the authority, if it was.</summary>
    public DateTimeOffset? ReportedAt { get; private init; }

    /// <summary>Gets a value indicating whether this is a serious incident under EU AI Act Art. 3(49).</summary>
    public bool IsSerious => !SeriousCriteria.IsEmpty;

    /// <summary>Gets a value indicating whether the incident is still open.</summary>
    public bool IsOpen => ResolvedAt is null;

    /// <summary>Gets the Art. 73 reporting deadline, or <see langword="null"/> when the incident is not serious.</summary>
    public ReportingDeadline? ReportingDeadline => IsSerious ? ReportingDeadline.Compute(AwareAt, SeriousCriteria) : null;

    /// <summary>Returns whether the Art. 73 report is overdue at a point in time: serious, unreported and past the deadline.</summary>
    /// <param name="asOf">The point in time.</param>
    /// <returns><see langword="true"/> when the report is overdue.</returns>
    public bool IsReportOverdue(DateTimeOffset asOf) =>
        ReportingDeadline is { } deadline && (ReportedAt is { } reported ? reported > deadline.DueAt : asOf > deadline.DueAt);

    /// <summary>Returns a copy with the affected AI systems.</summary>
    /// <param name="systemIds">The new value.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentException"><paramref name="systemIds"/> contains a blank or malformed id.</exception>
    public AiIncident WithSystemIds(IEnumerable<string> systemIds) => new(this) { SystemIds = Guard.IdList(systemIds, nameof(systemIds)) };

    /// <summary>Returns a copy with when the incident occurred (<see langword="null"/>: unknown).</summary>
    /// <param name="occurredAt">The new value.</param>
    /// <returns>The copy.</returns>
    public AiIncident WithOccurredAt(DateTimeOffset? occurredAt) => new(this) { OccurredAt = occurredAt };

    /// <summary>Returns a copy with when the incident was resolved (<see langword="null"/>: open).</summary>
    /// <param name="resolvedAt">The new value.</param>
    /// <returns>The copy.</returns>
    public AiIncident WithResolvedAt(DateTimeOffset? resolvedAt) => new(this) { ResolvedAt = resolvedAt };

    /// <summary>Returns a copy with the EU AI Act Art. 3(49) criteria met (duplicates removed).</summary>
    /// <param name="seriousCriteria">The new value.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentException"><paramref name="seriousCriteria"/> contains an undefined value.</exception>
    public AiIncident WithSeriousCriteria(IEnumerable<SeriousIncidentCriterion> seriousCriteria) => new(this) { SeriousCriteria = Guard.EnumSet(seriousCriteria, nameof(seriousCriteria)) };

    /// <summary>Returns a copy with when the incident was reported to the authority (<see langword="null"/>: not reported).</summary>
    /// <param name="reportedAt">The new value.</param>
    /// <returns>The copy.</returns>
    public AiIncident WithReportedAt(DateTimeOffset? reportedAt) => new(this) { ReportedAt = reportedAt };

    /// <summary>Returns whether <paramref name="other"/> has the same values: strings compare ordinally, collections by sequence.</summary>
    /// <param name="other">The instance to compare with.</param>
    /// <returns><see langword="true"/> when every value is equal.</returns>
    public bool Equals(AiIncident? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && ValueEquality.Text(Id, other.Id)
            && ValueEquality.Text(Title, other.Title)
            && EqualityComparer<IncidentSeverity>.Default.Equals(Severity, other.Severity)
            && ValueEquality.Instant(AwareAt, other.AwareAt)
            && ValueEquality.Sequence(SystemIds, other.SystemIds)
            && ValueEquality.Instant(OccurredAt, other.OccurredAt)
            && ValueEquality.Instant(ResolvedAt, other.ResolvedAt)
            && ValueEquality.Sequence(SeriousCriteria, other.SeriousCriteria)
            && ValueEquality.Instant(ReportedAt, other.ReportedAt));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as AiIncident);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Id, StringComparer.Ordinal);
        hash.Add(Title, StringComparer.Ordinal);
        hash.Add(Severity);
        hash.Add(ValueEquality.InstantHash(AwareAt));
        hash.Add(ValueEquality.SequenceHash(SystemIds));
        hash.Add(ValueEquality.InstantHash(OccurredAt));
        hash.Add(ValueEquality.InstantHash(ResolvedAt));
        hash.Add(ValueEquality.SequenceHash(SeriousCriteria));
        hash.Add(ValueEquality.InstantHash(ReportedAt));
        return hash.ToHashCode();
    }

    /// <summary>Returns whether two instances have the same values.</summary>
    /// <param name="left">The first instance.</param>
    /// <param name="right">The second instance.</param>
    /// <returns><see langword="true"/> when both are <see langword="null"/> or equal.</returns>
    public static bool operator ==(AiIncident? left, AiIncident? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Returns whether two instances differ in any value.</summary>
    /// <param name="left">The first instance.</param>
    /// <param name="right">The second instance.</param>
    /// <returns><see langword="true"/> when they are not equal.</returns>
    public static bool operator !=(AiIncident? left, AiIncident? right) => !(left == right);
}
