using System.Globalization;
using Aims.Mapping;
using Aims.Model;
using Aims.Risk;
using static Aims.Serialization.Json.Wire.EnumText;

namespace Aims.Serialization.Json.Wire;

/// <summary>Turns model objects into wire objects. Empty lists and absent values are omitted.</summary>
internal static class ModelWriter
{
    public static WorkspaceDto Workspace(AimsWorkspace w) => new()
    {
        Organization = w.Organization,
        Scope = w.Scope is null ? null : Scope(w.Scope),
        Systems = List(w.Systems, System),
        Soa = w.Soa is null ? null : new SoaDto { Revision = Revision(w.Soa.Revision), Entries = List(w.Soa.Entries, Entry), AdditionalControls = List(w.Soa.AdditionalControls, Additional) },
        Risks = List(w.Risks, Risk),
        ControlMeasures = List(w.ControlMeasures, m => new ControlMeasureDto
        {
            ControlId = m.ControlId,
            Name = m.Control.Name,
            AnnualCost = m.Control.AnnualCost,
            Function = Write(m.Control.Function),
            Effects = List(m.Control.Effects, e => new ControlEffectDto { Node = Write(e.Node), Kind = Write(e.Kind), Amount = Estimate(e.Amount), Form = Write(e.Form) }),
            RiskIds = Strings(m.RiskIds),
            Basis = m.Basis,
        }),
        ImpactAssessments = List(w.ImpactAssessments, Assessment),
        Raci = w.Raci.Assignments.IsEmpty ? null : new RaciDto { Assignments = List(w.Raci.Assignments, a => new RaciAssignmentDto { Activity = a.Activity, Role = a.Role, Code = Write(a.Code) }) },
        ControlOwners = List(w.ControlOwners, o => new ControlOwnershipDto { ControlId = o.ControlId, Owner = o.Owner, Scope = o.Scope }),
        GatePolicies = List(w.GatePolicies, g => new GatePolicyDto
        {
            Id = g.Id,
            Name = g.Name,
            Requirements = List(g.Requirements, r => new GateRequirementDto
            {
                Check = Write(r.Check),
                EvidenceKind = Write(r.EvidenceKind),
                Description = r.Check == GateCheck.Evidence ? r.Description : null,
                Tiers = List(r.Tiers, t => Write(t)),
            }),
        }),
        Incidents = List(w.Incidents, i => new IncidentDto
        {
            Id = i.Id,
            Title = i.Title,
            Severity = Write(i.Severity),
            AwareAt = Instant(i.AwareAt),
            SystemIds = Strings(i.SystemIds),
            OccurredAt = Instant(i.OccurredAt),
            ResolvedAt = Instant(i.ResolvedAt),
            SeriousCriteria = List(i.SeriousCriteria, c => Write(c)),
            ReportedAt = Instant(i.ReportedAt),
        }),
        Nonconformities = List(w.Nonconformities, n => new NonconformityDto
        {
            Id = n.Id,
            Description = n.Description,
            RaisedOn = Date(n.RaisedOn),
            RequirementId = n.RequirementId,
            SourceId = n.SourceId,
            CorrectiveActions = List(n.CorrectiveActions, a => new CorrectiveActionDto { Description = a.Description, Owner = a.Owner, DueOn = Date(a.DueOn), CompletedOn = Date(a.CompletedOn) }),
            ClosedOn = Date(n.ClosedOn),
        }),
        InternalAudits = List(w.InternalAudits, a => new InternalAuditDto
        {
            Id = a.Id,
            Title = a.Title,
            PlannedOn = Date(a.PlannedOn),
            Auditor = a.Auditor,
            Scope = Strings(a.Scope),
            PerformedOn = Date(a.PerformedOn),
            Findings = List(a.Findings, f => new AuditFindingDto { Id = f.Id, Type = Write(f.Type), Description = f.Description, RequirementId = f.RequirementId, NonconformityId = f.NonconformityId }),
        }),
        ManagementReviews = List(w.ManagementReviews, r => new ManagementReviewDto
        {
            Id = r.Id,
            HeldOn = Date(r.HeldOn),
            Inputs = List(r.Inputs, i => new ReviewInputDto { Topic = Write(i.Topic), Summary = i.Summary }),
            Decisions = List(r.Decisions, x => new ReviewDecisionDto { Decision = x.Decision, ChangesAims = x.ChangesAims, Owner = x.Owner, DueOn = Date(x.DueOn) }),
            Attendees = Strings(r.Attendees),
            Figures = r.Figures is not { } f ? null : new ReviewFiguresDto
            {
                PeriodStart = Date(f.PeriodStart),
                PeriodEnd = Date(f.PeriodEnd),
                IncidentCount = f.IncidentCount,
                SeriousIncidentCount = f.SeriousIncidentCount,
                OpenNonconformityCount = f.OpenNonconformityCount,
            },
        }),
        Certification = w.Certification is not { } c ? null : new CertificationDto
        {
            CertificationBody = c.CertificationBody,
            Milestones = List(c.Milestones, m => new MilestoneDto { Stage = Write(m.Stage), PlannedOn = Date(m.PlannedOn), CompletedOn = Date(m.CompletedOn), Outcome = m.Outcome }),
            CertificateExpiresOn = Date(c.CertificateExpiresOn),
        },
        Policies = List(w.Policies, p => new PolicyDto { Id = p.Id, Title = p.Title, Owner = p.Owner, Revision = Revision(p.Revision), ApprovedOn = Date(p.ApprovedOn), NextReviewOn = Date(p.NextReviewOn) }),
        Objectives = List(w.Objectives, o => new ObjectiveDto
        {
            Id = o.Id,
            Title = o.Title,
            Owner = o.Owner,
            Measure = o.Measure,
            Unit = o.Unit,
            Baseline = o.Baseline,
            Target = o.Target,
            Direction = Write(o.Direction),
            TargetDate = Date(o.TargetDate),
            Plan = o.Plan,
            PolicyId = o.PolicyId,
            SystemIds = Strings(o.SystemIds),
            Measurements = List(o.Measurements, m => new ObjectiveMeasurementDto { MeasuredOn = Date(m.MeasuredOn), Value = m.Value, Source = m.Source }),
        }),
        Competence = w.Competence.IsEmpty ? null : new CompetenceDto
        {
            Requirements = List(w.Competence.Requirements, r => new CompetenceRequirementDto { Role = r.Role, Competence = r.Competence, Description = r.Description }),
            Records = List(w.Competence.Records, r => new CompetenceRecordDto
            {
                Person = r.Person,
                Role = r.Role,
                Competence = r.Competence,
                Basis = Write(r.Basis),
                AchievedOn = Date(r.AchievedOn),
                ExpiresOn = Date(r.ExpiresOn),
                Evidence = r.Evidence,
            }),
        },
        ClassificationScale = w.ClassificationScale.Levels.SequenceEqual(ClassificationScale.Default.Levels) ? null : [.. w.ClassificationScale.Levels],
        ReviewIntervalDays = w.ReviewIntervalDays == AimsWorkspace.DefaultReviewIntervalDays ? null : w.ReviewIntervalDays,
        Currency = w.Currency,
        ShadowAiCandidates = List(w.ShadowAiCandidates, c => new ShadowAiCandidateDto
        {
            Source = Write(c.Asset.Source),
            ExternalId = c.Asset.ExternalId,
            Name = c.Asset.Name,
            Provider = c.Asset.Provider,
            Endpoint = c.Asset.Endpoint,
            ModelId = c.Asset.ModelId,
            FirstSeen = Date(c.Asset.FirstSeen),
            LastSeen = Date(c.Asset.LastSeen),
            ObservedBy = c.Asset.ObservedBy,
            DataCategories = List(c.Asset.DataCategories, x => Write(x)),
            RequestCount = c.Asset.RequestCount,
            Status = Write(c.Status),
            Reason = c.Reason,
            SystemId = c.SystemId,
        }),
    };

    public static SoaDocumentDto Soa(StatementOfApplicability soa) => new()
    {
        Revision = Revision(soa.Revision),
        Entries = List(soa.Entries, Entry) ?? [],
        AdditionalControls = List(soa.AdditionalControls, Additional),
    };

    public static RevisionDto Revision(DocumentRevision r) => new()
    {
        Version = r.Version,
        ChangeLog = List(r.ChangeLog, e => new ChangeLogEntryDto { Version = e.Version, Author = e.Author, ChangedAt = Instant(e.ChangedAt), Reason = e.Reason }),
    };

    public static ScopeDto Scope(AimsScope s) => new()
    {
        Revision = Revision(s.Revision),
        Statement = s.Statement,
        Issues = List(s.Issues, i => new ContextIssueDto { Id = i.Id, Description = i.Description, IsExternal = i.IsExternal, Category = i.Category }),
        InterestedParties = List(s.InterestedParties, i => new InterestedPartyDto { Id = i.Id, Name = i.Name, IsExternal = i.IsExternal, Requirements = Strings(i.Requirements) }),
        Boundaries = List(s.Boundaries, b => new BoundaryDto { Description = b.Description, IsIncluded = b.IsIncluded, Justification = b.Justification, SystemId = b.SystemId }),
        Interfaces = List(s.Interfaces, i => new InterfaceDto { Id = i.Id, Description = i.Description, IsExternal = i.IsExternal, Counterparty = i.Counterparty }),
        Obligations = List(s.Obligations, o => new ObligationDto { Id = o.Id, Kind = Write(o.Kind), Title = o.Title, Reference = o.Reference }),
        Integrations = List(s.Integrations, i => new IntegrationDto { Standard = Write(i.Standard), IsCertified = i.IsCertified, SharedProcesses = List(i.SharedProcesses, x => Write(x)) }),
        PermittedDataRegions = Strings(s.PermittedDataRegions),
        ClimateChange = s.ClimateChange is { } cc ? new ClimateChangeDto { IsRelevant = cc.IsRelevant, Rationale = cc.Rationale, ReviewedOn = Date(cc.ReviewedOn) } : null,
    };

    public static SystemDto System(AiSystem s) => new()
    {
        Id = s.Id,
        Name = s.Name,
        Version = s.Version,
        Purpose = s.Purpose,
        Owner = s.Owner,
        LifecycleStage = Write(s.LifecycleStage),
        RiskLevel = Write(s.RiskLevel),
        EuAiActCategory = Write(s.EuAiActCategory),
        MonitoringStatus = Write(s.MonitoringStatus),
        LastReviewDate = Date(s.LastReviewDate),
        IsShadowAi = s.IsShadowAi,
        StakeholderRoles = List(s.StakeholderRoles, r => Write(r)),
        OperatorRoles = List(s.OperatorRoles, r => Write(r)),
        Traits = List(s.Traits, t => Write(t)),
        Deployments = List(s.Deployments, d => new DeploymentDto { Provider = d.Provider, Region = d.Region, Account = d.Account }),
        DataSources = List(s.DataSources, d => new DataSourceDto
        {
            Id = d.Id,
            Name = d.Name,
            Classification = d.Classification,
            Use = Write(d.Use),
            Origin = d.Origin,
            Categories = List(d.Categories, c => Write(c)),
            Retention = d.Retention,
            Regions = Strings(d.Regions),
            LegalBasis = d.LegalBasis,
        }),
        Components = List(s.Components, c => new ComponentDto { Name = c.Name, Kind = Write(c.Kind), Supplier = c.Supplier, Version = c.Version, SharedResponsibility = c.SharedResponsibility, Assurances = List(c.Assurances, a => Write(a)) }),
        RegulatoryRequirements = Strings(s.RegulatoryRequirements),
        FederatedParticipants = Strings(s.FederatedParticipants),
        Evidence = List(s.Evidence, Evidence),
        AnnexIIIArea = s.AnnexIIIArea,
        IsGeneralPurposeModel = s.IsGeneralPurposeModel,
        DeployerIsPublicBody = s.DeployerIsPublicBody,
        Article6Derogation = s.Article6Derogation is not { } a ? null : new Article6DerogationDto
        {
            Condition = Write(a.Condition),
            Reasoning = a.Reasoning,
            Assessment = a.Assessment is { } e ? Evidence(e) : null,
            RegisteredOn = Date(a.RegisteredOn),
        },
        IsEmotionRecognitionOrBiometricCategorisation = s.IsEmotionRecognitionOrBiometricCategorisation,
        PublishesDeepFakesOrPublicInterestText = s.PublishesDeepFakesOrPublicInterestText,
        ProfilesNaturalPersons = s.ProfilesNaturalPersons,
        HasSystemicRisk = s.HasSystemicRisk,
        IsOpenSource = s.IsOpenSource,
        IsAnnexIProduct = s.IsAnnexIProduct,
        PlacedOnMarketOn = Date(s.PlacedOnMarketOn),
        Lineage = s.Lineage is not { } l ? null : new LineageDto
        {
            BaseModel = l.BaseModel,
            Provider = l.Provider,
            BaseModelVersion = l.BaseModelVersion,
            FineTuningDataSourceIds = Strings(l.FineTuningDataSourceIds),
            Runs = List(l.Runs, r => new ModelRunDto { Id = r.Id, Kind = Write(r.Kind), CompletedOn = Date(r.CompletedOn), ModelVersion = r.ModelVersion, DataSourceIds = Strings(r.DataSourceIds), Result = r.Result }),
            Approvals = List(l.Approvals, a => new ModelApprovalDto { ModelVersion = a.ModelVersion, ApprovedBy = a.ApprovedBy, ApprovedOn = Date(a.ApprovedOn) }),
        },
        Sustainability = List(s.Sustainability, m => new SustainabilityDto { Metric = Write(m.Metric), Value = m.Value, Method = m.Method, PeriodStart = Date(m.PeriodStart), PeriodEnd = Date(m.PeriodEnd) }),
        EthicsDisclosure = s.EthicsDisclosure is not { } x ? null : new EthicsDisclosureDto
        {
            IntendedUses = Strings(x.IntendedUses),
            ProhibitedUses = Strings(x.ProhibitedUses),
            KnownLimitations = Strings(x.KnownLimitations),
            FairnessEvaluations = List(x.FairnessEvaluations, f => new FairnessEvaluationDto
            {
                Metric = f.Metric,
                ProtectedAttribute = f.ProtectedAttribute,
                Result = f.Result,
                Passed = f.Passed,
                EvaluatedOn = Date(f.EvaluatedOn),
                Threshold = f.Threshold,
            }),
        },
        LastSeen = Date(s.LastSeen),
        DiscoveryAliases = Strings(s.DiscoveryAliases),
        Endpoints = Strings(s.Endpoints),
    };

    public static RiskDto Risk(RiskEntry r) => new()
    {
        Id = r.Id,
        Title = r.Title,
        Description = r.Description,
        Owner = r.Owner,
        Inherent = Rating(r.Inherent),
        Residual = r.Residual is { } residual ? Rating(residual) : null,
        SystemIds = Strings(r.SystemIds),
        Stages = List(r.Stages, s => Write(s)),
        Source = Write(r.Source),
        Threats = List(r.Threats, t => new ThreatDto { Taxonomy = Write(t.Taxonomy), Id = t.Id }),
        Treatment = r.Treatment is not { } t ? null : new TreatmentDto
        {
            Option = Write(t.Option),
            ControlIds = Strings(t.ControlIds),
            DueOn = Date(t.DueOn),
            Status = Write(t.Status),
            Plan = t.Plan,
        },
        Acceptance = r.Acceptance is not { } a ? null : new AcceptanceDto { AcceptedBy = a.AcceptedBy, AcceptedOn = Date(a.AcceptedOn), Rationale = a.Rationale },
        ReviewOn = Date(r.ReviewOn),
        QuantitativeResultId = r.QuantitativeResultId,
        Scenario = r.Scenario is null ? null : Scenario(r.Scenario),
    };

    public static FairScenarioSetDto ScenarioSet(FairScenarioSet set) => new()
    {
        Name = set.Name,
        Semantics = set.FrequencyMode is null && set.VulnerabilityMode is null
            ? null
            : new SemanticsDto { Frequency = Write(set.FrequencyMode), Vulnerability = Write(set.VulnerabilityMode) },
        Scenarios = [.. set.Scenarios.Select(Scenario)],
    };

    public static FairScenarioDto Scenario(FairScenario s) => new()
    {
        Name = s.Name,
        LossEventFrequency = Estimate(s.LossEventFrequency),
        ThreatEventFrequency = Estimate(s.ThreatEventFrequency),
        ContactFrequency = Estimate(s.ContactFrequency),
        ProbabilityOfAction = Estimate(s.ProbabilityOfAction),
        Vulnerability = Estimate(s.Vulnerability),
        ThreatCapability = Estimate(s.ThreatCapability),
        ResistanceStrength = Estimate(s.ResistanceStrength),
        PrimaryLoss = Estimate(s.PrimaryLoss),
        PrimaryLossByForm = Forms(s.PrimaryLossByForm),
        SecondaryLossEventFrequency = Estimate(s.SecondaryLossEventFrequency),
        SecondaryLoss = Estimate(s.SecondaryLoss),
        SecondaryLossByForm = Forms(s.SecondaryLossByForm),
        EventCountDispersion = s.EventCountDispersion,
    };

    public static EstimateDto? Estimate(Estimate? e) => e?.Kind switch
    {
        null => null,
        EstimateKind.Pert => new EstimateDto { Type = "pert", Min = e.Parameter1, Mode = e.Parameter2, Max = e.Parameter3, Gamma = Gamma(e) },
        EstimateKind.PyfairPert => new EstimateDto { Type = "pyfairPert", Min = e.Parameter1, Mode = e.Parameter2, Max = e.Parameter3, Gamma = Gamma(e) },
        EstimateKind.Triangular => new EstimateDto { Type = "triangular", Min = e.Parameter1, Mode = e.Parameter2, Max = e.Parameter3 },
        EstimateKind.Uniform => new EstimateDto { Type = "uniform", Min = e.Parameter1, Max = e.Parameter2 },
        EstimateKind.Normal => new EstimateDto { Type = "normal", Mean = e.Parameter1, Sd = e.Parameter2 },
        EstimateKind.TruncatedNormal => new EstimateDto { Type = "truncatedNormal", Mean = e.Parameter1, Sd = e.Parameter2 },
        EstimateKind.Lognormal => new EstimateDto { Type = "lognormal90", Lower = e.Parameter1, Upper = e.Parameter2 },
        _ => new EstimateDto { Type = "constant", Value = e.Parameter1 },
    };

    public static MappingSetDto MappingSet(MappingSet set) => new()
    {
        Id = set.Id,
        SourceFramework = set.SourceFramework,
        TargetFramework = set.TargetFramework,
        StrengthScale = set.StrengthScale,
        Provenance = new ProvenanceDto
        {
            SourceDocument = set.Provenance.SourceDocument,
            Version = set.Provenance.Version,
            Authors = set.Provenance.Authors,
            Method = set.Provenance.Method,
            Status = Write(set.Provenance.Status),
            Date = Date(set.Provenance.Date),
            Licence = set.Provenance.Licence,
        },
        Mappings = [.. set.Mappings.Select(m => new MappingDto
        {
            SourceFramework = m.SourceFramework == set.SourceFramework ? null : m.SourceFramework,
            SourceId = m.SourceId,
            TargetFramework = m.TargetFramework == set.TargetFramework ? null : m.TargetFramework,
            TargetId = m.TargetId,
            Relationship = Write(m.Relationship),
            Rationale = Write(m.Rationale),
            Confidence = m.Confidence == MappingConfidence.Unspecified ? null : Write(m.Confidence),
            Strength = m.Strength,
            Notes = m.Notes,
        })],
    };

    public static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string? Instant(DateTimeOffset? instant) =>
        instant?.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture);

    private static double? Gamma(Estimate e) => e.Gamma == Aims.Risk.Estimate.DefaultPertGamma ? null : e.Gamma;

    private static Dictionary<string, EstimateDto?>? Forms(System.Collections.Immutable.ImmutableSortedDictionary<LossForm, Estimate> forms) =>
        forms.Count == 0 ? null : forms.ToDictionary(f => Write(f.Key), f => Estimate(f.Value));

    private static EvidenceDto Evidence(EvidenceReference e) =>
        new() { Title = e.Title, Kind = Write(e.Kind), Location = e.Location, CollectedOn = Date(e.CollectedOn) };

    private static SoaEntryDto Entry(SoaEntry e) => new()
    {
        ControlId = e.ControlId,
        IsApplicable = e.IsApplicable,
        Justification = e.Justification,
        Status = Write(e.Status),
        Owner = e.Owner,
        RiskIds = Strings(e.RiskIds),
        ObligationIds = Strings(e.ObligationIds),
        Evidence = List(e.Evidence, Evidence),
    };

    private static AdditionalControlDto Additional(AdditionalControl a) => new() { Id = a.Id, Title = a.Title, Source = a.Source };

    private static ImpactAssessmentDto Assessment(ImpactAssessment a) => new()
    {
        Id = a.Id,
        SystemId = a.SystemId,
        Revision = Revision(a.Revision),
        AffectedParties = List(a.AffectedParties, p => new AffectedPartyDto { Description = p.Description, Kind = Write(p.Kind), IsVulnerable = p.IsVulnerable }),
        Findings = List(a.Findings, f => new ImpactFindingDto { Area = Write(f.Area), Description = f.Description, Rating = Rating(f.Rating), Mitigations = Strings(f.Mitigations) }),
        IsFundamentalRightsAssessment = a.IsFundamentalRightsAssessment,
        ApprovedBy = a.ApprovedBy,
        ApprovedOn = Date(a.ApprovedOn),
        NextReviewOn = Date(a.NextReviewOn),
        SystemDescription = a.SystemDescription,
        IntendedUse = a.IntendedUse,
        ForeseeableMisuse = Strings(a.ForeseeableMisuse),
        Benefits = List(a.Benefits, b => new ImpactBenefitDto { Area = Write(b.Area), Description = b.Description }),
        Monitoring = a.Monitoring,
        ReviewTriggers = Strings(a.ReviewTriggers),
        StakeholderEngagement = a.StakeholderEngagement,
        DeployerProcess = a.DeployerProcess,
        PeriodAndFrequencyOfUse = a.PeriodAndFrequencyOfUse,
        HumanOversight = a.HumanOversight,
        RiskResponse = a.RiskResponse,
        ComplaintMechanism = a.ComplaintMechanism,
        AuthorityNotification = a.AuthorityNotification is { } n ? new AuthorityNotificationDto { Authority = n.Authority, NotifiedOn = Date(n.NotifiedOn), Reference = n.Reference } : null,
        Dpia = a.Dpia is { } dpia ? new DpiaReferenceDto { Title = dpia.Title, CompletedOn = Date(dpia.CompletedOn), Location = dpia.Location } : null,
    };

    private static RatingDto Rating(RiskRating r) => new() { Likelihood = r.Likelihood, Impact = r.Impact };

    private static List<string?>? Strings(IEnumerable<string> items) => List(items, s => s);

    private static List<TDto?>? List<T, TDto>(IEnumerable<T> items, Func<T, TDto> map)
    {
        List<TDto?> list = [.. items.Select(map)];
        return list.Count == 0 ? null : list;
    }
}
