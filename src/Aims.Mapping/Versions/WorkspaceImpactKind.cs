namespace Aims.Mapping;

/// <summary>Which record of a workspace (or of the built-in mappings) a change between framework versions touches.</summary>
public enum WorkspaceImpactKind
{
    /// <summary>An obligation: one of a system's EU AI Act obligations, or an obligation of the AIMS scope that cites the framework.</summary>
    Obligation,

    /// <summary>A Statement of Applicability entry.</summary>
    SoaEntry,

    /// <summary>Evidence filed against an item that changed.</summary>
    Evidence,

    /// <summary>A risk whose treatment or threats rely on an item that changed.</summary>
    Risk,

    /// <summary>A nonconformity raised against a requirement that changed.</summary>
    Nonconformity,

    /// <summary>A row of a built-in mapping set that names an item that changed.</summary>
    Mapping,
}
