namespace Aims.Model;

/// <summary>What a management review considered on one topic (clause 9.3.2).</summary>
/// <remarks>Instances are immutable and safe to share between threads.</remarks>
public sealed class ManagementReviewInput
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
}
