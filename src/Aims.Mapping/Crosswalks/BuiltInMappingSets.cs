using System.Collections.Immutable;
using Aims.Model;

namespace Aims.Mapping;

/// <summary>
/// The mapping sets that ship with the package, each with provenance. Every mapping cites where it comes from: a
/// published crosswalk (id pairs), the ISO Harmonized Structure, or our expert judgement with a stated rationale.
/// </summary>
public static class BuiltInMappingSets
{
    private static readonly DateOnly Compiled = new(2026, 11, 23);

    private static readonly Lazy<ImmutableArray<MappingSet>> Sets = new(() =>
        [Iso42001ToIso27001Clauses(), Iso42001ToIso27701Clauses(), Iso42001ToIso27001AnnexA(), NistAiRmfToIso42001(), NistAiRmfToIso42001Authored(),
         EuAiActToIso42001(), Iso42001ToCsaStarAi(), NistAi600ToNistAiRmf(),
         Threats(FrameworkIds.OwaspLlm, "owasp-llm", FrameworkIds.Iso42001, "iso42001_id"), Threats(FrameworkIds.OwaspLlm, "owasp-llm", FrameworkIds.NistAiRmf, "airmf_subcategory"),
         Threats(FrameworkIds.OwaspAgentic, "owasp-agentic", FrameworkIds.Iso42001, "iso42001_id"), Threats(FrameworkIds.OwaspAgentic, "owasp-agentic", FrameworkIds.NistAiRmf, "airmf_subcategory"),
         Jurisdiction(FrameworkIds.ColoradoAiAct, "colorado", "Colorado AI Act (SB 24-205)"), Jurisdiction(FrameworkIds.TexasTraiga, "texas", "Texas TRAIGA (HB 149)")]);

    /// <summary>Gets every built-in set.</summary>
    public static ImmutableArray<MappingSet> All => Sets.Value;

    /// <summary>Finds a built-in set by id.</summary>
    /// <param name="id">The set id.</param>
    /// <returns>The set.</returns>
    /// <exception cref="ArgumentException">No built-in set has that id.</exception>
    public static MappingSet Get(string id) =>
        All.FirstOrDefault(s => s.Id == id) ?? throw new ArgumentException($"Unknown mapping set '{id}'. Known: {string.Join(", ", All.Select(s => s.Id))}.", nameof(id));

    private static IEnumerable<FrameworkItem> Clauses42001() =>
        FrameworkCatalogs.Get(FrameworkIds.Iso42001).Items.Where(i => i.Kind == FrameworkItemKinds.Clause && i.Id is not ("6.1.4" or "8.4"));

    private static MappingSet Iso42001ToIso27001Clauses()
    {
        var target = FrameworkCatalogs.Get(FrameworkIds.Iso27001);
        return new MappingSet("iso42001-iso27001-clauses", FrameworkIds.Iso42001, FrameworkIds.Iso27001,
            new MappingProvenance("ISO Harmonized Structure (ISO/IEC Directives Part 1, Consolidated ISO Supplement, Annex SL Appendix 2)",
                "ISO/IEC 42001:2023 and ISO/IEC 27001:2022", "Aims maintainers", "structural: same Harmonized Structure clause number and topic",
                MappingStatus.Reviewed, Compiled, "Identifier pairs (facts); no ISO text."),
            Clauses42001().Where(c => target.Contains(c.Id)).Select(c => new ControlMapping(FrameworkIds.Iso42001, c.Id, FrameworkIds.Iso27001, c.Id,
                Relationship.EquivalentTo, MatchingRationale.Functional, MappingConfidence.High,
                notes: "Same management-system function in the Harmonized Structure; the discipline differs (AI vs information security).")));
    }

    private static MappingSet Iso42001ToIso27701Clauses()
    {
        var target = FrameworkCatalogs.Get(FrameworkIds.Iso27701);
        string? Target(string id)
        {
            if (id is "10.1" or "10.2")
            {
                return id == "10.1" ? "5.8.2" : "5.8.1"; // 27701:2019 follows 27001:2013, where 10.1 and 10.2 are swapped
            }

            var dot = id.IndexOf('.', StringComparison.Ordinal);
            var major = int.Parse(dot < 0 ? id : id[..dot], System.Globalization.CultureInfo.InvariantCulture);
            var candidate = $"5.{major - 2}{(dot < 0 ? "" : id[dot..])}";
            return target.Contains(candidate) ? candidate : null;
        }

        return new MappingSet("iso42001-iso27701-clauses", FrameworkIds.Iso42001, FrameworkIds.Iso27701,
            new MappingProvenance("ISO Harmonized Structure; ISO/IEC 27701:2019 clause 5 restates ISO/IEC 27001:2013 clauses 4–10 as 5.2–5.8",
                "ISO/IEC 42001:2023 and ISO/IEC 27701:2019", "Aims maintainers", "structural: clause N ↔ 27701 clause 5.(N−2); 10.1/10.2 swapped",
                MappingStatus.Reviewed, Compiled, "Identifier pairs (facts); no ISO text."),
            Clauses42001().Where(c => c.Id != "6.3").Select(c => (c, t: Target(c.Id))).Where(x => x.t is not null)
                .Select(x => new ControlMapping(FrameworkIds.Iso42001, x.c.Id, FrameworkIds.Iso27701, x.t!,
                    Relationship.EquivalentTo, MatchingRationale.Functional, MappingConfidence.Medium,
                    notes: "Same management-system function; 27701:2019 extends the 27001 requirement for privacy. 27701 has no 'planning of changes'.")));
    }

    private static MappingSet Iso42001ToIso27001AnnexA() => new("iso42001-iso27001-annex-a", FrameworkIds.Iso42001, FrameworkIds.Iso27001,
        new MappingProvenance("Aims crosswalk of ISO/IEC 42001 Annex A to ISO/IEC 27001:2022 Annex A (no official ISO control mapping exists)",
            "2026-12 (cloud-service rows for A.4.5, A.7.5 and A.10.3 added 2026-12-07)", "Aims maintainers", "expert judgement; corroborated where marked by SCF 2025.2.2 STRM co-mapping",
            MappingStatus.Draft, Compiled, "Identifier pairs and our own rationale text."),
        FrameworkCatalogs.Rows("crosswalk-iso42001-iso27001").Select(r => new ControlMapping(FrameworkIds.Iso42001, r["iso42001_id"],
            FrameworkIds.Iso27001, r["iso27001_2022_id"], Relationship.IntersectsWith, MatchingRationale.Semantic, Confidence(r["confidence"]),
            notes: r["rationale"] + (r["scf_2025_2_2_co_mapped"] == "yes" ? " (SCF 2025.2.2 co-mapped)" : ""))));

    private static MappingSet NistAiRmfToIso42001() => new("nist-ai-rmf-iso42001-airc", FrameworkIds.NistAiRmf, FrameworkIds.Iso42001,
        new MappingProvenance("NIST AI RMF to ISO/IEC FDIS 42001 AI Management System Crosswalk, https://airc.nist.gov/docs/NIST_AI_RMF_to_ISO_IEC_42001_Crosswalk.pdf",
            "drafted against ISO/IEC FDIS 42001 (2023)", "Microsoft (hosted by the NIST AI Resource Center; hosting implies no NIST endorsement)",
            "published concept crosswalk; all 280 id pairs over the 72 subcategories transcribed (15 for 9 subcategories released 2026-12-01 after being held out to measure expert-judgement mapping); Annex B refs normalised to Annex A ids",
            MappingStatus.Published, Compiled, "Identifier pairs (facts) only; no ISO titles from the document."),
        FrameworkCatalogs.Rows("crosswalk-nist-airmf-iso42001").Select(r => new ControlMapping(FrameworkIds.NistAiRmf, r["airmf_subcategory"],
            FrameworkIds.Iso42001, r["iso42001_id"], Relationship.IntersectsWith, MatchingRationale.Semantic, MappingConfidence.Unspecified,
            notes: "Concept crosswalk: the source states no relationship type." + (r["published_ref"] != r["iso42001_id"] ? $" Published as {r["published_ref"]}." : "")
                + (string.IsNullOrWhiteSpace(r["note"]) ? "" : " " + r["note"]))));

    private static MappingSet NistAiRmfToIso42001Authored() => new("nist-ai-rmf-iso42001-authored", FrameworkIds.NistAiRmf, FrameworkIds.Iso42001,
        new MappingProvenance("Aims additions to the NIST-hosted crosswalk: relationships the published set lacks for 8 AI RMF subcategories (GOVERN 1.7, 2.2, 6.1; MAP 3.4; MEASURE 2.2, 2.11, 2.12; MANAGE 3.2); rows the published set has were withdrawn",
            "2026-12", "Aims maintainers", "expert judgement from the NIST AI RMF text and ISO/IEC 42001 identifiers",
            MappingStatus.Draft, Compiled, "Identifier pairs and our own rationale text."),
        JudgedRows("authored-nist-airmf-iso42001", FrameworkIds.NistAiRmf, "airmf_subcategory", FrameworkIds.Iso42001, "iso42001_id", MatchingRationale.Semantic));

    private static MappingSet NistAi600ToNistAiRmf() => new("nist-ai-600-1-nist-ai-rmf", FrameworkIds.NistAi600, FrameworkIds.NistAiRmf,
        new MappingProvenance("Aims mapping of the 12 NIST AI 600-1 generative-AI risks to the AI RMF subcategories that evaluate or manage them",
            "2026-11", "Aims maintainers", "expert judgement from the NIST AI 600-1 risk definitions and the AI RMF subcategory text",
            MappingStatus.Draft, Compiled, "Identifier pairs and our own rationale text."),
        JudgedRows("authored-nist-ai-600-1-airmf", FrameworkIds.NistAi600, "risk_id", FrameworkIds.NistAiRmf, "airmf_subcategory", MatchingRationale.Functional));

    /// <summary>An OWASP list to the controls (42001 Annex A) or subcategories (AI RMF) that treat its threats.</summary>
    private static MappingSet Threats(string threats, string file, string target, string targetColumn)
    {
        var (name, edition) = threats == FrameworkIds.OwaspLlm ? ("OWASP Top 10 for LLM Applications", "2025") : ("OWASP Top 10 for Agentic Applications", "2026");
        var (targetName, suffix) = target == FrameworkIds.Iso42001 ? ("ISO/IEC 42001 Annex A controls", "iso42001") : ("NIST AI RMF subcategories", "airmf");
        return new MappingSet($"{threats}-{target}", threats, target,
            new MappingProvenance($"Aims mapping of the {name} ({edition}) to the {targetName} that treat each threat",
                "2026-12", "Aims maintainers", "expert judgement from the threat definitions and the control identifiers; rationale per row",
                MappingStatus.Draft, Compiled, "Identifier pairs and our own rationale text; no OWASP or ISO text."),
            JudgedRows($"authored-{file}-{suffix}", threats, "threat_id", target, targetColumn, MatchingRationale.Functional));
    }

    /// <summary>Which AIMS evidence supports each duty of a state AI law: the ISO/IEC 42001 clauses and controls whose records show it.</summary>
    private static MappingSet Jurisdiction(string law, string file, string name) => new($"{law}-iso42001", law, FrameworkIds.Iso42001,
        new MappingProvenance($"Aims mapping of the duties of the {name} to the ISO/IEC 42001 clauses and controls whose evidence supports them",
            "2026-12", "Aims maintainers", "expert judgement from our summaries of the duties and the control identifiers; rationale per row; not legal advice",
            MappingStatus.Draft, Compiled, "Section numbers, identifier pairs and our own rationale text."),
        JudgedRows($"authored-{file}-iso42001", law, "duty_id", FrameworkIds.Iso42001, "iso42001_id", MatchingRationale.Functional));

    private static MappingSet Iso42001ToCsaStarAi() => new("iso42001-csa-star-ai", FrameworkIds.Iso42001, FrameworkIds.CsaStarAi,
        new MappingProvenance("CSA, 'Understanding STAR for AI Level 2' (2025-11-19): Level 2 requires an accredited ISO/IEC 42001 certificate",
            "STAR for AI Level 2 (initial version, 2025)", "Aims maintainers", "structural: a certification audit covers every clause 4–10 of ISO/IEC 42001",
            MappingStatus.Reviewed, Compiled, "Identifier pairs and our own wording."),
        FrameworkCatalogs.Get(FrameworkIds.Iso42001).Items.Where(i => i.Kind == FrameworkItemKinds.Clause && i.ParentId is null).Select(c => new ControlMapping(
            FrameworkIds.Iso42001, c.Id, FrameworkIds.CsaStarAi, "L2.1", Relationship.SubsetOf, MatchingRationale.Functional, MappingConfidence.High,
            notes: "The accredited ISO/IEC 42001 certificate that Level 2 requires attests conformity with every clause 4–10; the certificate itself is evidence beyond implementation.")));

    private static MappingSet EuAiActToIso42001() => new("eu-ai-act-iso42001", FrameworkIds.EuAiAct, FrameworkIds.Iso42001,
        new MappingProvenance("Aims crosswalk of Regulation (EU) 2024/1689 to ISO/IEC 42001:2023 (42001 is not a harmonised standard: no presumption of conformity)",
            "2026-11", "Aims maintainers", "expert judgement from the Regulation's text and ISO/IEC 42001 identifiers",
            MappingStatus.Draft, Compiled, "Article numbers, identifier pairs and our own rationale text."),
        JudgedRows("crosswalk-euaiact-iso42001", FrameworkIds.EuAiAct, "eu_ai_act_id", FrameworkIds.Iso42001, "iso42001_id", MatchingRationale.Semantic));

    /// <summary>Rows of an expert-judgement crosswalk file: intersects-with, with the row's confidence and rationale as notes.</summary>
    private static IEnumerable<ControlMapping> JudgedRows(
        string resource, string sourceFramework, string sourceColumn, string targetFramework, string targetColumn, MatchingRationale rationale) =>
        FrameworkCatalogs.Rows(resource).Select(r => new ControlMapping(sourceFramework, r[sourceColumn], targetFramework, r[targetColumn],
            Relationship.IntersectsWith, rationale, Confidence(r["confidence"]), notes: r["rationale"]));

    private static MappingConfidence Confidence(string value) => value switch
    {
        "high" => MappingConfidence.High,
        "medium" => MappingConfidence.Medium,
        "low" => MappingConfidence.Low,
        _ => MappingConfidence.Unspecified,
    };
}
