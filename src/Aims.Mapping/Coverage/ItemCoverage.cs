using System.Collections.Immutable;
using Aims.Model;

namespace Aims.Mapping;

/// <summary>The coverage of one target item, with the mappings that explain it.</summary>
/// <remarks>Instances are immutable and safe to share between threads.</remarks>
public sealed class ItemCoverage
{
    internal ItemCoverage(FrameworkItem item, CoverageStatus status, string reason, ImmutableArray<MappingResult> mappings)
    {
        Item = item;
        Status = status;
        Reason = reason;
        Mappings = mappings;
    }

    /// <summary>Gets the target item.</summary>
    public FrameworkItem Item { get; }

    /// <summary>Gets the status.</summary>
    public CoverageStatus Status { get; }

    /// <summary>Gets why, in one sentence.</summary>
    public string Reason { get; }

    /// <summary>Gets the mappings from the target item to ISO/IEC 42001 that were considered.</summary>
    public ImmutableArray<MappingResult> Mappings { get; }
}
