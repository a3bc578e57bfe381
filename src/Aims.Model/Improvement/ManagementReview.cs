using System.Collections.Immutable;

namespace Aims.Model;

/// <summary>A management review (clause 9.3): when it was held, its inputs and its decisions.</summary>
/// <remarks>Instances are immutable and safe to share between threads.</remarks>
public sealed class ManagementReview : IEquatable<ManagementReview>
{
    private IReadOnlyList<ManagementReviewTopic>? _missingTopics;

    /// <summary>Initializes a new instance of the <see cref="ManagementReview"/> class.</summary>
    /// <param name="id">The id.</param>
    /// <param name="heldOn">When it was held.</param>
    /// <remarks>
    /// Inputs, decisions, attendees and recorded figures are set through validated copies: <see cref="WithInputs"/>,
    /// <see cref="WithDecisions"/>, <see cref="WithAttendees"/> and <see cref="WithFigures"/>.
    /// </remarks>
    /// <exception cref="ArgumentException">The id is blank or malformed.</exception>
    public ManagementReview(string id, DateOnly heldOn)
    {
        Id = Guard.Id(id, nameof(id));
        HeldOn = heldOn;
        Inputs = [];
        Decisions = [];
        Attendees = [];
    }

    private ManagementReview(ManagementReview source)
    {
        // MissingTopics is not copied: a copy with other inputs computes its own.
        Id = source.Id;
        HeldOn = source.HeldOn;
        Inputs = source.Inputs;
        Decisions = source.Decisions;
        Attendees = source.Attendees;
        Figures = source.Figures;
    }

    /// <summary>Gets the id.</summary>
    public string Id { get; }

    /// <summary>Gets when it was held.</summary>
    public DateOnly HeldOn { get; }

    /// <summary>Gets the inputs.</summary>
    public ImmutableArray<ManagementReviewInput> Inputs { get; private init; }

    /// <summary>Gets the decisions.</summary>
    public ImmutableArray<ManagementReviewDecision> Decisions { get; private init; }

    /// <summary>Gets the attendees.</summary>
    public ImmutableArray<string> Attendees { get; private init; }

    /// <summary>Gets the counts the review recorded for a period, if any; validation compares them with the workspace (AIMS1302).</summary>
    public ManagementReviewFigures? Figures { get; private init; }

    /// <summary>Returns a copy with other inputs (what was considered).</summary>
    /// <param name="inputs">The new value.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentException"><paramref name="inputs"/> contains null.</exception>
    public ManagementReview WithInputs(IEnumerable<ManagementReviewInput> inputs) => new(this) { Inputs = Guard.List(inputs, nameof(inputs)) };

    /// <summary>Returns a copy with other decisions.</summary>
    /// <param name="decisions">The new value.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentException"><paramref name="decisions"/> contains null.</exception>
    public ManagementReview WithDecisions(IEnumerable<ManagementReviewDecision> decisions) => new(this) { Decisions = Guard.List(decisions, nameof(decisions)) };

    /// <summary>Returns a copy with other attendees (top management).</summary>
    /// <param name="attendees">The new value.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentException"><paramref name="attendees"/> contains null or a blank.</exception>
    public ManagementReview WithAttendees(IEnumerable<string> attendees) => new(this) { Attendees = Guard.TextList(attendees, nameof(attendees)) };

    /// <summary>Returns a copy with the counts the review recorded for a period (<see langword="null"/>: none recorded).</summary>
    /// <param name="figures">The new value.</param>
    /// <returns>The copy.</returns>
    public ManagementReview WithFigures(ManagementReviewFigures? figures) => new(this) { Figures = figures };

    /// <summary>Gets the clause 9.3.2 topics the review did not consider.</summary>
    /// <remarks>Computed on first read and kept: the review is immutable.</remarks>
    public IReadOnlyList<ManagementReviewTopic> MissingTopics => _missingTopics ??=
        ImmutableArray.CreateRange(Enum.GetValues<ManagementReviewTopic>().Where(t => !Inputs.Any(i => i.Topic == t)));

    /// <summary>Returns whether <paramref name="other"/> has the same values: strings compare ordinally, collections by sequence.</summary>
    /// <param name="other">The instance to compare with.</param>
    /// <returns><see langword="true"/> when every value is equal.</returns>
    public bool Equals(ManagementReview? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && ValueEquality.Text(Id, other.Id)
            && HeldOn == other.HeldOn
            && ValueEquality.Sequence(Inputs, other.Inputs)
            && ValueEquality.Sequence(Decisions, other.Decisions)
            && ValueEquality.Sequence(Attendees, other.Attendees)
            && EqualityComparer<ManagementReviewFigures?>.Default.Equals(Figures, other.Figures));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ManagementReview);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Id, StringComparer.Ordinal);
        hash.Add(HeldOn);
        hash.Add(ValueEquality.SequenceHash(Inputs));
        hash.Add(ValueEquality.SequenceHash(Decisions));
        hash.Add(ValueEquality.SequenceHash(Attendees));
        hash.Add(Figures);
        return hash.ToHashCode();
    }

    /// <summary>Returns whether two instances have the same values.</summary>
    /// <param name="left">The first instance.</param>
    /// <param name="right">The second instance.</param>
    /// <returns><see langword="true"/> when both are <see langword="null"/> or equal.</returns>
    public static bool operator ==(ManagementReview? left, ManagementReview? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Returns whether two instances differ in any value.</summary>
    /// <param name="left">The first instance.</param>
    /// <param name="right">The second instance.</param>
    /// <returns><see langword="true"/> when they are not equal.</returns>
    public static bool operator !=(ManagementReview? left, ManagementReview? right) => !(left == right);
}
