namespace Aims.Model;

/// <summary>
/// ISO/IEC 42001:2023, AI management systems: its framework id and its catalog — clauses 4–10, the nine Annex A
/// control groups (A.2–A.10) and their 38 controls. Ships identifiers and short titles in our own words only;
/// customers attach the standard's text from their licensed copy with <see cref="FrameworkCatalog.WithLicensedText"/>.
/// </summary>
/// <remarks>
/// Ids and structure were checked against two independent public sources (the ISO 42001 framework file and the
/// SCF 2025.2.2 mapping of CISO Assistant, read for facts only). Titles are our own descriptive labels.
/// </remarks>
public static class Iso42001
{
    /// <summary>The framework id used across Aims packages, in data and on the command line.</summary>
    public const string FrameworkId = "iso42001";

    /// <summary>Gets where the catalog comes from and the licence terms of what is shipped.</summary>
    public static FrameworkMetadata Metadata { get; } = new(
        FrameworkId, "ISO/IEC 42001 AI management systems", "2023", "ISO/IEC",
        "Identifiers and Aims' own short titles only; ISO text is copyrighted — attach it from a licensed copy.",
        "ISO/IEC 42001:2023 (first edition, 2023-12). Identifiers as numbered in the standard; titles are Aims' own "
        + "short descriptions, not ISO text. Structure cross-checked against two public catalogues (2026-11-23).",
        new DateOnly(2026, 11, 23));

    /// <summary>Gets the built-in catalog (no licensed text attached).</summary>
    public static FrameworkCatalog Catalog { get; } = Build();

    /// <summary>Throws when a caller passes a catalog of another framework where the ISO/IEC 42001 catalog belongs.</summary>
    internal static FrameworkCatalog? Require(FrameworkCatalog? catalog, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(catalog))] string? paramName = null) =>
        catalog is null || catalog.FrameworkId == FrameworkId
            ? catalog
            : throw new ArgumentException($"Expected the {FrameworkId} catalog, got '{catalog.FrameworkId}'.", paramName);

    private static FrameworkCatalog Build()
    {
        (string Id, string Kind, string? Parent, string Title)[] rows =
        [
            ("4", FrameworkItemKinds.Clause, null, "Organizational context"),
            ("4.1", FrameworkItemKinds.Clause, "4", "Organization and its context"),
            ("4.2", FrameworkItemKinds.Clause, "4", "Needs of interested parties"),
            ("4.3", FrameworkItemKinds.Clause, "4", "Scope of the AIMS"),
            ("4.4", FrameworkItemKinds.Clause, "4", "Establishing the AIMS"),
            ("5", FrameworkItemKinds.Clause, null, "Leadership"),
            ("5.1", FrameworkItemKinds.Clause, "5", "Top management commitment"),
            ("5.2", FrameworkItemKinds.Clause, "5", "AI policy (management system level)"),
            ("5.3", FrameworkItemKinds.Clause, "5", "Roles, responsibilities and authorities"),
            ("6", FrameworkItemKinds.Clause, null, "Planning"),
            ("6.1", FrameworkItemKinds.Clause, "6", "Addressing risks and opportunities"),
            ("6.1.1", FrameworkItemKinds.Clause, "6.1", "Risks and opportunities - general"),
            ("6.1.2", FrameworkItemKinds.Clause, "6.1", "AI risk assessment process"),
            ("6.1.3", FrameworkItemKinds.Clause, "6.1", "AI risk treatment process"),
            ("6.1.4", FrameworkItemKinds.Clause, "6.1", "AI system impact assessment process"),
            ("6.2", FrameworkItemKinds.Clause, "6", "AI objectives and plans to meet them"),
            ("6.3", FrameworkItemKinds.Clause, "6", "Planning of changes"),
            ("7", FrameworkItemKinds.Clause, null, "Support"),
            ("7.1", FrameworkItemKinds.Clause, "7", "Resources"),
            ("7.2", FrameworkItemKinds.Clause, "7", "Competence"),
            ("7.3", FrameworkItemKinds.Clause, "7", "Awareness"),
            ("7.4", FrameworkItemKinds.Clause, "7", "Communication"),
            ("7.5", FrameworkItemKinds.Clause, "7", "Documented information"),
            ("7.5.1", FrameworkItemKinds.Clause, "7.5", "Documented information - general"),
            ("7.5.2", FrameworkItemKinds.Clause, "7.5", "Creating and updating documents"),
            ("7.5.3", FrameworkItemKinds.Clause, "7.5", "Controlling documented information"),
            ("8", FrameworkItemKinds.Clause, null, "Operation"),
            ("8.1", FrameworkItemKinds.Clause, "8", "Operational planning and control"),
            ("8.2", FrameworkItemKinds.Clause, "8", "Performing AI risk assessments"),
            ("8.3", FrameworkItemKinds.Clause, "8", "Performing AI risk treatment"),
            ("8.4", FrameworkItemKinds.Clause, "8", "Performing AI system impact assessments"),
            ("9", FrameworkItemKinds.Clause, null, "Performance evaluation"),
            ("9.1", FrameworkItemKinds.Clause, "9", "Monitoring, measurement and evaluation"),
            ("9.2", FrameworkItemKinds.Clause, "9", "Internal audit"),
            ("9.2.1", FrameworkItemKinds.Clause, "9.2", "Internal audit - general"),
            ("9.2.2", FrameworkItemKinds.Clause, "9.2", "Internal audit programme"),
            ("9.3", FrameworkItemKinds.Clause, "9", "Management review"),
            ("9.3.1", FrameworkItemKinds.Clause, "9.3", "Management review - general"),
            ("9.3.2", FrameworkItemKinds.Clause, "9.3", "Management review inputs"),
            ("9.3.3", FrameworkItemKinds.Clause, "9.3", "Management review outputs"),
            ("10", FrameworkItemKinds.Clause, null, "Improvement"),
            ("10.1", FrameworkItemKinds.Clause, "10", "Continual improvement"),
            ("10.2", FrameworkItemKinds.Clause, "10", "Nonconformity and corrective action"),
            ("A.2", FrameworkItemKinds.AnnexGroup, null, "Policies for AI"),
            ("A.2.2", FrameworkItemKinds.Control, "A.2", "Documented AI policy"),
            ("A.2.3", FrameworkItemKinds.Control, "A.2", "AI policy aligned with other policies"),
            ("A.2.4", FrameworkItemKinds.Control, "A.2", "Periodic review of the AI policy"),
            ("A.3", FrameworkItemKinds.AnnexGroup, null, "Internal organization for AI"),
            ("A.3.2", FrameworkItemKinds.Control, "A.3", "AI roles and responsibilities"),
            ("A.3.3", FrameworkItemKinds.Control, "A.3", "Channel for reporting AI concerns"),
            ("A.4", FrameworkItemKinds.AnnexGroup, null, "Resources for AI systems"),
            ("A.4.2", FrameworkItemKinds.Control, "A.4", "Documenting AI system resources"),
            ("A.4.3", FrameworkItemKinds.Control, "A.4", "Data resources"),
            ("A.4.4", FrameworkItemKinds.Control, "A.4", "Tooling resources"),
            ("A.4.5", FrameworkItemKinds.Control, "A.4", "System and computing resources"),
            ("A.4.6", FrameworkItemKinds.Control, "A.4", "Human resources and competences"),
            ("A.5", FrameworkItemKinds.AnnexGroup, null, "Assessing impacts of AI systems"),
            ("A.5.2", FrameworkItemKinds.Control, "A.5", "Impact assessment process"),
            ("A.5.3", FrameworkItemKinds.Control, "A.5", "Recording impact assessments"),
            ("A.5.4", FrameworkItemKinds.Control, "A.5", "Impacts on individuals and groups"),
            ("A.5.5", FrameworkItemKinds.Control, "A.5", "Societal impacts"),
            ("A.6", FrameworkItemKinds.AnnexGroup, null, "AI system life cycle"),
            ("A.6.1", FrameworkItemKinds.AnnexGroup, "A.6", "Management guidance for AI development (sub-objective)"),
            ("A.6.1.2", FrameworkItemKinds.Control, "A.6.1", "Objectives for responsible development"),
            ("A.6.1.3", FrameworkItemKinds.Control, "A.6.1", "Responsible design and development processes"),
            ("A.6.2", FrameworkItemKinds.AnnexGroup, "A.6", "AI system life cycle stages (sub-objective)"),
            ("A.6.2.2", FrameworkItemKinds.Control, "A.6.2", "Requirements and specification"),
            ("A.6.2.3", FrameworkItemKinds.Control, "A.6.2", "Design and development documentation"),
            ("A.6.2.4", FrameworkItemKinds.Control, "A.6.2", "Verification and validation"),
            ("A.6.2.5", FrameworkItemKinds.Control, "A.6.2", "Deployment"),
            ("A.6.2.6", FrameworkItemKinds.Control, "A.6.2", "Operation and monitoring"),
            ("A.6.2.7", FrameworkItemKinds.Control, "A.6.2", "Technical documentation"),
            ("A.6.2.8", FrameworkItemKinds.Control, "A.6.2", "Event log recording"),
            ("A.7", FrameworkItemKinds.AnnexGroup, null, "Data for AI systems"),
            ("A.7.2", FrameworkItemKinds.Control, "A.7", "Data for development and enhancement"),
            ("A.7.3", FrameworkItemKinds.Control, "A.7", "Data acquisition"),
            ("A.7.4", FrameworkItemKinds.Control, "A.7", "Data quality"),
            ("A.7.5", FrameworkItemKinds.Control, "A.7", "Data provenance"),
            ("A.7.6", FrameworkItemKinds.Control, "A.7", "Data preparation"),
            ("A.8", FrameworkItemKinds.AnnexGroup, null, "Information for interested parties"),
            ("A.8.2", FrameworkItemKinds.Control, "A.8", "Documentation and information for users"),
            ("A.8.3", FrameworkItemKinds.Control, "A.8", "External reporting channel"),
            ("A.8.4", FrameworkItemKinds.Control, "A.8", "Communicating incidents"),
            ("A.8.5", FrameworkItemKinds.Control, "A.8", "Information duties to interested parties"),
            ("A.9", FrameworkItemKinds.AnnexGroup, null, "Use of AI systems"),
            ("A.9.2", FrameworkItemKinds.Control, "A.9", "Processes for responsible use"),
            ("A.9.3", FrameworkItemKinds.Control, "A.9", "Objectives for responsible use"),
            ("A.9.4", FrameworkItemKinds.Control, "A.9", "Use within intended purpose"),
            ("A.10", FrameworkItemKinds.AnnexGroup, null, "Third-party and customer relationships"),
            ("A.10.2", FrameworkItemKinds.Control, "A.10", "Allocating responsibilities"),
            ("A.10.3", FrameworkItemKinds.Control, "A.10", "Suppliers"),
            ("A.10.4", FrameworkItemKinds.Control, "A.10", "Customers"),
        ];
        return new(Metadata, rows.Select(r => new FrameworkItem(FrameworkId, r.Id, r.Kind, r.Parent, r.Title)));
    }
}
