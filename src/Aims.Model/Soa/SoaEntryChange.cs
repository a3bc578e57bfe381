using System.Collections.Immutable;

namespace Aims.Model;

/// <summary>A control whose SoA entry differs between two versions, with the fields that changed.</summary>
/// <remarks>Instances are immutable and safe to share between threads.</remarks>
public sealed class SoaEntryChange
{
    internal SoaEntryChange(string controlId, ImmutableArray<FieldChange> changes)
    {
        ControlId = controlId;
        Changes = changes;
    }

    /// <summary>Gets the control id.</summary>
    public string ControlId { get; }

    /// <summary>Gets the changed fields, in a fixed field order.</summary>
    public ImmutableArray<FieldChange> Changes { get; }
}
