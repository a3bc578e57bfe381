namespace Aims.Model;

/// <summary>Who an AI system affects, at which level (ISO/IEC 42001 A.5.4 and A.5.5).</summary>
public enum AffectedPartyKind
{
    /// <summary>Individual persons.</summary>
    Individual,

    /// <summary>Groups of persons (for example a protected group or a community).</summary>
    Group,

    /// <summary>Society as a whole.</summary>
    Society,
}
