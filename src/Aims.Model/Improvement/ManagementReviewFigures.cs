namespace Aims.Model;

/// <summary>
/// The counts a management review recorded for a period (clause 9.3.2: information on the AIMS performance), typed
/// so that workspace validation can compare them with the incidents and nonconformities the workspace holds
/// (AIMS1302). The review's free-text inputs are never parsed.
/// </summary>
/// <remarks>
/// Instances are immutable and safe to share between threads. Each count is optional: <see langword="null"/> means
/// "not recorded" and is not compared.
/// </remarks>
public sealed class ManagementReviewFigures : IEquatable<ManagementReviewFigures>
{
    /// <summary>Initializes a new instance of the <see cref="ManagementReviewFigures"/> class, with no count recorded yet.</summary>
    /// <param name="periodStart">The first day of the period the figures cover.</param>
    /// <param name="periodEnd">The last day of the period (inclusive).</param>
    /// <remarks>
    /// The counts are set through validated copies: <see cref="WithIncidentCount"/>,
    /// <see cref="WithSeriousIncidentCount"/> and <see cref="WithOpenNonconformityCount"/>.
    /// </remarks>
    /// <exception cref="ArgumentException"><paramref name="periodEnd"/> is before <paramref name="periodStart"/>.</exception>
    public ManagementReviewFigures(DateOnly periodStart, DateOnly periodEnd)
    {
        if (periodEnd < periodStart)
        {
            throw new ArgumentException($"The period ends ({periodEnd:yyyy-MM-dd}) before it starts ({periodStart:yyyy-MM-dd}).", nameof(periodEnd));
        }

        PeriodStart = periodStart;
        PeriodEnd = periodEnd;
    }

    private ManagementReviewFigures(ManagementReviewFigures source)
    {
        PeriodStart = source.PeriodStart;
        PeriodEnd = source.PeriodEnd;
        IncidentCount = source.IncidentCount;
        SeriousIncidentCount = source.SeriousIncidentCount;
        OpenNonconformityCount = source.OpenNonconformityCount;
    }

    /// <summary>Gets the first day of the period.</summary>
    public DateOnly PeriodStart { get; }

    /// <summary>Gets the last day of the period (inclusive).</summary>
    public DateOnly PeriodEnd { get; }

    /// <summary>Gets the number of AI incidents the organization became aware of in the period, if recorded.</summary>
    public int? IncidentCount { get; private init; }

    /// <summary>Gets how many of those incidents were serious (EU AI Act Art. 3(49)), if recorded.</summary>
    public int? SeriousIncidentCount { get; private init; }

    /// <summary>Gets the number of nonconformities open on the day of the review, if recorded.</summary>
    public int? OpenNonconformityCount { get; private init; }

    /// <summary>Returns a copy with the number of incidents the organization became aware of in the period (<see langword="null"/>: not recorded).</summary>
    /// <param name="incidentCount">The new value.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="incidentCount"/> is negative.</exception>
    public ManagementReviewFigures WithIncidentCount(int? incidentCount) => new(this) { IncidentCount = Count(incidentCount, nameof(incidentCount)) };

    /// <summary>Returns a copy with the number of serious incidents in the period (<see langword="null"/>: not recorded).</summary>
    /// <param name="seriousIncidentCount">The new value.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="seriousIncidentCount"/> is negative.</exception>
    public ManagementReviewFigures WithSeriousIncidentCount(int? seriousIncidentCount) => new(this) { SeriousIncidentCount = Count(seriousIncidentCount, nameof(seriousIncidentCount)) };

    /// <summary>Returns a copy with the number of nonconformities open on the day of the review (<see langword="null"/>: not recorded).</summary>
    /// <param name="openNonconformityCount">The new value.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="openNonconformityCount"/> is negative.</exception>
    public ManagementReviewFigures WithOpenNonconformityCount(int? openNonconformityCount) => new(this) { OpenNonconformityCount = Count(openNonconformityCount, nameof(openNonconformityCount)) };

    /// <summary>Returns whether <paramref name="other"/> has the same values.</summary>
    /// <param name="other">The instance to compare with.</param>
    /// <returns><see langword="true"/> when every value is equal.</returns>
    public bool Equals(ManagementReviewFigures? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && PeriodStart == other.PeriodStart
            && PeriodEnd == other.PeriodEnd
            && IncidentCount == other.IncidentCount
            && SeriousIncidentCount == other.SeriousIncidentCount
            && OpenNonconformityCount == other.OpenNonconformityCount);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ManagementReviewFigures);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(PeriodStart, PeriodEnd, IncidentCount, SeriousIncidentCount, OpenNonconformityCount);

    /// <summary>Returns whether two instances have the same values.</summary>
    /// <param name="left">The first instance.</param>
    /// <param name="right">The second instance.</param>
    /// <returns><see langword="true"/> when both are <see langword="null"/> or equal.</returns>
    public static bool operator ==(ManagementReviewFigures? left, ManagementReviewFigures? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Returns whether two instances differ in any value.</summary>
    /// <param name="left">The first instance.</param>
    /// <param name="right">The second instance.</param>
    /// <returns><see langword="true"/> when they are not equal.</returns>
    public static bool operator !=(ManagementReviewFigures? left, ManagementReviewFigures? right) => !(left == right);

    /// <inheritdoc />
    public override string ToString() => $"{PeriodStart:yyyy-MM-dd} to {PeriodEnd:yyyy-MM-dd}";

    private static int? Count(int? count, string paramName)
    {
        if (count is { } n)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(n, paramName);
        }

        return count;
    }
}
