using Aims.Model;
using Aims.Risk;
using static Aims.Serialization.Json.Wire.ReadContext;

namespace Aims.Serialization.Json.Wire;

/// <summary>Turns wire objects into model objects through the model's constructors, reporting every problem.</summary>
internal sealed class ModelReader(ReadContext context)
{
    private readonly ReadContext _c = context;

    public AimsWorkspace? Workspace(WorkspaceDto d, string p)
    {
        _c.Visit(d, p);
        var scope = d.Scope is null ? null : Scope(d.Scope, Member(p, "scope"));
        var systems = _c.Records(d.Systems, Member(p, "systems"), System);
        var soa = d.Soa is null ? null : Soa(d.Soa.Revision, d.Soa.Entries, d.Soa.AdditionalControls, d.Soa, Member(p, "soa"));
        var risks = _c.Records(d.Risks, Member(p, "risks"), Risk);
        var measures = _c.Records(d.ControlMeasures, Member(p, "controlMeasures"), new RiskMappingReader(_c).ControlMeasure);
        var assessments = _c.Records(d.ImpactAssessments, Member(p, "impactAssessments"), ImpactAssessment);
        if (d.Raci is not null)
        {
            _c.Visit(d.Raci, Member(p, "raci"));
        }

        var raci = _c.Records(d.Raci?.Assignments, Member(Member(p, "raci"), "assignments"), (a, ap) =>
        {
            _c.Visit(a, ap);
            var code = _c.RequiredEnum<RaciCode>(a.Code, Member(ap, "code"));
            return _c.Build(ap, () => new RaciAssignment(a.Activity!, a.Role!, code));
        });
        var owners = _c.Records(d.ControlOwners, Member(p, "controlOwners"), (o, op) =>
        {
            _c.Visit(o, op);
            return _c.Build(op, () => new ControlOwnership(o.ControlId!, o.Owner!, o.Scope));
        });
        var gates = _c.Records(d.GatePolicies, Member(p, "gatePolicies"), GatePolicy);
        var incidents = _c.Records(d.Incidents, Member(p, "incidents"), Incident);
        var nonconformities = _c.Records(d.Nonconformities, Member(p, "nonconformities"), Nonconformity);
        var audits = _c.Records(d.InternalAudits, Member(p, "internalAudits"), Audit);
        var reviews = _c.Records(d.ManagementReviews, Member(p, "managementReviews"), Review);
        var certification = d.Certification is null ? null : Certification(d.Certification, Member(p, "certification"));
        var policies = _c.Records(d.Policies, Member(p, "policies"), Policy);
        var candidates = _c.Records(d.ShadowAiCandidates, Member(p, "shadowAiCandidates"), Candidate);
        var objectives = _c.Records(d.Objectives, Member(p, "objectives"), Objective);
        var competence = d.Competence is null ? null : Competence(d.Competence, Member(p, "competence"));
        var scale = d.ClassificationScale is null ? null : _c.Build(Member(p, "classificationScale"), () => new ClassificationScale(_c.Strings(d.ClassificationScale, Member(p, "classificationScale"))));
        var raciMatrix = _c.Build(Member(p, "raci"), () => new RaciMatrix(raci));
        if (_c.HasUnabsorbedErrors)
        {
            return null;
        }

        return _c.Build(p, () => new AimsWorkspace(d.Organization!)
            .WithScope(scope).WithSystems(systems).WithSoa(soa).WithRisks(risks).WithControlMeasures(measures).WithImpactAssessments(assessments)
            .WithRaci(raciMatrix).WithControlOwners(owners).WithGatePolicies(gates).WithIncidents(incidents)
            .WithNonconformities(nonconformities).WithInternalAudits(audits).WithManagementReviews(reviews)
            .WithCertification(certification).WithPolicies(policies).WithObjectives(objectives).WithCompetence(competence).WithClassificationScale(scale)
            .WithReviewIntervalDays(d.ReviewIntervalDays ?? AimsWorkspace.DefaultReviewIntervalDays).WithCurrency(d.Currency).WithShadowAiCandidates(candidates));
    }

    private ShadowAiCandidate? Candidate(ShadowAiCandidateDto d, string p)
    {
        _c.Visit(d, p);
        var source = _c.RequiredEnum<DiscoverySource>(d.Source, Member(p, "source"));
        var last = _c.RequiredDate(d.LastSeen, Member(p, "lastSeen"));
        var first = _c.Date(d.FirstSeen, Member(p, "firstSeen")) ?? last;
        var categories = _c.Enums<DataCategory>(d.DataCategories, Member(p, "dataCategories"));
        var status = _c.Enum(d.Status, Member(p, "status"), ShadowAiCandidateStatus.New);
        return _c.Build(p, () => new ShadowAiCandidate(new DiscoveredAiAsset(source, d.ExternalId!, d.Name!, last).WithSeen(first, last)
                .WithProvider(d.Provider).WithEndpoint(d.Endpoint).WithModelId(d.ModelId).WithObservedBy(d.ObservedBy)
                .WithDataCategories(categories).WithRequestCount(d.RequestCount))
            .WithTriage(status, d.Reason, d.SystemId));
    }

    public DocumentRevision? Revision(RevisionDto? d, string p)
    {
        if (d is null)
        {
            _c.Error(p, "Required: a revision with a version.");
            return null;
        }

        _c.Visit(d, p);
        var log = _c.Items(d.ChangeLog, Member(p, "changeLog"), (e, ep) =>
        {
            _c.Visit(e, ep);
            var at = _c.RequiredInstant(e.ChangedAt, Member(ep, "changedAt"));
            return _c.Build(ep, () => new ChangeLogEntry(e.Version!, e.Author!, at, e.Reason!));
        });
        return _c.Build(p, () => new DocumentRevision(d.Version!, log));
    }

    public AimsScope? Scope(ScopeDto d, string p)
    {
        _c.Visit(d, p);
        var revision = Revision(d.Revision, Member(p, "revision"));
        var issues = _c.Items(d.Issues, Member(p, "issues"), (i, ip) =>
        {
            _c.Visit(i, ip);
            return _c.Build(ip, () => new ContextIssue(i.Id!, i.Description!, i.IsExternal, i.Category));
        });
        var parties = _c.Items(d.InterestedParties, Member(p, "interestedParties"), (i, ip) =>
        {
            _c.Visit(i, ip);
            var requirements = _c.Strings(i.Requirements, Member(ip, "requirements"));
            return _c.Build(ip, () => new InterestedParty(i.Id!, i.Name!, i.IsExternal, requirements));
        });
        var boundaries = _c.Items(d.Boundaries, Member(p, "boundaries"), (b, bp) =>
        {
            _c.Visit(b, bp);
            return _c.Build(bp, () => new ScopeBoundary(b.Description!, b.IsIncluded, b.Justification!).WithSystemId(b.SystemId));
        });
        var interfaces = _c.Items(d.Interfaces, Member(p, "interfaces"), (i, ip) =>
        {
            _c.Visit(i, ip);
            return _c.Build(ip, () => new ScopeInterface(i.Id!, i.Description!, i.IsExternal, i.Counterparty));
        });
        var obligations = _c.Items(d.Obligations, Member(p, "obligations"), (o, op) =>
        {
            _c.Visit(o, op);
            var kind = _c.RequiredEnum<ObligationKind>(o.Kind, Member(op, "kind"));
            return _c.Build(op, () => new Obligation(o.Id!, kind, o.Title!, o.Reference));
        });
        var integrations = _c.Items(d.Integrations, Member(p, "integrations"), (i, ip) =>
        {
            _c.Visit(i, ip);
            var standard = _c.RequiredEnum<ManagementSystemStandard>(i.Standard, Member(ip, "standard"));
            var processes = _c.Enums<SharedProcess>(i.SharedProcesses, Member(ip, "sharedProcesses"));
            return _c.Build(ip, () => new ManagementSystemIntegration(standard, i.IsCertified, processes));
        });
        ClimateChangeRelevance? climate = null;
        if (d.ClimateChange is { } cc)
        {
            var cp = Member(p, "climateChange");
            _c.Visit(cc, cp);
            var reviewed = _c.RequiredDate(cc.ReviewedOn, Member(cp, "reviewedOn"));
            climate = _c.Build(cp, () => new ClimateChangeRelevance(cc.IsRelevant, cc.Rationale!, reviewed));
        }

        return revision is null ? null : _c.Build(p, () => new AimsScope(revision, d.Statement!)
            .WithIssues(issues).WithInterestedParties(parties).WithBoundaries(boundaries).WithInterfaces(interfaces)
            .WithObligations(obligations).WithIntegrations(integrations).WithPermittedDataRegions(_c.Strings(d.PermittedDataRegions, Member(p, "permittedDataRegions"))).WithClimateChange(climate));
    }

    public AiSystem? System(SystemDto d, string p)
    {
        _c.Visit(d, p);
        var stage = _c.Enum(d.LifecycleStage, Member(p, "lifecycleStage"), default(LifecycleStage));
        var level = _c.Enum(d.RiskLevel, Member(p, "riskLevel"), default(RiskLevel));
        var category = _c.Enum(d.EuAiActCategory, Member(p, "euAiActCategory"), default(EuAiActRiskCategory));
        var monitoring = _c.Enum(d.MonitoringStatus, Member(p, "monitoringStatus"), default(MonitoringStatus));
        var reviewed = _c.Date(d.LastReviewDate, Member(p, "lastReviewDate"));
        var stakeholders = _c.Enums<StakeholderRole>(d.StakeholderRoles, Member(p, "stakeholderRoles"));
        var operators = _c.Enums<EuAiActOperatorRole>(d.OperatorRoles, Member(p, "operatorRoles"));
        var traits = _c.Enums<AiSystemTrait>(d.Traits, Member(p, "traits"));
        var deployments = _c.Items(d.Deployments, Member(p, "deployments"), (e, ep) =>
        {
            _c.Visit(e, ep);
            return _c.Build(ep, () => new DeploymentEnvironment(e.Provider!, e.Region!).WithAccount(e.Account));
        });
        var sources = _c.Items(d.DataSources, Member(p, "dataSources"), (s, sp) =>
        {
            _c.Visit(s, sp);
            var use = _c.RequiredEnum<DataUse>(s.Use, Member(sp, "use"));
            var categories = _c.Enums<DataCategory>(s.Categories, Member(sp, "categories"));
            var regions = _c.Strings(s.Regions, Member(sp, "regions"));
            return _c.Build(sp, () => new DataSource(s.Id!, s.Name!, s.Classification!, use).WithOrigin(s.Origin)
                .WithCategories(categories).WithRetention(s.Retention).WithRegions(regions).WithLegalBasis(s.LegalBasis));
        });
        var components = _c.Items(d.Components, Member(p, "components"), (s, sp) =>
        {
            _c.Visit(s, sp);
            var kind = _c.RequiredEnum<ComponentKind>(s.Kind, Member(sp, "kind"));
            var assurances = _c.Enums<VendorAssurance>(s.Assurances, Member(sp, "assurances"));
            return _c.Build(sp, () => new ThirdPartyComponent(s.Name!, kind, s.Supplier!).WithVersion(s.Version).WithSharedResponsibility(s.SharedResponsibility).WithAssurances(assurances));
        });
        var regulatory = _c.Strings(d.RegulatoryRequirements, Member(p, "regulatoryRequirements"));
        var federated = _c.Strings(d.FederatedParticipants, Member(p, "federatedParticipants"));
        var evidence = _c.Items(d.Evidence, Member(p, "evidence"), Evidence);
        var derogation = d.Article6Derogation is null ? null : Derogation(d.Article6Derogation, Member(p, "article6Derogation"));
        var placed = _c.Date(d.PlacedOnMarketOn, Member(p, "placedOnMarketOn"));
        var lineage = d.Lineage is null ? null : Lineage(d.Lineage, Member(p, "lineage"));
        var sustainability = _c.Items(d.Sustainability, Member(p, "sustainability"), Sustainability);
        var ethics = d.EthicsDisclosure is null ? null : Ethics(d.EthicsDisclosure, Member(p, "ethicsDisclosure"));
        var lastSeen = _c.Date(d.LastSeen, Member(p, "lastSeen"));
        var aliases = _c.Strings(d.DiscoveryAliases, Member(p, "discoveryAliases"));
        var endpoints = _c.Strings(d.Endpoints, Member(p, "endpoints"));
        return _c.Build(p, () => new AiSystem(d.Id!, d.Name!)
            .WithVersion(d.Version).WithPurpose(d.Purpose).WithOwner(d.Owner).WithLifecycleStage(stage).WithRiskLevel(level)
            .WithEuAiActCategory(category).WithMonitoringStatus(monitoring).WithLastReviewDate(reviewed).WithShadowAi(d.IsShadowAi)
            .WithStakeholderRoles(stakeholders).WithOperatorRoles(operators).WithTraits(traits).WithDeployments(deployments).WithDataSources(sources)
            .WithComponents(components).WithRegulatoryRequirements(regulatory).WithFederatedParticipants(federated)
            .WithEvidence(evidence).WithAnnexIIIArea(d.AnnexIIIArea).WithGeneralPurposeModel(d.IsGeneralPurposeModel)
            .WithPublicBodyDeployer(d.DeployerIsPublicBody).WithArticle6Derogation(derogation)
            .WithEmotionRecognitionOrBiometricCategorisation(d.IsEmotionRecognitionOrBiometricCategorisation)
            .WithDeepFakesOrPublicInterestText(d.PublishesDeepFakesOrPublicInterestText).WithProfilingOfNaturalPersons(d.ProfilesNaturalPersons)
            .WithSystemicRisk(d.HasSystemicRisk).WithOpenSourceModel(d.IsOpenSource).WithAnnexIProduct(d.IsAnnexIProduct).WithPlacedOnMarketOn(placed)
            .WithLineage(lineage).WithSustainability(sustainability).WithEthicsDisclosure(ethics)
            .WithLastSeen(lastSeen).WithDiscoveryAliases(aliases).WithEndpoints(endpoints));
    }

    private ModelLineage? Lineage(LineageDto d, string p)
    {
        _c.Visit(d, p);
        var fineTuning = _c.Strings(d.FineTuningDataSourceIds, Member(p, "fineTuningDataSourceIds"));
        var runs = _c.Items(d.Runs, Member(p, "runs"), (r, rp) =>
        {
            _c.Visit(r, rp);
            var kind = _c.RequiredEnum<ModelRunKind>(r.Kind, Member(rp, "kind"));
            var completed = _c.RequiredDate(r.CompletedOn, Member(rp, "completedOn"));
            var sources = _c.Strings(r.DataSourceIds, Member(rp, "dataSourceIds"));
            return _c.Build(rp, () => new ModelRun(r.Id!, kind, completed).WithModelVersion(r.ModelVersion).WithDataSourceIds(sources).WithResult(r.Result));
        });
        var approvals = _c.Items(d.Approvals, Member(p, "approvals"), (a, ap) =>
        {
            _c.Visit(a, ap);
            var on = _c.RequiredDate(a.ApprovedOn, Member(ap, "approvedOn"));
            return _c.Build(ap, () => new ModelApproval(a.ModelVersion!, a.ApprovedBy!, on));
        });
        return _c.Build(p, () => new ModelLineage(d.BaseModel!, d.Provider!).WithBaseModelVersion(d.BaseModelVersion)
            .WithFineTuningDataSourceIds(fineTuning).WithRuns(runs).WithApprovals(approvals));
    }

    private AiObjective? Objective(ObjectiveDto d, string p)
    {
        _c.Visit(d, p);
        var direction = _c.RequiredEnum<ObjectiveDirection>(d.Direction, Member(p, "direction"));
        var targetDate = _c.RequiredDate(d.TargetDate, Member(p, "targetDate"));
        var systems = _c.Strings(d.SystemIds, Member(p, "systemIds"));
        var measurements = _c.Items(d.Measurements, Member(p, "measurements"), (m, mp) =>
        {
            _c.Visit(m, mp);
            var on = _c.RequiredDate(m.MeasuredOn, Member(mp, "measuredOn"));
            if (m.Value is not { } value)
            {
                _c.Error(Member(mp, "value"), "Required: the value measured.");
                return null;
            }

            return _c.Build(mp, () => new ObjectiveMeasurement(on, value, m.Source));
        });
        if (d.Target is not { } target)
        {
            _c.Error(Member(p, "target"), "Required: the target value.");
            return null;
        }

        return _c.Build(p, () => new AiObjective(d.Id!, d.Title!, d.Owner!, d.Measure!, target, direction, targetDate)
            .WithUnit(d.Unit).WithBaseline(d.Baseline).WithPlan(d.Plan).WithPolicyId(d.PolicyId).WithSystemIds(systems).WithMeasurements(measurements));
    }

    private CompetenceRegister? Competence(CompetenceDto d, string p)
    {
        _c.Visit(d, p);
        var requirements = _c.Records(d.Requirements, Member(p, "requirements"), (r, rp) =>
        {
            _c.Visit(r, rp);
            return _c.Build(rp, () => new CompetenceRequirement(r.Role!, r.Competence!, r.Description));
        });
        var records = _c.Records(d.Records, Member(p, "records"), (r, rp) =>
        {
            _c.Visit(r, rp);
            var basis = _c.RequiredEnum<CompetenceBasis>(r.Basis, Member(rp, "basis"));
            var achieved = _c.RequiredDate(r.AchievedOn, Member(rp, "achievedOn"));
            var expires = _c.Date(r.ExpiresOn, Member(rp, "expiresOn"));
            return _c.Build(rp, () => new CompetenceRecord(r.Person!, r.Role!, r.Competence!, basis, achieved, expires, r.Evidence));
        });
        return _c.Build(p, () => new CompetenceRegister(requirements, records));
    }

    private SustainabilityMeasurement? Sustainability(SustainabilityDto d, string p)
    {
        _c.Visit(d, p);
        var metric = _c.RequiredEnum<SustainabilityMetric>(d.Metric, Member(p, "metric"));
        var start = _c.RequiredDate(d.PeriodStart, Member(p, "periodStart"));
        var end = _c.RequiredDate(d.PeriodEnd, Member(p, "periodEnd"));
        if (d.Value is not { } value)
        {
            _c.Error(Member(p, "value"), $"Required: the amount in {SustainabilityMeasurement.UnitOf(metric)}.");
            return null;
        }

        return _c.Build(p, () => new SustainabilityMeasurement(metric, value, d.Method!, start, end));
    }

    private DataEthicsDisclosure? Ethics(EthicsDisclosureDto d, string p)
    {
        _c.Visit(d, p);
        var intended = _c.Strings(d.IntendedUses, Member(p, "intendedUses"));
        var prohibited = _c.Strings(d.ProhibitedUses, Member(p, "prohibitedUses"));
        var limitations = _c.Strings(d.KnownLimitations, Member(p, "knownLimitations"));
        var evaluations = _c.Items(d.FairnessEvaluations, Member(p, "fairnessEvaluations"), (f, fp) =>
        {
            _c.Visit(f, fp);
            var on = _c.RequiredDate(f.EvaluatedOn, Member(fp, "evaluatedOn"));
            if (f.Result is not { } result)
            {
                _c.Error(Member(fp, "result"), "Required: the value the metric measured.");
                return null;
            }

            return _c.Build(fp, () => new FairnessEvaluation(f.Metric!, f.ProtectedAttribute!, result, f.Passed, on).WithThreshold(f.Threshold));
        });
        return _c.Build(p, () => new DataEthicsDisclosure().WithIntendedUses(intended).WithProhibitedUses(prohibited)
            .WithKnownLimitations(limitations).WithFairnessEvaluations(evaluations));
    }

    private Article6Derogation? Derogation(Article6DerogationDto d, string p)
    {
        _c.Visit(d, p);
        var condition = _c.RequiredEnum<Article6Condition>(d.Condition, Member(p, "condition"));
        var assessment = d.Assessment is null ? null : Evidence(d.Assessment, Member(p, "assessment"));
        var registered = _c.Date(d.RegisteredOn, Member(p, "registeredOn"));
        return _c.Build(p, () => new Article6Derogation(condition, d.Reasoning!).WithAssessment(assessment).WithRegisteredOn(registered));
    }

    public EvidenceReference? Evidence(EvidenceDto d, string p)
    {
        _c.Visit(d, p);
        var kind = _c.Enum(d.Kind, Member(p, "kind"), default(EvidenceKind));
        var collected = _c.Date(d.CollectedOn, Member(p, "collectedOn"));
        return _c.Build(p, () => new EvidenceReference(d.Title!, kind).WithLocation(d.Location).WithCollectedOn(collected));
    }

    public StatementOfApplicability? Soa(RevisionDto? revisionDto, List<SoaEntryDto?>? entryDtos, List<AdditionalControlDto?>? additionalDtos, Dto d, string p)
    {
        _c.Visit(d, p);
        var revision = Revision(revisionDto, Member(p, "revision"));
        var entries = _c.Records(entryDtos, Member(p, "entries"), (e, ep) =>
        {
            _c.Visit(e, ep);
            var status = _c.Enum(e.Status, Member(ep, "status"), default(ImplementationStatus));
            var risks = _c.Strings(e.RiskIds, Member(ep, "riskIds"));
            var obligations = _c.Strings(e.ObligationIds, Member(ep, "obligationIds"));
            var evidence = _c.Items(e.Evidence, Member(ep, "evidence"), Evidence);
            return _c.Build(ep, () => new SoaEntry(e.ControlId!, e.IsApplicable)
                .WithJustification(e.Justification).WithStatus(status).WithOwner(e.Owner).WithRiskIds(risks).WithObligationIds(obligations).WithEvidence(evidence));
        });
        var additional = _c.Records(additionalDtos, Member(p, "additionalControls"), (a, ap) =>
        {
            _c.Visit(a, ap);
            return _c.Build(ap, () => new AdditionalControl(a.Id!, a.Title!, a.Source));
        });
        return revision is null || _c.HasUnabsorbedErrors ? null : _c.Build(p, () => new StatementOfApplicability(revision, entries, additional));
    }

    public RiskEntry? Risk(RiskDto d, string p)
    {
        _c.Visit(d, p);
        var inherent = Rating(d.Inherent, Member(p, "inherent"), required: true);
        var residual = Rating(d.Residual, Member(p, "residual"), required: false);
        var systems = _c.Strings(d.SystemIds, Member(p, "systemIds"));
        var stages = _c.Enums<LifecycleStage>(d.Stages, Member(p, "stages"));
        var source = _c.Enum(d.Source, Member(p, "source"), RiskSource.Other);
        var threats = _c.Items(d.Threats, Member(p, "threats"), (t, tp) =>
        {
            _c.Visit(t, tp);
            var taxonomy = _c.RequiredEnum<ThreatTaxonomy>(t.Taxonomy, Member(tp, "taxonomy"));
            return _c.Build(tp, () => new ThreatReference(taxonomy, t.Id!));
        });
        var treatment = d.Treatment is null ? null : Treatment(d.Treatment, Member(p, "treatment"));
        var acceptance = d.Acceptance is null ? null : Acceptance(d.Acceptance, Member(p, "acceptance"));
        var reviewOn = _c.Date(d.ReviewOn, Member(p, "reviewOn"));
        var scenario = d.Scenario is null ? null : new RiskMappingReader(_c).Scenario(d.Scenario, Member(p, "scenario"));
        if (inherent is not { } rating)
        {
            return null;
        }

        return _c.Build(p, () => new RiskEntry(d.Id!, d.Title!, d.Owner!, rating)
            .WithSystemIds(systems).WithStages(stages).WithSource(source).WithThreats(threats).WithResidual(residual)
            .WithTreatment(treatment).WithAcceptance(acceptance).WithReviewOn(reviewOn)
            .WithQuantitativeResultId(d.QuantitativeResultId).WithDescription(d.Description).WithScenario(scenario));
    }

    private RiskTreatment? Treatment(TreatmentDto d, string p)
    {
        _c.Visit(d, p);
        var option = _c.RequiredEnum<TreatmentOption>(d.Option, Member(p, "option"));
        var controls = _c.Strings(d.ControlIds, Member(p, "controlIds"));
        var due = _c.Date(d.DueOn, Member(p, "dueOn"));
        var status = _c.Enum(d.Status, Member(p, "status"), default(TreatmentStatus));
        return _c.Build(p, () => new RiskTreatment(option).WithControlIds(controls).WithDueOn(due).WithStatus(status).WithPlan(d.Plan));
    }

    private RiskAcceptance? Acceptance(AcceptanceDto d, string p)
    {
        _c.Visit(d, p);
        var on = _c.RequiredDate(d.AcceptedOn, Member(p, "acceptedOn"));
        return _c.Build(p, () => new RiskAcceptance(d.AcceptedBy!, on).WithRationale(d.Rationale));
    }

    private RiskRating? Rating(RatingDto? d, string p, bool required)
    {
        if (d is null)
        {
            if (required)
            {
                _c.Error(p, "Required: a rating with likelihood and impact (1-5).");
            }

            return null;
        }

        _c.Visit(d, p);
        var box = _c.Build(p, () => new RatingBox(new RiskRating(d.Likelihood, d.Impact)));
        return box?.Rating;
    }

    private ImpactAssessment? ImpactAssessment(ImpactAssessmentDto d, string p)
    {
        _c.Visit(d, p);
        var revision = Revision(d.Revision, Member(p, "revision"));
        var parties = _c.Items(d.AffectedParties, Member(p, "affectedParties"), (a, ap) =>
        {
            _c.Visit(a, ap);
            var kind = _c.RequiredEnum<AffectedPartyKind>(a.Kind, Member(ap, "kind"));
            return _c.Build(ap, () => new AffectedParty(a.Description!, kind, a.IsVulnerable));
        });
        var findings = _c.Items(d.Findings, Member(p, "findings"), (f, fp) =>
        {
            _c.Visit(f, fp);
            var area = _c.RequiredEnum<ImpactArea>(f.Area, Member(fp, "area"));
            var rating = Rating(f.Rating, Member(fp, "rating"), required: true);
            var mitigations = _c.Strings(f.Mitigations, Member(fp, "mitigations"));
            return rating is { } r ? _c.Build(fp, () => new ImpactFinding(area, f.Description!, r, mitigations)) : null;
        });
        var approvedOn = _c.Date(d.ApprovedOn, Member(p, "approvedOn"));
        var next = _c.Date(d.NextReviewOn, Member(p, "nextReviewOn"));
        var misuse = _c.Strings(d.ForeseeableMisuse, Member(p, "foreseeableMisuse"));
        var triggers = _c.Strings(d.ReviewTriggers, Member(p, "reviewTriggers"));
        var benefits = _c.Items(d.Benefits, Member(p, "benefits"), (b, bp) =>
        {
            _c.Visit(b, bp);
            var area = _c.RequiredEnum<ImpactArea>(b.Area, Member(bp, "area"));
            return _c.Build(bp, () => new ImpactBenefit(area, b.Description!));
        });
        AuthorityNotification? notification = null;
        if (d.AuthorityNotification is { } n)
        {
            var np = Member(p, "authorityNotification");
            _c.Visit(n, np);
            var day = _c.RequiredDate(n.NotifiedOn, Member(np, "notifiedOn"));
            notification = _c.Build(np, () => new AuthorityNotification(n.Authority!, day, n.Reference));
        }

        DpiaReference? dpia = null;
        if (d.Dpia is { } dp)
        {
            var dpp = Member(p, "dpia");
            _c.Visit(dp, dpp);
            var completed = _c.Date(dp.CompletedOn, Member(dpp, "completedOn"));
            dpia = _c.Build(dpp, () => new DpiaReference(dp.Title!, completed, dp.Location));
        }

        return revision is null ? null : _c.Build(p, () => new ImpactAssessment(d.Id!, d.SystemId!, revision)
            .WithAffectedParties(parties).WithFindings(findings).WithFundamentalRightsAssessment(d.IsFundamentalRightsAssessment)
            .WithApproval(d.ApprovedBy, approvedOn).WithNextReviewOn(next)
            .WithSystemDescription(d.SystemDescription).WithIntendedUse(d.IntendedUse).WithForeseeableMisuse(misuse).WithBenefits(benefits)
            .WithMonitoring(d.Monitoring).WithReviewTriggers(triggers).WithStakeholderEngagement(d.StakeholderEngagement)
            .WithDeployerProcess(d.DeployerProcess).WithPeriodAndFrequencyOfUse(d.PeriodAndFrequencyOfUse).WithHumanOversight(d.HumanOversight)
            .WithRiskResponse(d.RiskResponse).WithComplaintMechanism(d.ComplaintMechanism).WithAuthorityNotification(notification).WithDpia(dpia));
    }

    private DeploymentGatePolicy? GatePolicy(GatePolicyDto d, string p)
    {
        _c.Visit(d, p);
        var requirements = _c.Items(d.Requirements, Member(p, "requirements"), (r, rp) =>
        {
            _c.Visit(r, rp);
            var check = _c.RequiredEnum<GateCheck>(r.Check, Member(rp, "check"));
            var tiers = _c.Enums<RiskLevel>(r.Tiers, Member(rp, "tiers"));
            GateRequirement? requirement;
            switch (check)
            {
                case GateCheck.Evidence:
                    var kind = _c.RequiredEnum<EvidenceKind>(r.EvidenceKind, Member(rp, "evidenceKind"));
                    requirement = _c.Build(rp, () => GateRequirement.Evidence(kind, r.Description));
                    break;
                case GateCheck.ImpactAssessmentApproved:
                    requirement = GateRequirement.ImpactAssessmentApproved();
                    break;
                case GateCheck.ResidualRisksAccepted:
                    requirement = GateRequirement.ResidualRisksAccepted();
                    break;
                default:
                    requirement = GateRequirement.MonitoringInPlace();
                    break;
            }

            return requirement is null || tiers.Count == 0 ? requirement : _c.Build(rp, () => requirement.WithTiers(tiers));
        });
        return _c.Build(p, () => new DeploymentGatePolicy(d.Id!, d.Name!, requirements));
    }

    private AiIncident? Incident(IncidentDto d, string p)
    {
        _c.Visit(d, p);
        var severity = _c.RequiredEnum<IncidentSeverity>(d.Severity, Member(p, "severity"));
        var aware = _c.RequiredInstant(d.AwareAt, Member(p, "awareAt"));
        var systems = _c.Strings(d.SystemIds, Member(p, "systemIds"));
        var occurred = _c.Instant(d.OccurredAt, Member(p, "occurredAt"));
        var resolved = _c.Instant(d.ResolvedAt, Member(p, "resolvedAt"));
        var criteria = _c.Enums<SeriousIncidentCriterion>(d.SeriousCriteria, Member(p, "seriousCriteria"));
        var reported = _c.Instant(d.ReportedAt, Member(p, "reportedAt"));
        return _c.Build(p, () => new AiIncident(d.Id!, d.Title!, severity, aware)
            .WithSystemIds(systems).WithOccurredAt(occurred).WithResolvedAt(resolved).WithSeriousCriteria(criteria).WithReportedAt(reported));
    }

    private Nonconformity? Nonconformity(NonconformityDto d, string p)
    {
        _c.Visit(d, p);
        var raised = _c.RequiredDate(d.RaisedOn, Member(p, "raisedOn"));
        var actions = _c.Items(d.CorrectiveActions, Member(p, "correctiveActions"), (a, ap) =>
        {
            _c.Visit(a, ap);
            var due = _c.RequiredDate(a.DueOn, Member(ap, "dueOn"));
            var done = _c.Date(a.CompletedOn, Member(ap, "completedOn"));
            return _c.Build(ap, () => new CorrectiveAction(a.Description!, a.Owner!, due).WithCompletedOn(done));
        });
        var closed = _c.Date(d.ClosedOn, Member(p, "closedOn"));
        return _c.Build(p, () => new Nonconformity(d.Id!, d.Description!, raised)
            .WithRequirementId(d.RequirementId).WithSourceId(d.SourceId).WithCorrectiveActions(actions).WithClosedOn(closed));
    }

    private InternalAudit? Audit(InternalAuditDto d, string p)
    {
        _c.Visit(d, p);
        var planned = _c.RequiredDate(d.PlannedOn, Member(p, "plannedOn"));
        var scope = _c.Strings(d.Scope, Member(p, "scope"));
        var performed = _c.Date(d.PerformedOn, Member(p, "performedOn"));
        var findings = _c.Items(d.Findings, Member(p, "findings"), (f, fp) =>
        {
            _c.Visit(f, fp);
            var type = _c.RequiredEnum<AuditFindingType>(f.Type, Member(fp, "type"));
            return _c.Build(fp, () => new AuditFinding(f.Id!, type, f.Description!).WithRequirementId(f.RequirementId).WithNonconformityId(f.NonconformityId));
        });
        return _c.Build(p, () => new InternalAudit(d.Id!, d.Title!, planned, d.Auditor!).WithScope(scope).WithPerformedOn(performed).WithFindings(findings));
    }

    private ManagementReview? Review(ManagementReviewDto d, string p)
    {
        _c.Visit(d, p);
        var held = _c.RequiredDate(d.HeldOn, Member(p, "heldOn"));
        var inputs = _c.Items(d.Inputs, Member(p, "inputs"), (i, ip) =>
        {
            _c.Visit(i, ip);
            var topic = _c.RequiredEnum<ManagementReviewTopic>(i.Topic, Member(ip, "topic"));
            return _c.Build(ip, () => new ManagementReviewInput(topic, i.Summary!));
        });
        var decisions = _c.Items(d.Decisions, Member(p, "decisions"), (x, xp) =>
        {
            _c.Visit(x, xp);
            var due = _c.Date(x.DueOn, Member(xp, "dueOn"));
            return _c.Build(xp, () => new ManagementReviewDecision(x.Decision!, x.ChangesAims).WithOwner(x.Owner).WithDueOn(due));
        });
        var attendees = _c.Strings(d.Attendees, Member(p, "attendees"));
        var figures = d.Figures is null ? null : ReviewFigures(d.Figures, Member(p, "figures"));
        return _c.Build(p, () => new ManagementReview(d.Id!, held).WithInputs(inputs).WithDecisions(decisions).WithAttendees(attendees).WithFigures(figures));
    }

    private ManagementReviewFigures? ReviewFigures(ReviewFiguresDto d, string p)
    {
        _c.Visit(d, p);
        var start = _c.RequiredDate(d.PeriodStart, Member(p, "periodStart"));
        var end = _c.RequiredDate(d.PeriodEnd, Member(p, "periodEnd"));
        return _c.Build(p, () => new ManagementReviewFigures(start, end)
            .WithIncidentCount(d.IncidentCount).WithSeriousIncidentCount(d.SeriousIncidentCount).WithOpenNonconformityCount(d.OpenNonconformityCount));
    }

    private CertificationPlan? Certification(CertificationDto d, string p)
    {
        _c.Visit(d, p);
        var milestones = _c.Items(d.Milestones, Member(p, "milestones"), (m, mp) =>
        {
            _c.Visit(m, mp);
            var stage = _c.RequiredEnum<CertificationStage>(m.Stage, Member(mp, "stage"));
            var planned = _c.RequiredDate(m.PlannedOn, Member(mp, "plannedOn"));
            var completed = _c.Date(m.CompletedOn, Member(mp, "completedOn"));
            return _c.Build(mp, () => new CertificationMilestone(stage, planned).WithCompletedOn(completed).WithOutcome(m.Outcome));
        });
        var expires = _c.Date(d.CertificateExpiresOn, Member(p, "certificateExpiresOn"));
        return _c.Build(p, () => new CertificationPlan(d.CertificationBody!).WithMilestones(milestones).WithCertificateExpiresOn(expires));
    }

    private AiPolicy? Policy(PolicyDto d, string p)
    {
        _c.Visit(d, p);
        var revision = Revision(d.Revision, Member(p, "revision"));
        var approved = _c.Date(d.ApprovedOn, Member(p, "approvedOn"));
        var next = _c.Date(d.NextReviewOn, Member(p, "nextReviewOn"));
        return revision is null ? null : _c.Build(p, () => new AiPolicy(d.Id!, d.Title!, d.Owner!, revision).WithApprovedOn(approved).WithNextReviewOn(next));
    }

    /// <summary>Lets a struct built by a throwing constructor flow through <see cref="ReadContext.Build{T}"/>.</summary>
    private sealed record RatingBox(RiskRating Rating);
}
