using System.Globalization;
using System.Net;
using System.Text;
using Aims.Mapping;
using Aims.Model;
using Aims.Risk;

namespace Aims.Reporting;

/// <summary>Renders <see cref="BoardReportPage"/> as a self-contained, accessible HTML page.</summary>
internal static partial class BoardReportHtml
{
    private const string Css = """
        :root { --ink:#1d2433; --muted:#5b6478; --line:#d9dee8; --bg:#f6f7fb; --card:#fff; --accent:#2f5bd3;
                --low:#2e9d5b; --medium:#e3b324; --high:#e0742b; --critical:#c7333a; }
        * { box-sizing: border-box; }
        body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); background: var(--bg); }
        header { background: var(--ink); color: #fff; padding: 28px 40px; }
        header h1 { margin: 0 0 4px; font-size: 26px; }
        header p { margin: 0; color: #c9d1e3; }
        main { max-width: 1180px; margin: 0 auto; padding: 24px 40px 48px; display: grid; grid-template-columns: repeat(2, minmax(0, 1fr)); gap: 20px; }
        section { background: var(--card); border: 1px solid var(--line); border-radius: 10px; padding: 18px 22px; }
        section.wide { grid-column: 1 / -1; }
        h2 { font-size: 17px; margin: 0 0 12px; }
        .kpis { display: grid; grid-template-columns: repeat(4, 1fr); gap: 12px; }
        .kpi { background: var(--bg); border-radius: 8px; padding: 12px 14px; }
        .kpi b { display: block; font-size: 26px; }
        .kpi span { color: var(--muted); font-size: 13px; }
        table { width: 100%; border-collapse: collapse; font-size: 14px; }
        caption { text-align: left; color: var(--muted); font-size: 13px; padding-bottom: 6px; }
        th, td { text-align: left; padding: 6px 8px; border-bottom: 1px solid var(--line); vertical-align: top; }
        th { font-weight: 600; background: var(--bg); }
        td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; } td.num { white-space: nowrap; }
        .band { display: inline-block; padding: 1px 8px; border-radius: 10px; color: #fff; font-size: 12px; }
        .band.low { background: var(--low); } .band.medium { background: var(--medium); color: #1d2433; }
        .band.high { background: var(--high); } .band.critical { background: var(--critical); }
        .bar { background: var(--bg); border-radius: 4px; height: 10px; overflow: hidden; display: flex; }
        .bar i { display: block; height: 100%; }
        .note { color: var(--muted); font-size: 13px; margin: 8px 0 0; }
        svg text { font: 12px system-ui, sans-serif; fill: var(--ink); }
        details { margin-top: 8px; } summary { cursor: pointer; color: var(--accent); font-size: 13px; }
        footer { grid-column: 1 / -1; color: var(--muted); font-size: 12px; }
        .dq { grid-column: 1 / -1; background: #fdecec; border: 2px solid var(--critical); border-radius: 10px; padding: 14px 22px; }
        .dq h2 { color: #8f1d23; margin-bottom: 4px; } .dq p { margin: 0; } .dq code { font-size: 13px; }
        .split { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); gap: 24px; align-items: start; }
        .legend { display: flex; flex-wrap: wrap; gap: 4px 14px; color: var(--muted); font-size: 13px; margin: 6px 0 0; padding: 0; list-style: none; }
        .legend i { display: inline-block; width: 12px; height: 12px; border-radius: 3px; margin-right: 5px; vertical-align: -1px; }
        .rating, .date { white-space: nowrap; } .sub { display: block; color: var(--muted); font-size: 12px; font-weight: 400; }
        .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
        @media (max-width: 900px) { main { grid-template-columns: 1fr; padding: 16px; } .kpis { grid-template-columns: repeat(2, 1fr); } .split { grid-template-columns: 1fr; } }
        @media print { body { background: #fff; } section { break-inside: avoid; } }
        """;

    public static string Render(BoardReportPage page)
    {
        var s = page.Summary;
        var html = new StringBuilder(32_000);
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>AI management system board report — ").Append(E(s.Organization)).Append("</title>\n<style>\n").Append(Css).Append("\n</style>\n</head>\n<body>\n")
            .Append("<header>\n<h1>AI management system — board report</h1>\n<p>").Append(E(s.Organization)).Append(" · as of ").Append(Date(s.AsOf)).Append(" · ISO/IEC 42001</p>\n</header>\n<main>\n");

        DataQuality(html, page);
        Kpis(html, s);
        Inventory(html, s);
        HeatMap(html, page);
        LossExceedance(html, page);
        TopRisks(html, s, page.Matrix);
        Incidents(html, s);
        Soa(html, s.SoaProgress);
        Coverage(html, page);
        EuAiAct(html, page);
        Objectives(html, page);
        Sustainability(html, page);
        Nonconformities(html, s);
        Overdue(html, s);
        html.Append("<footer>Generated by Aims.Core. Framework identifiers are cited for reference; ISO titles are our own short descriptions, not the standards' text.</footer>\n</main>\n</body>\n</html>\n");
        return html.ToString();
    }

    /// <summary>A visible banner when the workspace has validation errors: the reader must know the figures rest on bad records.</summary>
    private static void DataQuality(StringBuilder html, BoardReportPage page)
    {
        var errors = page.Findings.Where(f => f.Severity == DiagnosticSeverity.Error).ToList();
        if (errors.Count == 0)
        {
            return;
        }

        html.Append("<section class=\"dq\" role=\"alert\" aria-labelledby=\"dq-h\">\n<h2 id=\"dq-h\">Data quality: ")
            .Append(N(errors.Count)).Append(errors.Count == 1 ? " validation error" : " validation errors").Append(" in the workspace</h2>\n")
            .Append("<p>Figures that use the affected records may be incomplete or wrong. Correct the workspace (<code>aims validate</code> lists every finding) and regenerate the report.</p>\n")
            .Append("<details><summary>The errors</summary>\n<ul>\n");
        foreach (var e in errors.Take(20))
        {
            html.Append("<li><code>").Append(E(e.Code)).Append(' ').Append(E(e.Path)).Append("</code> ").Append(E(e.Message)).Append("</li>\n");
        }

        if (errors.Count > 20)
        {
            html.Append("<li>… and ").Append(N(errors.Count - 20)).Append(" more.</li>\n");
        }

        html.Append("</ul>\n</details>\n</section>\n");
    }

    private static void Kpis(StringBuilder html, BoardReport s)
    {
        html.Append("<section class=\"wide\" aria-labelledby=\"kpi-h\">\n<h2 id=\"kpi-h\">At a glance</h2>\n<div class=\"kpis\">\n");
        Kpi(html, N(s.SystemCount), s.SystemCount == 1 ? "AI system in the inventory" : "AI systems in the inventory");
        Kpi(html, N(s.ShadowAiCount), s.ShadowAiCandidatesToTriage == 0 ? "shadow AI discovered"
            : $"shadow AI discovered, {N(s.ShadowAiCandidatesToTriage)} more candidate{(s.ShadowAiCandidatesToTriage == 1 ? "" : "s")} to triage");
        Kpi(html, N(s.OpenIncidents), s.OpenIncidents == 1 ? "open AI incident" : "open AI incidents");
        Kpi(html, Pct(s.SoaProgress.PercentImplemented), "of applicable controls implemented");
        html.Append("</div>\n</section>\n");
    }

    private static void Kpi(StringBuilder html, string value, string label) =>
        html.Append("<div class=\"kpi\"><b>").Append(value).Append("</b><span>").Append(E(label)).Append("</span></div>\n");

    private static void Inventory(StringBuilder html, BoardReport s)
    {
        html.Append("<section aria-labelledby=\"inv-h\">\n<h2 id=\"inv-h\">Model inventory</h2>\n");
        CountTable(html, "By lifecycle stage", "Stage", s.ByLifecycleStage.Select(p => (Words(p.Key.ToString()), p.Value)), s.SystemCount);
        CountTable(html, "By risk level", "Risk level", s.ByRiskLevel.Select(p => (Words(p.Key.ToString()), p.Value)), s.SystemCount);
        CountTable(html, "By EU AI Act category", "Category", s.ByEuAiActCategory.Select(p => (Words(p.Key.ToString()), p.Value)), s.SystemCount);
        html.Append("</section>\n");
    }

    private static void CountTable(StringBuilder html, string caption, string header, IEnumerable<(string Label, int Count)> rows, int total)
    {
        html.Append("<table>\n<caption>").Append(E(caption)).Append("</caption>\n<thead><tr><th scope=\"col\">").Append(E(header))
            .Append("</th><th scope=\"col\" class=\"num\">Systems</th><th scope=\"col\" style=\"width:40%\"><span class=\"visually-hidden\">Share</span></th></tr></thead>\n<tbody>\n");
        foreach (var (label, count) in rows.Where(r => r.Count > 0))
        {
            var share = total == 0 ? 0 : 100.0 * count / total;
            html.Append("<tr><th scope=\"row\">").Append(E(label)).Append("</th><td class=\"num\">").Append(N(count))
                .Append("</td><td><div class=\"bar\" aria-hidden=\"true\"><i style=\"width:").Append(F(share, "0.#")).Append("%;background:var(--accent)\"></i></div></td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n");
    }

    private static void TopRisks(StringBuilder html, BoardReport s, RiskMatrix matrix)
    {
        html.Append("<section class=\"wide\" aria-labelledby=\"top-h\">\n<h2 id=\"top-h\">Top risks</h2>\n");
        if (s.TopRisks.IsEmpty)
        {
            html.Append("<p class=\"note\">The risk register is empty.</p>\n</section>\n");
            return;
        }

        html.Append("<table>\n<caption>Ordered by current rating: the residual rating counts only once the treatment is completed and its controls are implemented; until then the inherent rating stands and the residual is the target</caption>\n<thead><tr><th scope=\"col\">Risk and owner</th><th scope=\"col\">Inherent</th><th scope=\"col\">Current</th><th scope=\"col\">Target</th><th scope=\"col\">Treatment and acceptance</th></tr></thead>\n<tbody>\n");
        foreach (var p in s.TopRisks)
        {
            var r = p.Risk;
            html.Append("<tr><th scope=\"row\">").Append(E(r.Id)).Append(" — ").Append(E(r.Title)).Append("<span class=\"sub\">").Append(E(r.Owner)).Append("</span></th><td>").Append(Rating(r.Inherent, matrix))
                .Append("</td><td title=\"").Append(E(p.Basis)).Append("\">").Append(Rating(p.Current, matrix)).Append("</td><td>")
                .Append(p.Target is { } target ? Rating(target, matrix) + (p.IsTargetAchieved ? "<span class=\"sub\">reached</span>" : "<span class=\"sub\">not yet</span>") : "—").Append("</td><td>")
                .Append(r.Treatment is { } t ? E($"{Words(t.Option.ToString())} ({Words(t.Status.ToString()).ToLowerInvariant()})") : "—")
                .Append(r.Acceptance is { } a ? $"<span class=\"sub\">accepted by {E(a.AcceptedBy)}, {Date(a.AcceptedOn)}</span>" : "").Append("</td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n</section>\n");
    }

    private static string Rating(RiskRating rating, RiskMatrix matrix)
    {
        var band = rating.Likelihood <= matrix.Likelihood.Count && rating.Impact <= matrix.Impact.Count ? matrix.Rate(rating).Band : rating.Band;
        return $"<span class=\"rating\"><span class=\"band {band.ToString().ToLowerInvariant()}\">{E(band.ToString())}</span> {rating.Likelihood}×{rating.Impact}</span>";
    }

    private static void Soa(StringBuilder html, SoaProgress p)
    {
        var applicable = Math.Max(1, p.Applicable);
        html.Append("<section aria-labelledby=\"soa-h\">\n<h2 id=\"soa-h\">Statement of Applicability progress</h2>\n")
            .Append("<div class=\"bar\" style=\"height:18px\" role=\"img\" aria-label=\"").Append(E($"{p.Implemented} implemented, {p.InProgress} in progress, {p.Planned} planned, {p.NotStarted} not started of {p.Applicable} applicable controls")).Append("\">")
            .Append("<i style=\"width:").Append(F(100.0 * p.Implemented / applicable, "0.#")).Append("%;background:var(--low)\"></i>")
            .Append("<i style=\"width:").Append(F(100.0 * p.InProgress / applicable, "0.#")).Append("%;background:var(--medium)\"></i>")
            .Append("<i style=\"width:").Append(F(100.0 * p.Planned / applicable, "0.#")).Append("%;background:#9fb4ee\"></i></div>\n")
            .Append("<table>\n<caption>Annex A controls (").Append(p.Excluded).Append(" excluded with justification)</caption>\n<thead><tr><th scope=\"col\">Status</th><th scope=\"col\" class=\"num\">Controls</th></tr></thead>\n<tbody>\n");
        foreach (var (label, count) in new[] { ("Implemented", p.Implemented), ("In progress", p.InProgress), ("Planned", p.Planned), ("Not started", p.NotStarted), ("Applicable in all", p.Applicable) })
        {
            html.Append("<tr><th scope=\"row\">").Append(label).Append("</th><td class=\"num\">").Append(count).Append("</td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n</section>\n");
    }

    private static void Coverage(StringBuilder html, BoardReportPage page)
    {
        html.Append("<section aria-labelledby=\"cov-h\">\n<h2 id=\"cov-h\">Framework coverage</h2>\n");
        if (page.Coverage.IsDefaultOrEmpty)
        {
            html.Append("<p class=\"note\">No framework was chosen for coverage.</p>\n</section>\n");
            return;
        }

        html.Append("<table>\n<caption>What the ISO/IEC 42001 AIMS covers of other frameworks, through the crosswalks (bar: green covered, amber partly)</caption>\n<thead><tr><th scope=\"col\">Framework</th><th scope=\"col\" class=\"num\">Covered</th><th scope=\"col\" class=\"num\">Partly</th><th scope=\"col\" class=\"num\">Gaps</th><th scope=\"col\" style=\"width:30%\">Share</th></tr></thead>\n<tbody>\n");
        foreach (var report in page.Coverage)
        {
            var name = FrameworkCatalogs.Get(report.TargetFramework).Metadata.Name;
            var covered = report.Percent(CoverageStatus.Covered);
            var partly = report.Percent(CoverageStatus.PartiallyCovered);
            html.Append("<tr><th scope=\"row\">").Append(E(name)).Append("</th><td class=\"num\">").Append(Pct(covered)).Append("</td><td class=\"num\">").Append(Pct(partly))
                .Append("</td><td class=\"num\">").Append(report.Count(CoverageStatus.NotCovered)).Append("</td><td><div class=\"bar\" aria-hidden=\"true\"><i style=\"width:").Append(F(covered, "0.#"))
                .Append("%;background:var(--low)\"></i><i style=\"width:").Append(F(partly, "0.#")).Append("%;background:var(--medium)\"></i></div></td></tr>\n");
        }

        var clauses = page.Coverage[0].Clauses.Clauses.Values;
        var fromRecords = clauses.Count(c => c.Source == ClauseBasisSource.WorkspaceRecords);
        var stated = clauses.Count(c => c.Source == ClauseBasisSource.CallerStatement);
        html.Append("</tbody>\n</table>\n<p class=\"note\">Counted only with evidence: an Annex A control when the SoA marks it implemented and lists evidence; a clause (4–10) when the workspace's records show it operating (")
            .Append(fromRecords).Append(fromRecords == 1 ? " clause" : " clauses").Append(" from records")
            .Append(stated > 0 ? $", {stated} on the organisation's statement" : "")
            .Append("). “Covered”: a mapping says the item is contained in such a 42001 item; “partly”: it overlaps one, or the containing item lacks evidence or is still in progress. Mappings follow the published and authored crosswalks.</p>\n</section>\n");
    }

    private static void Nonconformities(StringBuilder html, BoardReport s) =>
        ListSection(html, "nc", "Open nonconformities", "None open.", $"{s.OpenNonconformities.Length} open", ["Id", "Description", "Raised", "Next action due"],
            s.OpenNonconformities.Select(n =>
            {
                var next = n.CorrectiveActions.Where(a => a.CompletedOn is null).OrderBy(a => a.DueOn).FirstOrDefault();
                return (n.Id, new[] { n.Description, Date(n.RaisedOn), next is null ? "—" : $"{Date(next.DueOn)} ({next.Owner})" });
            }));

    private static void Overdue(StringBuilder html, BoardReport s) =>
        ListSection(html, "due", "Overdue reviews", "Nothing overdue.", $"{s.OverdueReviews.Length} overdue", ["What", "Kind", "Was due"],
            s.OverdueReviews.Select(o => ($"{o.Id} — {o.Title}", new[] { o.Kind, o.DueOn is { } due ? Date(due) : "never reviewed" })));

    /// <summary>A section with a table of plain-text rows (first cell a row header), or a note when there are none.</summary>
    private static void ListSection(StringBuilder html, string id, string title, string empty, string caption, string[] headers, IEnumerable<(string Header, string[] Cells)> rows)
    {
        html.Append("<section aria-labelledby=\"").Append(id).Append("-h\">\n<h2 id=\"").Append(id).Append("-h\">").Append(E(title)).Append("</h2>\n");
        var list = rows.ToList();
        if (list.Count == 0)
        {
            html.Append("<p class=\"note\">").Append(E(empty)).Append("</p>\n</section>\n");
            return;
        }

        html.Append("<table>\n<caption>").Append(E(caption)).Append("</caption>\n<thead><tr>");
        foreach (var header in headers)
        {
            html.Append("<th scope=\"col\">").Append(E(header)).Append("</th>");
        }

        html.Append("</tr></thead>\n<tbody>\n");
        foreach (var (header, cells) in list)
        {
            html.Append("<tr><th scope=\"row\">").Append(E(header)).Append("</th>");
            foreach (var cell in cells)
            {
                html.Append("<td>").Append(E(cell)).Append("</td>");
            }

            html.Append("</tr>\n");
        }

        html.Append("</tbody>\n</table>\n</section>\n");
    }

    private static string BandColour(RiskBand band) => band switch
    {
        RiskBand.Low => "#2e9d5b",
        RiskBand.Medium => "#e3b324",
        RiskBand.High => "#e0742b",
        _ => "#c7333a",
    };

    private static string E(string? text) => WebUtility.HtmlEncode(text ?? "");

    private static string N(int value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string F(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);

    private static string Pct(double percent) => F(percent, "0.#") + "\u00A0%";

    private static string Date(DateOnly date) => date.ToString("d MMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>An amount in the report's currency, shortened (<c>EUR 1.07 M</c>); without a code when none is known.</summary>
    private static string Money(double value, string? currency) => (currency is null ? "" : currency + "\u00A0") + Math.Abs(value) switch
    {
        >= 1e9 => F(value / 1e9, "0.##") + "\u00A0bn",
        >= 1e6 => F(value / 1e6, "0.##") + "\u00A0M",
        >= 1e3 => F(value / 1e3, "0.#") + "\u00A0k",
        _ => F(value, "0"),
    };

    private static string Words(string pascal) =>
        string.Concat(pascal.Select((c, i) => i > 0 && char.IsUpper(c) && !char.IsUpper(pascal[i - 1]) ? " " + char.ToLowerInvariant(c) : c.ToString()));
}
