namespace Aims.Cli;

/// <summary>
/// The help of the <c>aims</c> command line: one entry per command with its synopsis, what it does, every option
/// explained and its exit codes. <c>aims --help</c> lists the commands; <c>aims &lt;command&gt; --help</c> explains one.
/// </summary>
internal static class CliHelp
{
    private const string Format = "text (default) or json; JSON goes to stdout in the shapes of docs/cli.md";
    private const string Workspace = "read the workspace from this Aims JSON file instead of the built-in demo";
    private const string Frameworks = "iso42001, iso27001, iso27701, nist-ai-rmf, nist-ai-600-1, eu-ai-act, csa-star-ai, csa-aicm; threat catalogs owasp-llm-top10, owasp-agentic-top10, stride, linddun, mitre-atlas; state laws colorado-ai-act, texas-traiga";

    /// <summary>Every command, in the order the overview lists them.</summary>
    internal static readonly IReadOnlyList<CommandHelp> Commands =
    [
        new("demo", "aims demo [--format text|json]",
            "Summary of the built-in demo workspace (a fictional lender, as of 2026-11-16): inventory, deployment gates, risks, validation.",
            [("--format", Format)],
            "0 the demo validates without errors; 1 it has validation errors"),
        new("catalog list", "aims catalog list <framework> [--format text|json]",
            $"Lists a framework catalog with ids, kinds, parents and titles (JSON adds the full NIST text). Frameworks: {Frameworks}.",
            [("--format", Format)],
            "0 listed; 2 unknown framework"),
        new("catalog versions", "aims catalog versions [<framework>] [--format text|json]",
            "The built-in versions of every framework (or of one), side by side: key (framework@label), status (in-force, superseded, proposed, "
            + "reported-unverified), the days each applies and its edition. The EU AI Act ships as published (eu-ai-act@2024) and as amended (eu-ai-act@2026).",
            [("--format", Format)],
            "0 listed; 2 unknown framework"),
        new("catalog diff", "aims catalog diff <framework>@<version> <framework>@<version> [--workspace <file.json>] [--format text|json]",
            "What changed between two versions of one framework: items added, removed, renumbered (from the version's renumbering table, or "
            + "inferred from an unchanged title), retitled or reworded, and application dates that moved. With --workspace, the records "
            + "to review: each system's obligations whose dates moved, the scope's obligations that cite the framework, SoA entries, evidence, "
            + "risks, nonconformities and built-in mapping rows, each with its JSON Pointer and what to do.",
            [("--workspace <file.json>", "list the impact on the workspace in this Aims JSON file (without it, only the changes)"),
             ("--format", Format)],
            "0 compared; 2 unknown version, versions of two frameworks, or unreadable workspace"),
        new("discovery reconcile", "aims discovery reconcile <discovered.csv> [--workspace <file.json>] [--as-of yyyy-MM-dd] [--apply --out <file.json>] [--format text|json]",
            "Reconciles discovered AI assets (a CSV from a cloud inventory, proxy logs or a SaaS scan; columns in docs/cli.md) with the inventory: "
            + "matched by external id or discovery alias, then endpoint host, then provider and model id, never by name alone. Prints what matched "
            + "one system (its last-seen date would move), the shadow-AI candidates that matched none, the ambiguous rows that matched several "
            + "(reported, not guessed) and findings to look at. Changes nothing unless --apply: then matched systems get their last-seen date and "
            + "candidates are recorded for triage in the workspace written to --out (never added as systems).",
            [("--workspace <file.json>", Workspace),
             ("--as-of yyyy-MM-dd", "reject rows last seen after this date (default: accept every date)"),
             ("--apply", "apply the reconciliation; needs --out"),
             ("--out <file.json>", "where --apply writes the reconciled workspace (never over an input)"),
             ("--format", Format)],
            "0 every row reconciled (candidates and ambiguous rows included); 1 some rows rejected (bad CSV rows, or last seen after --as-of), the rest reconciled and applied; 2 unreadable CSV or workspace, no row readable, bad options, or --out cannot be written"),
        new("impact-assessment check", "aims impact-assessment check <workspace.json> --regime fria|iso42005|dpia|map5 [--format text|json]",
            "One impact assessment, projected to a regime: what the workspace's assessments lack for it, each with the JSON Pointer of the member "
            + "to fill in. fria: EU AI Act Art. 27(1)(a)-(f) and the Art. 27(3) notification, for each system Art. 27 applies to; iso42005: "
            + "ISO/IEC 42005-style content (description, intended use, misuse, benefits and harms, mitigations, monitoring, review); dpia: the "
            + "GDPR Art. 35 DPIA link of each system with personal data; map5: NIST AI RMF MAP 5.1 and 5.2.",
            [("--regime", "fria, iso42005, dpia or map5"), ("--format", Format)],
            "0 complete (warnings allowed); 1 elements or assessments missing; 2 unreadable workspace or unknown regime"),
        new("objectives", "aims objectives <workspace.json> [--as-of yyyy-mm-dd] [--format text|json]",
            "The AI objectives of a workspace (ISO/IEC 42001 clause 6.2): each with its owner, target and date, the latest measurement on or "
            + "before the day, how far it has come from its baseline, and its status (notMeasured, inProgress, achieved, missed).",
            [("--as-of", "the day to judge on (default: today, UTC)"), ("--format", Format)],
            "0 none missed; 1 an objective missed its target date; 2 unreadable workspace"),
        new("competence", "aims competence <workspace.json> [--as-of yyyy-mm-dd] [--format text|json]",
            "Competence against the RACI matrix (ISO/IEC 42001 clause 7.2): every role responsible or accountable for an activity needs its "
            + "competence stated, and each stated competence a current record (training, education, experience or certification) of someone "
            + "in the role. Lists each gap: notDefined, noRecord or expired.",
            [("--as-of", "the day records must be current on (default: today, UTC)"), ("--format", Format)],
            "0 no gaps; 1 gaps; 2 unreadable workspace"),
        new("map", "aims map <framework>:<item> [--to <framework>] [--infer] [--format text|json]",
            "Mappings of one catalog item to other frameworks, with relationship, confidence and provenance. The item may be written "
            + "as in the catalog (\"nist-ai-rmf:GOVERN 1.1\") or with a hyphen (GOVERN-1.1); the framework may be left out when the id is unique.",
            [("--to <framework>", "only mappings to this framework"),
             ("--infer", "also follow chains of mappings through other frameworks (each result shows its path)"),
             ("--format", Format)],
            "0 shown (also when there is no mapping); 2 unknown item or framework"),
        new("coverage", "aims coverage [--to <framework>] [--workspace <file.json>] [--format text|json]",
            "How far the ISO/IEC 42001 Statement of Applicability covers other frameworks: covered, partly covered, not covered, "
            + "not applicable, with the reason per item. A workspace without a SoA covers 0 %.",
            [("--to <framework>", "one framework (iso27001, iso27701, nist-ai-rmf, nist-ai-600-1, eu-ai-act, csa-star-ai); default the first four"),
             ("--workspace <file.json>", Workspace),
             ("--format", Format)],
            "0 computed; 2 unknown framework or unreadable workspace"),
        new("common-controls", "aims common-controls [--workspace <file.json>] [--format text|json]",
            "Map once, reuse evidence: each ISO/IEC 42001 item whose evidence answers other frameworks' audit requests, with its owner and "
            + "evidence from the SoA and control-ownership records, and per request whether the reuse is full (equal, equivalent, subset) or "
            + "partial (intersects with high confidence, superset).",
            [("--workspace <file.json>", Workspace),
             ("--format", Format)],
            "0 listed; 2 unreadable workspace"),
        new("eu-ai-act obligations",
            "aims eu-ai-act obligations --system <id> [--workspace <file.json>] [--as-of yyyy-MM-dd] [--format text|json]\n"
            + "aims eu-ai-act obligations --role <role> [--role ...] --category <category> [--annex AnnexIII.n] [--public-body] [--gpai]\n"
            + "     [--systemic-risk] [--outside-eu] [--open-source] [--annex-i] [--on-market yyyy-MM-dd] [--emotion-recognition yes|no]\n"
            + "     [--deep-fake yes|no] [--as-of yyyy-MM-dd] [--format text|json]",
            "EU AI Act obligations of a system of the workspace, from the facts its inventory entry records (--system), or of an operator described by options, with article references, the date each applies from (Regulation (EU) 2026/1744 "
            + "dates) and whether it applies on the --as-of date. Summaries, not legal advice.",
            [("--system <id>", "answer for this AI system from its recorded roles, category, Annex III area and facts; no profile options with it"),
             ("--workspace <file.json>", "the workspace that holds the system (with --system); default the demo workspace"),
             ("--role <role>", "provider, deployer, importer, distributor, authorised-representative, product-manufacturer; repeat for several"),
             ("--category <category>", "prohibited, high, limited, minimal or general-purpose"),
             ("--annex AnnexIII.n", "the Annex III area (AnnexIII.1 to AnnexIII.8) of a high-risk system"),
             ("--public-body", "the deployer is a body governed by public law or a private operator providing public services (Art. 27)"),
             ("--gpai", "the system is or includes a general-purpose AI model"),
             ("--systemic-risk", "the general-purpose model has systemic risk (Art. 55)"),
             ("--outside-eu", "the provider is established outside the Union (authorised representative, Art. 22/54)"),
             ("--open-source", "the general-purpose model is released under a free and open-source licence (Art. 53(2), 54(6))"),
             ("--annex-i", "the system is (a safety component of) an Annex I product (Art. 6(1)): high-risk duties apply from the Annex I date"),
             ("--on-market yyyy-MM-dd", "when the system was placed on the market; before 2026-08-02 a generative system has the Art. 50(2) grace period"),
             ("--emotion-recognition yes|no", "the system recognises emotions or categorises people by biometric data (Art. 50(3) for its deployer); left out: not known, Art. 50(3) is listed as applying only if so"),
             ("--deep-fake yes|no", "the deployer publishes deep fakes, or AI-generated text informing the public on matters of public interest, made with the system (Art. 50(4)); left out: listed as applying only if so"),
             ("--as-of yyyy-MM-dd", "the date to answer for; default today (UTC)"),
             ("--format", Format)],
            "0 listed; 2 missing or unknown role, category or annex area, an unknown system, an unreadable workspace, or --system with profile options"),
        new("risk simulate", "aims risk simulate <file.json|file.csv> [--trials N] [--seed S] [--threads T] [--format text|json]",
            "FAIR Monte Carlo of a scenario file, a portfolio file or a spreadsheet of scenarios (one per row): annualized loss "
            + "expectancy, percentiles, loss exceedance curve and each scenario's contribution.",
            [("--trials N", "number of simulated years; default 100000, at most 50000000"),
             ("--seed S", "random seed; the same seed gives the same result at any thread count; default 1"),
             ("--threads T", "worker threads; default all cores"),
             ("--format", Format)],
            "0 simulated; 1 the scenarios have errors or cross an engine limit; 2 unreadable file or bad option"),
        new("risk matrix", "aims risk matrix [--format text|json]",
            "The default 5×5 qualitative risk matrix with its bands.",
            [("--format", Format)],
            "0"),
        new("risk register", "aims risk register [--workspace <file.json>] [--what-if <control,...>] [--trials N] [--seed S] [--format text|json]",
            "Inherent and residual risk of every risk with a FAIR scenario, computed on common random numbers: residual counts the control "
            + "measures (FAIR-CAM effects) of the controls the SoA marks implemented. A what-if adds controls as if implemented; the "
            + "measured controls not yet implemented are ranked by ALE reduction per unit cost.",
            [("--workspace <file.json>", Workspace),
             ("--what-if <control,...>", "comma-separated control ids to treat as implemented, for example A.6.2.6,A.8.4"),
             ("--trials N", "simulated years per run; default 50000"),
             ("--seed S", "random seed; default 1"),
             ("--format", Format)],
            "0 computed; 1 a measure or scenario has errors (the rest is shown) or no risk has a scenario; 2 unreadable workspace or bad option"),
        new("risk suggest", "aims risk suggest (--system <id> | --traits <trait,...>) [--workspace <file.json>] [--format text|json]",
            "The AI threats a system faces, from its recorded traits or the ones given (OWASP LLM and agentic lists), each with its FAIR scenario template "
            + "(annual loss from illustrative estimates, until you calibrate them), the ISO/IEC 42001 controls that treat it with their "
            + "SoA status, and the NIST AI RMF subcategories.",
            [("--system <id>", "an AI system of the workspace (the demo by default): its recorded traits select the threats"),
             ("--traits <trait,...>", "comma-separated, added to the system's: largeLanguageModel, retrieval, tools, agents, autonomy, publicExposure, personalData"),
             ("--workspace <file.json>", Workspace + " (for the SoA status and currency)"),
             ("--format", Format)],
            "0 listed; 2 no system or traits, an unknown system or trait, a system without traits, or an unreadable workspace"),
        new("export", "aims export <workspace|inventory|risks|soa|mappings|aibom> [--format json|csv] [--set <id>] [--workspace <file.json>] [--out <file>]",
            "Writes the demo workspace (or --workspace) or a built-in mapping set as an Aims document; aibom writes the inventory as a CycloneDX 1.6 ML-BOM "
            + "(models with model cards, lineage and energy figures, their data sets).",
            [("--format json|csv", "json (default) or csv; the workspace and the AI-BOM export as JSON only"),
             ("--set <id>", "one built-in mapping set (needed for mappings as CSV)"),
             ("--workspace <file.json>", Workspace),
             ("--out <file>", "write to this file instead of stdout")],
            "0 written; 2 unknown kind or set, unreadable workspace, or the file cannot be written"),
        new("export oscal", "aims export oscal catalog <framework> | implementation | mapping <framework> <framework> [--workspace <file.json>] [--out <file>]",
            "OSCAL 1.2 output: a framework catalog, a component definition of the SoA's implemented controls, or a mapping collection.",
            [("--workspace <file.json>", Workspace),
             ("--out <file>", "write to this file instead of stdout")],
            "0 written; 2 unknown framework or mapping pair, no SoA, or the file cannot be written"),
        new("report", "aims report [--workspace <file.json>] [--scenarios <file.json|csv>] [--trials N] [--seed S] [--currency XXX] --out <report.html>",
            "A self-contained HTML board report (demo data by default): inventory, risks, coverage, SoA progress, incidents and, "
            + "with scenarios, the loss exceedance curve.",
            [("--workspace <file.json>", Workspace + "; reported as of today"),
             ("--scenarios <file.json|csv>", "FAIR scenarios to simulate instead of the scenarios of the workspace's risks"),
             ("--trials N", "number of simulated years; default 100000"),
             ("--seed S", "random seed; default 1"),
             ("--currency XXX", "ISO 4217 code shown with every amount; default the workspace's currency (the demo's is EUR)"),
             ("--out <report.html>", "the file to write (required; never one of the input files)")],
            "0 written; 1 written, but the workspace has validation errors (the report shows a data-quality banner); 2 unreadable input, bad option or the file cannot be written"),
        new("validate", "aims validate <file> [--kind <kind>] [--as-of yyyy-MM-dd] [--format text|json]",
            "Checks an Aims JSON document, an OSCAL mapping collection or a CSV table and lists every diagnostic with code, path and message.",
            [("--kind <kind>", "read a CSV table as inventory, risks, soa, mappings or fair-scenarios (default: from the extension and the header); oscal-mapping for an OSCAL file; aibom for a CycloneDX ML-BOM (default when the file has bomFormat); an Aims JSON document names its own kind; any other value is refused"),
             ("--as-of yyyy-MM-dd", "the date for date-based checks (overdue reviews, certification dates); default today (UTC)"),
             ("--format", Format)],
            "0 valid; 1 errors found; 2 unreadable file"),
        new("import csv", "aims import csv <inventory|risks|soa|mappings|fair-scenarios> <file.csv> [--out <file.json>] [--format text|json]",
            "Imports a CSV table: keeps the good rows, reports every bad row with its line, and writes the Aims JSON document.",
            [("--out <file.json>", "write the document to this file (only when at least one row was read; never over the input)"),
             ("--format", Format)],
            "0 every row imported; 1 some rows rejected; 2 unreadable file or no row could be read"),
    ];

    private const string ExitCodes = "Exit codes: 0 ok, 1 problems found in the input, 2 unreadable input or bad usage (message on stderr).";

    /// <summary>The overview: every command's synopsis.</summary>
    public static string Overview()
    {
        var text = new System.Text.StringBuilder("aims — ISO/IEC 42001 AI management system toolkit (sample CLI)\n\nUsage:\n");
        foreach (var command in Commands)
        {
            text.Append("  ").Append(command.Synopsis.Replace("\n", "\n  ", StringComparison.Ordinal)).Append('\n');
        }

        return text.Append("  aims --help | --version\n\nRun 'aims <command> --help' for what a command does and its options.\n")
            .Append(ExitCodes).ToString();
    }

    /// <summary>
    /// The help of the commands whose name starts with <paramref name="words"/>: one command explained in full, a group
    /// (<c>risk</c>) as its synopses, or the overview when nothing matches.
    /// </summary>
    public static string For(IReadOnlyList<string> words)
    {
        var matching = Matching(words);
        if (matching.Count == 0)
        {
            return Overview();
        }

        if (matching.Count > 1)
        {
            return "Usage:\n" + string.Concat(matching.Select(c => $"  {c.Synopsis}\n")) + $"\nRun 'aims <command> --help' for its options.\n{ExitCodes}";
        }

        var help = matching[0];
        var width = help.Options.Max(o => o.Option.Length) + 2;
        var text = new System.Text.StringBuilder($"Usage: {help.Synopsis}\n\n{help.Summary}\n\nOptions:\n");
        foreach (var (option, meaning) in help.Options)
        {
            text.Append("  ").Append(option.PadRight(width)).Append(meaning).Append('\n');
        }

        return text.Append("\nExit codes: ").Append(help.ExitCodes).Append('.').ToString();
    }

    /// <summary>What a usage error prints after its message: the command's synopsis and where its help is.</summary>
    public static string Hint(IReadOnlyList<string> words)
    {
        var matching = Matching(words);
        return matching.Count == 1
            ? $"Usage: {matching[0].Synopsis}\nRun 'aims {matching[0].Name} --help' for its options."
            : "Run 'aims --help' for the commands.";
    }

    private static List<CommandHelp> Matching(IReadOnlyList<string> words)
    {
        if (words.Count == 0)
        {
            return [];
        }

        // The longest command name the words start with ("export oscal" before "export"), else every command of a group ("risk").
        var exact = Commands.Where(c => StartsWith(words, c.Name.Split(' '))).OrderByDescending(c => c.Name.Length).Take(1).ToList();
        return exact.Count > 0 ? exact : [.. Commands.Where(c => StartsWith(c.Name.Split(' '), words))];
    }

    private static bool StartsWith(IReadOnlyList<string> words, IReadOnlyList<string> prefix) =>
        prefix.Count <= words.Count && prefix.Select((w, i) => w == words[i]).All(x => x);

    /// <summary>One command's help.</summary>
    internal sealed record CommandHelp(string Name, string Synopsis, string Summary, IReadOnlyList<(string Option, string Meaning)> Options, string ExitCodes);
}
