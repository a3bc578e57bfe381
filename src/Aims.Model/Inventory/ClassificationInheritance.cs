using System.Collections.Immutable;

namespace Aims.Model;

/// <summary>
/// The classification an AI system's model inherits from its training data, with the data sources that caused it.
/// Produced by <see cref="ClassificationScale.Inherit"/>.
/// </summary>
/// <remarks>Instances are immutable and safe to share between threads.</remarks>
public sealed class ClassificationInheritance
{
    internal ClassificationInheritance(
        string systemId, string? level, ImmutableArray<string> causedBy, ImmutableArray<string> unclassifiedSources)
    {
        SystemId = systemId;
        Level = level;
        CausedBy = causedBy;
        UnclassifiedSources = unclassifiedSources;
    }

    /// <summary>Gets the id of the AI system.</summary>
    public string SystemId { get; }

    /// <summary>Gets the inherited level, or <see langword="null"/> when no training data has a known classification.</summary>
    public string? Level { get; }

    /// <summary>Gets the ids of the training data sources at <see cref="Level"/>, in inventory order.</summary>
    public ImmutableArray<string> CausedBy { get; }

    /// <summary>Gets the ids of training data sources whose label is not on the scale (they could not be ranked).</summary>
    public ImmutableArray<string> UnclassifiedSources { get; }

    /// <summary>Gets a one-sentence explanation for people.</summary>
    public string Explanation
    {
        get
        {
            var text = Level is null
                ? $"{SystemId} has no training data with a known classification"
                : $"{SystemId} is '{Level}' because its training data {string.Join(", ", CausedBy)} "
                  + (CausedBy.Length == 1 ? "is" : "are") + $" classified '{Level}'";
            return UnclassifiedSources.IsEmpty
                ? text + "."
                : text + $"; {string.Join(", ", UnclassifiedSources)} could not be ranked (label not on the scale).";
        }
    }

    /// <inheritdoc />
    public override string ToString() => Explanation;
}
