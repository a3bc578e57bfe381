using System.Collections.Frozen;
using Aims.Mapping.Internal;
using Aims.Model;

namespace Aims.Mapping;

/// <summary>
/// The built-in framework catalogs, read from embedded data on first use and cached (thread-safe, immutable).
/// ISO catalogs carry identifiers and our own short titles only; NIST text is verbatim (public domain); EU AI Act
/// summaries are our own words; CSA AICM ships domains only (import the customer's licensed workbook for controls).
/// </summary>
public static class FrameworkCatalogs
{
    private static readonly DateOnly Compiled = new(2026, 11, 23);

    private static readonly FrozenDictionary<string, Lazy<FrameworkCatalog>> Catalogs = new Dictionary<string, Lazy<FrameworkCatalog>>
    {
        [FrameworkIds.Iso42001] = new(() => Model.Iso42001.Catalog),
        [FrameworkIds.Iso27001] = new(() => FromCsv("iso27001-2022", new FrameworkMetadata(FrameworkIds.Iso27001,
            "ISO/IEC 27001 Information security management systems", "2022", "ISO/IEC",
            "Identifiers and Aims' own short titles only; ISO text is copyrighted — attach it from a licensed copy.",
            "Structure cross-checked against two public catalogues (CISO Assistant framework and SCF 2025.2.2 mapping files, facts only).", Compiled))),
        [FrameworkIds.Iso27701] = new(() => FromCsv("iso27701", new FrameworkMetadata(FrameworkIds.Iso27701,
            "ISO/IEC 27701 Privacy information management (extension to 27001)", "2019", "ISO/IEC",
            "Identifiers and Aims' own short titles only. Models the 2019 edition; the 2025 edition renumbered its controls.",
            "Annex A/B ids from two independent public catalogues; clause skeleton partly corroborated.", Compiled)
            .WithStatus(FrameworkStatus.Superseded))),
        [FrameworkIds.NistAiRmf] = new(() => FromCsv("nist-ai-rmf", new FrameworkMetadata(FrameworkIds.NistAiRmf,
            "NIST AI Risk Management Framework (AI RMF 1.0)", "1.0 (January 2023)", "NIST",
            "U.S. Government work, public domain (17 U.S.C. §105); text verbatim. Credit: NIST AI 100-1.",
            "NIST AI 100-1, https://doi.org/10.6028/NIST.AI.100-1", Compiled).WithStatus(FrameworkStatus.InForce, new DateOnly(2023, 1, 26)), textColumn: "text")),
        [FrameworkIds.NistAi600] = new(NistAi600),
        [FrameworkIds.EuAiAct] = new(EuAiAct),
        [FrameworkIds.CsaStarAi] = new(() => FromCsv("csa-star-ai", new FrameworkMetadata(FrameworkIds.CsaStarAi,
            "CSA STAR for AI", "Level 1 and Level 2 (2025)", "Cloud Security Alliance",
            "Programme structure in Aims' own words; no CSA text.",
            "CSA STAR for AI Level 1 Submission Guide v1.1; CSA blog 'Understanding STAR for AI Level 2' (2025-11-19).", Compiled))),
        [FrameworkIds.CsaAicm] = new(() => FromCsv("csa-aicm", new FrameworkMetadata(FrameworkIds.CsaAicm,
            "CSA AI Controls Matrix (AICM)", "1.1.1", "Cloud Security Alliance",
            "Domain ids and names only; control specifications are CSA's — import your own licensed workbook. AICM ids are only meaningful with their version (54 ids changed meaning between 1.0.3 and 1.1.0).",
            "CSA AICM v1.1 Introductory Guidance; https://cloudsecurityalliance.org/aicm", Compiled))),
        [FrameworkIds.OwaspLlm] = new(() => ThreatCatalog("threats-owasp-llm", new FrameworkMetadata(FrameworkIds.OwaspLlm,
            "OWASP Top 10 for LLM Applications", "2025", "OWASP Foundation (GenAI Security Project)",
            "Ids and Aims' own short titles only: OWASP's texts are CC BY-SA 4.0 and are not copied. Traits and life-cycle stages per entry are Aims' judgement.",
            "https://genai.owasp.org/llm-top-10/ (2025 list, ids LLM01–LLM10)", Compiled))),
        [FrameworkIds.OwaspAgentic] = new(() => ThreatCatalog("threats-owasp-agentic", new FrameworkMetadata(FrameworkIds.OwaspAgentic,
            "OWASP Top 10 for Agentic Applications", "2026 (released 2025-12-10)", "OWASP Foundation (GenAI Security Project)",
            "Ids and Aims' own short titles only: OWASP's texts are CC BY-SA 4.0 and are not copied. Traits and life-cycle stages per entry are Aims' judgement.",
            "https://genai.owasp.org/ (Top 10 for Agentic Applications 2026, ids ASI01–ASI10)", Compiled))),
        [FrameworkIds.Stride] = new(() => ThreatCatalog("threats-stride", new FrameworkMetadata(FrameworkIds.Stride,
            "STRIDE threat categories", "1999 (Kohnfelder and Garg)", "Microsoft",
            "Category names are facts; descriptions are Aims' own words.",
            "L. Kohnfelder, P. Garg, 'The threats to our products', Microsoft, 1999; Microsoft Threat Modeling Tool documentation", Compiled))),
        [FrameworkIds.Linddun] = new(() => ThreatCatalog("threats-linddun", new FrameworkMetadata(FrameworkIds.Linddun,
            "LINDDUN privacy threat categories", "LINDDUN (2023 threat types)", "KU Leuven DistriNet",
            "Category names are facts; descriptions are Aims' own words.",
            "https://linddun.org/threats/", Compiled))),
        [FrameworkIds.MitreAtlas] = new(() => ThreatCatalog("threats-mitre-atlas", new FrameworkMetadata(FrameworkIds.MitreAtlas,
            "MITRE ATLAS (Adversarial Threat Landscape for AI Systems) tactics", "5.6.0 (2026-04-30)", "The MITRE Corporation",
            "Tactic ids (facts) in matrix order, with Aims' own short titles; ATLAS data is Apache-2.0. Techniques (AML.Tnnnn) are not shipped.",
            "mitre-atlas/atlas-data, data/tactics.yaml and data/matrix.yaml at release v5.6.0", Compiled))),
        [FrameworkIds.ColoradoAiAct] = new(() => Jurisdiction("colorado-ai-act-sb24-205", ColoradoSb24205Metadata)),
        [FrameworkIds.TexasTraiga] = new(() => Jurisdiction("texas-traiga", new FrameworkMetadata(FrameworkIds.TexasTraiga,
            "Texas Responsible Artificial Intelligence Governance Act (TRAIGA)", "HB 149 (89th Legislature, signed 2025-06-22)", "State of Texas",
            "Section numbers and Aims' own summaries of duties and prohibitions; not legal advice. Each row's certainty says how sure its section number and content are.",
            "HB 149 enrolled text (capitol.texas.gov, not read here) as rendered by secondary sources; ../shared/reference/landscape-2026.md (in force 2026-01-01, reported), collected 2026-12-01", Compiled)
            .WithStatus(FrameworkStatus.ReportedUnverified, new DateOnly(2026, 1, 1)))),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Colorado SB 24-205 as delayed by SB 25B-004 to 2026-06-30; reportedly repealed and re-enacted by SB 26-189 from 2027-01-01.</summary>
    internal static FrameworkMetadata ColoradoSb24205Metadata => new FrameworkMetadata(FrameworkIds.ColoradoAiAct,
        "Colorado AI Act (consumer protections for interactions with AI systems), C.R.S. 6-1-1701 to 1707", "SB 24-205 as delayed by SB 25B-004", "State of Colorado",
        "Section numbers and Aims' own summaries of the duties; not legal advice. Each row's certainty says how sure its subsection number and content are.",
        "SB 24-205 (leg.colorado.gov/bills/sb24-205) as annotated by secondary sources; delay to 2026-06-30 by SB 25B-004 and repeal by SB 26-189 from ../shared/reference/landscape-2026.md, collected 2026-12-01", Compiled)
        .WithStatus(FrameworkStatus.InForce, new DateOnly(2026, 6, 30), new DateOnly(2026, 12, 31));

    /// <summary>Colorado SB 26-189 (signed 2026-05-14), reported to replace SB 24-205 with an automated-decision notice-and-explain regime from 2027-01-01.</summary>
    internal static FrameworkMetadata ColoradoSb26189Metadata => new FrameworkMetadata(FrameworkIds.ColoradoAiAct,
        "Colorado automated decision-making technology act (replacing the Colorado AI Act)", "SB 26-189 (signed 2026-05-14)", "State of Colorado",
        "Aims' own summaries of the duties as reported; not legal advice. The Attorney General's rules will set the details.",
        "../shared/reference/landscape-2026.md (reported, Colorado Attorney General page cited there; bill text not read), collected 2026-12-01", Compiled)
        .WithStatus(FrameworkStatus.ReportedUnverified, new DateOnly(2027, 1, 1));

    /// <summary>A jurisdiction pack: duties, prohibitions and defences with the roles they bind and how sure each row is.</summary>
    internal static FrameworkCatalog Jurisdiction(string resource, FrameworkMetadata metadata) =>
        new(metadata, Rows(resource).Select(r => new FrameworkItem(metadata.Id, r["id"], r["kind"], r["parent"].Length == 0 ? null : r["parent"], r["title"], null,
            new Dictionary<string, string> { ["roles"] = r["roles"], ["certainty"] = r["certainty"] })));

    /// <summary>Gets the ids of the built-in catalogs.</summary>
    public static IReadOnlyList<string> Ids => FrameworkIds.All;

    /// <summary>Gets a built-in catalog.</summary>
    /// <param name="frameworkId">A framework id from <see cref="FrameworkIds"/>.</param>
    /// <returns>The catalog.</returns>
    /// <exception cref="ArgumentException">The id is not a built-in framework.</exception>
    public static FrameworkCatalog Get(string frameworkId)
    {
        ArgumentNullException.ThrowIfNull(frameworkId);
        return Catalogs.TryGetValue(frameworkId, out var catalog)
            ? catalog.Value
            : throw new ArgumentException($"Unknown framework '{frameworkId}'. Known: {string.Join(", ", FrameworkIds.All)}.", nameof(frameworkId));
    }

    /// <summary>Gets a built-in catalog if the id is known.</summary>
    /// <param name="frameworkId">The framework id.</param>
    /// <param name="catalog">The catalog when found.</param>
    /// <returns><see langword="true"/> when known.</returns>
    public static bool TryGet(string frameworkId, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out FrameworkCatalog catalog)
    {
        catalog = frameworkId is not null && Catalogs.TryGetValue(frameworkId, out var lazy) ? lazy.Value : null;
        return catalog is not null;
    }

    /// <summary>
    /// Checks a mapping set (for example one just read from a customer's file) against the built-in catalogs: reading
    /// and checking are two steps, so a set about frameworks Aims does not ship still reads.
    /// </summary>
    /// <param name="mappingSet">The set.</param>
    /// <returns>
    /// An error per framework that is not built in (<see cref="MappingDiagnosticCodes.UnknownFramework"/>, at
    /// <c>/sourceFramework</c> or <c>/targetFramework</c>) and per item that is not in its catalog
    /// (<see cref="MappingDiagnosticCodes.UnknownItem"/>, at <c>/mappings/{i}/sourceId</c> or <c>/mappings/{i}/targetId</c>,
    /// the pointers of the set's JSON document); empty when every id is known.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="mappingSet"/> is <see langword="null"/>.</exception>
    public static IReadOnlyList<AimsDiagnostic> Check(MappingSet mappingSet)
    {
        ArgumentNullException.ThrowIfNull(mappingSet);
        var diagnostics = new List<AimsDiagnostic>();
        var catalogs = new List<(string Member, FrameworkCatalog? Catalog)>();
        foreach (var (member, framework) in new[] { ("sourceFramework", mappingSet.SourceFramework), ("targetFramework", mappingSet.TargetFramework) })
        {
            var known = TryGet(framework, out var catalog);
            if (!known)
            {
                diagnostics.Add(new AimsDiagnostic(MappingDiagnosticCodes.UnknownFramework, "/" + member, $"Unknown framework '{framework}'. Known: {string.Join(", ", FrameworkIds.All)}."));
            }

            catalogs.Add((member, catalog));
        }

        for (var i = 0; i < mappingSet.Mappings.Length; i++)
        {
            var m = mappingSet.Mappings[i];
            foreach (var (member, id, catalog) in new[] { ("sourceId", m.SourceId, catalogs[0].Catalog), ("targetId", m.TargetId, catalogs[1].Catalog) })
            {
                if (catalog is not null && !catalog.Contains(id))
                {
                    diagnostics.Add(new AimsDiagnostic(MappingDiagnosticCodes.UnknownItem, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"/mappings/{i}/{member}"),
                        $"'{id}' is not an item of {catalog.FrameworkId}."));
                }
            }
        }

        return diagnostics;
    }

    private static FrameworkCatalog NistAi600() => new(
        new FrameworkMetadata(FrameworkIds.NistAi600, "NIST AI 600-1 Generative AI Profile", "July 2024", "NIST",
            "U.S. Government work, public domain; definitions verbatim. Credit: NIST AI 600-1.",
            "NIST AI 600-1, https://doi.org/10.6028/NIST.AI.600-1, Section 2", Compiled).WithStatus(FrameworkStatus.InForce, new DateOnly(2024, 7, 26)),
        Rows("nist-ai-600-1").Select(r => new FrameworkItem(FrameworkIds.NistAi600, r["id"], "risk", null, r["name"], r["description"],
            new Dictionary<string, string> { ["number"] = r["number"], ["section"] = r["section"], ["trustworthyCharacteristics"] = r["trustworthy_characteristics"] })));

    private static FrameworkCatalog EuAiAct()
    {
        var rows = Rows("eu-ai-act");
        var ids = rows.Select(r => r["id"]).ToHashSet(StringComparer.Ordinal);
        return new FrameworkCatalog(
            new FrameworkMetadata(FrameworkIds.EuAiAct, "EU Artificial Intelligence Act, Regulation (EU) 2024/1689", "OJ L, 12.7.2024, as amended by Regulation (EU) 2026/1744",
                "European Union", "Article numbers and official titles; summaries are Aims' own words. Cite Regulation (EU) 2024/1689.",
                "EUR-Lex, ELI http://data.europa.eu/eli/reg/2024/1689/oj; the amendment as reported by secondary sources (OJ text not read)", Compiled)
                .WithStatus(FrameworkStatus.ReportedUnverified, new DateOnly(2026, 7, 27)),
            rows.Select(r => new FrameworkItem(FrameworkIds.EuAiAct, r["id"], EuKind(r["id"]), EuParent(r["id"], ids), r["title"], r["summary"],
                new Dictionary<string, string> { ["appliesTo"] = r["applies_to"] })));
    }

    private static string EuKind(string id) =>
        id.StartsWith("Annex", StringComparison.Ordinal) ? (id.Contains('.', StringComparison.Ordinal) ? "annex-point" : "annex")
        : id.StartsWith("Amend", StringComparison.Ordinal) ? "note"
        : id.Contains('(', StringComparison.Ordinal) ? "paragraph" : "article";

    private static string? EuParent(string id, HashSet<string> ids)
    {
        var candidate = id;
        while (true)
        {
            var cut = Math.Max(candidate.LastIndexOf('('), candidate.StartsWith("Annex", StringComparison.Ordinal) ? candidate.LastIndexOf('.') : -1);
            if (cut <= 0)
            {
                return null;
            }

            candidate = candidate[..cut];
            if (ids.Contains(candidate))
            {
                return candidate;
            }
        }
    }

    /// <summary>A threat catalog: every row an entry; the optional requires, heightened_by, stages and order columns become properties.</summary>
    private static FrameworkCatalog ThreatCatalog(string resource, FrameworkMetadata metadata) =>
        new(metadata, Rows(resource).Select(r => new FrameworkItem(metadata.Id, r["id"], metadata.Id == FrameworkIds.MitreAtlas ? "tactic" : "threat", null, r["title"], null,
            new[] { ("requires", "requires"), ("heightened_by", "heightenedBy"), ("stages", "stages"), ("order", "order") }
                .Where(c => r.TryGetValue(c.Item1, out var v) && v.Length > 0)
                .ToDictionary(c => c.Item2, c => r[c.Item1], StringComparer.Ordinal))));

    private static FrameworkCatalog FromCsv(string resource, FrameworkMetadata metadata, string textColumn = "") =>
        new(metadata, Rows(resource).Select(r => new FrameworkItem(metadata.Id, r["id"], r["kind"], r["parent"],
            textColumn.Length > 0 ? Shorten(r[textColumn]) : r["title"], textColumn.Length > 0 ? r[textColumn] : null)));

    /// <summary>NIST rows carry the full text; the title is its first words.</summary>
    private static string Shorten(string text) => text.Length <= 80 ? text : string.Concat(text.AsSpan(0, 77), "…");

    internal static List<Dictionary<string, string>> Rows(string resource)
    {
        using var stream = typeof(FrameworkCatalogs).Assembly.GetManifestResourceStream($"Aims.Mapping.Data.{resource}.csv")
            ?? throw new InvalidOperationException($"Embedded data '{resource}' is missing from the assembly.");
        using var reader = new StreamReader(stream);
        return CsvTable.Read(reader.ReadToEnd());
    }
}
