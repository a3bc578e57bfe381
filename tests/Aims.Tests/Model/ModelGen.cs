using Aims.Model;
using Aims.Risk;
using FsCheck;
using FsCheck.Fluent;

namespace Aims.Tests.Model;

/// <summary>
/// FsCheck generators for the model, built through public constructors and <c>With…</c> copies only. Every optional
/// member is sometimes present, and text includes quotes, newlines, non-ASCII and spreadsheet formula prefixes.
/// Collections hold 0 to 3 items, so a workspace stays small enough to read when a property fails.
/// </summary>
internal static class ModelGen
{
    private static readonly string[] Texts =
    [
        "Credit scoring", "=1+2", "+SUM(A1)", "-10", "@cmd", "\tTabbed", "Quote \"inside\"", "Comma, semicolon;",
        "Line\nbreak", "Ünïcödé — ✓", "日本語", "emoji 🚀", "back\\slash", "O'Brien", "a", "CRLF\r\nline",
    ];

    internal static readonly string[] Roles = ["CRO", "CISO", "DPO", "Owner A", "ML Lead"];

    public static Gen<bool> Bool => Gen.Elements(true, false);

    public static Gen<string> Text =>
        from text in Gen.Elements(Texts)
        from number in Gen.Choose(-1, 999)
        select number < 0 ? text : $"{text} {number}";

    public static Gen<string?> MaybeText => Maybe(Text);

    public static Gen<string> Role => Gen.Elements(Roles);

    public static Gen<DateOnly> Date => Gen.Choose(0, 1199).Select(d => new DateOnly(2024, 1, 1).AddDays(d));

    public static Gen<DateOnly?> MaybeDate => Gen.Frequency((1, Gen.Constant<DateOnly?>(null)), (1, Date.Select(d => (DateOnly?)d)));

    public static Gen<DateTimeOffset> Instant =>
        from hours in Gen.Choose(-12, 12)
        from minutes in Gen.Choose(0, 300 * 24 * 60)
        from ticks in Gen.Choose(0, (int)TimeSpan.TicksPerMinute - 1)
        select new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.FromHours(hours)).AddMinutes(minutes).AddTicks(ticks);

    public static Gen<DateTimeOffset?> MaybeInstant => Gen.Frequency((1, Gen.Constant<DateTimeOffset?>(null)), (1, Instant.Select(i => (DateTimeOffset?)i)));

    public static Gen<RiskRating> Rating => from l in Gen.Choose(1, 5) from i in Gen.Choose(1, 5) select new RiskRating(l, i);

    public static Gen<T> Enum<T>()
        where T : struct, Enum => Gen.Elements(global::System.Enum.GetValues<T>());

    public static Gen<string> Id(string prefix) => Gen.Choose(1, 49).Select(i => prefix + i);

    public static Gen<string?> MaybeId(string prefix) => Maybe(Id(prefix));

    public static Gen<T[]> Many<T>(Gen<T> item) => Gen.Choose(0, 3).SelectMany(n => item.ArrayOf(n));

    public static Gen<T[]> DistinctMany<T>(Gen<T> item) => Many(item).Select(items => items.Distinct().ToArray());

    public static Gen<string[]> Ids(string prefix) => DistinctMany(Id(prefix));

    public static Gen<T?> Maybe<T>(Gen<T> item)
        where T : class => Gen.Frequency((1, Gen.Constant<T?>(null)), (1, item.Select(x => (T?)x)));

    public static Gen<EvidenceReference> Evidence =>
        from title in Text
        from kind in Enum<EvidenceKind>()
        from location in MaybeText
        from collected in MaybeDate
        select new EvidenceReference(title, kind).WithLocation(location).WithCollectedOn(collected);

    public static Gen<DocumentRevision> Revision =>
        from log in Many(from major in Gen.Choose(1, 8)
                         from author in Role
                         from at in Instant
                         from reason in Text
                         select new ChangeLogEntry($"{major}.0", author, at, reason))
        from major in Gen.Choose(1, 8)
        from minor in Gen.Choose(0, 8)
        select new DocumentRevision(log.Length > 0 ? log[^1].Version : $"{major}.{minor}", log);

    public static Gen<AiSystem> System =>
        from identity in Gen.Zip(Id("sys-"), Text)
        from texts in Gen.Zip(MaybeText, MaybeText, (version, purpose) => (version, purpose))
        from owner in MaybeText
        from stage in Enum<LifecycleStage>()
        from level in Enum<RiskLevel>()
        from category in Enum<EuAiActRiskCategory>()
        from monitoring in Enum<MonitoringStatus>()
        from reviewed in MaybeDate
        from shadow in Bool
        from roles in DistinctMany(Enum<StakeholderRole>())
        from operators in DistinctMany(Enum<EuAiActOperatorRole>())
        from traits in DistinctMany(Enum<AiSystemTrait>())
        from deployments in Many(from provider in Gen.Elements("aws", "azure", "gcp")
                                 from region in Text
                                 from account in MaybeText
                                 select new DeploymentEnvironment(provider, region).WithAccount(account))
        from sources in Many(from id in Id("ds")
                             from name in Text
                             from label in Gen.Elements("public", "internal", "confidential", "restricted", "odd label")
                             from use in Enum<DataUse>()
                             from origin in MaybeText
                             from categories in DistinctMany(Enum<DataCategory>())
                             from retention in MaybeText
                             from regions in Many(Text)
                             from basis in MaybeText
                             select new DataSource(id, name, label, use).WithOrigin(origin)
                                 .WithCategories(categories).WithRetention(retention).WithRegions(regions).WithLegalBasis(basis))
        from components in Many(from name in Text
                                from kind in Enum<ComponentKind>()
                                from supplier in Text
                                from version in MaybeText
                                from shared in MaybeText
                                from assurances in DistinctMany(Enum<VendorAssurance>())
                                select new ThirdPartyComponent(name, kind, supplier).WithVersion(version).WithSharedResponsibility(shared).WithAssurances(assurances))
        from requirements in Many(Text)
        from participants in Many(Text)
        from evidence in Many(Evidence)
        from act in EuAiActFacts
        from details in EuAiActDetails
        from provenance in Provenance
        from discovery in DiscoveryFacts
        select discovery(provenance(details(new AiSystem(identity.Item1, identity.Item2)
            .WithVersion(texts.version)
            .WithPurpose(texts.purpose)
            .WithOwner(owner)
            .WithLifecycleStage(stage)
            .WithRiskLevel(level)
            .WithEuAiActCategory(category)
            .WithMonitoringStatus(monitoring)
            .WithLastReviewDate(reviewed)
            .WithShadowAi(shadow)
            .WithStakeholderRoles(roles)
            .WithOperatorRoles(operators)
            .WithTraits(traits)
            .WithDeployments(deployments)
            .WithDataSources(sources)
            .WithComponents(components)
            .WithRegulatoryRequirements(requirements)
            .WithFederatedParticipants(participants)
            .WithEvidence(evidence)
            .WithAnnexIIIArea(act.Area)
            .WithGeneralPurposeModel(act.GeneralPurpose)
            .WithPublicBodyDeployer(act.PublicBody)
            .WithArticle6Derogation(act.Derogation))));

    /// <summary>What discovery knows of a system: last seen, aliases, endpoints (some with scheme, port and upper case).</summary>
    public static Gen<Func<AiSystem, AiSystem>> DiscoveryFacts =>
        from seen in MaybeDate
        from aliases in Many(Gen.Elements("arn:aws:sagemaker:eu-central-1:1:endpoint/a", "app-4711", "sys-1", "Comma,alias"))
        from endpoints in Many(Gen.Elements("https://a.example.com/v1", "b.example.org", "HTTPS://C.example.com:8443/x", "[::1]:80"))
        select (Func<AiSystem, AiSystem>)(s => s.WithLastSeen(seen).WithDiscoveryAliases(aliases).WithEndpoints(endpoints));

    /// <summary>A discovered asset: ids, hosts and models that collide with the systems' aliases, endpoints and components now and then.</summary>
    public static Gen<DiscoveredAiAsset> DiscoveredAsset =>
        from source in Enum<DiscoverySource>()
        from externalId in Gen.OneOf(Id("sys-"), Gen.Elements("arn:aws:sagemaker:eu-central-1:1:endpoint/a", "APP-4711", "unknown-1", "unknown-2"))
        from name in Text
        from days in Gen.Zip(Date, Gen.Choose(0, 60))
        from provider in MaybeText
        from endpoint in Maybe(Gen.Elements("https://a.example.com/chat", "b.example.org:443", "d.example.net"))
        from model in MaybeText
        from observedBy in MaybeText
        from categories in DistinctMany(Enum<DataCategory>())
        from requests in Gen.Frequency((1, Gen.Constant<long?>(null)), (2, Gen.Choose(0, 100_000).Select(n => (long?)n)))
        select new DiscoveredAiAsset(source, externalId, name, days.Item1.AddDays(days.Item2)).WithSeen(days.Item1, days.Item1.AddDays(days.Item2))
            .WithProvider(provider).WithEndpoint(endpoint).WithModelId(model).WithObservedBy(observedBy).WithDataCategories(categories).WithRequestCount(requests);

    /// <summary>A shadow-AI candidate in any triage status.</summary>
    public static Gen<ShadowAiCandidate> Candidate =>
        from asset in DiscoveredAsset
        from status in Enum<ShadowAiCandidateStatus>()
        from reason in status == ShadowAiCandidateStatus.Dismissed ? Text.Select(t => (string?)t) : MaybeText
        from systemId in Id("sys-")
        select new ShadowAiCandidate(asset).WithTriage(status, reason, status == ShadowAiCandidateStatus.Registered ? systemId : null);

    /// <summary>A figure of energy, emissions or water over a period.</summary>
    public static Gen<SustainabilityMeasurement> Sustainability =>
        from metric in Enum<SustainabilityMetric>()
        from amount in Gen.Choose(0, 2_000_000)
        from method in Text
        from start in Date
        from days in Gen.Choose(0, 400)
        select new SustainabilityMeasurement(metric, amount / 7.0, method, start, start.AddDays(days));

    /// <summary>A model lineage with runs and approvals.</summary>
    public static Gen<ModelLineage> Lineage =>
        from model in Text
        from provider in Text
        from version in MaybeText
        from fineTuning in Ids("ds")
        from runs in Many(from id in Id("run-")
                          from kind in Enum<ModelRunKind>()
                          from day in Date
                          from modelVersion in MaybeText
                          from sources in Ids("ds")
                          from result in MaybeText
                          select new ModelRun(id, kind, day).WithModelVersion(modelVersion).WithDataSourceIds(sources).WithResult(result))
        from approvals in Many(from v in Text from approver in Role from day in Date select new ModelApproval(v, approver, day))
        select new ModelLineage(model, provider).WithBaseModelVersion(version).WithFineTuningDataSourceIds(fineTuning).WithRuns(runs).WithApprovals(approvals);

    /// <summary>A data-ethics disclosure with fairness evaluations.</summary>
    public static Gen<DataEthicsDisclosure> Ethics =>
        from intended in Many(Text)
        from prohibited in Many(Text)
        from limitations in Many(Text)
        from evaluations in Many(from metric in Text
                                 from attribute in Text
                                 from result in Gen.Choose(-1000, 1000)
                                 from passed in Bool
                                 from day in Date
                                 from threshold in Gen.Choose(-1, 100)
                                 select new FairnessEvaluation(metric, attribute, result / 1000.0, passed, day).WithThreshold(threshold < 0 ? null : threshold / 100.0))
        select new DataEthicsDisclosure().WithIntendedUses(intended).WithProhibitedUses(prohibited).WithKnownLimitations(limitations).WithFairnessEvaluations(evaluations);

    /// <summary>The provenance of a system, each part recorded or not: lineage, sustainability figures, data-ethics disclosure.</summary>
    public static Gen<Func<AiSystem, AiSystem>> Provenance =>
        from lineage in Maybe(Lineage)
        from figures in Many(Sustainability)
        from ethics in Maybe(Ethics)
        select (Func<AiSystem, AiSystem>)(s => s.WithLineage(lineage).WithSustainability(figures).WithEthicsDisclosure(ethics));

    /// <summary>An Art. 6(3) derogation claim, with or without its assessment and registration.</summary>
    public static Gen<Article6Derogation> Derogation =>
        from condition in Enum<Article6Condition>()
        from reasoning in Text
        from assessment in Maybe(Evidence)
        from registered in MaybeDate
        select new Article6Derogation(condition, reasoning).WithAssessment(assessment).WithRegisteredOn(registered);

    /// <summary>The EU AI Act facts of a system: Annex III area (or none), GPAI flag, public-body deployer, derogation (or none).</summary>
    public static Gen<(string? Area, bool GeneralPurpose, bool PublicBody, Article6Derogation? Derogation)> EuAiActFacts =>
        from area in Gen.Elements<string?>(null, "AnnexIII.1", "AnnexIII.2", "AnnexIII.3", "AnnexIII.4", "AnnexIII.5", "AnnexIII.6", "AnnexIII.7", "AnnexIII.8")
        from generalPurpose in Bool
        from publicBody in Bool
        from derogation in Maybe(Derogation)
        select (area, generalPurpose, publicBody, derogation);

    /// <summary>A yes, a no, or not recorded.</summary>
    public static Gen<bool?> MaybeBool => Gen.Elements<bool?>(null, true, false);

    /// <summary>The further EU AI Act facts of a system, each recorded or not: the Art. 50(3)/(4) facts, profiling, systemic risk, open source, Annex I product, placed-on-market date.</summary>
    public static Gen<Func<AiSystem, AiSystem>> EuAiActDetails =>
        from emotion in MaybeBool
        from deepFakes in MaybeBool
        from profiling in MaybeBool
        from systemicRisk in Bool
        from openSource in Bool
        from annexI in Bool
        from placed in MaybeDate
        select (Func<AiSystem, AiSystem>)(s => s.WithEmotionRecognitionOrBiometricCategorisation(emotion).WithDeepFakesOrPublicInterestText(deepFakes)
            .WithProfilingOfNaturalPersons(profiling).WithSystemicRisk(systemicRisk).WithOpenSourceModel(openSource).WithAnnexIProduct(annexI)
            .WithPlacedOnMarketOn(placed));

    public static Gen<ThreatReference> Threat =>
        from taxonomy in Enum<ThreatTaxonomy>()
        from id in taxonomy switch
        {
            ThreatTaxonomy.Stride => Gen.Elements("Spoofing", "Tampering", "DenialOfService"),
            ThreatTaxonomy.OwaspLlmTop10 => Gen.Elements("LLM01", "LLM10:2025"),
            ThreatTaxonomy.MitreAtlas => Gen.Elements("AML.T0051", "AML.T0043.001", "AML.TA0005"),
            ThreatTaxonomy.OwaspAgenticTop10 => Gen.Elements("ASI02", "ASI10:2026"),
            ThreatTaxonomy.NistAi600 => Gen.Elements("CONFABULATION", "DATA_PRIVACY"),
            _ => Gen.Elements("Linking", "Detecting", "Unawareness"),
        }
        select new ThreatReference(taxonomy, id);

    public static Gen<RiskEntry> Risk =>
        from identity in Gen.Zip(Id("R-"), Text)
        from owner in Role
        from inherent in Rating
        from systems in Ids("sys-")
        from stages in DistinctMany(Enum<LifecycleStage>())
        from source in Enum<RiskSource>()
        from threats in Many(Threat)
        from residual in Gen.Frequency((1, Gen.Constant<RiskRating?>(null)), (1, Rating.Select(r => (RiskRating?)r)))
        from treatment in Maybe(from option in Enum<TreatmentOption>()
                                from controls in Ids("A.")
                                from due in MaybeDate
                                from status in Enum<TreatmentStatus>()
                                from plan in MaybeText
                                select new RiskTreatment(option).WithControlIds(controls).WithDueOn(due).WithStatus(status).WithPlan(plan))
        from acceptance in Maybe(from accepter in Role from acceptedOn in Date from rationale in MaybeText select new RiskAcceptance(accepter, acceptedOn).WithRationale(rationale))
        from reviewOn in MaybeDate
        from fair in MaybeId("fair-")
        from description in MaybeText
        from scenario in Maybe(Aims.Tests.Serialization.SerializationArbitraries.Scenario("risk scenario"))
        select new RiskEntry(identity.Item1, identity.Item2, owner, inherent)
            .WithSystemIds(systems)
            .WithStages(stages)
            .WithSource(source)
            .WithThreats(threats)
            .WithResidual(residual)
            .WithTreatment(treatment)
            .WithAcceptance(acceptance)
            .WithReviewOn(reviewOn)
            .WithQuantitativeResultId(fair)
            .WithDescription(description)
            .WithScenario(scenario);

    public static Gen<SoaEntry> SoaEntry =>
        from control in Gen.Elements([.. Iso42001.Catalog.Controls.Select(c => c.Id)])
        from applicable in Bool
        from justification in MaybeText
        from status in Enum<ImplementationStatus>()
        from owner in MaybeText
        from risks in Ids("R-")
        from obligations in Ids("OB")
        from evidence in Many(Evidence)
        select new SoaEntry(control, applicable)
            .WithJustification(justification).WithStatus(status).WithOwner(owner).WithRiskIds(risks).WithObligationIds(obligations).WithEvidence(evidence);

    public static Gen<StatementOfApplicability> Soa =>
        from revision in Revision
        from entries in Many(SoaEntry)
        from additional in Many(from id in Id("X.") from title in Text from source in MaybeText select new AdditionalControl(id, title, source))
        select new StatementOfApplicability(revision, entries, additional);

    public static Gen<AimsScope> Scope =>
        from revision in Revision
        from statement in Text
        from issues in Many(from id in Id("CI") from d in Text from e in Bool from c in MaybeText select new ContextIssue(id, d, e, c))
        from parties in Many(from id in Id("IP") from n in Text from e in Bool from r in Many(Text) select new InterestedParty(id, n, e, r))
        from boundaries in Many(from d in Text from i in Bool from j in Text from s in MaybeId("sys-") select new ScopeBoundary(d, i, j).WithSystemId(s))
        from interfaces in Many(from id in Id("IF") from d in Text from e in Bool from c in MaybeText select new ScopeInterface(id, d, e, c))
        from obligations in Many(from id in Id("OB") from k in Enum<ObligationKind>() from t in Text from r in MaybeText select new Obligation(id, k, t, r))
        from integrations in Many(from s in Enum<ManagementSystemStandard>()
                                  from c in Bool
                                  from p in DistinctMany(Enum<SharedProcess>())
                                  select new ManagementSystemIntegration(s, c, p))
        from regions in Many(Gen.Elements("EU", "eu-central-1", "US", "Comma, region"))
        from climate in Maybe(from r in Bool from t in Text from d in Date select new ClimateChangeRelevance(r, t, d))
        select new AimsScope(revision, statement)
            .WithPermittedDataRegions(regions)
            .WithIssues(issues).WithInterestedParties(parties).WithBoundaries(boundaries).WithInterfaces(interfaces).WithObligations(obligations).WithIntegrations(integrations).WithClimateChange(climate);

    public static Gen<ImpactAssessment> Assessment =>
        from identity in Gen.Zip(Id("IA"), Id("sys-"))
        from revision in Revision
        from parties in Many(from d in Text from k in Enum<AffectedPartyKind>() from v in Bool select new AffectedParty(d, k, v))
        from findings in Many(from a in Enum<ImpactArea>() from d in Text from r in Rating from m in Many(Text) select new ImpactFinding(a, d, r, m))
        from fria in Bool
        from approver in MaybeText
        from approvedOn in Date
        from next in MaybeDate
        from text in Gen.ArrayOf(MaybeText, 11)
        from misuse in Many(Text)
        from triggers in Many(Text)
        from benefits in Many(from a in Enum<ImpactArea>() from d in Text select new ImpactBenefit(a, d))
        from notification in Maybe(from a in Text from d in Date from r in MaybeText select new AuthorityNotification(a, d, r))
        from dpia in Maybe(from t in Text from d in MaybeDate from l in MaybeText select new DpiaReference(t, d, l))
        select new ImpactAssessment(identity.Item1, identity.Item2, revision)
            .WithAffectedParties(parties).WithFindings(findings).WithFundamentalRightsAssessment(fria)
            .WithApproval(approver, approver is null ? null : approvedOn).WithNextReviewOn(next)
            .WithSystemDescription(text[0]).WithIntendedUse(text[1]).WithForeseeableMisuse(misuse).WithBenefits(benefits)
            .WithMonitoring(text[2]).WithReviewTriggers(triggers).WithStakeholderEngagement(text[3]).WithDeployerProcess(text[4])
            .WithPeriodAndFrequencyOfUse(text[5]).WithHumanOversight(text[6]).WithRiskResponse(text[7]).WithComplaintMechanism(text[8])
            .WithAuthorityNotification(notification).WithDpia(dpia);

    public static Gen<AiIncident> Incident =>
        from identity in Gen.Zip(Id("INC"), Text)
        from severity in Enum<IncidentSeverity>()
        from awareAt in Instant
        from systems in Ids("sys-")
        from occurred in MaybeInstant
        from resolved in MaybeInstant
        from criteria in DistinctMany(Enum<SeriousIncidentCriterion>())
        from reported in MaybeInstant
        select new AiIncident(identity.Item1, identity.Item2, severity, awareAt)
            .WithSystemIds(systems).WithOccurredAt(occurred).WithResolvedAt(resolved).WithSeriousCriteria(criteria).WithReportedAt(reported);

    public static Gen<GateRequirement> Gate =>
        from kind in Gen.Choose(0, 3)
        from evidence in Enum<EvidenceKind>()
        from description in MaybeText
        from tiers in Many(Gen.Elements(RiskLevel.Low, RiskLevel.Medium, RiskLevel.High, RiskLevel.Critical))
        select (kind switch
        {
            0 => GateRequirement.Evidence(evidence, description),
            1 => GateRequirement.ImpactAssessmentApproved(),
            2 => GateRequirement.ResidualRisksAccepted(),
            _ => GateRequirement.MonitoringInPlace(),
        }).WithTiers(tiers);

    public static Gen<RaciMatrix> Raci =>
        Many(from activity in Gen.Elements("Assess", "Approve", "Audit")
             from role in Role
             from code in Enum<RaciCode>()
             select new RaciAssignment(activity, role, code))
        .Select(cells => new RaciMatrix(cells));

    public static Gen<Nonconformity> Nonconformity =>
        from id in Id("NC")
        from description in Text
        from raised in Date
        from requirement in MaybeId("6.")
        from source in MaybeId("IA")
        from actions in Many(from d in Text from o in Role from due in Date from done in MaybeDate select new CorrectiveAction(d, o, due).WithCompletedOn(done))
        from closed in MaybeDate
        select new Nonconformity(id, description, raised).WithRequirementId(requirement).WithSourceId(source).WithCorrectiveActions(actions).WithClosedOn(closed);

    public static Gen<InternalAudit> Audit =>
        from id in Id("IA")
        from title in Text
        from planned in Date
        from auditor in Text
        from scope in Ids("A.")
        from performed in MaybeDate
        from findings in Many(from f in Id("F")
                              from t in Enum<AuditFindingType>()
                              from d in Text
                              from r in MaybeId("9.")
                              from nc in MaybeId("NC")
                              select new AuditFinding(f, t, d).WithRequirementId(r).WithNonconformityId(nc))
        select new InternalAudit(id, title, planned, auditor).WithScope(scope).WithPerformedOn(performed).WithFindings(findings);

    public static Gen<ManagementReview> Review =>
        from id in Id("MR")
        from held in Date
        from inputs in Many(from t in Enum<ManagementReviewTopic>() from s in Text select new ManagementReviewInput(t, s))
        from decisions in Many(from d in Text from c in Bool from o in MaybeText from due in MaybeDate select new ManagementReviewDecision(d, c).WithOwner(o).WithDueOn(due))
        from attendees in Many(Text)
        from figures in Gen.Frequency((1, Gen.Constant<ManagementReviewFigures?>(null)), (2, Figures.Select(f => (ManagementReviewFigures?)f)))
        select new ManagementReview(id, held).WithInputs(inputs).WithDecisions(decisions).WithAttendees(attendees).WithFigures(figures);

    public static Gen<ManagementReviewFigures> Figures =>
        from start in Date
        from days in Gen.Choose(0, 366)
        from incidents in MaybeCount
        from serious in MaybeCount
        from open in MaybeCount
        select new ManagementReviewFigures(start, start.AddDays(days)).WithIncidentCount(incidents).WithSeriousIncidentCount(serious).WithOpenNonconformityCount(open);

    private static Gen<int?> MaybeCount => Gen.Frequency((1, Gen.Constant<int?>(null)), (2, Gen.Choose(0, 50).Select(n => (int?)n)));

    public static Gen<CertificationPlan> Certification =>
        from body in Text
        from milestones in Many(from s in Enum<CertificationStage>() from p in Date from c in MaybeDate from o in MaybeText select new CertificationMilestone(s, p).WithCompletedOn(c).WithOutcome(o))
        from expires in MaybeDate
        select new CertificationPlan(body).WithMilestones(milestones).WithCertificateExpiresOn(expires);

    public static Gen<ControlEffect> Effect =>
        from reduce in Bool
        from node in Enum<FairNode>()
        from low in Gen.Choose(0, 60)
        from form in Gen.Elements<LossForm?>(null, LossForm.Response, LossForm.FinesAndJudgements)
        select reduce
            ? ControlEffect.Reduce(node, Estimate.Pert(low / 100.0, (low + 10) / 100.0, (low + 30) / 100.0), form)
            : ControlEffect.Shift(FairNode.ResistanceStrength, Estimate.Constant(low / 200.0));

    public static Gen<ControlMeasure> ControlMeasure =>
        from control in Id("A.")
        from name in Text
        from cost in Gen.Choose(1, 400_000).Select(c => c * 1.25)
        from stated in Bool
        from function in Enum<ControlFunction>()
        from first in Effect
        from more in Many(Effect)
        from risks in DistinctMany(Id("R-"))
        from basis in MaybeText
        select new ControlMeasure(control, new FairControl(name, cost, [first, .. more]).WithFunction(stated ? function : null))
            .WithRiskIds(risks).WithBasis(basis);

    public static Gen<AiObjective> Objective =>
        from id in Id("OBJ-")
        from title in Text
        from owner in Role
        from measure in Text
        from target in Gen.Choose(-500, 500).Select(t => t / 4.0)
        from direction in Enum<ObjectiveDirection>()
        from due in Date
        from unit in Gen.Elements<string?>(null, "%", "days")
        from baseline in Gen.Frequency((1, Gen.Constant<double?>(null)), (1, Gen.Choose(-500, 500).Select(b => (double?)(b / 8.0))))
        from plan in MaybeText
        from policy in MaybeId("POL")
        from systems in Ids("s")
        from measurements in Many(from day in Date from v in Gen.Choose(-1000, 1000) from source in MaybeText select new ObjectiveMeasurement(day, v / 3.0, source))
        select new AiObjective(id, title, owner, measure, target, direction, due)
            .WithUnit(unit).WithBaseline(baseline).WithPlan(plan).WithPolicyId(policy).WithSystemIds(systems).WithMeasurements(measurements);

    public static Gen<CompetenceRegister> Competence =>
        from requirements in Many(from role in Role from competence in Text from description in MaybeText select new CompetenceRequirement(role, competence, description))
        from records in Many(
            from person in Text
            from role in Role
            from competence in Text
            from basis in Enum<CompetenceBasis>()
            from achieved in Date
            from days in Gen.Frequency((1, Gen.Constant<int?>(null)), (2, Gen.Choose(0, 800).Select(d => (int?)d)))
            from evidence in MaybeText
            select new CompetenceRecord(person, role, competence, basis, achieved, days is { } n ? achieved.AddDays(n) : null, evidence))
        select new CompetenceRegister(requirements, records);

    public static Gen<AimsWorkspace> Workspace =>
        from organization in Text
        from scope in Maybe(Scope)
        from systems in Many(System)
        from soa in Maybe(Soa)
        from risks in Many(Risk)
        from measures in Many(ControlMeasure)
        from assessments in Many(Assessment)
        from raci in Raci
        from owners in Many(from c in Id("A.") from o in Role from s in MaybeText select new ControlOwnership(c, o, s))
        from gates in Many(from id in Id("G") from name in Text from first in Gate from more in Many(Gate) select new DeploymentGatePolicy(id, name, [first, .. more]))
        from incidents in Many(Incident)
        from nonconformities in Many(Nonconformity)
        from audits in Many(Audit)
        from reviews in Many(Review)
        from certification in Maybe(Certification)
        from policies in Many(from id in Id("POL") from t in Text from o in Role from r in Revision from a in MaybeDate from n in MaybeDate select new AiPolicy(id, t, o, r).WithApprovedOn(a).WithNextReviewOn(n))
        from objectives in Many(Objective)
        from competence in Competence
        from customScale in Bool
        from interval in Gen.Choose(1, 799)
        from currency in Gen.Elements<string?>(null, "EUR", "USD", "JPY")
        from candidates in Many(Candidate)
        select new AimsWorkspace(organization)
            .WithScope(scope)
            .WithSystems(systems)
            .WithSoa(soa)
            .WithRisks(risks)
            .WithControlMeasures(measures)
            .WithImpactAssessments(assessments)
            .WithRaci(raci)
            .WithControlOwners(owners)
            .WithGatePolicies(gates)
            .WithIncidents(incidents)
            .WithNonconformities(nonconformities)
            .WithInternalAudits(audits)
            .WithManagementReviews(reviews)
            .WithCertification(certification)
            .WithPolicies(policies)
            .WithObjectives(objectives)
            .WithCompetence(competence)
            .WithClassificationScale(customScale ? new ClassificationScale(["open", "restricted", "secret"]) : null)
            .WithReviewIntervalDays(interval)
            .WithCurrency(currency)
            .WithShadowAiCandidates(candidates.DistinctBy(c => (c.Asset.Source, c.Asset.ExternalId.ToUpperInvariant())));
}
