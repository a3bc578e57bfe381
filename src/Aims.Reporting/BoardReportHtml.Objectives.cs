using System.Text;
using Aims.Model;

namespace Aims.Reporting;

internal static partial class BoardReportHtml
{
    /// <summary>The AI objectives (clause 6.2) with owner, target, latest measurement and status on the report's day.</summary>
    private static void Objectives(StringBuilder html, BoardReportPage page)
    {
        var asOf = page.Summary.AsOf;
        html.Append("<section class=\"wide\" aria-labelledby=\"obj-h\">\n<h2 id=\"obj-h\">AI objectives</h2>\n");
        if (page.Objectives.IsEmpty)
        {
            html.Append("<p class=\"note\">No AI objectives recorded (ISO/IEC 42001 clause 6.2).</p>\n</section>\n");
            return;
        }

        html.Append("<table>\n<caption>Each objective's latest measurement on or before the report's day, against its target</caption>\n<thead><tr>")
            .Append("<th scope=\"col\">Objective</th><th scope=\"col\">Owner</th><th scope=\"col\" class=\"num\">Target</th><th scope=\"col\">Due</th>")
            .Append("<th scope=\"col\" class=\"num\">Latest</th><th scope=\"col\" class=\"num\">From baseline to target</th><th scope=\"col\">Status</th></tr></thead>\n<tbody>\n");
        foreach (var o in page.Objectives)
        {
            var unit = o.Unit is null ? "" : "&#160;" + E(o.Unit);
            var latest = o.LatestAsOf(asOf);
            var status = o.StatusAt(asOf);
            html.Append("<tr><th scope=\"row\">").Append(E(o.Title)).Append("<span class=\"sub\">").Append(E(o.Id)).Append(" · ").Append(E(o.Measure)).Append("</span></th>")
                .Append("<td>").Append(E(o.Owner)).Append("</td>")
                .Append("<td class=\"num\">").Append(o.Direction == ObjectiveDirection.AtLeast ? "&#8805;&#160;" : "&#8804;&#160;").Append(E(F(o.Target, "#,0.###"))).Append(unit).Append("</td>")
                .Append("<td class=\"date\">").Append(Date(o.TargetDate)).Append("</td>")
                .Append("<td class=\"num\">").Append(latest is null ? "—" : E(F(latest.Value, "#,0.###")) + unit).Append("</td>")
                .Append("<td class=\"num\">").Append(o.ProgressAt(asOf) is { } p ? E(F(p * 100, "0")) + "&#160;%" : "—").Append("</td>")
                .Append("<td>").Append(status switch
                {
                    ObjectiveStatus.Achieved => "Achieved",
                    ObjectiveStatus.InProgress => "In progress",
                    ObjectiveStatus.Missed => "<strong>Missed</strong>",
                    _ => "Not measured",
                }).Append("</td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n<p class=\"note\">\"From baseline to target\" is how far the latest measurement has moved from the value when the "
            + "objective was set towards its target (— without a baseline or a measurement).</p>\n</section>\n");
    }
}
