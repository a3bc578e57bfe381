namespace Aims.Model;

/// <summary>How many days after awareness a serious incident must be reported under EU AI Act Art. 73, and the paragraph that says so.</summary>
/// <remarks>Instances are immutable and safe to share between threads.</remarks>
public sealed class ReportingRule : IEquatable<ReportingRule>
{
    /// <summary>Initializes a new instance of the <see cref="ReportingRule"/> class.</summary>
    /// <param name="days">The number of days after awareness; at least 1.</param>
    /// <param name="article">The paragraph that sets it.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="days"/> is less than 1.</exception>
    /// <exception cref="ArgumentException"><paramref name="article"/> is blank.</exception>
    public ReportingRule(int days, string article)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(days, 1);
        ArgumentException.ThrowIfNullOrWhiteSpace(article);

        Days = days;
        Article = article;
    }

    /// <summary>Gets the number of days after awareness.</summary>
    public int Days { get; }

    /// <summary>Gets the paragraph that sets it, for example <c>Art. 73(4)</c>.</summary>
    public string Article { get; }

    /// <summary>Returns whether two rules are equal.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when both are <see langword="null"/> or every member is equal.</returns>
    public static bool operator ==(ReportingRule? left, ReportingRule? right) => left?.Equals(right) ?? right is null;

    /// <summary>Returns whether two rules differ.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when they are not equal.</returns>
    public static bool operator !=(ReportingRule? left, ReportingRule? right) => !(left == right);

    /// <inheritdoc />
    public bool Equals(ReportingRule? other) =>
        other is not null && Days == other.Days && string.Equals(Article, other.Article, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ReportingRule);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Days, StringComparer.Ordinal.GetHashCode(Article));

    /// <inheritdoc />
    public override string ToString() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Days} days ({Article})");
}
