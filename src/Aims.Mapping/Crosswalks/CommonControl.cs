using System.Collections.Immutable;
using Aims.Model;

namespace Aims.Mapping;

/// <summary>
/// A shared control: items of several frameworks linked by equal or equivalent relationships, run once with one
/// owner and one evidence list.
/// </summary>
/// <remarks>Instances are immutable and safe to share between threads.</remarks>
public sealed class CommonControl
{
    internal CommonControl(string id, ImmutableArray<FrameworkItem> members, string? owner, ImmutableArray<EvidenceReference> evidence)
    {
        Id = id;
        Members = members;
        Owner = owner;
        Evidence = evidence;
    }

    /// <summary>Gets the id: <c>CC-</c> and the first member's key.</summary>
    public string Id { get; }

    /// <summary>Gets the member items, ISO/IEC 42001 first, then by framework and document order.</summary>
    public ImmutableArray<FrameworkItem> Members { get; }

    /// <summary>Gets the owner (from the SoA entry of the ISO/IEC 42001 member), if known.</summary>
    public string? Owner { get; }

    /// <summary>Gets the evidence (from the SoA entry of the ISO/IEC 42001 member), reused for every member.</summary>
    public ImmutableArray<EvidenceReference> Evidence { get; }

    /// <summary>Gets how many audit requests it saves: one evidence set answers every member, so members − 1.</summary>
    public int AuditRequestsSaved => Members.Length - 1;
}
