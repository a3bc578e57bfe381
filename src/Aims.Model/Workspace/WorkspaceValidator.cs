namespace Aims.Model;

/// <summary>
/// The cross-document checks of <see cref="AimsWorkspace.Validate"/>, one method per section; the checks an auditor
/// makes across sections are in <c>WorkspaceValidator.Auditor.cs</c>.
/// </summary>
internal sealed partial class WorkspaceValidator
{
    private readonly AimsWorkspace _w;
    private readonly DateOnly? _asOf;
    private readonly FrameworkCatalog _catalog;
    private readonly DiagnosticList _d = new();
    private readonly HashSet<string> _systemIds;
    private readonly HashSet<string> _riskIds;
    private readonly HashSet<string> _controlIds;

    private WorkspaceValidator(AimsWorkspace workspace, DateOnly? asOf, FrameworkCatalog catalog)
    {
        _w = workspace;
        _asOf = asOf;
        _catalog = catalog;
        _systemIds = [.. workspace.Systems.Select(s => s.Id)];
        _riskIds = [.. workspace.Risks.Select(r => r.Id)];
        _controlIds = [.. catalog.Controls.Select(c => c.Id), .. workspace.Soa?.AdditionalControls.Select(c => c.Id) ?? []];
    }

    public static IReadOnlyList<AimsDiagnostic> Validate(AimsWorkspace workspace, DateOnly? asOf, FrameworkCatalog catalog)
    {
        var v = new WorkspaceValidator(workspace, asOf, catalog);
        v.Systems();
        v.ShadowAiCandidates();
        v.VendorAssurances();
        v.Scope();
        v.Provenance();
        v.Soa();
        v.Risks();
        v.ControlMeasures();
        v.ImpactAssessments();
        v.Governance();
        v.Incidents();
        v.Nonconformities();
        v.Audits();
        v.Policies();
        v.Objectives();
        v.Competence();
        v.TreatmentControls();
        v.HighRiskSystems();
        v.EuAiActFacts();
        v.ExclusionsAgainstRoles();
        v.CertificationPrerequisites();
        v.NonconformityReferences();
        v.ReviewFigures();
        return v._d.Items;
    }

    private void Owner(string? owner, DiagnosticList at, params object[] path)
    {
        if (owner is not null && !_w.Raci.HasRole(owner))
        {
            at.Error(ModelDiagnosticCodes.UnknownOwner, $"Owner '{owner}' is not a role of the RACI matrix.", path);
        }
    }

    private void SystemRef(string id, DiagnosticList at, params object[] path)
    {
        if (!_systemIds.Contains(id))
        {
            at.Error(ModelDiagnosticCodes.UnknownSystem, $"AI system '{id}' is not in the inventory.", path);
        }
    }

    private void Overdue(DateOnly? due, string what, DiagnosticList at, params object[] path)
    {
        if (_asOf is { } asOf && due is { } d && d < asOf)
        {
            at.Warning(ModelDiagnosticCodes.ReviewOverdue, $"{what} was due for review on {d:yyyy-MM-dd}.", path);
        }
    }

    private void Systems()
    {
        _d.Duplicates(_w.Systems, s => s.Id, "AI system", "systems");
        for (var i = 0; i < _w.Systems.Length; i++)
        {
            var s = _w.Systems[i];
            var at = _d.At("systems", i);
            Owner(s.Owner, at, "owner");
            if (s.Purpose is null)
            {
                at.Warning(ModelDiagnosticCodes.MissingPurpose, $"{s.Id} has no intended purpose.", "purpose");
            }

            if (s.EuAiActCategory == EuAiActRiskCategory.NotAssessed)
            {
                at.Warning(ModelDiagnosticCodes.EuAiActCategoryNotAssessed, $"{s.Id} has no EU AI Act risk category.", "euAiActCategory");
            }

            if (s.IsShadowAi)
            {
                at.Warning(ModelDiagnosticCodes.ShadowAi, $"{s.Id} was discovered outside the inventory process; assign an owner and assess it.", "isShadowAi");
            }

            if (_asOf is { } asOf && s.IsReviewOverdue(asOf, _w.ReviewIntervalDays))
            {
                at.Warning(ModelDiagnosticCodes.ReviewOverdue, s.LastReviewDate is { } last
                    ? $"{s.Id} was last reviewed on {last:yyyy-MM-dd}, more than {_w.ReviewIntervalDays} days ago."
                    : $"{s.Id} has never been reviewed.", "lastReviewDate");
            }

            at.Duplicates(s.DataSources, ds => ds.Id, "data source", "dataSources");
            for (var j = 0; j < s.DataSources.Length; j++)
            {
                if (!_w.ClassificationScale.Contains(s.DataSources[j].Classification))
                {
                    at.Error(ModelDiagnosticCodes.UnknownClassification,
                        $"Classification '{s.DataSources[j].Classification}' is not on the scale ({string.Join(" < ", _w.ClassificationScale.Levels)}).",
                        "dataSources", j, "classification");
                }
            }

            for (var j = 0; j < s.Components.Length; j++)
            {
                if (s.Components[j].SharedResponsibility is null)
                {
                    at.Warning(ModelDiagnosticCodes.MissingSharedResponsibility,
                        $"Component '{s.Components[j].Name}' of {s.Id} has no shared-responsibility notes.", "components", j, "sharedResponsibility");
                }
            }
        }
    }

    /// <summary>
    /// A high-risk system that relies on a supplier's model or API inherits the supplier's risks: without the contract
    /// terms that matter for AI and an attestation of the supplier's own AI management, A.10.3 is not met for it.
    /// </summary>
    private void VendorAssurances()
    {
        for (var i = 0; i < _w.Systems.Length; i++)
        {
            var s = _w.Systems[i];
            if (s.RiskLevel != RiskLevel.High && s.EuAiActCategory != EuAiActRiskCategory.High)
            {
                continue;
            }

            for (var j = 0; j < s.Components.Length; j++)
            {
                var c = s.Components[j];
                if (c.Kind is not (ComponentKind.ExternalModelApi or ComponentKind.PretrainedModel))
                {
                    continue;
                }

                var missing = new List<string>();
                if (c.Kind == ComponentKind.ExternalModelApi)
                {
                    if (!c.Assurances.Contains(VendorAssurance.NoTrainingOnCustomerData))
                    {
                        missing.Add("no training on our data");
                    }

                    if (!c.Assurances.Contains(VendorAssurance.IncidentNotification))
                    {
                        missing.Add("incident notification");
                    }
                }

                if (!c.Assurances.Any(a => a is VendorAssurance.Iso42001Certification or VendorAssurance.StarForAiLevel1 or VendorAssurance.StarForAiLevel2))
                {
                    missing.Add("an ISO/IEC 42001 certificate or STAR for AI entry");
                }

                if (missing.Count > 0)
                {
                    _d.At("systems", i).Warning(ModelDiagnosticCodes.VendorAssuranceMissing,
                        $"High-risk system {s.Id} depends on '{c.Name}' from {c.Supplier} without {string.Join(", ", missing)}: agree the terms or record them (A.10.3).",
                        "components", j, "assurances");
                }
            }
        }
    }

    private void Scope()
    {
        if (_w.Scope is not { } scope)
        {
            return;
        }

        var at = _d.At("scope");
        at.Duplicates(scope.Issues, x => x.Id, "issue", "issues");
        at.Duplicates(scope.InterestedParties, x => x.Id, "interested party", "interestedParties");
        at.Duplicates(scope.Interfaces, x => x.Id, "interface", "interfaces");
        at.Duplicates(scope.Obligations, x => x.Id, "obligation", "obligations");
        if (scope.ClimateChange is null)
        {
            at.Warning(ModelDiagnosticCodes.ClimateChangeNotDetermined,
                "The scope does not record whether climate change is a relevant issue (clause 4.1, as the 2024 climate action amendments to ISO management system standards ask): record the determination and why.",
                "climateChange");
        }

        for (var i = 0; i < scope.Boundaries.Length; i++)
        {
            if (scope.Boundaries[i].SystemId is { } id)
            {
                SystemRef(id, at, "boundaries", i, "systemId");
            }
        }

        for (var i = 0; i < _w.Systems.Length; i++)
        {
            if (scope.IsInScope(_w.Systems[i].Id) is null)
            {
                _d.Warning(ModelDiagnosticCodes.SystemNotInScope,
                    $"{_w.Systems[i].Id} is neither placed in nor out of the AIMS scope.", "systems", i, "id");
            }
        }
    }

    private void Provenance()
    {
        for (var i = 0; i < _w.Systems.Length; i++)
        {
            var s = _w.Systems[i];
            var at = _d.At("systems", i);
            if (s.Lineage is { } lineage)
            {
                var sources = s.DataSources.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
                var lat = at.At("lineage");
                for (var k = 0; k < lineage.FineTuningDataSourceIds.Length; k++)
                {
                    if (!sources.Contains(lineage.FineTuningDataSourceIds[k]))
                    {
                        lat.Error(ModelDiagnosticCodes.UnknownLineageDataSource, $"{s.Id} has no data source '{lineage.FineTuningDataSourceIds[k]}'.", "fineTuningDataSourceIds", k);
                    }
                }

                lat.Duplicates(lineage.Runs, r => r.Id, "model run", "runs");
                for (var r = 0; r < lineage.Runs.Length; r++)
                {
                    for (var k = 0; k < lineage.Runs[r].DataSourceIds.Length; k++)
                    {
                        if (!sources.Contains(lineage.Runs[r].DataSourceIds[k]))
                        {
                            lat.Error(ModelDiagnosticCodes.UnknownLineageDataSource, $"{s.Id} has no data source '{lineage.Runs[r].DataSourceIds[k]}'.", "runs", r, "dataSourceIds", k);
                        }
                    }
                }

                if (s.Version is { } version && !lineage.Approvals.IsEmpty && lineage.ApprovalOf(version) is null)
                {
                    at.Warning(ModelDiagnosticCodes.ModelVersionNotApproved,
                        $"{s.Id} runs version {version}, which no recorded approval covers (approved: {string.Join(", ", lineage.Approvals.Select(a => a.ModelVersion).Distinct(StringComparer.Ordinal))}).", "version");
                }
            }

            if (_w.Scope is not { PermittedDataRegions.IsEmpty: false } scope || scope.IsInScope(s.Id) == false)
            {
                continue;
            }

            var permitted = string.Join(", ", scope.PermittedDataRegions);
            for (var j = 0; j < s.DataSources.Length; j++)
            {
                var source = s.DataSources[j];
                for (var k = 0; k < source.Regions.Length; k++)
                {
                    if (source.HoldsPersonalData && !scope.PermitsDataRegion(source.Regions[k]))
                    {
                        at.Warning(ModelDiagnosticCodes.PersonalDataOutsidePermittedRegions,
                            $"Personal data '{source.Id}' of {s.Id} is held in {source.Regions[k]}, outside the regions the AIMS scope permits ({permitted}).", "dataSources", j, "regions", k);
                    }
                }
            }

            if (s.DataSources.Any(d => d.HoldsPersonalData))
            {
                for (var k = 0; k < s.Deployments.Length; k++)
                {
                    if (!scope.PermitsDataRegion(s.Deployments[k].Region))
                    {
                        at.Warning(ModelDiagnosticCodes.PersonalDataOutsidePermittedRegions,
                            $"{s.Id} processes personal data and runs in {s.Deployments[k].Region}, outside the regions the AIMS scope permits ({permitted}).", "deployments", k, "region");
                    }
                }
            }
        }
    }

    private void Soa()
    {
        if (_w.Soa is not { } soa)
        {
            return;
        }

        var at = _d.At("soa");
        soa.Check(_catalog, at);
        var obligations = _w.Scope?.Obligations.Select(o => o.Id).ToHashSet(StringComparer.Ordinal) ?? [];
        for (var i = 0; i < soa.Entries.Length; i++)
        {
            var e = soa.Entries[i];
            Owner(e.Owner, at, "entries", i, "owner");
            for (var j = 0; j < e.RiskIds.Length; j++)
            {
                if (!_riskIds.Contains(e.RiskIds[j]))
                {
                    at.Error(ModelDiagnosticCodes.UnknownRisk, $"Risk '{e.RiskIds[j]}' is not in the register.", "entries", i, "riskIds", j);
                }
            }

            for (var j = 0; j < e.ObligationIds.Length; j++)
            {
                if (!obligations.Contains(e.ObligationIds[j]))
                {
                    at.Error(ModelDiagnosticCodes.UnknownObligation,
                        $"Obligation '{e.ObligationIds[j]}' is not listed in the scope.", "entries", i, "obligationIds", j);
                }
            }
        }
    }

    private void Risks()
    {
        _d.Duplicates(_w.Risks, r => r.Id, "risk", "risks");
        for (var i = 0; i < _w.Risks.Length; i++)
        {
            var r = _w.Risks[i];
            var at = _d.At("risks", i);
            Owner(r.Owner, at, "owner");
            for (var j = 0; j < r.SystemIds.Length; j++)
            {
                SystemRef(r.SystemIds[j], at, "systemIds", j);
            }

            var controls = r.Treatment?.ControlIds ?? [];
            for (var j = 0; j < controls.Length; j++)
            {
                if (!_controlIds.Contains(controls[j]))
                {
                    at.Error(ModelDiagnosticCodes.UnknownControl,
                        $"Control '{controls[j]}' is neither an Annex A control nor an additional control.", "treatment", "controlIds", j);
                }
            }

            Overdue(r.ReviewOn, $"Risk {r.Id}", at, "reviewOn");

            // The impact assessment informs the risk decision (ISO/IEC 42001 6.1.4 before 6.1.3's acceptance): accepting
            // a risk to a system nobody has assessed for its impacts on people is a decision taken blind.
            if (r.Acceptance is not null)
            {
                foreach (var id in r.SystemIds.Where(id => _w.Systems.Any(s => s.Id == id) && !_w.ImpactAssessments.Any(a => a.SystemId == id && a.IsApproved)))
                {
                    at.Warning(ModelDiagnosticCodes.RiskAcceptedWithoutImpactAssessment,
                        $"Risk {r.Id} is accepted for {id}, which has no approved impact assessment: assess the system's impacts first, then confirm the acceptance.", "acceptance");
                }
            }
        }
    }

    private void ControlMeasures()
    {
        for (var i = 0; i < _w.ControlMeasures.Length; i++)
        {
            var m = _w.ControlMeasures[i];
            var at = _d.At("controlMeasures", i);
            if (!_controlIds.Contains(m.ControlId))
            {
                at.Error(ModelDiagnosticCodes.UnknownControl,
                    $"Control '{m.ControlId}' is neither an Annex A control nor an additional control: its measure could never count as implemented.", "controlId");
            }

            for (var j = 0; j < m.RiskIds.Length; j++)
            {
                if (!_riskIds.Contains(m.RiskIds[j]))
                {
                    at.Error(ModelDiagnosticCodes.UnknownRisk, $"Risk '{m.RiskIds[j]}' is not in the register.", "riskIds", j);
                }
            }
        }
    }

    private void ImpactAssessments()
    {
        _d.Duplicates(_w.ImpactAssessments, a => a.Id, "impact assessment", "impactAssessments");
        for (var i = 0; i < _w.ImpactAssessments.Length; i++)
        {
            var a = _w.ImpactAssessments[i];
            var at = _d.At("impactAssessments", i);
            SystemRef(a.SystemId, at, "systemId");
            if (!a.IsApproved)
            {
                at.Warning(ModelDiagnosticCodes.ImpactAssessmentNotApproved, $"Impact assessment {a.Id} is not approved.", "approvedOn");
            }

            Overdue(a.NextReviewOn, $"Impact assessment {a.Id}", at, "nextReviewOn");
        }
    }

    private void Governance()
    {
        _w.Raci.Check(_d.At("raci"));
        for (var i = 0; i < _w.ControlOwners.Length; i++)
        {
            var o = _w.ControlOwners[i];
            if (!_controlIds.Contains(o.ControlId))
            {
                _d.Error(ModelDiagnosticCodes.UnknownControl,
                    $"Control '{o.ControlId}' is neither an Annex A control nor an additional control.", "controlOwners", i, "controlId");
            }

            Owner(o.Owner, _d, "controlOwners", i, "owner");
        }

        if (_w.Certification is { } plan)
        {
            plan.Check(_d.At("certification"));
        }
    }

    private void Incidents()
    {
        _d.Duplicates(_w.Incidents, x => x.Id, "incident", "incidents");
        for (var i = 0; i < _w.Incidents.Length; i++)
        {
            var x = _w.Incidents[i];
            var at = _d.At("incidents", i);
            for (var j = 0; j < x.SystemIds.Length; j++)
            {
                SystemRef(x.SystemIds[j], at, "systemIds", j);
            }

            if (x.OccurredAt > x.AwareAt)
            {
                at.Error(ModelDiagnosticCodes.DateOrder, $"Incident {x.Id} occurred after the organization became aware of it.", "occurredAt");
            }

            if (x.ResolvedAt < (x.OccurredAt ?? x.AwareAt))
            {
                at.Error(ModelDiagnosticCodes.DateOrder, $"Incident {x.Id} was resolved before it occurred.", "resolvedAt");
            }

            if (_asOf is { } asOf && x.IsReportOverdue(asOf.ToDateTime(TimeOnly.MaxValue, DateTimeKind.Utc)))
            {
                at.Warning(ModelDiagnosticCodes.SeriousIncidentReportOverdue,
                    $"Serious incident {x.Id}: the Art. 73 report was due by {x.ReportingDeadline}.", "reportedAt");
            }
        }
    }

    private void Nonconformities()
    {
        _d.Duplicates(_w.Nonconformities, n => n.Id, "nonconformity", "nonconformities");
        for (var i = 0; i < _w.Nonconformities.Length; i++)
        {
            var n = _w.Nonconformities[i];
            var at = _d.At("nonconformities", i);
            if (n.ClosedOn < n.RaisedOn)
            {
                at.Error(ModelDiagnosticCodes.DateOrder, $"Nonconformity {n.Id} was closed before it was raised.", "closedOn");
            }

            for (var j = 0; j < n.CorrectiveActions.Length; j++)
            {
                var a = n.CorrectiveActions[j];
                Owner(a.Owner, at, "correctiveActions", j, "owner");
                if (n.IsOpen && _asOf is { } asOf && a.IsOverdue(asOf))
                {
                    at.Warning(ModelDiagnosticCodes.CorrectiveActionOverdue,
                        $"Corrective action of {n.Id} was due on {a.DueOn:yyyy-MM-dd}.", "correctiveActions", j, "dueOn");
                }
            }
        }
    }

    private void Audits()
    {
        _d.Duplicates(_w.InternalAudits, a => a.Id, "internal audit", "internalAudits");
        var nonconformities = _w.Nonconformities.Select(n => n.Id).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < _w.InternalAudits.Length; i++)
        {
            var a = _w.InternalAudits[i];
            for (var j = 0; j < a.Findings.Length; j++)
            {
                if (a.Findings[j].NonconformityId is { } id && !nonconformities.Contains(id))
                {
                    _d.Error(ModelDiagnosticCodes.UnknownNonconformity,
                        $"Nonconformity '{id}' is not in the workspace.", "internalAudits", i, "findings", j, "nonconformityId");
                }
            }
        }

        _d.Duplicates(_w.ManagementReviews, r => r.Id, "management review", "managementReviews");
        for (var i = 0; i < _w.ManagementReviews.Length; i++)
        {
            var missing = _w.ManagementReviews[i].MissingTopics;
            if (missing.Count > 0)
            {
                _d.Warning(ModelDiagnosticCodes.ManagementReviewTopicMissing,
                    $"Management review {_w.ManagementReviews[i].Id} did not consider {string.Join("; ", missing.Select(TopicText))}; record an input on each (clause 9.3.2).",
                    "managementReviews", i, "inputs");
            }
        }
    }

    /// <summary>A topic as users write it (the word of JSON and CSV) with what it means, not the member name.</summary>
    private static string TopicText(ManagementReviewTopic topic) => Vocabulary.Word(topic) + topic switch
    {
        ManagementReviewTopic.PreviousActions => " (status of actions from previous reviews)",
        ManagementReviewTopic.ContextChanges => " (changes in external and internal issues)",
        ManagementReviewTopic.InterestedPartyNeeds => " (changes in the needs and expectations of interested parties)",
        ManagementReviewTopic.Performance => " (performance of the AIMS: nonconformities, monitoring and audit results)",
        _ => " (opportunities for continual improvement)",
    };

    private void Policies()
    {
        _d.Duplicates(_w.Policies, p => p.Id, "policy", "policies");
        for (var i = 0; i < _w.Policies.Length; i++)
        {
            Owner(_w.Policies[i].Owner, _d, "policies", i, "owner");
            Overdue(_w.Policies[i].NextReviewOn, $"Policy {_w.Policies[i].Id}", _d.At("policies", i), "nextReviewOn");
        }
    }
}
