namespace Aims.Mapping;

/// <summary>A mapping as seen from a queried item: oriented from it, with the set it comes from.</summary>
/// <remarks>Instances are immutable and safe to share between threads.</remarks>
public sealed class MappingResult
{
    internal MappingResult(ControlMapping mapping, MappingSet set, bool isInverse)
    {
        Mapping = mapping;
        Set = set;
        IsInverse = isInverse;
    }

    /// <summary>Gets the mapping, oriented from the queried item (source) to the related item (target).</summary>
    public ControlMapping Mapping { get; }

    /// <summary>Gets the set (and so the provenance) the mapping comes from.</summary>
    public MappingSet Set { get; }

    /// <summary>Gets a value indicating whether the set states the mapping in the other direction.</summary>
    public bool IsInverse { get; }
}
