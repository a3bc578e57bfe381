using System.Collections.Immutable;
using Aims.Risk;

namespace Aims.Model;

/// <summary>
/// The figures a board needs about the AI management system, computed from a workspace as of a date: inventory by
/// life cycle stage, risk level and EU AI Act category; risk posture; incident trend; SoA progress; open
/// nonconformities and overdue reviews. Rendering is left to the host (see the samples).
/// </summary>
/// <remarks>Instances are immutable and safe to share between threads. Every count map lists every enum value, zeros included.</remarks>
public sealed class BoardReport : IEquatable<BoardReport>
{
    private BoardReport(AimsWorkspace workspace, DateOnly asOf, int topRiskCount, int trendMonths)
    {
        Organization = workspace.Organization;
        AsOf = asOf;
        var systems = workspace.Systems;
        SystemCount = systems.Length;
        ShadowAiCount = systems.Count(s => s.IsShadowAi);
        ShadowAiCandidatesToTriage = workspace.ShadowAiCandidates.Count(c => c.Status is ShadowAiCandidateStatus.New or ShadowAiCandidateStatus.UnderReview);
        ByLifecycleStage = CountBy(systems, s => s.LifecycleStage);
        ByRiskLevel = CountBy(systems, s => s.RiskLevel);
        ByEuAiActCategory = CountBy(systems, s => s.EuAiActCategory);
        var positions = workspace.Risks.Select(r => r.Position(workspace.Soa)).ToList();
        RisksByBand = CountBy(positions, p => p.Current.Band);
        TopRisks = [.. positions.OrderByDescending(p => p.Current.Score).ThenBy(p => p.Risk.Id, StringComparer.Ordinal).Take(topRiskCount)];
        IncidentTrend = Trend(workspace.Incidents, asOf, trendMonths);
        OpenIncidents = workspace.Incidents.Count(i => i.IsOpen);
        SoaProgress = new SoaProgress(workspace.Soa);
        OpenNonconformities = [.. workspace.Nonconformities.Where(n => n.IsOpen)];
        OverdueReviews = Overdue(workspace, asOf);
    }

    /// <summary>Gets the organization.</summary>
    public string Organization { get; }

    /// <summary>Gets the date the figures are computed at.</summary>
    public DateOnly AsOf { get; }

    /// <summary>Gets the number of AI systems in the inventory.</summary>
    public int SystemCount { get; }

    /// <summary>Gets the number of shadow-AI discoveries.</summary>
    public int ShadowAiCount { get; }

    /// <summary>Gets the number of shadow-AI candidates from discovery imports that are not yet triaged (new or under review): possible AI systems not yet in the inventory.</summary>
    public int ShadowAiCandidatesToTriage { get; }

    /// <summary>Gets the systems per life cycle stage.</summary>
    public ImmutableSortedDictionary<LifecycleStage, int> ByLifecycleStage { get; }

    /// <summary>Gets the systems per risk level.</summary>
    public ImmutableSortedDictionary<RiskLevel, int> ByRiskLevel { get; }

    /// <summary>Gets the systems per EU AI Act category.</summary>
    public ImmutableSortedDictionary<EuAiActRiskCategory, int> ByEuAiActCategory { get; }

    /// <summary>
    /// Gets the risks per band of their current rating (<see cref="RiskPosition.Current"/>: the residual only once the
    /// treatment is completed and its controls are implemented, else the inherent rating).
    /// </summary>
    public ImmutableSortedDictionary<RiskBand, int> RisksByBand { get; }

    /// <summary>Gets the highest risks by current score, ties broken by id.</summary>
    public ImmutableArray<RiskPosition> TopRisks { get; }

    /// <summary>Gets incidents per month, oldest first, ending with the month of <see cref="AsOf"/>.</summary>
    public ImmutableArray<MonthlyIncidentCount> IncidentTrend { get; }

    /// <summary>Gets the number of open incidents.</summary>
    public int OpenIncidents { get; }

    /// <summary>Gets the SoA implementation progress.</summary>
    public SoaProgress SoaProgress { get; }

    /// <summary>Gets the open nonconformities.</summary>
    public ImmutableArray<Nonconformity> OpenNonconformities { get; }

    /// <summary>Gets everything overdue for review.</summary>
    public ImmutableArray<OverdueReview> OverdueReviews { get; }

    /// <summary>Computes the board report of a workspace.</summary>
    /// <param name="workspace">The workspace.</param>
    /// <param name="asOf">The date to compute at (inject it; the library never reads the clock).</param>
    /// <param name="topRiskCount">How many top risks to list; 1 to 100.</param>
    /// <param name="trendMonths">How many months of incident trend; 1 to 120.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="workspace"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A count is out of range.</exception>
    public static BoardReport Create(AimsWorkspace workspace, DateOnly asOf, int topRiskCount = 5, int trendMonths = 12)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentOutOfRangeException.ThrowIfLessThan(topRiskCount, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(topRiskCount, 100);
        ArgumentOutOfRangeException.ThrowIfLessThan(trendMonths, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(trendMonths, 120);
        return new BoardReport(workspace, asOf, topRiskCount, trendMonths);
    }

    private static ImmutableSortedDictionary<TKey, int> CountBy<T, TKey>(IEnumerable<T> items, Func<T, TKey> key)
        where TKey : struct, Enum
    {
        var counts = Enum.GetValues<TKey>().ToDictionary(k => k, _ => 0);
        foreach (var item in items)
        {
            counts[key(item)]++;
        }

        return counts.ToImmutableSortedDictionary();
    }

    private static ImmutableArray<MonthlyIncidentCount> Trend(ImmutableArray<AiIncident> incidents, DateOnly asOf, int months)
    {
        var builder = ImmutableArray.CreateBuilder<MonthlyIncidentCount>(months);
        var first = new DateOnly(asOf.Year, asOf.Month, 1).AddMonths(1 - months);
        for (var m = 0; m < months; m++)
        {
            var start = first.AddMonths(m);
            var inMonth = incidents.Where(i => i.AwareAt.UtcDateTime.Year == start.Year && i.AwareAt.UtcDateTime.Month == start.Month).ToList();
            builder.Add(new MonthlyIncidentCount(start.Year, start.Month, inMonth.Count, inMonth.Count(i => i.IsSerious)));
        }

        return builder.MoveToImmutable();
    }

    private static ImmutableArray<OverdueReview> Overdue(AimsWorkspace w, DateOnly asOf)
    {
        var list = ImmutableArray.CreateBuilder<OverdueReview>();
        foreach (var s in w.SystemsOverdueForReview(asOf))
        {
            list.Add(new OverdueReview("system", s.Id, s.Name, s.LastReviewDate?.AddDays(w.ReviewIntervalDays)));
        }

        list.AddRange(w.Risks.Where(r => r.ReviewOn < asOf).Select(r => new OverdueReview("risk", r.Id, r.Title, r.ReviewOn)));
        list.AddRange(w.ImpactAssessments.Where(a => a.NextReviewOn < asOf)
            .Select(a => new OverdueReview("impactAssessment", a.Id, $"Impact assessment of {a.SystemId}", a.NextReviewOn)));
        list.AddRange(w.Policies.Where(p => p.NextReviewOn < asOf).Select(p => new OverdueReview("policy", p.Id, p.Title, p.NextReviewOn)));
        return list.ToImmutable();
    }

    /// <summary>Returns whether <paramref name="other"/> has the same values: strings compare ordinally, collections by sequence.</summary>
    /// <param name="other">The instance to compare with.</param>
    /// <returns><see langword="true"/> when every value is equal.</returns>
    public bool Equals(BoardReport? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && ValueEquality.Text(Organization, other.Organization)
            && AsOf == other.AsOf
            && SystemCount == other.SystemCount
            && ShadowAiCount == other.ShadowAiCount
            && ShadowAiCandidatesToTriage == other.ShadowAiCandidatesToTriage
            && ValueEquality.Sequence(ByLifecycleStage, other.ByLifecycleStage)
            && ValueEquality.Sequence(ByRiskLevel, other.ByRiskLevel)
            && ValueEquality.Sequence(ByEuAiActCategory, other.ByEuAiActCategory)
            && ValueEquality.Sequence(RisksByBand, other.RisksByBand)
            && ValueEquality.Sequence(TopRisks, other.TopRisks)
            && ValueEquality.Sequence(IncidentTrend, other.IncidentTrend)
            && OpenIncidents == other.OpenIncidents
            && EqualityComparer<SoaProgress>.Default.Equals(SoaProgress, other.SoaProgress)
            && ValueEquality.Sequence(OpenNonconformities, other.OpenNonconformities)
            && ValueEquality.Sequence(OverdueReviews, other.OverdueReviews));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as BoardReport);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Organization, StringComparer.Ordinal);
        hash.Add(AsOf);
        hash.Add(SystemCount);
        hash.Add(ShadowAiCount);
        hash.Add(ShadowAiCandidatesToTriage);
        hash.Add(ValueEquality.SequenceHash(ByLifecycleStage));
        hash.Add(ValueEquality.SequenceHash(ByRiskLevel));
        hash.Add(ValueEquality.SequenceHash(ByEuAiActCategory));
        hash.Add(ValueEquality.SequenceHash(RisksByBand));
        hash.Add(ValueEquality.SequenceHash(TopRisks));
        hash.Add(ValueEquality.SequenceHash(IncidentTrend));
        hash.Add(OpenIncidents);
        hash.Add(SoaProgress);
        hash.Add(ValueEquality.SequenceHash(OpenNonconformities));
        hash.Add(ValueEquality.SequenceHash(OverdueReviews));
        return hash.ToHashCode();
    }

    /// <summary>Returns whether two instances have the same values.</summary>
    /// <param name="left">The first instance.</param>
    /// <param name="right">The second instance.</param>
    /// <returns><see langword="true"/> when both are <see langword="null"/> or equal.</returns>
    public static bool operator ==(BoardReport? left, BoardReport? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Returns whether two instances differ in any value.</summary>
    /// <param name="left">The first instance.</param>
    /// <param name="right">The second instance.</param>
    /// <returns><see langword="true"/> when they are not equal.</returns>
    public static bool operator !=(BoardReport? left, BoardReport? right) => !(left == right);
}
