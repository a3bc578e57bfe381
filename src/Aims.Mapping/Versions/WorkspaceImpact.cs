using System.Collections.Immutable;

namespace Aims.Mapping;

/// <summary>
/// One record a compliance manager has to look at after a framework changed: what it is, where it is (an RFC 6901
/// JSON Pointer into the workspace document, or into a built-in mapping set), which changed items it depends on, and what to do.
/// </summary>
/// <remarks>Instances are immutable and safe to share between threads.</remarks>
public sealed class WorkspaceImpact
{
    internal WorkspaceImpact(WorkspaceImpactKind kind, string path, string subjectId, IEnumerable<string> itemIds, string action)
    {
        Kind = kind;
        Path = path;
        SubjectId = subjectId;
        ItemIds = [.. itemIds.Distinct(StringComparer.Ordinal)];
        Action = action;
    }

    /// <summary>Gets what kind of record is touched.</summary>
    public WorkspaceImpactKind Kind { get; }

    /// <summary>
    /// Gets where the record is: a JSON Pointer into the workspace document (<c>/soa/entries/4</c>, <c>/systems/2</c>),
    /// or for a built-in mapping row <c>/mappings/{n}</c> of the set named by <see cref="SubjectId"/>.
    /// </summary>
    public string Path { get; }

    /// <summary>Gets the record's id: the system, SoA control, risk, obligation, nonconformity or mapping set id.</summary>
    public string SubjectId { get; }

    /// <summary>Gets the changed items (or timeline scopes) the record depends on.</summary>
    public ImmutableArray<string> ItemIds { get; }

    /// <summary>Gets what to do, in one sentence.</summary>
    public string Action { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Kind} {Path} ({SubjectId}): {Action}";
}
