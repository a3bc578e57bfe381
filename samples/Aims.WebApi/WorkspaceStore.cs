using Aims.Model;

namespace Aims.WebApi;

/// <summary>
/// Holds the current workspace in memory. A vendor replaces this with their own storage; the endpoints only need
/// <see cref="Current"/> and <see cref="Replace"/>.
/// </summary>
/// <remarks>Thread-safe: the workspace is immutable and swapped atomically.</remarks>
public sealed class WorkspaceStore(AimsWorkspace initial)
{
    private AimsWorkspace _current = initial;

    /// <summary>Gets the current workspace.</summary>
    public AimsWorkspace Current => Volatile.Read(ref _current);

    /// <summary>Replaces the workspace.</summary>
    /// <param name="workspace">The new workspace.</param>
    public void Replace(AimsWorkspace workspace) => Volatile.Write(ref _current, workspace ?? throw new ArgumentNullException(nameof(workspace)));
}
