using System.Text;
using Aims.Mapping;
using Aims.Model;

namespace Aims.Reporting;

/// <summary>The EU AI Act section of the board report: per system, its classification and the obligations that apply now and later.</summary>
internal static partial class BoardReportHtml
{
    private static void EuAiAct(StringBuilder html, BoardReportPage page)
    {
        html.Append("<section class=\"wide\" aria-labelledby=\"act-h\">\n<h2 id=\"act-h\">EU AI Act obligations per system</h2>\n");
        if (page.EuAiAct.IsDefaultOrEmpty)
        {
            html.Append("<p class=\"note\">No AI system in operation or development.</p>\n</section>\n");
            return;
        }

        var asOf = Date(page.Summary.AsOf);
        html.Append("<table>\n<caption>What the Act asks of the organization for each system (retired systems left out), derived from the system's recorded operator roles, risk category and facts: ")
            .Append("“Applies on ").Append(asOf).Append("” lists the obligations in force on the report date, “Applies later” those that start on a later date of the timeline in force.</caption>\n")
            .Append("<thead><tr><th scope=\"col\" style=\"width:18%\">System</th><th scope=\"col\" style=\"width:26%\">Classification</th><th scope=\"col\" style=\"width:22%\">Applies on ")
            .Append(asOf).Append("</th><th scope=\"col\">Applies later</th></tr></thead>\n<tbody>\n");
        var reported = false;
        foreach (var x in page.EuAiAct)
        {
            var s = x.System;
            html.Append("<tr><th scope=\"row\"><span style=\"white-space:nowrap\">").Append(E(s.Id)).Append("</span>").Append("<span class=\"sub\">").Append(E(s.Name)).Append("</span></th><td>")
                .Append(E(Category(s.EuAiActCategory))).Append("<span class=\"sub\">").Append(E(Facts(s))).Append("</span></td>");
            if (x.Obligations.IsEmpty)
            {
                html.Append("<td colspan=\"2\">").Append(s.OperatorRoles.IsEmpty
                    ? "No EU AI Act operator role recorded: no duty derived for the organization."
                    : "No obligation derived (category not assessed or outside the Act's duties).").Append("</td></tr>\n");
                continue;
            }

            html.Append("<td>").Append(Count(x.Applicable.Length)).Append(x.Applicable.IsEmpty ? "" : "<span class=\"sub\">" + E(Articles(x.Applicable)) + "</span>").Append("</td><td>");
            if (x.Upcoming.IsEmpty)
            {
                html.Append("None: every obligation already applies.");
            }

            foreach (var group in x.Upcoming.GroupBy(o => o.AppliesFrom!.Value).OrderBy(g => g.Key))
            {
                var unverified = group.Any(o => o.Application is { IsVerified: false });
                reported |= unverified;
                html.Append("<div>From ").Append(Date(group.Key)).Append(unverified ? "*" : "").Append(": ").Append(Count(group.Count()))
                    .Append("<span class=\"sub\">").Append(E(Articles(group))).Append("</span></div>");
            }

            html.Append("</td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n<p class=\"note\">")
            .Append(reported ? "* A date moved by the Digital Omnibus on AI, Regulation (EU) 2026/1744: reported by several secondary sources; the Official Journal text was not read. " : "")
            .Append("Timeline: Regulation (EU) 2024/1689 as amended. An Art. 6(3) claim takes an Annex III system out of the high-risk duties but adds documenting the assessment (Art. 6(4)) and registering it (Art. 49(2)). Summaries are ours, not the Act's text, and not legal advice.</p>\n")
            .Append("<details><summary>What each obligation asks, per system</summary>\n");
        foreach (var x in page.EuAiAct.Where(x => !x.Obligations.IsEmpty))
        {
            html.Append("<h3 style=\"font-size:14px;margin:12px 0 4px\">").Append(E(x.System.Id)).Append("</h3>\n<ul style=\"font-size:14px;margin:0\">\n");
            foreach (var o in x.Obligations)
            {
                html.Append("<li><b>").Append(E(Article(o.ArticleId))).Append("</b> ").Append(E(o.Title))
                    .Append(o.AppliesFrom is { } from ? $" (from {Date(from)})" : "").Append(": ").Append(E(o.Reason))
                    .Append(o.Condition is { } condition ? $" <i>Applies only if {E(condition)}: not recorded for this system.</i>" : "").Append("</li>\n");
            }

            html.Append("</ul>\n");
        }

        html.Append("</details>\n</section>\n");
    }

    private static string Count(int n) => n == 1 ? "1 obligation" : $"{N(n)} obligations";

    private static string Category(EuAiActRiskCategory category) => category switch
    {
        EuAiActRiskCategory.Prohibited => "Prohibited practice (Art. 5)",
        EuAiActRiskCategory.High => "High-risk",
        EuAiActRiskCategory.Limited => "Transparency duties (Art. 50)",
        EuAiActRiskCategory.Minimal => "Minimal risk",
        EuAiActRiskCategory.GeneralPurpose => "General-purpose AI",
        _ => "Not yet classified",
    };

    /// <summary>The facts behind the classification, in words: Annex III area, roles, flags, derogation.</summary>
    private static string Facts(AiSystem s)
    {
        var facts = new List<string>();
        if (s.AnnexIIIArea is { } area)
        {
            facts.Add($"Annex III point {area[^1]} ({AnnexIIIName(area)})");
        }

        if (s.Article6Derogation is { } d)
        {
            facts.Add($"not high-risk by an Art. 6(3) claim ({Words(d.Condition.ToString()).ToLowerInvariant()}{(d.Assessment is null ? ", assessment not documented" : "")})");
        }

        facts.Add(s.OperatorRoles.IsEmpty ? "no operator role" : "as " + string.Join(" and ", s.OperatorRoles.Select(r => Words(r.ToString()).ToLowerInvariant())));
        if (s.IsGeneralPurposeModel)
        {
            facts.Add("general-purpose AI model");
        }

        if (s.DeployerIsPublicBody)
        {
            facts.Add("public-body deployer");
        }

        if (s.IsAnnexIProduct)
        {
            facts.Add("Annex I product (Art. 6(1))");
        }

        if (s.HasSystemicRisk)
        {
            facts.Add("systemic risk");
        }

        if (s.IsOpenSource)
        {
            facts.Add("open-source model");
        }

        return string.Join(" · ", facts);
    }

    private static string AnnexIIIName(string area) => area switch
    {
        "AnnexIII.1" => "biometrics",
        "AnnexIII.2" => "critical infrastructure",
        "AnnexIII.3" => "education and vocational training",
        "AnnexIII.4" => "employment and workers",
        "AnnexIII.5" => "essential private and public services",
        "AnnexIII.6" => "law enforcement",
        "AnnexIII.7" => "migration, asylum and border control",
        _ => "justice and democratic processes",
    };

    /// <summary>Article ids as a reader writes them: <c>Art. 9, 10, 26(5)</c>; one that applies only if an unrecorded fact holds is marked <c>(if…)</c>.</summary>
    private static string Articles(IEnumerable<AiActObligation> obligations) =>
        "Art. " + string.Join(", ", obligations.Select(o => (o.ArticleId.StartsWith("Art.", StringComparison.Ordinal) ? o.ArticleId[4..] : o.ArticleId) + (o.IsConditional ? " (if…)" : "")));

    private static string Article(string id) => id.StartsWith("Art.", StringComparison.Ordinal) ? "Art.\u00A0" + id[4..] : id;
}
