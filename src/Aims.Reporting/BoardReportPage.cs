using System.Collections.Immutable;
using Aims.Mapping;
using Aims.Model;
using Aims.Risk;

namespace Aims.Reporting;

/// <summary>
/// The board report: the workspace's <see cref="BoardReport"/> figures plus a risk heat map from a qualitative
/// matrix, the loss exceedance curve of a FAIR portfolio, coverage of other frameworks and each system's EU AI Act
/// obligations — and
/// <see cref="ToHtml"/>, a self-contained, accessible HTML page of it.
/// </summary>
/// <remarks>
/// <para>It lives in Aims.Mapping because framework coverage needs the crosswalks; everything else it shows comes
/// from Aims.Model and Aims.Risk.</para>
/// <para>Instances are immutable and safe to share between threads.</para>
/// </remarks>
public sealed class BoardReportPage
{
    /// <summary>The frameworks whose coverage the report shows by default.</summary>
    public static readonly ImmutableArray<string> DefaultCoverageFrameworks =
        [FrameworkIds.Iso27001, FrameworkIds.NistAiRmf, FrameworkIds.EuAiAct, FrameworkIds.CsaStarAi];

    private BoardReportPage(
        BoardReport summary, RiskMatrix matrix, IReadOnlyList<HeatMapCell> heatMap, FairPortfolioResult? portfolio, ImmutableArray<CoverageReport> coverage,
        ImmutableArray<AimsDiagnostic> findings, string? currency, ImmutableArray<SystemAiActObligations> euAiAct, RiskRegisterAnalysis? register,
        ImmutableArray<AiSystem> systems, ImmutableArray<AiObjective> objectives)
    {
        (Summary, Matrix, HeatMap, Portfolio, Coverage, Findings, Currency, EuAiAct, Register) = (summary, matrix, heatMap, portfolio, coverage, findings, currency, euAiAct, register);
        Systems = systems;
        Objectives = objectives;
    }

    /// <summary>The AI objectives (clause 6.2), for the objectives section.</summary>
    internal ImmutableArray<AiObjective> Objectives { get; }

    /// <summary>The inventory the report was made from, for the sections that show per-system records (sustainability).</summary>
    internal ImmutableArray<AiSystem> Systems { get; }

    /// <summary>
    /// Gets the quantified risk register whose inherent and residual loss exceedance curves the report shows side by
    /// side, if one was given; then <see cref="Portfolio"/> is its residual portfolio.
    /// </summary>
    public RiskRegisterAnalysis? Register { get; }

    /// <summary>
    /// Gets, per system not retired, its EU AI Act classification and the obligations that follow from what it records
    /// (operator roles, category, Annex III area, general-purpose model, public-body deployer, Art. 6(3) claim), split
    /// at the reporting date.
    /// </summary>
    public ImmutableArray<SystemAiActObligations> EuAiAct { get; }

    /// <summary>
    /// Gets the ISO 4217 code shown with every amount (the <c>currency</c> given to <see cref="Create"/>, else the
    /// workspace's <see cref="AimsWorkspace.Currency"/>), or <see langword="null"/>: then amounts carry no code and the
    /// page says the currency is not stated.
    /// </summary>
    public string? Currency { get; }

    /// <summary>
    /// Gets the workspace's validation findings on the reporting date (<see cref="AimsWorkspace.Validate"/>). When any is
    /// an error, the page opens with a data-quality banner that counts them: figures built on invalid records may be wrong.
    /// </summary>
    public ImmutableArray<AimsDiagnostic> Findings { get; }

    /// <summary>Gets the number of <see cref="Findings"/> that are errors.</summary>
    public int ErrorCount => Findings.Count(f => f.Severity == DiagnosticSeverity.Error);

    /// <summary>Gets the workspace figures: inventory, risks, incidents, SoA progress, nonconformities, overdue reviews.</summary>
    public BoardReport Summary { get; }

    /// <summary>Gets the qualitative matrix of the heat map.</summary>
    public RiskMatrix Matrix { get; }

    /// <summary>Gets the number of risks (by inherent rating) in each cell of <see cref="Matrix"/>.</summary>
    public IReadOnlyList<HeatMapCell> HeatMap { get; }

    /// <summary>
    /// Gets the FAIR portfolio result whose loss exceedance curve is shown: the one given, the residual portfolio of
    /// <see cref="Register"/>, or <see langword="null"/>.
    /// </summary>
    public FairPortfolioResult? Portfolio { get; }

    /// <summary>Gets the coverage of other frameworks by the SoA (empty when the workspace has no SoA).</summary>
    public ImmutableArray<CoverageReport> Coverage { get; }

    /// <summary>Builds the report of a workspace at a date.</summary>
    /// <param name="workspace">The workspace.</param>
    /// <param name="asOf">The reporting date.</param>
    /// <param name="portfolio">A FAIR portfolio result for the loss exceedance curve, if any.</param>
    /// <param name="matrix">The qualitative matrix; <see cref="RiskMatrix.Standard5x5"/> when <see langword="null"/>.</param>
    /// <param name="crosswalk">The crosswalks for coverage; <see cref="Crosswalk.BuiltIn"/> when <see langword="null"/>.</param>
    /// <param name="coverageFrameworks">The frameworks to show coverage of; <see cref="DefaultCoverageFrameworks"/> when <see langword="null"/>.</param>
    /// <param name="currency">The ISO 4217 code of the amounts (the FAIR scenarios' currency); the workspace's <see cref="AimsWorkspace.Currency"/> when <see langword="null"/>.</param>
    /// <param name="register">
    /// The workspace's quantified risk register (<see cref="RiskRegisterAnalysis.Analyze"/>): the report then shows the
    /// inherent and the residual loss exceedance curves and each quantified risk's inherent and residual ALE. Give it or
    /// <paramref name="portfolio"/>, not both.
    /// </param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="workspace"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">
    /// A coverage framework is unknown, <paramref name="currency"/> is not three upper-case letters A–Z, or both
    /// <paramref name="portfolio"/> and <paramref name="register"/> are given.
    /// </exception>
    public static BoardReportPage Create(
        AimsWorkspace workspace,
        DateOnly asOf,
        FairPortfolioResult? portfolio = null,
        RiskMatrix? matrix = null,
        Crosswalk? crosswalk = null,
        IEnumerable<string>? coverageFrameworks = null,
        string? currency = null,
        RiskRegisterAnalysis? register = null)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        if (portfolio is not null && register is not null)
        {
            throw new ArgumentException("Give a portfolio or a risk register analysis, not both: the register's residual portfolio is the curve shown.", nameof(register));
        }

        if (currency is not null && (currency.Length != 3 || !currency.All(c => c is >= 'A' and <= 'Z')))
        {
            throw new ArgumentException($"'{currency}' is not an ISO 4217 currency code (three upper-case letters, for example EUR).", nameof(currency));
        }

        matrix ??= RiskMatrix.Standard5x5;
        var frameworks = (coverageFrameworks ?? DefaultCoverageFrameworks).ToList();
        foreach (var framework in frameworks)
        {
            if (!FrameworkCatalogs.TryGet(framework, out _))
            {
                throw new ArgumentException($"Unknown framework '{framework}'.", nameof(coverageFrameworks));
            }
        }

        var ratings = workspace.Risks
            .Where(r => r.Inherent.Likelihood <= matrix.Likelihood.Count && r.Inherent.Impact <= matrix.Impact.Count)
            .Select(r => (r.Inherent.Likelihood, r.Inherent.Impact));
        var clauses = ClauseEvidence.FromWorkspace(workspace, asOf);
        ImmutableArray<CoverageReport> coverage = [.. frameworks.Select(f => CoverageAnalysis.Analyze(workspace, f, crosswalk, clauses))];
        var findings = workspace.Validate(asOf).Diagnostics;
        ImmutableArray<SystemAiActObligations> euAiAct = [.. workspace.Systems.Where(x => x.LifecycleStage != LifecycleStage.Retirement).Select(x => new SystemAiActObligations(x, asOf))];
        return new BoardReportPage(BoardReport.Create(workspace, asOf), matrix, matrix.HeatMap(ratings), portfolio ?? register?.Residual, coverage, [.. findings], currency ?? workspace.Currency, euAiAct, register, workspace.Systems, workspace.Objectives);
    }

    /// <summary>
    /// Renders the report as one self-contained HTML page (inline CSS and SVG, no scripts, no external assets):
    /// headings, tables with captions and header scopes, and a text alternative for every chart.
    /// </summary>
    /// <returns>The HTML text.</returns>
    public string ToHtml() => BoardReportHtml.Render(this);
}
