using System.Collections.Immutable;

namespace Aims.Model;

/// <summary>A management review (clause 9.3): when it was held, its inputs and its decisions.</summary>
/// <remarks>Instances are immutable and safe to share between threads.</remarks>
public sealed class ManagementReview
{
    /// <summary>Initializes a new instance of the <see cref="ManagementReview"/> class.</summary>
    /// <param name="id">The id.</param>
    /// <param name="heldOn">When it was held.</param>
    /// <param name="inputs">What was considered.</param>
    /// <param name="decisions">What was decided.</param>
    /// <param name="attendees">Who attended (top management).</param>
    /// <exception cref="ArgumentException">The id is malformed, or a list contains null or blanks.</exception>
    public ManagementReview(
        string id,
        DateOnly heldOn,
        IEnumerable<ManagementReviewInput>? inputs = null,
        IEnumerable<ManagementReviewDecision>? decisions = null,
        IEnumerable<string>? attendees = null)
    {
        Id = Guard.Id(id, nameof(id));
        HeldOn = heldOn;
        Inputs = Guard.List(inputs, nameof(inputs));
        Decisions = Guard.List(decisions, nameof(decisions));
        Attendees = Guard.TextList(attendees, nameof(attendees));
    }

    /// <summary>Gets the id.</summary>
    public string Id { get; }

    /// <summary>Gets when it was held.</summary>
    public DateOnly HeldOn { get; }

    /// <summary>Gets the inputs.</summary>
    public ImmutableArray<ManagementReviewInput> Inputs { get; }

    /// <summary>Gets the decisions.</summary>
    public ImmutableArray<ManagementReviewDecision> Decisions { get; }

    /// <summary>Gets the attendees.</summary>
    public ImmutableArray<string> Attendees { get; }

    /// <summary>Gets the clause 9.3.2 topics the review did not consider.</summary>
    public IReadOnlyList<ManagementReviewTopic> MissingTopics =>
        [.. Enum.GetValues<ManagementReviewTopic>().Where(t => !Inputs.Any(i => i.Topic == t))];
}
