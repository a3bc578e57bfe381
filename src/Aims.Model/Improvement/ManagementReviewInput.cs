namespace Aims.Model;

/// <summary>What a management review considered on one topic (clause 9.3.2).</summary>
/// <remarks>Instances are immutable and safe to share between threads.</remarks>
public sealed class ManagementReviewInput : IEquatable<ManagementReviewInput>
{
    /// <summary>Initializes a new instance of the <see cref="ManagementReviewInput"/> class.</summary>
    /// <param name="topic">The topic.</param>
    /// <param name="summary">What was presented.</param>
    /// <exception cref="ArgumentException"><paramref name="summary"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="topic"/> is not a defined value.</exception>
    public ManagementReviewInput(ManagementReviewTopic topic, string summary)
    {
        Topic = Guard.Defined(topic, nameof(topic));
        Summary = Guard.Text(summary, nameof(summary));
    }

    /// <summary>Gets the topic.</summary>
    public ManagementReviewTopic Topic { get; }

    /// <summary>Gets the summary.</summary>
    public string Summary { get; }

    /// <summary>Returns whether <paramref name="other"/> has the same values: strings compare ordinally, collections by sequence.</summary>
    /// <param name="other">The instance to compare with.</param>
    /// <returns><see langword="true"/> when every value is equal.</returns>
    public bool Equals(ManagementReviewInput? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && EqualityComparer<ManagementReviewTopic>.Default.Equals(Topic, other.Topic)
            && ValueEquality.Text(Summary, other.Summary));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ManagementReviewInput);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Topic);
        hash.Add(Summary, StringComparer.Ordinal);
        return hash.ToHashCode();
    }

    /// <summary>Returns whether two instances have the same values.</summary>
    /// <param name="left">The first instance.</param>
    /// <param name="right">The second instance.</param>
    /// <returns><see langword="true"/> when both are <see langword="null"/> or equal.</returns>
    public static bool operator ==(ManagementReviewInput? left, ManagementReviewInput? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Returns whether two instances differ in any value.</summary>
    /// <param name="left">The first instance.</param>
    /// <param name="right">The second instance.</param>
    /// <returns><see langword="true"/> when they are not equal.</returns>
    public static bool operator !=(ManagementReviewInput? left, ManagementReviewInput? right) => !(left == right);
}
