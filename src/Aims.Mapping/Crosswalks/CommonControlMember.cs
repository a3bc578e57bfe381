using System.Collections.Immutable;
using Aims.Model;

namespace Aims.Mapping;

/// <summary>An audit request a <see cref="CommonControl"/> answers: another framework's item and why the evidence applies.</summary>
/// <remarks>Instances are immutable and safe to share between threads.</remarks>
public sealed class CommonControlMember
{
    internal CommonControlMember(FrameworkItem item, EvidenceReuse reuse, ImmutableArray<ControlMapping> basis)
    {
        (Item, Reuse, Basis) = (item, reuse, basis);
    }

    /// <summary>Gets the item of the other framework.</summary>
    public FrameworkItem Item { get; }

    /// <summary>Gets how far the anchor's evidence answers it.</summary>
    public EvidenceReuse Reuse { get; }

    /// <summary>Gets the mappings that link the anchor to the item, from the anchor outwards (one, or a chain through equivalent items).</summary>
    public ImmutableArray<ControlMapping> Basis { get; }
}
