namespace Aims.Model;

/// <summary>
/// The item kinds that Aims itself relies on. Catalogs may use other kinds (for example <c>subcategory</c>,
/// <c>article</c>, <c>risk</c>); these are the ones of the ISO management-system standards.
/// </summary>
public static class FrameworkItemKinds
{
    /// <summary>A clause or sub-clause of the management-system requirements.</summary>
    public const string Clause = "clause";

    /// <summary>A group of Annex controls that share an objective.</summary>
    public const string AnnexGroup = "annex-group";

    /// <summary>A control: what a Statement of Applicability includes or excludes.</summary>
    public const string Control = "control";
}
