namespace Aims.Model;

/// <summary>Something overdue for review: an AI system, a risk, an impact assessment or a policy.</summary>
/// <remarks>Instances are immutable and safe to share between threads.</remarks>
public sealed class OverdueReview : IEquatable<OverdueReview>
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

    /// <summary>Returns whether <paramref name="other"/> has the same values: strings compare ordinally, collections by sequence.</summary>
    /// <param name="other">The instance to compare with.</param>
    /// <returns><see langword="true"/> when every value is equal.</returns>
    public bool Equals(OverdueReview? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && ValueEquality.Text(Kind, other.Kind)
            && ValueEquality.Text(Id, other.Id)
            && ValueEquality.Text(Title, other.Title)
            && EqualityComparer<DateOnly?>.Default.Equals(DueOn, other.DueOn));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as OverdueReview);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Kind, StringComparer.Ordinal);
        hash.Add(Id, StringComparer.Ordinal);
        hash.Add(Title, StringComparer.Ordinal);
        hash.Add(DueOn);
        return hash.ToHashCode();
    }

    /// <summary>Returns whether two instances have the same values.</summary>
    /// <param name="left">The first instance.</param>
    /// <param name="right">The second instance.</param>
    /// <returns><see langword="true"/> when both are <see langword="null"/> or equal.</returns>
    public static bool operator ==(OverdueReview? left, OverdueReview? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Returns whether two instances differ in any value.</summary>
    /// <param name="left">The first instance.</param>
    /// <param name="right">The second instance.</param>
    /// <returns><see langword="true"/> when they are not equal.</returns>
    public static bool operator !=(OverdueReview? left, OverdueReview? right) => !(left == right);
}
