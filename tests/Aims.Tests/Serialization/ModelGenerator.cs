using Aims.Mapping;
using Aims.Model;
using Aims.Risk;

namespace Aims.Tests.Serialization;

/// <summary>
/// Builds rich, structurally valid model graphs from a seed (FsCheck supplies the seeds): every optional member is
/// sometimes present, and text includes quotes, newlines, non-ASCII and spreadsheet formula prefixes.
/// </summary>
internal sealed class ModelGenerator(int seed, int size = 4)
{
    private static readonly string[] Texts =
    [
        "Credit scoring", "=1+2", "+SUM(A1)", "-10", "@cmd", "\tTabbed", "Quote \"inside\"", "Comma, semicolon;",
        "Line\nbreak", "Ünïcödé — ✓", "日本語", "emoji 🚀", "back\\slash", "O'Brien", "a", "CRLF\r\nline",
    ];

    private static readonly string[] Roles = ["CRO", "CISO", "DPO", "Owner A", "ML Lead"];

    private readonly Random _r = new(seed);

    public AimsWorkspace Workspace()
    {
        var systems = Many(() => System());
        return new AimsWorkspace(Text())
            .WithScope(Maybe(Scope))
            .WithSystems(systems)
            .WithSoa(Maybe(Soa))
            .WithRisks(Many(Risk))
            .WithImpactAssessments(Many(Assessment))
            .WithRaci(new RaciMatrix(Many(() => new RaciAssignment(Pick(["Assess", "Approve", "Audit"]), Pick(Roles), Enum<RaciCode>()))))
            .WithControlOwners(Many(() => new ControlOwnership(Id("A."), Pick(Roles), MaybeText())))
            .WithGatePolicies(Many(() => new DeploymentGatePolicy(Id("G"), Text(), [Gate(), .. Many(Gate)])))
            .WithIncidents(Many(Incident))
            .WithNonconformities(Many(() => new Nonconformity(Id("NC"), Text(), Date(), MaybeId("6."), MaybeId("IA"), Many(() => new CorrectiveAction(Text(), Pick(Roles), Date(), MaybeDate())), MaybeDate())))
            .WithInternalAudits(Many(() => new InternalAudit(Id("IA"), Text(), Date(), Text(), Ids("A."), MaybeDate(), Many(() => new AuditFinding(Id("F"), Enum<AuditFindingType>(), Text(), MaybeId("9."), MaybeId("NC"))))))
            .WithManagementReviews(Many(() => new ManagementReview(Id("MR"), Date(), Many(() => new ManagementReviewInput(Enum<ManagementReviewTopic>(), Text())), Many(() => new ManagementReviewDecision(Text(), Bool(), MaybeText(), MaybeDate())), Many(Text))))
            .WithCertification(Maybe(() => new CertificationPlan(Text(), Many(() => new CertificationMilestone(Enum<CertificationStage>(), Date(), MaybeDate(), MaybeText())), MaybeDate())))
            .WithPolicies(Many(() => new AiPolicy(Id("POL"), Text(), Pick(Roles), Revision(), MaybeDate(), MaybeDate())))
            .WithClassificationScale(Bool() ? new ClassificationScale(["open", "restricted", "secret"]) : null)
            .WithReviewIntervalDays(_r.Next(1, 800));
    }

    public AiSystem System() => new AiSystem(Id("sys-"), Text())
        .WithVersion(MaybeText())
        .WithPurpose(MaybeText())
        .WithOwner(MaybeText())
        .WithLifecycleStage(Enum<LifecycleStage>())
        .WithRiskLevel(Enum<RiskLevel>())
        .WithEuAiActCategory(Enum<EuAiActRiskCategory>())
        .WithMonitoringStatus(Enum<MonitoringStatus>())
        .WithLastReviewDate(MaybeDate())
        .WithShadowAi(Bool())
        .WithStakeholderRoles(Distinct(Many(Enum<StakeholderRole>)))
        .WithOperatorRoles(Distinct(Many(Enum<EuAiActOperatorRole>)))
        .WithDeployments(Many(() => new DeploymentEnvironment(Pick(["aws", "azure", "gcp"]), Text(), MaybeText())))
        .WithDataSources(Many(() => new DataSource(Id("ds"), Text(), Pick(["public", "internal", "confidential", "restricted", "odd label"]), Enum<DataUse>(), MaybeText())))
        .WithComponents(Many(() => new ThirdPartyComponent(Text(), Enum<ComponentKind>(), Text(), MaybeText(), MaybeText())))
        .WithRegulatoryRequirements(Many(Text))
        .WithFederatedParticipants(Many(Text))
        .WithEvidence(Many(Evidence));

    public RiskEntry Risk() => new RiskEntry(Id("R-"), Text(), Pick(Roles), Rating())
        .WithSystemIds(Ids("sys-"))
        .WithStages(Distinct(Many(Enum<LifecycleStage>)))
        .WithSource(Enum<RiskSource>())
        .WithThreats(Many(Threat))
        .WithResidual(Bool() ? Rating() : null)
        .WithTreatment(Maybe(() => new RiskTreatment(Enum<TreatmentOption>(), Ids("A."), MaybeDate(), Enum<TreatmentStatus>(), MaybeText())))
        .WithAcceptance(Maybe(() => new RiskAcceptance(Pick(Roles), Date(), MaybeText())))
        .WithReviewOn(MaybeDate())
        .WithQuantitativeResultId(Bool() ? Id("fair-") : null)
        .WithDescription(MaybeText());

    public StatementOfApplicability Soa() => new(
        Revision(),
        Many(() => new SoaEntry(Pick([.. Iso42001Catalog.Default.Controls.Select(c => c.Id)]), Bool(), MaybeText(), Enum<ImplementationStatus>(), MaybeText(), Ids("R-"), Ids("OB"), Many(Evidence))),
        Many(() => new AdditionalControl(Id("X."), Text(), MaybeText())));

    public FairScenarioSet Scenarios()
    {
        var scenarios = Enumerable.Range(0, _r.Next(1, size + 1)).Select(i => Scenario($"{Text()} {i}")).ToList();
        return new FairScenarioSet(Text(), scenarios, Bool() ? Enum<FrequencyMode>() : null, Bool() ? Enum<VulnerabilityMode>() : null);
    }

    public MappingSet Mappings()
    {
        var provenance = new MappingProvenance(Text(), Text(), Text(), Text(), Enum<MappingStatus>(), Date(), Text());
        var mappings = Many(() => new ControlMapping(
            FrameworkIds.NistAiRmf, Id("GV-"), FrameworkIds.Iso42001, Id("A."), Enum<Relationship>(), Enum<MatchingRationale>(),
            Enum<MappingConfidence>(), Bool() ? _r.Next(1, 11) : null, MaybeText()));
        return new MappingSet(Id("set-"), FrameworkIds.NistAiRmf, FrameworkIds.Iso42001, provenance, mappings, Bool() ? "1-10" : null);
    }

    private FairScenario Scenario(string name)
    {
        Estimate Pert(double lo, double hi)
        {
            var min = lo + (_r.NextDouble() * (hi - lo) / 3);
            var max = hi - (_r.NextDouble() * (hi - lo) / 3);
            var mode = min + (_r.NextDouble() * (max - min));
            return _r.Next(4) switch
            {
                0 => Estimate.Pert(min, mode, max, Bool() ? 4 : 3 + _r.NextDouble()),
                1 => Estimate.Triangular(min, mode, max),
                2 => Estimate.Uniform(min, max),
                _ => Estimate.PyfairPert(min, mode, max),
            };
        }

        Estimate Loss() => _r.Next(3) switch
        {
            0 => Estimate.LognormalFrom90(1_000 + _r.NextDouble(), 100_000 * (1 + _r.NextDouble())),
            1 => Estimate.TruncatedNormal(50_000 * _r.NextDouble(), 10_000),
            _ => Pert(0, 1e6),
        };

        var forms = Bool() ? null : new Dictionary<LossForm, Estimate> { [Enum<LossForm>()] = Loss() };
        return _r.Next(2) == 0
            ? LossEvents(Pert(0, 10))
            : Derived(name, Bool() ? Pert(0, 1) : null);

        FairScenario LossEvents(Estimate lef) => forms is null
            ? FairScenario.FromLossEvents(name, lef, Loss())
            : FairScenario.FromLossEvents(name, lef, forms);

        FairScenario Derived(string n, Estimate? slef)
        {
            var scenario = FairScenario.FromThreats(n, threatEventFrequency: Pert(0, 20), threatCapability: Pert(0, 1),
                resistanceStrength: Pert(0, 1), primaryLoss: Loss());
            return slef is null ? scenario : scenario.WithSecondaryLoss(slef, Loss());
        }
    }

    private AimsScope Scope() => new(
        Revision(), Text(),
        Many(() => new ContextIssue(Id("CI"), Text(), Bool(), MaybeText())),
        Many(() => new InterestedParty(Id("IP"), Text(), Bool(), Many(Text))),
        Many(() => new ScopeBoundary(Text(), Bool(), Text(), Bool() ? Id("sys-") : null)),
        Many(() => new ScopeInterface(Id("IF"), Text(), Bool(), MaybeText())),
        Many(() => new Obligation(Id("OB"), Enum<ObligationKind>(), Text(), MaybeText())),
        Many(() => new ManagementSystemIntegration(Enum<ManagementSystemStandard>(), Bool(), Distinct(Many(Enum<SharedProcess>)))));

    private ImpactAssessment Assessment()
    {
        var approver = MaybeText();
        return new(
        Id("IA"), Id("sys-"), Revision(), Many(() => new AffectedParty(Text(), Enum<AffectedPartyKind>(), Bool())),
        Many(() => new ImpactFinding(Enum<ImpactArea>(), Text(), Rating(), Many(Text))), Bool(), approver, approver is null ? null : Date(), MaybeDate());
    }

    private AiIncident Incident() => new(
        Id("INC"), Text(), Enum<IncidentSeverity>(), Instant(), Ids("sys-"), Bool() ? Instant() : null, Bool() ? Instant() : null,
        Distinct(Many(Enum<SeriousIncidentCriterion>)), Bool() ? Instant() : null);

    private GateRequirement Gate() => _r.Next(4) switch
    {
        0 => GateRequirement.Evidence(Enum<EvidenceKind>(), MaybeText()),
        1 => GateRequirement.ImpactAssessmentApproved(),
        2 => GateRequirement.ResidualRisksAccepted(),
        _ => GateRequirement.MonitoringInPlace(),
    };

    private EvidenceReference Evidence() => new(Text(), Enum<EvidenceKind>(), MaybeText(), MaybeDate());

    private DocumentRevision Revision()
    {
        var log = Many(() => new ChangeLogEntry($"{_r.Next(1, 9)}.0", Pick(Roles), Instant(), Text()));
        return new(log.Count > 0 ? log[^1].Version : $"{_r.Next(1, 9)}.{_r.Next(0, 9)}", log);
    }

    private ThreatReference Threat() => Enum<ThreatTaxonomy>() switch
    {
        ThreatTaxonomy.Stride => new(ThreatTaxonomy.Stride, Pick(["Spoofing", "Tampering", "DenialOfService"])),
        ThreatTaxonomy.OwaspLlmTop10 => new(ThreatTaxonomy.OwaspLlmTop10, Pick(["LLM01", "LLM10:2025"])),
        ThreatTaxonomy.MitreAtlas => new(ThreatTaxonomy.MitreAtlas, Pick(["AML.T0051", "AML.T0043.001"])),
        var other => new(other, Pick(["Linking", "Detecting", "Unawareness"])),
    };

    private List<string> Ids(string prefix) => Distinct(Many(() => Id(prefix)));

    private RiskRating Rating() => new(_r.Next(1, 6), _r.Next(1, 6));

    private List<T> Many<T>(Func<T> item) => [.. Enumerable.Range(0, _r.Next(0, size + 1)).Select(_ => item())];

    private static List<T> Distinct<T>(List<T> items) => [.. items.Distinct()];

    private T? Maybe<T>(Func<T> item)
        where T : class => Bool() ? item() : null;

    private bool Bool() => _r.Next(2) == 0;

    private T Pick<T>(T[] items) => items[_r.Next(items.Length)];

    private T Enum<T>()
        where T : struct, Enum => Pick(global::System.Enum.GetValues<T>());

    private string Id(string prefix) => prefix + _r.Next(1, 50);

    private string Text() => Pick(Texts) + (Bool() ? "" : " " + _r.Next(1000));

    private string? MaybeId(string prefix) => Bool() ? Id(prefix) : null;

    private string? MaybeText() => Bool() ? Text() : null;

    private DateOnly Date() => new DateOnly(2024, 1, 1).AddDays(_r.Next(0, 1200));

    private DateOnly? MaybeDate() => Bool() ? Date() : null;

    private DateTimeOffset Instant() =>
        new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.FromHours(_r.Next(-12, 13))).AddTicks((long)(_r.NextDouble() * TimeSpan.TicksPerDay * 300));
}
