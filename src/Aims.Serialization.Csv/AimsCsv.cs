using System.Globalization;
using Aims.Mapping;
using Aims.Model;
using Aims.Risk;
using static Aims.Serialization.Csv.CellText;

namespace Aims.Serialization.Csv;

/// <summary>
/// Reads and writes the spreadsheet-shaped Aims data as CSV: the AI system inventory, the risk register, the
/// Statement of Applicability, mapping sets, FAIR scenarios (one row per scenario) and simulation results.
/// </summary>
/// <remarks>
/// <para>Culture-invariant: <c>.</c> decimals, ISO 8601 dates (<c>yyyy-MM-dd</c>), enum values as the words of
/// <see cref="Vocabulary"/> (the same as in JSON; reading also accepts member names, case, spaces, <c>_</c> and
/// hyphens ignored). List cells separate items with <c>;</c> and the fields of an item with <c>|</c>;
/// a backslash escapes either. Column names are matched case-insensitively; only the required columns must be
/// present, in any order.</para>
/// <para>Reading never throws for bad content. The header is checked once (missing required columns are errors,
/// unknown columns warnings, duplicate columns errors); then every bad row is reported at
/// <c>/rows/{row}/{Column}</c> (row 1 is the header) and skipped, while good rows are kept, so the caller decides
/// whether to accept a partial import (<see cref="AimsResult{T}.TryGetPartialValue"/>, <see cref="AimsResult{T}.Records"/>).</para>
/// <para>Writing neutralises spreadsheet formula injection: a text cell starting with <c>=</c>, <c>+</c>,
/// <c>-</c>, <c>@</c>, tab or carriage return gets a leading <c>'</c>, which reading removes again. Numbers,
/// dates and enum names are written as they are.</para>
/// <para>The class is stateless and safe to use from several threads at once.</para>
/// </remarks>
public static partial class AimsCsv
{
    private static readonly IReadOnlyList<string> InventoryColumns = RowMap<CsvRows.Inventory>.Columns;
    private static readonly IReadOnlyList<string> RiskColumns = RowMap<CsvRows.Risk>.Columns;
    private static readonly IReadOnlyList<string> SoaColumns = RowMap<CsvRows.Soa>.Columns;
    private static readonly IReadOnlyList<string> MappingColumns = CamelRowMap<CsvRows.Mapping>.Columns;
    private static readonly string[] FrameworkColumns = ["sourceFramework", "targetFramework"];

    /// <summary>Gets the columns of the FAIR scenario format: <c>Name</c>, one per FAIR node, and one per node and form of loss (<c>PrimaryLoss.Response</c>).</summary>
    public static IReadOnlyList<string> FairScenarioColumns { get; } = FairEstimateCell.Columns;

    /// <summary>Writes the AI system inventory, one system per row.</summary>
    /// <param name="writer">The destination; flushed, not closed.</param>
    /// <param name="systems">The systems.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static void WriteInventory(TextWriter writer, IEnumerable<AiSystem> systems)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(systems);
        CsvOut.Rows<CsvRows.Inventory, RowMap<CsvRows.Inventory>>(writer, systems.Select(s => new CsvRows.Inventory
        {
            Id = T(s.Id),
            Name = T(s.Name),
            Version = T(s.Version),
            Purpose = T(s.Purpose),
            Owner = T(s.Owner),
            LifecycleStage = Word(s.LifecycleStage),
            RiskLevel = Word(s.RiskLevel),
            EuAiActCategory = Word(s.EuAiActCategory),
            MonitoringStatus = Word(s.MonitoringStatus),
            LastReviewDate = Date(s.LastReviewDate),
            IsShadowAi = Bool(s.IsShadowAi),
            StakeholderRoles = T(Join(s.StakeholderRoles.Select(Word))),
            OperatorRoles = T(Join(s.OperatorRoles.Select(Word))),
            Deployments = T(JoinRecords(s.Deployments.Select(d => new[] { d.Provider, d.Region, d.Account }))),
            DataSources = T(JoinRecords(s.DataSources.Select(d => new[] { d.Id, d.Name, d.Classification, Word(d.Use), d.Origin }))),
            Components = T(JoinRecords(s.Components.Select(c => new[] { c.Name, Word(c.Kind), c.Supplier, c.Version, c.SharedResponsibility }))),
            RegulatoryRequirements = T(Join(s.RegulatoryRequirements)),
            FederatedParticipants = T(Join(s.FederatedParticipants)),
            Evidence = T(Evidence(s.Evidence)),
        }));
    }

    /// <summary>Reads the AI system inventory from untrusted CSV; requires the columns <c>Id</c> and <c>Name</c>.</summary>
    /// <param name="reader">The source; not closed.</param>
    /// <returns>The valid systems and a diagnostic per problem.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is <see langword="null"/>.</exception>
    public static AimsResult<IReadOnlyList<AiSystem>> ReadInventory(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return Unique(CsvSheet.Read(reader, InventoryColumns, ["Id", "Name"], row =>
        {
            var deployments = row.Records("Deployments", 2, 3, "provider | region | account").Select(f => row.Build(() => new DeploymentEnvironment(f[0], f[1], Null(f[2])), "Deployments")).ToList();
            var sources = row.Records("DataSources", 4, 5, "id | name | classification | use | origin")
                .Select(f => row.ParseEnum<DataUse>(f[3], "DataSources") is { } use ? row.Build(() => new DataSource(f[0], f[1], f[2], use, Null(f[4])), "DataSources") : null).ToList();
            var components = row.Records("Components", 3, 5, "name | kind | supplier | version | sharedResponsibility")
                .Select(f => row.ParseEnum<ComponentKind>(f[1], "Components") is { } kind ? row.Build(() => new ThirdPartyComponent(f[0], kind, f[2]).WithVersion(Null(f[3])).WithSharedResponsibility(Null(f[4])), "Components") : null).ToList();
            var evidence = ReadEvidence(row, "Evidence");
            var stage = row.Enum("LifecycleStage", default(LifecycleStage));
            var level = row.Enum("RiskLevel", default(RiskLevel));
            var category = row.Enum("EuAiActCategory", default(EuAiActRiskCategory));
            var monitoring = row.Enum("MonitoringStatus", default(MonitoringStatus));
            var reviewed = row.Date("LastReviewDate");
            var shadow = row.Bool("IsShadowAi");
            var stakeholders = row.Enums<StakeholderRole>("StakeholderRoles");
            var operators = row.Enums<EuAiActOperatorRole>("OperatorRoles");
            return row.HasErrors ? null : row.Build(() => new AiSystem(row.Required("Id"), row.Required("Name"))
                .WithVersion(row.Text("Version")).WithPurpose(row.Text("Purpose")).WithOwner(row.Text("Owner")).WithLifecycleStage(stage)
                .WithRiskLevel(level).WithEuAiActCategory(category).WithMonitoringStatus(monitoring).WithLastReviewDate(reviewed)
                .WithShadowAi(shadow).WithStakeholderRoles(stakeholders).WithOperatorRoles(operators).WithDeployments(deployments!)
                .WithDataSources(sources!).WithComponents(components!).WithRegulatoryRequirements(row.List("RegulatoryRequirements"))
                .WithFederatedParticipants(row.List("FederatedParticipants")).WithEvidence(evidence));
        }), s => s.Id, "Id");
    }

    /// <summary>Writes the risk register, one risk per row.</summary>
    /// <param name="writer">The destination; flushed, not closed.</param>
    /// <param name="risks">The risks.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static void WriteRiskRegister(TextWriter writer, IEnumerable<RiskEntry> risks)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(risks);
        CsvOut.Rows<CsvRows.Risk, RowMap<CsvRows.Risk>>(writer, risks.Select(r => new CsvRows.Risk
        {
            Id = T(r.Id),
            Title = T(r.Title),
            Description = T(r.Description),
            Owner = T(r.Owner),
            InherentLikelihood = Int(r.Inherent.Likelihood),
            InherentImpact = Int(r.Inherent.Impact),
            ResidualLikelihood = Int(r.Residual?.Likelihood),
            ResidualImpact = Int(r.Residual?.Impact),
            SystemIds = T(Join(r.SystemIds)),
            Stages = T(Join(r.Stages.Select(Word))),
            Source = Word(r.Source),
            Threats = T(JoinRecords(r.Threats.Select(t => new[] { Word(t.Taxonomy), t.Id }))),
            TreatmentOption = Word(r.Treatment?.Option),
            TreatmentControlIds = r.Treatment is { } t ? T(Join(t.ControlIds)) : null,
            TreatmentDueOn = Date(r.Treatment?.DueOn),
            TreatmentStatus = Word(r.Treatment?.Status),
            TreatmentPlan = T(r.Treatment?.Plan),
            AcceptedBy = T(r.Acceptance?.AcceptedBy),
            AcceptedOn = Date(r.Acceptance?.AcceptedOn),
            AcceptanceRationale = T(r.Acceptance?.Rationale),
            ReviewOn = Date(r.ReviewOn),
            QuantitativeResultId = T(r.QuantitativeResultId),
        }));
    }

    /// <summary>Reads the risk register from untrusted CSV; requires <c>Id</c>, <c>Title</c>, <c>Owner</c>, <c>InherentLikelihood</c> and <c>InherentImpact</c>.</summary>
    /// <param name="reader">The source; not closed.</param>
    /// <returns>The valid risks and a diagnostic per problem.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is <see langword="null"/>.</exception>
    public static AimsResult<IReadOnlyList<RiskEntry>> ReadRiskRegister(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return Unique(CsvSheet.Read(reader, RiskColumns, ["Id", "Title", "Owner", "InherentLikelihood", "InherentImpact"], row =>
        {
            var inherent = Rating(row, "InherentLikelihood", "InherentImpact", required: true);
            var residual = Rating(row, "ResidualLikelihood", "ResidualImpact", required: false);
            var stages = row.Enums<LifecycleStage>("Stages");
            var source = row.Enum("Source", RiskSource.Other);
            var threats = row.Records("Threats", 2, 2, "taxonomy | id")
                .Select(f => row.ParseEnum<ThreatTaxonomy>(f[0], "Threats") is { } taxonomy ? row.Build(() => new ThreatReference(taxonomy, f[1]), "Threats") : null).ToList();
            RiskTreatment? treatment = null;
            if (row.EnumOrNull<TreatmentOption>("TreatmentOption") is { } option)
            {
                var due = row.Date("TreatmentDueOn");
                var status = row.Enum("TreatmentStatus", default(TreatmentStatus));
                treatment = row.Build(() => new RiskTreatment(option).WithControlIds(row.List("TreatmentControlIds")).WithDueOn(due).WithStatus(status).WithPlan(row.Text("TreatmentPlan")), "TreatmentControlIds");
            }
            else if (row.Has("TreatmentControlIds") || row.Has("TreatmentDueOn") || row.Has("TreatmentStatus") || row.Has("TreatmentPlan"))
            {
                row.Error("TreatmentOption", "Treatment details need a TreatmentOption.");
            }

            RiskAcceptance? acceptance = null;
            if (row.Has("AcceptedBy") || row.Has("AcceptedOn") || row.Has("AcceptanceRationale"))
            {
                var on = row.RequiredDate("AcceptedOn");
                acceptance = row.Build(() => new RiskAcceptance(row.Required("AcceptedBy"), on, row.Text("AcceptanceRationale")));
            }

            var reviewOn = row.Date("ReviewOn");
            return row.HasErrors || inherent is not { } rating ? null : row.Build(() => new RiskEntry(row.Required("Id"), row.Required("Title"), row.Required("Owner"), rating)
                .WithSystemIds(row.List("SystemIds")).WithStages(stages).WithSource(source).WithThreats(threats!).WithResidual(residual)
                .WithTreatment(treatment).WithAcceptance(acceptance).WithReviewOn(reviewOn)
                .WithQuantitativeResultId(row.Text("QuantitativeResultId")).WithDescription(row.Text("Description")));
        }), r => r.Id, "Id");
    }

    /// <summary>
    /// Writes a Statement of Applicability, one entry per row, then one declaration row per additional control
    /// (<c>ControlId</c>, <c>AdditionalControlTitle</c>, <c>AdditionalControlSource</c>, no <c>IsApplicable</c>). On
    /// reading, a row may also declare the additional control its entry applies.
    /// </summary>
    /// <param name="writer">The destination; flushed, not closed.</param>
    /// <param name="soa">The SoA. Its revision is not part of the table.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static void WriteSoa(TextWriter writer, StatementOfApplicability soa)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(soa);
        var entries = soa.Entries.Select(e => new CsvRows.Soa
        {
            ControlId = T(e.ControlId),
            IsApplicable = Bool(e.IsApplicable),
            Justification = T(e.Justification),
            Status = Word(e.Status),
            Owner = T(e.Owner),
            RiskIds = T(Join(e.RiskIds)),
            ObligationIds = T(Join(e.ObligationIds)),
            Evidence = T(Evidence(e.Evidence)),
        });

        // Additional controls follow as declaration rows (no IsApplicable), in their own order.
        var declarations = soa.AdditionalControls.Select(c => new CsvRows.Soa { ControlId = T(c.Id), AdditionalControlTitle = T(c.Title), AdditionalControlSource = T(c.Source) });
        CsvOut.Rows<CsvRows.Soa, RowMap<CsvRows.Soa>>(writer, entries.Concat(declarations));
    }

    /// <summary>Reads a Statement of Applicability from untrusted CSV; requires <c>ControlId</c>.</summary>
    /// <param name="reader">The source; not closed.</param>
    /// <param name="revision">The revision to give the SoA (a CSV table does not carry one).</param>
    /// <returns>The SoA built from the valid rows, and a diagnostic per problem.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static AimsResult<StatementOfApplicability> ReadSoa(TextReader reader, DocumentRevision revision)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(revision);
        var additional = new List<AdditionalControl>();
        var (records, read, diagnostics, headerOk) = CsvSheet.Read(reader, SoaColumns, ["ControlId"], row =>
        {
            AdditionalControl? control = null;
            if (row.Has("AdditionalControlTitle"))
            {
                control = row.Build(() => new AdditionalControl(row.Required("ControlId"), row.Required("AdditionalControlTitle"), row.Text("AdditionalControlSource")), "AdditionalControlTitle");
            }

            if (!row.Has("IsApplicable") && control is not null && !row.HasErrors)
            {
                additional.Add(control);
                return new SoaRow(null);
            }

            var applicable = row.Bool("IsApplicable");
            if (!row.Has("IsApplicable"))
            {
                row.Error("IsApplicable", "Required: whether the control is applicable (true or false).");
            }

            var status = row.Enum("Status", default(ImplementationStatus));
            var evidence = ReadEvidence(row, "Evidence");
            var entry = row.HasErrors ? null : row.Build(() => new SoaEntry(row.Required("ControlId"), applicable)
                .WithJustification(row.Text("Justification")).WithStatus(status).WithOwner(row.Text("Owner"))
                .WithRiskIds(row.List("RiskIds")).WithObligationIds(row.List("ObligationIds")).WithEvidence(evidence));
            if (entry is not null && control is not null)
            {
                additional.Add(control);
            }

            return entry is null ? null : new SoaRow(entry);
        });
        if (!headerOk)
        {
            return Partial<StatementOfApplicability>(null, read, 0, diagnostics);
        }

        var soa = new StatementOfApplicability(revision, records.Select(r => r.Record.Entry).OfType<SoaEntry>(), additional);
        return Partial<StatementOfApplicability>(soa, read, records.Count, diagnostics);
    }

    /// <summary>Writes a mapping set in the CSV format <see cref="ReadMappingSet"/> reads (camelCase columns); its provenance and strength scale are not part of the table.</summary>
    /// <param name="writer">The destination; flushed, not closed.</param>
    /// <param name="mappingSet">The mapping set.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static void WriteMappingSet(TextWriter writer, MappingSet mappingSet)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(mappingSet);
        CsvOut.Rows<CsvRows.Mapping, CamelRowMap<CsvRows.Mapping>>(writer, mappingSet.Mappings.Select(m => new CsvRows.Mapping
        {
            SourceFramework = T(m.SourceFramework),
            SourceId = T(m.SourceId),
            TargetFramework = T(m.TargetFramework),
            TargetId = T(m.TargetId),
            Relationship = Word(m.Relationship),
            Rationale = Word(m.Rationale),
            Confidence = Word(m.Confidence),
            Strength = Int(m.Strength),
            Notes = T(m.Notes),
        }));
    }

    /// <summary>Reads a mapping set from untrusted CSV (the columns of <see cref="WriteMappingSet"/>; <c>rationale</c>, <c>confidence</c>, <c>strength</c> and <c>notes</c> optional).</summary>
    /// <param name="reader">The source; not closed.</param>
    /// <param name="id">The set's id.</param>
    /// <param name="provenance">The set's provenance (a CSV table does not carry one).</param>
    /// <returns>The set built from the valid rows (its frameworks are those of the first valid row), and a diagnostic per problem.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static AimsResult<MappingSet> ReadMappingSet(TextReader reader, string id, MappingProvenance provenance)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(provenance);
        (string Source, string Target)? frameworks = null;
        var (records, read, diagnostics, headerOk) = CsvSheet.Read(reader, MappingColumns, ["sourceFramework", "sourceId", "targetFramework", "targetId", "relationship"], row =>
        {
            var relationship = row.EnumOrNull<Relationship>("relationship");
            if (!row.Has("relationship"))
            {
                row.Error("relationship", $"Required: one of {Vocabulary.WordList<Relationship>()}.");
            }

            foreach (var column in FrameworkColumns)
            {
                if (!row.Has(column))
                {
                    row.Error(column, "Required: a framework id.");
                }
            }

            var rationale = row.Enum("rationale", MatchingRationale.Semantic);
            var confidence = row.Enum("confidence", MappingConfidence.Unspecified);
            var strength = row.Int("strength");
            var pair = (row.Required("sourceFramework"), row.Required("targetFramework"));
            if (!row.HasErrors)
            {
                frameworks ??= pair;
            }

            if (frameworks is not null && frameworks != pair)
            {
                row.Error("sourceFramework", $"Every row of a mapping set maps {frameworks.Value.Source} to {frameworks.Value.Target}; this row maps {pair.Item1} to {pair.Item2}.");
            }

            return row.HasErrors || relationship is not { } r ? null : row.Build(() => new ControlMapping(
                pair.Item1, row.Required("sourceId"), pair.Item2, row.Required("targetId"), r, rationale, confidence, strength, row.Text("notes")));
        });
        if (!headerOk || frameworks is not { } f)
        {
            return Partial<MappingSet>(null, read, 0, diagnostics);
        }

        try
        {
            return Partial<MappingSet>(new MappingSet(id, f.Source, f.Target, provenance, records.Select(r => r.Record)), read, records.Count, diagnostics);
        }
        catch (ArgumentException ex)
        {
            diagnostics.Add(new AimsDiagnostic(CsvDiagnosticCodes.InvalidRow, "/rows", $"The rows do not form a mapping set: {ex.Message}"));
            return Partial<MappingSet>(null, read, 0, diagnostics);
        }
    }

    /// <summary>
    /// Writes FAIR scenarios, one per row: each estimate is a cell such as <c>pert(1, 5, 20)</c>,
    /// <c>lognormal90(1000, 50000)</c> or <c>constant(0.3)</c> (see <see cref="FairScenarioColumns"/>).
    /// </summary>
    /// <param name="writer">The destination; flushed, not closed.</param>
    /// <param name="scenarios">The scenarios.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static void WriteFairScenarios(TextWriter writer, IEnumerable<FairScenario> scenarios)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(scenarios);
        using var csv = new CsvOut(writer, FairEstimateCell.Columns);
        foreach (var s in scenarios)
        {
            csv.Text(s.Name);
            foreach (var estimate in FairEstimateCell.EstimatesOf(s))
            {
                csv.Text(estimate is null ? null : FairEstimateCell.Format(estimate));
            }

            csv.EndRow();
        }
    }

    /// <summary>Reads FAIR scenarios from an untrusted spreadsheet, one per row; requires <c>Name</c>. Every estimate is validated with its tree path.</summary>
    /// <param name="reader">The source; not closed.</param>
    /// <returns>The valid scenarios and a diagnostic per problem.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is <see langword="null"/>.</exception>
    public static AimsResult<IReadOnlyList<FairScenario>> ReadFairScenarios(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return Unique(CsvSheet.Read(reader, FairEstimateCell.Columns, ["Name"], FairEstimateCell.Read), s => s.Name, "Name");
    }

    /// <summary>Writes simulation results, one row per result: mean, standard deviation, percentiles, VaR, expected shortfall.</summary>
    /// <param name="writer">The destination; flushed, not closed.</param>
    /// <param name="results">The results (for a portfolio, its total and each scenario's result).</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static void WriteResults(TextWriter writer, IEnumerable<FairResult> results)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(results);
        CsvOut.Rows<CsvRows.Result, RowMap<CsvRows.Result>>(writer, results.Select(r => new CsvRows.Result
        {
            Name = T(r.Name),
            Trials = Int(r.Trials),
            Seed = r.Seed.ToString(CultureInfo.InvariantCulture),
            Mean = Number(r.Mean),
            StandardDeviation = Number(r.StandardDeviation),
            Min = Number(r.Min),
            P10 = Number(r.Percentile(0.10)),
            P50 = Number(r.Percentile(0.50)),
            P90 = Number(r.Percentile(0.90)),
            P95 = Number(r.Percentile(0.95)),
            P99 = Number(r.Percentile(0.99)),
            Max = Number(r.Max),
            ValueAtRiskConfidence = Number(r.ValueAtRiskConfidence),
            ValueAtRisk = Number(r.ValueAtRisk),
            ExpectedShortfall = Number(r.ExpectedShortfall),
            ProbabilityOfZeroLoss = Number(r.ProbabilityOfZeroLoss),
            FrequencyMode = Word(r.FrequencyMode),
            VulnerabilityMode = Word(r.VulnerabilityMode),
        }));
    }

    private static AimsResult<IReadOnlyList<T>> Unique<T>((List<(T Record, int Row)> Records, int Read, List<AimsDiagnostic> Diagnostics, bool HeaderOk) sheet, Func<T, string> id, string column)
        where T : class
    {
        var (records, read, diagnostics, headerOk) = sheet;
        if (!headerOk)
        {
            return Partial<IReadOnlyList<T>>(null, read, 0, diagnostics);
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var kept = new List<T>(records.Count);
        foreach (var (record, row) in records)
        {
            if (seen.Add(id(record)))
            {
                kept.Add(record);
            }
            else
            {
                diagnostics.Add(new AimsDiagnostic(CsvDiagnosticCodes.DuplicateId, CsvRow.PathOf(row, column), $"'{id(record)}' appears on more than one row; the first is kept."));
            }
        }

        return Partial<IReadOnlyList<T>>(kept, read, kept.Count, diagnostics);
    }

    private static AimsResult<T> Partial<T>(T? value, int read, int accepted, List<AimsDiagnostic> diagnostics)
        where T : class
    {
        var records = new RecordCounts(read, accepted);
        if (value is not null)
        {
            return AimsResult.From(value, diagnostics, records);
        }

        if (!diagnostics.Exists(d => d.Severity == DiagnosticSeverity.Error))
        {
            diagnostics.Add(new AimsDiagnostic(CsvDiagnosticCodes.InvalidHeader, "/rows", "The table has no valid row to read a value from."));
        }

        return AimsResult.Failure<T>(diagnostics, records);
    }

    private static RiskRating? Rating(CsvRow row, string likelihoodColumn, string impactColumn, bool required)
    {
        var likelihood = row.Int(likelihoodColumn);
        var impact = row.Int(impactColumn);
        if (likelihood is null && impact is null)
        {
            if (required)
            {
                row.Error(likelihoodColumn, $"Required: {likelihoodColumn} and {impactColumn} (1-5).");
            }

            return null;
        }

        foreach (var (value, column) in new[] { (likelihood, likelihoodColumn), (impact, impactColumn) })
        {
            if (value is not (>= RiskRating.MinLevel and <= RiskRating.MaxLevel))
            {
                row.Error(column, $"Required: a level from {RiskRating.MinLevel} to {RiskRating.MaxLevel}.");
            }
        }

        return row.HasErrors ? null : new RiskRating(likelihood!.Value, impact!.Value);
    }

    private static string Evidence(IEnumerable<EvidenceReference> evidence) =>
        JoinRecords(evidence.Select(e => new[] { e.Title, Word(e.Kind), e.Location, Date(e.CollectedOn) }));

    private static List<EvidenceReference> ReadEvidence(CsvRow row, string column) =>
        [.. row.Records(column, 1, 4, "title | kind | location | collectedOn").Select(f =>
        {
            var kind = f[1].Length == 0 ? default : row.ParseEnum<EvidenceKind>(f[1], column) ?? default;
            var on = f[3].Length == 0 ? null : row.ParseDate(f[3], column);
            return row.Build(() => new EvidenceReference(f[0], kind, Null(f[2]), on), column);
        }).OfType<EvidenceReference>()];

    /// <summary>A text cell, neutralised against formula injection; empty text is an empty cell.</summary>
    private static string? T(string? text) => text is null ? null : Neutralise(text);

    private static string? Null(string field) => field.Length == 0 ? null : field;

    private static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string? Int(int? value) => value?.ToString(CultureInfo.InvariantCulture);

    private static string Bool(bool value) => value ? "true" : "false";

    /// <summary>An enum member's word (<see cref="Vocabulary"/>), the same in every format.</summary>
    private static string Word<TEnum>(TEnum value)
        where TEnum : struct, Enum => Vocabulary.Word(value);

    private static string? Word<TEnum>(TEnum? value)
        where TEnum : struct, Enum => value is { } v ? Word(v) : null;

    private sealed record SoaRow(SoaEntry? Entry);
}
