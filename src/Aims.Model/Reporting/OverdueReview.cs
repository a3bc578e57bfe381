namespace Aims.Model;

/// <summary>Something overdue for review: an AI system, a risk, an impact assessment or a policy.</summary>
/// <remarks>Instances are immutable and safe to share between threads.</remarks>
public sealed class OverdueReview
{
    internal OverdueReview(string kind, string id, string title, DateOnly? dueOn)
    {
        Kind = kind;
        Id = id;
        Title = title;
        DueOn = dueOn;
    }

    /// <summary>Gets what it is: <c>system</c>, <c>risk</c>, <c>impactAssessment</c> or <c>policy</c>.</summary>
    public string Kind { get; }

    /// <summary>Gets its id.</summary>
    public string Id { get; }

    /// <summary>Gets its name or title.</summary>
    public string Title { get; }

    /// <summary>Gets when the review was due; <see langword="null"/> for a system never reviewed.</summary>
    public DateOnly? DueOn { get; }
}
