namespace Aims.Model;

/// <summary>
/// The latest time to report a serious incident to the market surveillance authority under EU AI Act Art. 73,
/// counted from when the provider (or deployer) became aware of it. An incomplete initial report may be filed to meet
/// it (Art. 73(5)).
/// </summary>
/// <remarks>Instances are immutable and safe to share between threads.</remarks>
public sealed class ReportingDeadline : IEquatable<ReportingDeadline>
{
    private ReportingDeadline(DateTimeOffset dueAt, int days, string article, SeriousIncidentCriterion criterion)
    {
        DueAt = dueAt;
        Days = days;
        Article = article;
        Criterion = criterion;
    }

    private static readonly ReportingRule[] Rules = [new(2, "Art. 73(3)"), new(10, "Art. 73(4)"), new(15, "Art. 73(2)")];

    /// <summary>Gets the deadline.</summary>
    public DateTimeOffset DueAt { get; }

    /// <summary>Gets the number of days after awareness.</summary>
    public int Days { get; }

    /// <summary>Gets the article that sets it, for example <c>Art. 73(4)</c>.</summary>
    public string Article { get; }

    /// <summary>Gets the criterion that gives the shortest deadline.</summary>
    public SeriousIncidentCriterion Criterion { get; }

    /// <summary>Returns the days allowed for a criterion and the article that sets them.</summary>
    /// <param name="criterion">The criterion.</param>
    /// <returns>Days after awareness and the article.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="criterion"/> is not a defined value.</exception>
    public static ReportingRule RuleFor(SeriousIncidentCriterion criterion) => Guard.Defined(criterion, nameof(criterion)) switch
    {
        SeriousIncidentCriterion.CriticalInfrastructureDisruption or SeriousIncidentCriterion.WidespreadInfringement => Rules[0],
        SeriousIncidentCriterion.Death => Rules[1],
        _ => Rules[2],
    };

    /// <summary>Computes the deadline: the shortest that any of the criteria sets.</summary>
    /// <param name="awareAt">When the operator became aware of the incident.</param>
    /// <param name="criteria">The criteria met; at least one.</param>
    /// <returns>The deadline.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="criteria"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="criteria"/> is empty.</exception>
    public static ReportingDeadline Compute(DateTimeOffset awareAt, IEnumerable<SeriousIncidentCriterion> criteria)
    {
        ArgumentNullException.ThrowIfNull(criteria);
        var list = criteria.ToList();
        if (list.Count == 0)
        {
            throw new ArgumentException("At least one criterion is needed.", nameof(criteria));
        }

        var shortest = list.OrderBy(c => RuleFor(c).Days).ThenBy(c => c).First();
        var rule = RuleFor(shortest);
        return new ReportingDeadline(awareAt.AddDays(rule.Days), rule.Days, rule.Article, shortest);
    }

    /// <summary>Returns whether <paramref name="other"/> has the same values: strings compare ordinally, collections by sequence.</summary>
    /// <param name="other">The instance to compare with.</param>
    /// <returns><see langword="true"/> when every value is equal.</returns>
    public bool Equals(ReportingDeadline? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && ValueEquality.Instant(DueAt, other.DueAt)
            && Days == other.Days
            && ValueEquality.Text(Article, other.Article)
            && EqualityComparer<SeriousIncidentCriterion>.Default.Equals(Criterion, other.Criterion));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ReportingDeadline);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(ValueEquality.InstantHash(DueAt));
        hash.Add(Days);
        hash.Add(Article, StringComparer.Ordinal);
        hash.Add(Criterion);
        return hash.ToHashCode();
    }

    /// <summary>Returns whether two instances have the same values.</summary>
    /// <param name="left">The first instance.</param>
    /// <param name="right">The second instance.</param>
    /// <returns><see langword="true"/> when both are <see langword="null"/> or equal.</returns>
    public static bool operator ==(ReportingDeadline? left, ReportingDeadline? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Returns whether two instances differ in any value.</summary>
    /// <param name="left">The first instance.</param>
    /// <param name="right">The second instance.</param>
    /// <returns><see langword="true"/> when they are not equal.</returns>
    public static bool operator !=(ReportingDeadline? left, ReportingDeadline? right) => !(left == right);

    /// <inheritdoc />
    public override string ToString() => $"{DueAt:yyyy-MM-dd HH:mm zzz} ({Days} days, {Article})";
}
