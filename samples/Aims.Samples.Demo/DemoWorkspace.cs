using Aims.Model;
using Aims.Risk;

namespace Aims.Samples.Demo;

/// <summary>
/// A realistic, fictional AIMS: "Northwind Lending", a consumer-credit company running eight AI systems across AWS,
/// Azure and Google Cloud, one of them built on a third-party LLM API and one discovered as shadow AI.
/// </summary>
/// <remarks>
/// The data behind <c>aims demo</c>, the web API's <c>demo-workspace.json</c>, the tests and the fuzzer's seeds.
/// Every call builds new instances; the values never depend on the clock (see <see cref="AsOf"/>).
/// </remarks>
public static class DemoWorkspace
{
    /// <summary>The fixed date the demo is evaluated at, so its output never depends on the clock.</summary>
    public static readonly DateOnly AsOf = new(2026, 11, 16);

    private const string Cro = "Chief Risk Officer";
    private const string GovLead = "AI Governance Lead";
    private const string Dpo = "Data Protection Officer";
    private const string Ciso = "CISO";
    private const string Cto = "CTO";
    private const string MlLead = "ML Platform Lead";
    private const string SocLead = "SOC Lead";
    private const string HeadOfAudit = "Head of Internal Audit";
    private const string Auditor = "Internal Auditor";
    private const string HeadOfHr = "Head of HR";
    private const string HeadOfMarketing = "Head of Marketing";

    private static readonly DateTimeOffset Created = new(2026, 1, 15, 9, 0, 0, TimeSpan.Zero);

    /// <summary>FAIR scenarios for the demo risks (annual figures in EUR; fictional estimates).</summary>
    /// <returns>One scenario per quantified demo risk.</returns>
    public static FairScenarioSet Scenarios() => new("demo-portfolio",
    [
        FairScenario.FromLossEvents("R-001 discriminatory credit decisions", lossEventFrequency: Estimate.Pert(0.05, 0.2, 0.6),
            primaryLossByForm: new Dictionary<LossForm, Estimate> { [LossForm.Response] = Estimate.Pert(50_000, 150_000, 600_000), [LossForm.FinesAndJudgements] = Estimate.LognormalFrom90(100_000, 3_000_000) })
            .WithSecondaryLoss(secondaryLossEventFrequency: Estimate.Pert(0.3, 0.5, 0.8), secondaryLoss: Estimate.LognormalFrom90(200_000, 5_000_000)),
        FairScenario.FromThreats("R-002 prompt injection data leak", threatEventFrequency: Estimate.Pert(2, 6, 20), threatCapability: Estimate.Pert(0.3, 0.6, 0.9),
            resistanceStrength: Estimate.Pert(0.5, 0.7, 0.9), primaryLoss: Estimate.Pert(20_000, 80_000, 400_000)),
        FairScenario.FromLossEvents("R-003 provider reuse of personal data", lossEventFrequency: Estimate.Pert(0.02, 0.1, 0.3), primaryLoss: Estimate.LognormalFrom90(50_000, 1_500_000)),
        FairScenario.FromLossEvents("R-004 undetected fraud-model drift", lossEventFrequency: Estimate.Pert(0.5, 1, 3), primaryLoss: Estimate.Pert(30_000, 120_000, 700_000)),
        FairScenario.FromLossEvents("R-005 shadow generative AI in marketing", lossEventFrequency: Estimate.Pert(0.1, 0.4, 1.2), primaryLoss: Estimate.Pert(10_000, 60_000, 500_000)),
        // The estimates of the OWASP ASI02 (tool misuse) scenario template, not yet calibrated: illustrative.
        FairScenario.FromThreats("R-007 agent tool misuse", threatEventFrequency: Estimate.Pert(1, 5, 25), vulnerability: Estimate.Pert(0.02, 0.1, 0.3),
            primaryLossByForm: new Dictionary<LossForm, Estimate>
            {
                [LossForm.Productivity] = Estimate.Pert(2_000, 15_000, 120_000),
                [LossForm.Response] = Estimate.Pert(5_000, 20_000, 100_000),
                [LossForm.Replacement] = Estimate.Pert(0, 15_000, 250_000),
            })
            .WithSecondaryLoss(secondaryLossEventFrequency: Estimate.Pert(0.1, 0.2, 0.45), secondaryLoss: Estimate.Pert(10_000, 50_000, 400_000))
            .WithEventCountDispersion(2), // misuse comes in bursts: one faulty tool release causes several events in a year
    ]);

    /// <summary>
    /// Measured effects of the controls the demo risks rely on (FAIR-CAM functions; fictional estimates in EUR a year).
    /// A.6.2.6 is still in progress in the SoA, so its measure counts only in a what-if.
    /// </summary>
    /// <returns>The control measures.</returns>
    public static ControlMeasure[] ControlMeasures() =>
    [
        new ControlMeasure("A.6.2.4", new FairControl("Pre-release fairness and red-team testing", 60_000,
                [ControlEffect.Reduce(FairNode.LossEventFrequency, Estimate.Pert(0.2, 0.35, 0.5))]).WithFunction(ControlFunction.Resistance))
            .WithRiskIds(["R-001"]).WithBasis("Share of 2025 fairness defects the release gate would have stopped (test logs)"),
        new ControlMeasure("A.6.2.4", new FairControl("Prompt-injection test suite before each release", 25_000,
                [ControlEffect.Shift(FairNode.ResistanceStrength, Estimate.Pert(0.05, 0.1, 0.15))]).WithFunction(ControlFunction.Resistance))
            .WithRiskIds(["R-002"]).WithBasis("Attack success rate of the red-team corpus before and after hardening"),
        new ControlMeasure("A.7.4", new FairControl("Data quality checks on training features", 40_000,
                [ControlEffect.Reduce(FairNode.LossEventFrequency, Estimate.Pert(0.1, 0.2, 0.3))]).WithFunction(ControlFunction.Resistance))
            .WithBasis("Expert judgement of the ML platform team"),
        new ControlMeasure("A.5.4", new FairControl("Adverse-action explanations and human review on request", 30_000,
                [ControlEffect.Reduce(FairNode.PrimaryLoss, Estimate.Pert(0.2, 0.3, 0.45), LossForm.FinesAndJudgements)]).WithFunction(ControlFunction.Response))
            .WithBasis("Regulator guidance on mitigating factors; expert judgement"),
        new ControlMeasure("A.6.2.8", new FairControl("Assistant event logs with alerting on data access", 20_000,
                [ControlEffect.Reduce(FairNode.PrimaryLoss, Estimate.Pert(0.15, 0.25, 0.4))]).WithFunction(ControlFunction.Detection))
            .WithRiskIds(["R-002"]).WithBasis("Time to detect in the INC-2026-007 post-incident review"),
        new ControlMeasure("A.6.2.6", new FairControl("Drift and output-quality monitoring with alerting", 45_000,
                [ControlEffect.Reduce(FairNode.PrimaryLoss, Estimate.Pert(0.3, 0.5, 0.7))]).WithFunction(ControlFunction.Detection))
            .WithBasis("Days of undetected drift in INC-2026-011 against the alerting target"),
        new ControlMeasure("A.10.3", new FairControl("Zero-retention terms and DPA with the LLM provider", 15_000,
                [ControlEffect.Reduce(FairNode.LossEventFrequency, Estimate.Pert(0.4, 0.6, 0.8))]).WithFunction(ControlFunction.Avoidance))
            .WithRiskIds(["R-003"]).WithBasis("Contract review; the provider's SOC 2 report"),
        new ControlMeasure("A.9.2", new FairControl("Acceptable-use rules for generative AI tools", 10_000,
                [ControlEffect.Reduce(FairNode.LossEventFrequency, Estimate.Pert(0.1, 0.2, 0.3))]).WithFunction(ControlFunction.Deterrence))
            .WithRiskIds(["R-005"]).WithBasis("Expert judgement; staff survey on tool use"),
        new ControlMeasure("A.6.2.2", new FairControl("Least-privilege tool scopes and parameter limits for the agent", 35_000,
                [ControlEffect.Reduce(FairNode.Vulnerability, Estimate.Pert(0.3, 0.5, 0.7))]).WithFunction(ControlFunction.Resistance))
            .WithRiskIds(["R-007"]).WithBasis("Share of misuse cases in the pilot's red-team runs that the tool limits blocked"),
        new ControlMeasure("A.9.2", new FairControl("Staff approval of payment holidays and data changes above limits", 50_000,
                [ControlEffect.Reduce(FairNode.PrimaryLoss, Estimate.Pert(0.3, 0.5, 0.7), LossForm.Replacement)]).WithFunction(ControlFunction.Response))
            .WithRiskIds(["R-007"]).WithBasis("Pilot: share of consequential tool calls held for approval"),
        new ControlMeasure("A.6.2.8", new FairControl("Tool-call log with alerting on unusual sequences", 15_000,
                [ControlEffect.Reduce(FairNode.PrimaryLoss, Estimate.Pert(0.1, 0.2, 0.35), LossForm.Productivity)]).WithFunction(ControlFunction.Detection))
            .WithRiskIds(["R-007"]).WithBasis("Expert judgement of the ML platform team"),
    ];

    /// <summary>The risks, each with its scenario of the demo portfolio (named after the risk id), built once.</summary>
    private static IEnumerable<RiskEntry> RisksWithScenarios()
    {
        var scenarios = Scenarios().Scenarios;
        return Risks().Select(r => r.WithScenario(scenarios.FirstOrDefault(s => s.Name.StartsWith(r.Id + " ", StringComparison.Ordinal))));
    }

    /// <summary>Builds the demo workspace.</summary>
    /// <returns>The Northwind Lending workspace: valid as of <see cref="AsOf"/>.</returns>
    public static AimsWorkspace Create() => new AimsWorkspace("Northwind Lending (fictional)")
        .WithCurrency("EUR")
        .WithScope(Scope())
        .WithSystems(Systems())
        .WithSoa(Soa())
        .WithRisks(RisksWithScenarios())
        .WithControlMeasures(ControlMeasures())
        .WithImpactAssessments(
        [
            new ImpactAssessment("IA-credit", "credit-scoring", new DocumentRevision("1.0", [new ChangeLogEntry("1.0", GovLead, Created, "First assessment before go-live")]))
                .WithAffectedParties(
                [
                    new AffectedParty("Loan applicants", AffectedPartyKind.Individual),
                    new AffectedParty("Applicants with thin credit files (young people, recent migrants)", AffectedPartyKind.Group, isVulnerable: true),
                ])
                .WithFindings(
                [
                    new ImpactFinding(ImpactArea.Fairness, "Lower approval rates for protected groups through proxy variables", new RiskRating(3, 4),
                        ["Quarterly disparate-impact testing", "Proxy-variable review before each retraining"]),
                    new ImpactFinding(ImpactArea.FundamentalRights, "Denial of credit without a meaningful explanation", new RiskRating(2, 4),
                        ["Adverse-action reasons generated per decision", "Human review on request"]),
                ])
                .WithFundamentalRightsAssessment(true)
                .WithSystemDescription("Gradient-boosted credit-scoring model on bureau and application data; scores every consumer-loan application.")
                .WithIntendedUse("Rank consumer-loan applications by default risk for the lending team's decision, EU retail customers only.")
                .WithForeseeableMisuse(["Using the score as the sole reason for a refusal", "Scoring small-business loans the model was not trained for"])
                .WithBenefits([new ImpactBenefit(ImpactArea.Economic, "Faster, more consistent decisions for applicants")])
                .WithMonitoring("Monthly drift and approval-rate report by group to the Chief Risk Officer")
                .WithReviewTriggers(["Retraining", "New data source", "Approval-rate gap above 5 points"])
                .WithStakeholderEngagement("Quarterly review with the complaints team and a consumer panel; findings go to the model owner")
                .WithDeployerProcess("Consumer-loan origination: the score and its reasons go to a credit officer who decides")
                .WithHumanOversight("A credit officer decides every application and must review any refusal the score suggests")
                .WithDpia(new DpiaReference("DPIA-2025-07 credit decisions", new DateOnly(2025, 11, 30), "privacy register"))
                .Approve(Cro, new DateOnly(2026, 2, 20))
                .WithNextReviewOn(new DateOnly(2027, 2, 20)),
            new ImpactAssessment("IA-support", "support-assistant", new DocumentRevision("1.0", [new ChangeLogEntry("1.0", GovLead, Created, "Assessment before the public launch")]))
                .WithAffectedParties([new AffectedParty("Customers using the chat", AffectedPartyKind.Individual)])
                .WithFindings(
                [
                    new ImpactFinding(ImpactArea.Privacy, "Another customer's data revealed through prompt injection", new RiskRating(2, 4), ["Per-customer retrieval scope", "Output filtering"]),
                    new ImpactFinding(ImpactArea.Transparency, "Customers not aware they talk to an AI", new RiskRating(2, 2), ["AI disclosure in the chat header"]),
                ])
                .WithSystemDescription("LLM assistant with retrieval over the help centre and the customer's own account data.")
                .WithIntendedUse("Answer account and product questions for signed-in customers; hand over to staff on request.")
                .WithForeseeableMisuse(["Asking for financial advice", "Prompt injection to reach other accounts"])
                .WithBenefits([new ImpactBenefit(ImpactArea.Economic, "Answers at any hour without waiting")])
                .WithMonitoring("Weekly sample review of conversations and leakage tests")
                .WithReviewTriggers(["Model version change", "New tool or data source"])
                .WithStakeholderEngagement("Customer feedback button; monthly review with the support team")
                .WithDpia(new DpiaReference("DPIA-2026-02 support assistant", new DateOnly(2026, 3, 1)))
                .Approve(Dpo, new DateOnly(2026, 3, 2))
                .WithNextReviewOn(new DateOnly(2027, 3, 2)),
            new ImpactAssessment("IA-cv", "cv-screening", DocumentRevision.Draft)
                .WithAffectedParties([new AffectedParty("Job applicants", AffectedPartyKind.Individual)])
                .WithFindings([new ImpactFinding(ImpactArea.Fairness, "Ranking disadvantages career breaks", new RiskRating(4, 4), ["Blind ranking of employment gaps"])]),
        ])
        .WithRaci(Raci())
        .WithControlOwners(
        [
            new ControlOwnership("A.6.2.6", MlLead, "ML platform (AWS, GCP)"),
            new ControlOwnership("A.6.2.6", Cto, "Customer service (Azure)"),
            new ControlOwnership("A.7.4", MlLead),
        ])
        .WithGatePolicies([DeploymentGatePolicy.RiskTiered])
        .WithIncidents(
        [
            new AiIncident("INC-2026-004", "Support assistant quoted an outdated interest rate", IncidentSeverity.Low,
                    new DateTimeOffset(2026, 6, 3, 14, 0, 0, TimeSpan.Zero))
                .WithSystemIds(["support-assistant"])
                .WithResolvedAt(new DateTimeOffset(2026, 6, 4, 9, 0, 0, TimeSpan.Zero)),
            new AiIncident("INC-2026-007", "Support assistant disclosed another customer's balance after a prompt-injection attempt", IncidentSeverity.High,
                    new DateTimeOffset(2026, 9, 12, 8, 30, 0, TimeSpan.Zero))
                .WithSystemIds(["support-assistant"])
                .WithOccurredAt(new DateTimeOffset(2026, 9, 11, 22, 10, 0, TimeSpan.Zero))
                .WithResolvedAt(new DateTimeOffset(2026, 9, 13, 17, 0, 0, TimeSpan.Zero)),
            new AiIncident("INC-2026-009", "Credit model denied a cluster of applicants after a faulty feature release", IncidentSeverity.Critical,
                    new DateTimeOffset(2026, 10, 20, 10, 0, 0, TimeSpan.Zero))
                .WithSystemIds(["credit-scoring"])
                .WithOccurredAt(new DateTimeOffset(2026, 10, 18, 6, 0, 0, TimeSpan.Zero))
                .WithResolvedAt(new DateTimeOffset(2026, 10, 22, 12, 0, 0, TimeSpan.Zero))
                .WithSeriousCriteria([SeriousIncidentCriterion.FundamentalRightsInfringement])
                .WithReportedAt(new DateTimeOffset(2026, 10, 29, 16, 0, 0, TimeSpan.Zero)),
            new AiIncident("INC-2026-011", "Fraud model alert volume doubled overnight (drift)", IncidentSeverity.Medium,
                    new DateTimeOffset(2026, 11, 9, 7, 45, 0, TimeSpan.Zero))
                .WithSystemIds(["fraud-detection"]),
        ])
        .WithNonconformities(
        [
            new Nonconformity("NC-2026-01", "No drift monitoring for the document summarizer in production", new DateOnly(2026, 9, 18))
                .WithRequirementId("A.6.2.6")
                .WithSourceId("AUD-2026-1-F1")
                .WithCorrectiveActions([new CorrectiveAction("Add output-quality and drift dashboards with alerting", MlLead, new DateOnly(2026, 12, 15))]),
            new Nonconformity("NC-2026-02", "Impact assessment of the credit model not re-reviewed after retraining", new DateOnly(2026, 4, 2))
                .WithRequirementId("8.4")
                .WithSourceId("AUD-2026-0-F1")
                .WithCorrectiveActions([new CorrectiveAction("Trigger impact re-assessment from the retraining pipeline", GovLead, new DateOnly(2026, 5, 30)).WithCompletedOn(new DateOnly(2026, 5, 21))])
                .WithClosedOn(new DateOnly(2026, 6, 15)),
        ])
        .WithInternalAudits(
        [
            new InternalAudit("AUD-2026-0", "Full AIMS audit before certification", new DateOnly(2026, 3, 23), Auditor)
                .WithScope(["4", "5", "6", "7", "8", "9", "10", "A.5.2", "A.6.2.4", "A.10.3"])
                .WithPerformedOn(new DateOnly(2026, 3, 26))
                .WithFindings(
                [
                    new AuditFinding("AUD-2026-0-F1", AuditFindingType.MinorNonconformity, "Credit model retrained without re-reviewing its impact assessment")
                        .WithRequirementId("8.4").WithNonconformityId("NC-2026-02"),
                ]),
            new InternalAudit("AUD-2026-1", "AI life cycle and data controls", new DateOnly(2026, 9, 15), Auditor)
                .WithScope(["8.1", "A.6.2.6", "A.7.4"])
                .WithPerformedOn(new DateOnly(2026, 9, 17))
                .WithFindings(
                [
                    new AuditFinding("AUD-2026-1-F1", AuditFindingType.MinorNonconformity, "Drift monitoring missing for one production system")
                        .WithRequirementId("A.6.2.6").WithNonconformityId("NC-2026-01"),
                    new AuditFinding("AUD-2026-1-F2", AuditFindingType.OpportunityForImprovement, "Data-quality metrics could be shared with the ISMS dashboard")
                        .WithRequirementId("A.7.4"),
                ]),
            new InternalAudit("AUD-2027-1", "Governance, impact assessment and suppliers", new DateOnly(2027, 3, 10), Auditor)
                .WithScope(["5.3", "6.1.4", "A.10.3"]),
        ])
        .WithManagementReviews(
        [
            new ManagementReview("MR-2026-04", new DateOnly(2026, 4, 20))
                .WithInputs(
                [
                    new ManagementReviewInput(ManagementReviewTopic.PreviousActions, "First management review of the AIMS; no earlier actions."),
                    new ManagementReviewInput(ManagementReviewTopic.ContextChanges, "EU AI Act in force; credit scoring and CV screening classified high-risk."),
                    new ManagementReviewInput(ManagementReviewTopic.InterestedPartyNeeds, "Loan applicants and the supervisor expect explainable credit decisions."),
                    new ManagementReviewInput(ManagementReviewTopic.Performance, "Internal audit AUD-2026-0: one minor nonconformity (NC-2026-02), open; no AI incidents in 2026-Q1."),
                    new ManagementReviewInput(ManagementReviewTopic.ImprovementOpportunities, "Trigger impact re-assessment from the retraining pipeline."),
                ])
                .WithDecisions(
                [
                    new ManagementReviewDecision("Proceed to the Stage 1 certification audit in June", changesAims: false).WithOwner(GovLead).WithDueOn(new DateOnly(2026, 6, 10)),
                    new ManagementReviewDecision("Close NC-2026-02 before Stage 2", changesAims: false).WithOwner(GovLead).WithDueOn(new DateOnly(2026, 6, 30)),
                ])
                .WithAttendees([Cto, Cro, Ciso, Dpo])
                .WithFigures(new ManagementReviewFigures(new DateOnly(2026, 1, 1), new DateOnly(2026, 3, 31)).WithIncidentCount(0).WithSeriousIncidentCount(0).WithOpenNonconformityCount(1)),
            new ManagementReview("MR-2026-10", new DateOnly(2026, 10, 1))
                .WithInputs(
                [
                    new ManagementReviewInput(ManagementReviewTopic.PreviousActions, "Both actions of MR-2026-04 closed: Stage 1 held on 2026-06-10, NC-2026-02 closed on 2026-06-15."),
                    new ManagementReviewInput(ManagementReviewTopic.ContextChanges, "EU AI Act high-risk obligations approaching; new GPAI supplier terms."),
                    new ManagementReviewInput(ManagementReviewTopic.InterestedPartyNeeds, "Regulator expects explainable adverse-action notices."),
                    new ManagementReviewInput(ManagementReviewTopic.Performance, "1 open minor nonconformity (NC-2026-01); 1 AI incident in 2026-Q3 (INC-2026-007), not serious."),
                    new ManagementReviewInput(ManagementReviewTopic.ImprovementOpportunities, "Reuse ISMS monitoring for AI drift alerts."),
                ])
                .WithDecisions([new ManagementReviewDecision("Fund drift monitoring for all production models", changesAims: false).WithOwner(MlLead).WithDueOn(new DateOnly(2026, 12, 15))])
                .WithAttendees([Cto, Cro, Ciso, Dpo])
                .WithFigures(new ManagementReviewFigures(new DateOnly(2026, 7, 1), new DateOnly(2026, 9, 30)).WithIncidentCount(1).WithSeriousIncidentCount(0).WithOpenNonconformityCount(1)),
        ])
        .WithCertification(new CertificationPlan("Example Certification Body Ltd (fictional)").WithMilestones(
        [
            new CertificationMilestone(CertificationStage.Stage1, new DateOnly(2026, 6, 10)).WithCompletedOn(new DateOnly(2026, 6, 10)).WithOutcome("Ready for Stage 2"),
            new CertificationMilestone(CertificationStage.Stage2, new DateOnly(2026, 8, 20)).WithCompletedOn(new DateOnly(2026, 8, 21)).WithOutcome("Recommended for certification"),
            new CertificationMilestone(CertificationStage.Surveillance, new DateOnly(2027, 8, 16)),
            new CertificationMilestone(CertificationStage.Surveillance, new DateOnly(2028, 8, 14)),
            new CertificationMilestone(CertificationStage.Recertification, new DateOnly(2029, 6, 11)),
        ]).WithCertificateExpiresOn(new DateOnly(2029, 8, 20)))
        .WithPolicies(
        [
            new AiPolicy("POL-AI-01", "AI policy", Cto, new DocumentRevision("2.0",
                [
                    new ChangeLogEntry("1.0", GovLead, Created, "First issue"),
                    new ChangeLogEntry("2.0", GovLead, new DateTimeOffset(2026, 2, 27, 10, 0, 0, TimeSpan.Zero), "Add GPAI supplier rules"),
                ]))
                .WithApprovedOn(new DateOnly(2026, 3, 1))
                .WithNextReviewOn(new DateOnly(2027, 3, 1)),
            new AiPolicy("POL-AI-02", "Acceptable use of generative AI", Ciso, new DocumentRevision("1.0"))
                .WithApprovedOn(new DateOnly(2025, 10, 1))
                .WithNextReviewOn(new DateOnly(2026, 10, 1)),
        ])
        .WithObjectives(Objectives())
        .WithCompetence(Competence());

    // Clause 6.2: one objective in progress, one achieved, one missed (its target date passed at 50 %).
    private static AiObjective[] Objectives() =>
    [
        new AiObjective("OBJ-1", "Every in-scope AI system has an approved impact assessment", Dpo,
                "share of in-scope AI systems with an approved impact assessment", 100, ObjectiveDirection.AtLeast, new DateOnly(2027, 3, 31))
            .WithUnit("%").WithBaseline(20).WithPolicyId("POL-AI-01")
            .WithPlan("Assess the remaining systems in order of risk tier; the governance lead runs the assessments, the DPO approves.")
            .WithMeasurements([new ObjectiveMeasurement(new DateOnly(2026, 6, 30), 40, "Inventory report Q2"), new ObjectiveMeasurement(new DateOnly(2026, 10, 31), 60, "Inventory report Q3")]),
        new AiObjective("OBJ-2", "High and critical AI incidents are resolved within three days", Ciso,
                "median days from awareness to resolution of high and critical AI incidents", 3, ObjectiveDirection.AtMost, new DateOnly(2026, 12, 31))
            .WithUnit("days").WithBaseline(6).WithPolicyId("POL-AI-01")
            .WithPlan("Runbooks per incident type; an on-call ML engineer joins the SOC rota.")
            .WithMeasurements([new ObjectiveMeasurement(new DateOnly(2026, 10, 31), 1.5, "Incident register")]),
        new AiObjective("OBJ-3", "Every high-risk model release has a bias and fairness test result", MlLead,
                "share of high-risk model releases with a bias and fairness test result", 100, ObjectiveDirection.AtLeast, new DateOnly(2026, 9, 30))
            .WithUnit("%").WithBaseline(0).WithSystemIds(["credit-scoring", "cv-screening"])
            .WithPlan("Add the fairness test suite to the release pipeline of both high-risk systems.")
            .WithMeasurements([new ObjectiveMeasurement(new DateOnly(2026, 9, 30), 50, "Release records")]),
    ];

    // Clause 7.2: what each responsible or accountable role needs, and the records; the SOC lead's triage training has lapsed.
    private static CompetenceRegister Competence()
    {
        const string RiskAssessment = "AI risk assessment";
        const string ImpactAssessment = "AI impact assessment";
        const string AiActObligations = "EU AI Act obligations";
        CompetenceRequirement[] requirements =
        [
            new(Cro, RiskAssessment), new(GovLead, RiskAssessment), new(GovLead, ImpactAssessment, "ISO/IEC 42005-style assessments and FRIA"),
            new(Dpo, ImpactAssessment), new(Dpo, AiActObligations), new(Cto, AiActObligations),
            new(MlLead, "Model validation and bias testing"), new(Ciso, "AI security threats", "OWASP LLM Top 10, MITRE ATLAS"),
            new(SocLead, "AI incident triage"), new(HeadOfAudit, "ISO/IEC 42001 lead auditing"), new(Auditor, "ISO/IEC 42001 internal auditing"),
        ];
        CompetenceRecord[] records =
        [
            new("R. Osei", Cro, RiskAssessment, CompetenceBasis.Training, new DateOnly(2026, 1, 20), new DateOnly(2027, 1, 20), "LMS course AI-RISK-101"),
            new("M. Lindqvist", GovLead, RiskAssessment, CompetenceBasis.Experience, new DateOnly(2024, 5, 1), evidence: "CV on file"),
            new("M. Lindqvist", GovLead, ImpactAssessment, CompetenceBasis.Training, new DateOnly(2026, 2, 10), new DateOnly(2028, 2, 10), "External course certificate"),
            new("A. Rahman", Dpo, ImpactAssessment, CompetenceBasis.Training, new DateOnly(2026, 2, 10), new DateOnly(2028, 2, 10), "External course certificate"),
            new("A. Rahman", Dpo, AiActObligations, CompetenceBasis.Training, new DateOnly(2025, 11, 3), new DateOnly(2026, 11, 30), "LMS course AIACT-2025"),
            new("J. Moreau", Cto, AiActObligations, CompetenceBasis.Training, new DateOnly(2025, 11, 3), new DateOnly(2026, 11, 30), "LMS course AIACT-2025"),
            new("K. Tanaka", MlLead, "Model validation and bias testing", CompetenceBasis.Education, new DateOnly(2015, 7, 1), evidence: "MSc Statistics"),
            new("L. Novak", Ciso, "AI security threats", CompetenceBasis.Certification, new DateOnly(2025, 9, 1), new DateOnly(2027, 9, 1), "Vendor AI security certificate"),
            new("P. Silva", SocLead, "AI incident triage", CompetenceBasis.Training, new DateOnly(2025, 9, 15), new DateOnly(2026, 9, 15), "Internal tabletop exercise"),
            new("E. Brandt", HeadOfAudit, "ISO/IEC 42001 lead auditing", CompetenceBasis.Certification, new DateOnly(2024, 11, 1), new DateOnly(2027, 11, 1), "Lead auditor certificate"),
            new("T. Okafor", Auditor, "ISO/IEC 42001 internal auditing", CompetenceBasis.Training, new DateOnly(2025, 4, 7), evidence: "Internal auditor course"),
        ];
        return new CompetenceRegister(requirements, records);
    }

    private static AimsScope Scope() => new AimsScope(
        new DocumentRevision("1.1",
        [
            new ChangeLogEntry("1.0", GovLead, Created, "Initial scope"),
            new ChangeLogEntry("1.1", GovLead, new DateTimeOffset(2026, 9, 1, 9, 0, 0, TimeSpan.Zero), "Add discovered marketing tool; retire churn model"),
        ]),
        "Design, development, deployment and use of AI systems for consumer lending, fraud prevention, customer service and internal productivity.")
        .WithIssues(
        [
            new ContextIssue("ISS-1", "EU AI Act: credit scoring is high-risk (Annex III 5(b))", isExternal: true, "legal"),
            new ContextIssue("ISS-2", "Dependence on one external LLM provider", isExternal: true, "supplier"),
            new ContextIssue("ISS-3", "Data science teams spread over three clouds", isExternal: false, "technology"),
        ])
        .WithInterestedParties(
        [
            new InterestedParty("IP-1", "Loan applicants", isExternal: true, ["Fair, explainable credit decisions", "Human review on request"]),
            new InterestedParty("IP-2", "Financial supervisor", isExternal: true, ["Model risk management", "Serious incident reporting"]),
            new InterestedParty("IP-3", "Employees", isExternal: false, ["Clear rules for using generative AI"]),
        ])
        .WithBoundaries(
        [
            new ScopeBoundary("Credit scoring", true, "High-risk system under the EU AI Act").WithSystemId("credit-scoring"),
            new ScopeBoundary("Customer support assistant", true, "Customer-facing generative AI").WithSystemId("support-assistant"),
            new ScopeBoundary("Loan operations agent", true, "Agent that acts on customer records through tools").WithSystemId("loan-ops-agent"),
            new ScopeBoundary("Fraud detection", true, "Automated decisions on payments").WithSystemId("fraud-detection"),
            new ScopeBoundary("Document summarizer", true, "Processes confidential customer files").WithSystemId("doc-summarizer"),
            new ScopeBoundary("CV screening", true, "High-risk system under the EU AI Act (Annex III 4)").WithSystemId("cv-screening"),
            new ScopeBoundary("Marketing copy tool", true, "Discovered shadow AI; brought into scope for onboarding").WithSystemId("marketing-copy"),
            new ScopeBoundary("Developer code assistant", true, "Generates production code").WithSystemId("code-assistant"),
            new ScopeBoundary("Churn predictor", false, "Retired in 2026-Q2; kept only for audit trail").WithSystemId("churn-predictor"),
            new ScopeBoundary("Subsidiary Northwind Leasing", false, "Separate legal entity with its own management system"),
        ])
        .WithInterfaces(
        [
            new ScopeInterface("IF-1", "LLM inference through a cloud provider's hosted model API", isExternal: true, "Azure OpenAI Service"),
            new ScopeInterface("IF-2", "Credit bureau data feed", isExternal: true, "Credit bureau"),
            new ScopeInterface("IF-3", "Shared ISMS processes with Group IT security", isExternal: false, "Group IT security"),
        ])
        .WithClimateChange(new ClimateChangeRelevance(true,
            "Training and inference energy of the LLM systems is material and reported; physical risk to the cloud regions is covered by Group IT's continuity plan.",
            new DateOnly(2026, 9, 15)))
        .WithObligations(
        [
            new Obligation("OBL-AIACT", ObligationKind.Legal, "EU AI Act — provider and deployer duties", "Regulation (EU) 2024/1689"),
            new Obligation("OBL-GDPR", ObligationKind.Legal, "GDPR — automated decisions and DPIAs", "Regulation (EU) 2016/679 Arts. 22, 35"),
            new Obligation("OBL-CCD", ObligationKind.Legal, "Consumer credit — creditworthiness assessment", "Directive (EU) 2023/2225 Art. 18"),
            new Obligation("OBL-LLM-DPA", ObligationKind.Contractual, "Data processing agreement with the LLM provider"),
        ])
        .WithIntegrations(
        [
            new ManagementSystemIntegration(ManagementSystemStandard.Iso27001, isCertified: true,
                [SharedProcess.DocumentControl, SharedProcess.InternalAudit, SharedProcess.ManagementReview, SharedProcess.CorrectiveAction,
                 SharedProcess.IncidentManagement, SharedProcess.SupplierManagement, SharedProcess.AssetInventory]),
            new ManagementSystemIntegration(ManagementSystemStandard.Iso27701, isCertified: false, [SharedProcess.DocumentControl, SharedProcess.RiskManagement]),
        ])
        // Data sovereignty: personal data of the systems in scope stays in the EU (regions as the data sources and deployments name them).
        .WithPermittedDataRegions(["EU", "eu-central-1", "eu-west-1", "westeurope", "northeurope", "europe-west1", "europe-west3"]);

    // Model provenance, sustainability and fairness figures below are illustrative (fictional lender, made-up numbers).
    private const string Illustrative = "Illustrative figure: ";

    private static SustainabilityMeasurement Figure(SustainabilityMetric metric, double value, string method, DateOnly start, DateOnly end) =>
        new(metric, value, Illustrative + method, start, end);

    private static AiSystem System(
        string id, string name, string? version, string purpose, string owner, LifecycleStage stage, RiskLevel level,
        EuAiActRiskCategory category, MonitoringStatus monitoring, DateOnly? reviewed) =>
        new AiSystem(id, name).WithVersion(version).WithPurpose(purpose).WithOwner(owner).WithLifecycleStage(stage).WithRiskLevel(level)
            .WithEuAiActCategory(category).WithMonitoringStatus(monitoring).WithLastReviewDate(reviewed);

    private static AiSystem[] Systems() =>
    [
        System("credit-scoring", "Consumer credit scoring", "4.2.0", "Estimate default risk of loan applicants to support lending decisions", Cro,
            LifecycleStage.OperationAndMonitoring, RiskLevel.High, EuAiActRiskCategory.High, MonitoringStatus.Monitored, new DateOnly(2026, 8, 1))
            .WithStakeholderRoles([StakeholderRole.AiProducer, StakeholderRole.AiProvider, StakeholderRole.AiCustomer])
            .WithOperatorRoles([EuAiActOperatorRole.Provider, EuAiActOperatorRole.Deployer])
            .WithTraits([AiSystemTrait.PersonalData])
            .WithAnnexIIIArea("AnnexIII.5")   // 5(b): creditworthiness of natural persons; its FRIA is IA-credit (Art. 27)
            .WithDeployments([new DeploymentEnvironment("aws", "eu-central-1").WithAccount("lending-prod")])
            .WithDiscoveryAliases(["arn:aws:sagemaker:eu-central-1:111122223333:endpoint/credit-scoring-v4"])   // as the cloud inventory lists it (fictional account)
            .WithDataSources(
            [
                new DataSource("loan-history", "Ten years of loan performance", "confidential", DataUse.Training).WithOrigin("Core banking")
                    .WithCategories([DataCategory.Personal, DataCategory.Financial]).WithRetention("10 years after loan closure").WithRegions(["eu-central-1"])
                    .WithLegalBasis("Contract and legal obligation (creditworthiness assessment)"),
                new DataSource("bureau", "Credit bureau attributes", "restricted", DataUse.Training).WithOrigin("Credit bureau (IF-2)")
                    .WithCategories([DataCategory.Personal, DataCategory.Financial]).WithRetention("Per bureau licence: 3 years").WithRegions(["eu-central-1"])
                    .WithLegalBasis("Credit bureau data licence; legitimate interest"),
                new DataSource("application", "Application form data", "confidential", DataUse.Inference)
                    .WithCategories([DataCategory.Personal, DataCategory.Financial]).WithRetention("Loan term plus 5 years").WithRegions(["eu-central-1"])
                    .WithLegalBasis("Contract (loan application)"),
            ])
            .WithLineage(new ModelLineage("gradient-boosted trees (XGBoost)", "Northwind Lending (in-house)").WithBaseModelVersion("xgboost 2.1")
                .WithRuns(
                [
                    new ModelRun("mlflow-7731", ModelRunKind.Training, new DateOnly(2026, 6, 12)).WithModelVersion("4.2.0").WithDataSourceIds(["loan-history", "bureau"]),
                    new ModelRun("mlflow-7745", ModelRunKind.Evaluation, new DateOnly(2026, 6, 20)).WithModelVersion("4.2.0").WithDataSourceIds(["loan-history"])
                        .WithResult("AUC 0.81 on the 2025 hold-out; calibration slope 0.97"),
                ])
                .WithApprovals([new ModelApproval("4.1.0", Cro, new DateOnly(2025, 11, 3)), new ModelApproval("4.2.0", Cro, new DateOnly(2026, 7, 28))]))
            .WithSustainability(
            [
                Figure(SustainabilityMetric.TrainingEnergy, 42.5, "metered training cluster energy × PUE 1.3", new DateOnly(2026, 6, 1), new DateOnly(2026, 6, 30)),
                Figure(SustainabilityMetric.TrainingEmissions, 14.9, "location-based, 350 g CO2e/kWh grid factor", new DateOnly(2026, 6, 1), new DateOnly(2026, 6, 30)),
                Figure(SustainabilityMetric.InferenceEnergy, 310, "provider carbon dashboard, scoring service share", new DateOnly(2026, 7, 1), new DateOnly(2026, 9, 30)),
                Figure(SustainabilityMetric.InferenceEmissions, 108.5, "provider carbon dashboard (location-based)", new DateOnly(2026, 7, 1), new DateOnly(2026, 9, 30)),
            ])
            .WithEthicsDisclosure(new DataEthicsDisclosure()
                .WithIntendedUses(["Estimate the default risk of consumer loan applicants to support, not replace, the credit officer's decision"])
                .WithProhibitedUses(["Marketing or pricing decisions outside the credit process", "Scoring applicants for products it was not validated on (mortgages, SME loans)"])
                .WithKnownLimitations(["Thin-file applicants (under 12 months of history) score with low confidence", "Not validated for applicants under 21"])
                .WithFairnessEvaluations(
                [
                    new FairnessEvaluation("disparate impact ratio", "age band", 0.91, passed: true, new DateOnly(2026, 10, 2)).WithThreshold(0.8),
                    new FairnessEvaluation("disparate impact ratio", "sex", 0.96, passed: true, new DateOnly(2026, 10, 2)).WithThreshold(0.8),
                ]))
            .WithRegulatoryRequirements(["OBL-AIACT", "OBL-GDPR", "OBL-CCD"])
            .WithEvidence(
            [
                new EvidenceReference("Credit model card v4.2", EvidenceKind.ModelCard).WithLocation("https://docs.example.invalid/models/credit/4.2").WithCollectedOn(new DateOnly(2026, 7, 30)),
                new EvidenceReference("SHAP explanation method note", EvidenceKind.ExplainabilityDocumentation).WithLocation("DOC-1182"),
                new EvidenceReference("Disparate impact test 2026-Q3", EvidenceKind.BiasFairnessTestResult).WithLocation("DOC-1219").WithCollectedOn(new DateOnly(2026, 10, 2)),
            ]),
        System("support-assistant", "Customer support assistant", "2.3", "Answer customer questions about accounts and products in chat", Cto,
            LifecycleStage.OperationAndMonitoring, RiskLevel.Medium, EuAiActRiskCategory.Limited, MonitoringStatus.Partial, new DateOnly(2026, 9, 20))
            .WithStakeholderRoles([StakeholderRole.AiCustomer, StakeholderRole.AiProvider])
            .WithOperatorRoles([EuAiActOperatorRole.Deployer, EuAiActOperatorRole.Provider])
            .WithTraits([AiSystemTrait.LargeLanguageModel, AiSystemTrait.Retrieval, AiSystemTrait.Tools, AiSystemTrait.PublicExposure, AiSystemTrait.PersonalData])
            .WithEmotionRecognitionOrBiometricCategorisation(false)   // a chat assistant: no Art. 50(3)
            .WithDeepFakesOrPublicInterestText(false)                // answers customers, publishes nothing: no Art. 50(4)
            .WithPlacedOnMarketOn(new DateOnly(2025, 3, 3))          // generative and on the market before 2026-08-02: the Art. 50(2) grace period
            .WithDeployments([new DeploymentEnvironment("azure", "westeurope").WithAccount("sub-cs-prod"), new DeploymentEnvironment("azure", "northeurope").WithAccount("sub-cs-dr")])
            .WithEndpoints(["https://northwind-openai.openai.azure.com"])   // shared with loan-ops-agent: proxy logs of it alone are ambiguous
            .WithDataSources(
            [
                new DataSource("kb", "Product knowledge base", "internal", DataUse.Inference).WithRegions(["westeurope"]).WithLegalBasis("Own content"),
                new DataSource("chat-logs", "Redacted chat transcripts for prompt tuning", "confidential", DataUse.FineTuning)
                    .WithCategories([DataCategory.Personal]).WithRetention("18 months").WithRegions(["westeurope"])
                    .WithLegalBasis("Consent in the chat terms; redacted before use"),
            ])
            .WithLineage(new ModelLineage("gpt-4o", "OpenAI (via Azure OpenAI Service)").WithBaseModelVersion("2024-08-06")
                .WithFineTuningDataSourceIds(["chat-logs"])
                .WithRuns([new ModelRun("ft-2026-09", ModelRunKind.FineTuning, new DateOnly(2026, 9, 5)).WithModelVersion("2.3").WithDataSourceIds(["chat-logs"])])
                .WithApprovals([new ModelApproval("2.3", Cto, new DateOnly(2026, 9, 15))]))
            .WithSustainability(
            [
                Figure(SustainabilityMetric.TrainingEnergy, 120, "provider estimate for the fine-tuning job", new DateOnly(2026, 9, 5), new DateOnly(2026, 9, 5)),
                Figure(SustainabilityMetric.InferenceEnergy, 2400, "tokens served × provider's per-token energy estimate", new DateOnly(2026, 7, 1), new DateOnly(2026, 9, 30)),
                Figure(SustainabilityMetric.InferenceEmissions, 600, "provider emissions impact dashboard (market-based)", new DateOnly(2026, 7, 1), new DateOnly(2026, 9, 30)),
                Figure(SustainabilityMetric.Water, 3600, "provider water-usage effectiveness 1.5 L/kWh", new DateOnly(2026, 7, 1), new DateOnly(2026, 9, 30)),
            ])
            .WithEthicsDisclosure(new DataEthicsDisclosure()
                .WithIntendedUses(["Answer customer questions about accounts and products"])
                .WithProhibitedUses(["Giving credit or investment advice", "Deciding complaints or credit applications"])
                .WithKnownLimitations(["May state outdated product terms between knowledge-base updates"]))
            .WithComponents(
            [
                new ThirdPartyComponent("GPT-4o via Azure OpenAI Service", ComponentKind.ExternalModelApi, "Microsoft").WithVersion("2024-08-06")
                    .WithAssurances([VendorAssurance.NoTrainingOnCustomerData, VendorAssurance.DataResidency, VendorAssurance.IncidentNotification]).WithSharedResponsibility(
                    "Provider runs model security and abuse monitoring; we own prompts, grounding data, output filtering and user disclosure (Art. 50(1))."),
                new ThirdPartyComponent("LangChain", ComponentKind.Library, "LangChain, Inc.").WithVersion("0.3"),
            ])
            .WithRegulatoryRequirements(["OBL-AIACT", "OBL-GDPR", "OBL-LLM-DPA"])
            .WithEvidence([new EvidenceReference("Assistant system card", EvidenceKind.ModelCard).WithLocation("DOC-1301")]),
        System("loan-ops-agent", "Loan operations agent", "0.9", "Prepare loan files: request missing documents, update the CRM and schedule payment holidays through tools, staff approving above limits", MlLead,
            LifecycleStage.VerificationAndValidation, RiskLevel.Medium, EuAiActRiskCategory.Minimal, MonitoringStatus.Partial, new DateOnly(2026, 10, 15))
            .WithStakeholderRoles([StakeholderRole.AiProducer, StakeholderRole.AiCustomer])
            .WithOperatorRoles([EuAiActOperatorRole.Provider, EuAiActOperatorRole.Deployer])
            .WithTraits([AiSystemTrait.LargeLanguageModel, AiSystemTrait.Tools, AiSystemTrait.Agents, AiSystemTrait.Autonomy, AiSystemTrait.PersonalData])
            .WithEmotionRecognitionOrBiometricCategorisation(false)   // back-office agent: no Art. 50(3)
            .WithDeepFakesOrPublicInterestText(false)                // publishes nothing: no Art. 50(4)
            .WithDeployments([new DeploymentEnvironment("azure", "westeurope").WithAccount("sub-lending-pilot")])
            .WithEndpoints(["https://northwind-openai.openai.azure.com"])
            .WithDataSources([new DataSource("loan-files", "Loan files and CRM records", "confidential", DataUse.Inference)])
            .WithComponents(
            [
                new ThirdPartyComponent("GPT-4o via Azure OpenAI Service", ComponentKind.ExternalModelApi, "Microsoft").WithVersion("2024-08-06")
                    .WithAssurances([VendorAssurance.NoTrainingOnCustomerData, VendorAssurance.DataResidency, VendorAssurance.IncidentNotification]).WithSharedResponsibility(
                    "Provider runs model security and abuse monitoring; we own the agent's tools, their permissions, approvals and logs."),
            ])
            .WithRegulatoryRequirements(["OBL-AIACT", "OBL-GDPR"]),
        System("fraud-detection", "Card fraud detection", "7.1", "Flag suspicious card payments for review", MlLead,
            LifecycleStage.OperationAndMonitoring, RiskLevel.Medium, EuAiActRiskCategory.Minimal, MonitoringStatus.Monitored, new DateOnly(2026, 5, 10))
            .WithStakeholderRoles([StakeholderRole.AiProducer, StakeholderRole.AiCustomer])
            .WithOperatorRoles([EuAiActOperatorRole.Provider, EuAiActOperatorRole.Deployer])
            .WithTraits([AiSystemTrait.PersonalData])
            .WithDeployments([new DeploymentEnvironment("aws", "eu-west-1").WithAccount("payments-prod"), new DeploymentEnvironment("gcp", "europe-west3").WithAccount("fraud-analytics")])
            .WithDataSources(
            [
                new DataSource("card-tx", "Card transactions", "restricted", DataUse.Training)
                    .WithCategories([DataCategory.Personal, DataCategory.Financial]).WithRetention("7 years").WithRegions(["eu-west-1", "europe-west3"])
                    .WithLegalBasis("Legal obligation and legitimate interest (fraud prevention)"),
                new DataSource("chargebacks", "Confirmed fraud labels", "confidential", DataUse.Training)
                    .WithCategories([DataCategory.Financial]).WithRetention("7 years").WithRegions(["eu-west-1"]),
            ])
            .WithLineage(new ModelLineage("graph neural network", "Northwind Lending (in-house)")
                .WithRuns([new ModelRun("train-7.1", ModelRunKind.Training, new DateOnly(2026, 4, 20)).WithModelVersion("7.1").WithDataSourceIds(["card-tx", "chargebacks"])])
                .WithApprovals([new ModelApproval("7.1", MlLead, new DateOnly(2026, 5, 2))]))
            .WithSustainability(
            [
                Figure(SustainabilityMetric.TrainingEnergy, 860, "metered GPU node energy × PUE 1.2", new DateOnly(2026, 4, 1), new DateOnly(2026, 4, 30)),
                Figure(SustainabilityMetric.TrainingEmissions, 301, "location-based, 350 g CO2e/kWh grid factor", new DateOnly(2026, 4, 1), new DateOnly(2026, 4, 30)),
                Figure(SustainabilityMetric.InferenceEnergy, 1450, "provider carbon dashboard, scoring service share", new DateOnly(2026, 7, 1), new DateOnly(2026, 9, 30)),
            ])
            .WithFederatedParticipants(["Partner bank A (fictional)", "Partner bank B (fictional)"]),
        System("doc-summarizer", "Loan file summarizer", "0.9", "Summarize customer loan files for underwriters", MlLead,
            LifecycleStage.Deployment, RiskLevel.Medium, EuAiActRiskCategory.Minimal, MonitoringStatus.NotMonitored, new DateOnly(2026, 9, 1))
            .WithStakeholderRoles([StakeholderRole.AiProducer])
            .WithOperatorRoles([EuAiActOperatorRole.Provider, EuAiActOperatorRole.Deployer])   // built in-house and put into service under our name
            .WithTraits([AiSystemTrait.LargeLanguageModel, AiSystemTrait.PersonalData])
            .WithAnnexIIIArea("AnnexIII.5")
            .WithProfilingOfNaturalPersons(false)   // else always high-risk (Art. 6(3), last subparagraph): the claim would not hold
            .WithArticle6Derogation(new Article6Derogation(Article6Condition.PreparatoryTask,
                    "Summarizes the loan file for the underwriter, who reads the file and assesses creditworthiness; it scores, ranks and profiles no one.")
                .WithAssessment(new EvidenceReference("Art. 6(3) assessment: loan file summarizer", EvidenceKind.ProcessRecord).WithLocation("DOC-1350").WithCollectedOn(new DateOnly(2026, 8, 25)))
                .WithRegisteredOn(new DateOnly(2026, 8, 28)))   // EU database registration before putting it into service (Art. 49(2))
            .WithPlacedOnMarketOn(new DateOnly(2026, 9, 1))
            .WithDeployments([new DeploymentEnvironment("gcp", "europe-west1").WithAccount("underwriting-tools")])
            .WithDataSources([new DataSource("loan-files", "Loan application files", "confidential", DataUse.Inference)
                .WithCategories([DataCategory.Personal, DataCategory.Financial]).WithRetention("Loan term plus 5 years").WithRegions(["europe-west1"])
                .WithLegalBasis("Contract (loan application)")])
            .WithLineage(new ModelLineage("Llama 3.1 8B Instruct", "Meta").WithBaseModelVersion("3.1")
                .WithRuns([new ModelRun("eval-0.9", ModelRunKind.Evaluation, new DateOnly(2026, 8, 20)).WithModelVersion("0.9").WithResult("Faithfulness 0.93 on 200 reviewed summaries")])
                .WithApprovals([new ModelApproval("0.9", MlLead, new DateOnly(2026, 8, 29))]))
            .WithSustainability([Figure(SustainabilityMetric.InferenceEnergy, 520, "metered GPU node energy × PUE 1.2", new DateOnly(2026, 9, 1), new DateOnly(2026, 10, 31))])
            .WithComponents([new ThirdPartyComponent("Llama 3.1 8B Instruct", ComponentKind.PretrainedModel, "Meta").WithVersion("3.1").WithSharedResponsibility(
                "We host and evaluate the model; Meta's licence and acceptable-use policy apply.")]),
        System("cv-screening", "CV pre-screening", "0.3", "Rank job applications for recruiters", HeadOfHr,
            LifecycleStage.VerificationAndValidation, RiskLevel.High, EuAiActRiskCategory.High, MonitoringStatus.NotMonitored, new DateOnly(2026, 10, 5))
            .WithStakeholderRoles([StakeholderRole.AiProducer, StakeholderRole.AiCustomer])
            .WithOperatorRoles([EuAiActOperatorRole.Provider, EuAiActOperatorRole.Deployer])
            .WithTraits([AiSystemTrait.PersonalData])
            .WithAnnexIIIArea("AnnexIII.4")   // 4(a): recruitment, filtering applications
            .WithDeployments([new DeploymentEnvironment("azure", "westeurope").WithAccount("sub-hr-dev")])
            .WithDataSources(
            [
                new DataSource("hires", "Past hiring decisions", "confidential", DataUse.Training)
                    .WithCategories([DataCategory.Personal]).WithRetention("2 years after the recruitment closes").WithRegions(["westeurope"])
                    .WithLegalBasis("Legitimate interest (DPIA on file)"),
                new DataSource("public-cvs", "Public CV dataset", "public", DataUse.Training).WithOrigin("Open dataset (licence checked)")
                    .WithCategories([DataCategory.Personal]).WithRegions(["EU"]).WithLegalBasis("CC BY 4.0 dataset licence"),
            ])
            .WithLineage(new ModelLineage("logistic regression ranker", "Northwind Lending (in-house)")
                .WithRuns([new ModelRun("cv-eval-3", ModelRunKind.Evaluation, new DateOnly(2026, 9, 30)).WithModelVersion("0.3").WithDataSourceIds(["hires"])
                    .WithResult("Selection-rate ratio by sex 0.76: below the 0.8 threshold; release blocked")]))
            .WithSustainability([Figure(SustainabilityMetric.TrainingEnergy, 6, "metered notebook VM energy", new DateOnly(2026, 9, 1), new DateOnly(2026, 9, 30))])
            .WithEthicsDisclosure(new DataEthicsDisclosure()
                .WithIntendedUses(["Order applications for a recruiter who reads every one"])
                .WithProhibitedUses(["Rejecting applicants without human review", "Inferring health, ethnicity or other special categories"])
                .WithKnownLimitations(["Trained on past hiring decisions, which may carry historical bias"])
                .WithFairnessEvaluations([new FairnessEvaluation("selection rate ratio", "sex", 0.76, passed: false, new DateOnly(2026, 9, 30)).WithThreshold(0.8)]))
            .WithComponents([new ThirdPartyComponent("Public CV dataset", ComponentKind.Dataset, "Open data community")]),
        System("marketing-copy", "Marketing copy generator", null, "Draft campaign texts", HeadOfMarketing,
            LifecycleStage.OperationAndMonitoring, RiskLevel.NotAssessed, EuAiActRiskCategory.Limited, MonitoringStatus.NotMonitored, null)
            .WithShadowAi(true)
            .WithStakeholderRoles([StakeholderRole.AiCustomer])
            .WithOperatorRoles([EuAiActOperatorRole.Deployer])
            .WithTraits([AiSystemTrait.LargeLanguageModel, AiSystemTrait.PublicExposure])
            .WithEmotionRecognitionOrBiometricCategorisation(false)   // Art. 50(4) not yet known for this shadow tool: listed as "applies only if"
            .WithDeployments([new DeploymentEnvironment("saas", "us").WithAccount("marketing-team-account")])
            .WithComponents([new ThirdPartyComponent("Generative writing SaaS", ComponentKind.ExternalModelApi, "Unknown SaaS vendor")]),
        System("code-assistant", "Developer code assistant", "2026.10", "Suggest code completions to developers", Cto,
            LifecycleStage.OperationAndMonitoring, RiskLevel.Low, EuAiActRiskCategory.Minimal, MonitoringStatus.Partial, new DateOnly(2026, 2, 1))
            .WithStakeholderRoles([StakeholderRole.AiCustomer])
            .WithOperatorRoles([EuAiActOperatorRole.Deployer])
            .WithTraits([AiSystemTrait.LargeLanguageModel])
            .WithDeployments([new DeploymentEnvironment("saas", "eu").WithAccount("engineering-org")])
            .WithComponents([new ThirdPartyComponent("GitHub Copilot Business", ComponentKind.ExternalModelApi, "GitHub").WithSharedResponsibility(
                "Vendor filters public-code matches; we review all suggestions and block secrets in prompts.")]),
        System("churn-predictor", "Customer churn predictor", "1.4", "Predict customers likely to leave", Cto,
            LifecycleStage.Retirement, RiskLevel.Low, EuAiActRiskCategory.Minimal, MonitoringStatus.NotMonitored, new DateOnly(2025, 12, 1))
            .WithStakeholderRoles([StakeholderRole.AiProducer])
            .WithDeployments([new DeploymentEnvironment("aws", "eu-central-1").WithAccount("analytics")])
            .WithDataSources([new DataSource("crm", "CRM activity", "internal", DataUse.Training)]),
    ];

    private static RiskEntry Risk(
        string id, string title, string owner, RiskRating inherent, string[] systemIds, LifecycleStage[] stages, RiskSource source) =>
        new RiskEntry(id, title, owner, inherent).WithSystemIds(systemIds).WithStages(stages).WithSource(source);

    private static RiskEntry[] Risks() =>
    [
        Risk("R-001", "Discriminatory credit decisions through proxy variables", Cro, new RiskRating(4, 5), ["credit-scoring"],
            [LifecycleStage.DesignAndDevelopment, LifecycleStage.OperationAndMonitoring], RiskSource.MachineLearning)
            .WithResidual(new RiskRating(2, 4))
            .WithTreatment(new RiskTreatment(TreatmentOption.Modify).WithControlIds(["A.5.4", "A.6.2.4", "A.7.4"]).WithDueOn(new DateOnly(2026, 3, 31)).WithStatus(TreatmentStatus.Completed)
                .WithPlan("Fairness testing gate and proxy review before each release"))
            .Accept(new RiskAcceptance(Cro, new DateOnly(2026, 4, 2))).WithReviewOn(new DateOnly(2027, 4, 1)).WithQuantitativeResultId("FAIR-R-001"),
        Risk("R-002", "Prompt injection leads the assistant to reveal other customers' data", Ciso, new RiskRating(4, 4), ["support-assistant"],
            [LifecycleStage.OperationAndMonitoring], RiskSource.LackOfTransparency)
            .WithThreats(
            [
                new ThreatReference(ThreatTaxonomy.OwaspLlmTop10, "LLM01:2025"), new ThreatReference(ThreatTaxonomy.OwaspLlmTop10, "LLM06:2025"),
                new ThreatReference(ThreatTaxonomy.MitreAtlas, "AML.T0051"), new ThreatReference(ThreatTaxonomy.Stride, "InformationDisclosure"),
            ])
            .WithResidual(new RiskRating(2, 4))
            .WithTreatment(new RiskTreatment(TreatmentOption.Modify).WithControlIds(["A.6.2.4", "A.6.2.6", "A.6.2.8"]).WithDueOn(new DateOnly(2026, 10, 31)).WithStatus(TreatmentStatus.Completed))
            .Accept(new RiskAcceptance(Ciso, new DateOnly(2026, 11, 2))).WithReviewOn(new DateOnly(2027, 5, 1)).WithQuantitativeResultId("FAIR-R-002"),
        Risk("R-003", "Customer personal data retained or reused by the LLM provider", Dpo, new RiskRating(3, 4), ["support-assistant"],
            [LifecycleStage.OperationAndMonitoring], RiskSource.Other)
            .WithThreats([new ThreatReference(ThreatTaxonomy.Linddun, "DataDisclosure"), new ThreatReference(ThreatTaxonomy.OwaspLlmTop10, "LLM02:2025")])
            .WithResidual(new RiskRating(1, 3))
            .WithTreatment(new RiskTreatment(TreatmentOption.Share).WithControlIds(["A.10.2", "A.10.3"]).WithDueOn(new DateOnly(2026, 2, 28)).WithStatus(TreatmentStatus.Completed)
                .WithPlan("Zero-retention terms and DPA with the provider"))
            .Accept(new RiskAcceptance(Dpo, new DateOnly(2026, 3, 3))).WithReviewOn(new DateOnly(2027, 3, 1)),
        Risk("R-004", "Undetected drift degrades fraud detection", MlLead, new RiskRating(3, 3), ["fraud-detection", "doc-summarizer"],
            [LifecycleStage.OperationAndMonitoring], RiskSource.MachineLearning)
            .WithResidual(new RiskRating(2, 3))
            .WithTreatment(new RiskTreatment(TreatmentOption.Modify).WithControlIds(["A.6.2.6"]).WithDueOn(new DateOnly(2026, 12, 15)).WithStatus(TreatmentStatus.InProgress))
            .WithReviewOn(new DateOnly(2026, 12, 31)),
        Risk("R-005", "Unvetted generative AI tool used with customer data in marketing", GovLead, new RiskRating(3, 3), ["marketing-copy"],
            [LifecycleStage.OperationAndMonitoring], RiskSource.SystemLifecycle)
            .WithTreatment(new RiskTreatment(TreatmentOption.Modify).WithControlIds(["A.9.2", "A.10.3"]).WithDueOn(new DateOnly(2026, 12, 31)).WithStatus(TreatmentStatus.Planned)
                .WithPlan("Onboard through the supplier process or replace"))
            .WithReviewOn(new DateOnly(2026, 11, 1)),
        Risk("R-006", "CV ranking disadvantages applicants with career breaks", HeadOfHr, new RiskRating(4, 4), ["cv-screening"],
            [LifecycleStage.DesignAndDevelopment, LifecycleStage.VerificationAndValidation], RiskSource.MachineLearning)
            .WithTreatment(new RiskTreatment(TreatmentOption.Modify).WithControlIds(["A.5.4", "A.7.4", "A.6.2.4"]).WithDueOn(new DateOnly(2027, 1, 31)).WithStatus(TreatmentStatus.InProgress))
            .WithReviewOn(new DateOnly(2027, 1, 31)),
        Risk("R-007", "Loan-operations agent misuses its tools: wrong payment holidays or customer data changes", MlLead, new RiskRating(3, 4), ["loan-ops-agent"],
            [LifecycleStage.VerificationAndValidation, LifecycleStage.OperationAndMonitoring], RiskSource.LevelOfAutomation)
            .WithThreats(
            [
                new ThreatReference(ThreatTaxonomy.OwaspAgenticTop10, "ASI02:2026"), new ThreatReference(ThreatTaxonomy.OwaspLlmTop10, "LLM06:2025"),
                new ThreatReference(ThreatTaxonomy.MitreAtlas, "AML.TA0005"),
            ])
            .WithTreatment(new RiskTreatment(TreatmentOption.Modify).WithControlIds(["A.6.2.2", "A.9.2", "A.6.2.8"]).WithDueOn(new DateOnly(2027, 1, 15)).WithStatus(TreatmentStatus.InProgress)
                .WithPlan("Tool limits, approval above limits and tool-call alerting before the agent leaves the pilot"))
            .WithReviewOn(new DateOnly(2027, 1, 15)),
    ];

    private static StatementOfApplicability Soa()
    {
        // No exclusions: as the provider of credit scoring and CV screening the organization needs every Annex A
        // control (A.10.4 included: its customers are the consumers it scores).
        var excluded = new Dictionary<string, string>(StringComparer.Ordinal);
        var inProgress = new HashSet<string>(StringComparer.Ordinal) { "A.6.2.6", "A.5.5", "A.8.5" };
        var planned = new HashSet<string>(StringComparer.Ordinal) { "A.4.4", "A.9.4" };
        var risksByControl = Risks()
            .SelectMany(r => r.Treatment!.ControlIds.Select(c => (Control: c, Risk: r.Id)))
            .GroupBy(x => x.Control, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(x => x.Risk).Distinct().ToArray(), StringComparer.Ordinal);

        var entries = Iso42001.Catalog.Controls.Select(control =>
        {
            if (excluded.TryGetValue(control.Id, out var why))
            {
                return new SoaEntry(control.Id, isApplicable: false).WithJustification(why);
            }

            var status = inProgress.Contains(control.Id) ? ImplementationStatus.InProgress
                : planned.Contains(control.Id) ? ImplementationStatus.Planned
                : ImplementationStatus.Implemented;
            var risks = risksByControl.GetValueOrDefault(control.Id) ?? [];
            string[] obligations = risks.Length == 0 ? ["OBL-AIACT"] : [];
            var owner = control.Id.StartsWith("A.7", StringComparison.Ordinal) || control.Id.StartsWith("A.6", StringComparison.Ordinal) ? MlLead
                : control.Id.StartsWith("A.10", StringComparison.Ordinal) ? Ciso
                : GovLead;
            EvidenceReference[] evidence = status == ImplementationStatus.Implemented
                ? [new EvidenceReference($"{control.Id} operating evidence", EvidenceKind.ProcessRecord).WithLocation($"GRC-{control.Id}")]
                : [];
            return new SoaEntry(control.Id, isApplicable: true)
                .WithJustification($"Needed to meet {(risks.Length > 0 ? "the linked risks" : "EU AI Act duties")}.")
                .WithStatus(status)
                .WithOwner(owner)
                .WithRiskIds(risks)
                .WithObligationIds(obligations)
                .WithEvidence(evidence);
        });

        return new StatementOfApplicability(
            new DocumentRevision("3.0",
            [
                new ChangeLogEntry("1.0", GovLead, Created, "First SoA for Stage 1"),
                new ChangeLogEntry("2.0", GovLead, new DateTimeOffset(2026, 8, 1, 9, 0, 0, TimeSpan.Zero), "Stage 2 readiness"),
                new ChangeLogEntry("3.0", GovLead, new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.Zero), "Link prompt-injection controls"),
            ]),
            entries);
    }

    private static RaciMatrix Raci()
    {
        (string Activity, string Role, RaciCode Code)[] cells =
        [
            ("AI risk assessment", Cro, RaciCode.Accountable), ("AI risk assessment", GovLead, RaciCode.Responsible),
            ("AI risk assessment", Dpo, RaciCode.Consulted), ("AI risk assessment", Ciso, RaciCode.Consulted),
            ("AI system inventory", Cto, RaciCode.Accountable), ("AI system inventory", MlLead, RaciCode.Responsible),
            ("AI system inventory", HeadOfMarketing, RaciCode.Informed), ("AI system inventory", HeadOfHr, RaciCode.Informed),
            ("Impact assessment", Dpo, RaciCode.Accountable), ("Impact assessment", GovLead, RaciCode.Responsible),
            ("Incident response", Ciso, RaciCode.Accountable), ("Incident response", SocLead, RaciCode.Responsible),
            ("Internal audit", HeadOfAudit, RaciCode.Accountable), ("Internal audit", Auditor, RaciCode.Responsible),
            ("Deployment approval", Cto, RaciCode.Accountable), ("Deployment approval", MlLead, RaciCode.Responsible),
            ("Deployment approval", GovLead, RaciCode.Consulted),
        ];
        return new RaciMatrix(cells.Select(c => new RaciAssignment(c.Activity, c.Role, c.Code)));
    }
}
