namespace Aims.Model;

/// <summary>The checks an ISO/IEC 42001 auditor makes across sections: each names what to change.</summary>
internal sealed partial class WorkspaceValidator
{
    /// <summary>A system counts for the organization unless it is retired or placed out of the AIMS scope.</summary>
    private bool Counts(AiSystem s) => s.LifecycleStage != LifecycleStage.Retirement && _w.Scope?.IsInScope(s.Id) != false;

    /// <summary>EU AI Act high-risk, or at the top of the risk scale (<see cref="RiskLevel.Critical"/>).</summary>
    private static bool IsHighRisk(AiSystem s) => s.EuAiActCategory == EuAiActRiskCategory.High || s.RiskLevel == RiskLevel.Critical;

    private static string HighRiskReason(AiSystem s) =>
        s.EuAiActCategory == EuAiActRiskCategory.High ? "is high-risk under the EU AI Act" : "is at the highest risk level (critical)";

    private void TreatmentControls()
    {
        if (_w.Soa is not { } soa)
        {
            return;
        }

        var excluded = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var k = 0; k < soa.Entries.Length; k++)
        {
            if (!soa.Entries[k].IsApplicable)
            {
                excluded.TryAdd(soa.Entries[k].ControlId, k);
            }
        }

        for (var i = 0; i < _w.Risks.Length; i++)
        {
            var r = _w.Risks[i];
            var controls = r.Treatment?.ControlIds ?? [];
            for (var j = 0; j < controls.Length; j++)
            {
                if (excluded.TryGetValue(controls[j], out var k))
                {
                    _d.Error(ModelDiagnosticCodes.TreatmentControlExcluded,
                        $"The treatment of risk {r.Id} relies on control {controls[j]}, which the SoA excludes (/soa/entries/{k}); include the control in the SoA with this risk as its driver, or treat the risk with another control.",
                        "risks", i, "treatment", "controlIds", j);
                }
            }
        }
    }

    private void HighRiskSystems()
    {
        var assessed = _w.ImpactAssessments.Select(a => a.SystemId).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < _w.Systems.Length; i++)
        {
            var s = _w.Systems[i];
            if (!IsHighRisk(s) || s.LifecycleStage == LifecycleStage.Retirement)
            {
                continue;
            }

            var boundaries = _w.Scope?.Boundaries ?? [];
            for (var k = 0; k < boundaries.Length; k++)
            {
                if (!boundaries[k].IsIncluded && string.Equals(boundaries[k].SystemId, s.Id, StringComparison.Ordinal))
                {
                    _d.Error(ModelDiagnosticCodes.HighRiskSystemOutOfScope,
                        $"{s.Id} {HighRiskReason(s)} but is placed out of the AIMS scope; include it in the scope (clause 4.3) or, if it no longer runs, record it as retired.",
                        "scope", "boundaries", k, "isIncluded");
                }
            }

            if (!assessed.Contains(s.Id))
            {
                _d.Error(ModelDiagnosticCodes.HighRiskSystemWithoutImpactAssessment,
                    $"{s.Id} {HighRiskReason(s)} but has no AI system impact assessment; record one for it (clauses 6.1.4 and 8.4, control A.5.2).",
                    "systems", i, "id");
            }
        }
    }

    private void ExclusionsAgainstRoles()
    {
        if (_w.Soa is not { } soa)
        {
            return;
        }

        for (var k = 0; k < soa.Entries.Length; k++)
        {
            var e = soa.Entries[k];
            if (e.IsApplicable)
            {
                continue;
            }

            foreach (var rule in ControlRoleRules.All)
            {
                if (!string.Equals(rule.ControlId, e.ControlId, StringComparison.Ordinal))
                {
                    continue;
                }

                var i = Array.FindIndex(_w.Systems.ToArray(), s => Counts(s) && rule.Applies(s));
                if (i >= 0)
                {
                    var title = _catalog.TryGetItem(e.ControlId, out var item) ? $" ({item.Title})" : "";
                    _d.Error(ModelDiagnosticCodes.SoaExclusionContradictsRoles,
                        $"{e.ControlId}{title} is excluded, but {_w.Systems[i].Id} (/systems/{i}) {rule.Because}; include the control in the SoA, or correct the system's roles if they are wrong.",
                        "soa", "entries", k, "isApplicable");
                    break;
                }
            }
        }
    }

    private void CertificationPrerequisites()
    {
        if (_w.Certification is not { } plan)
        {
            return;
        }

        for (var i = 0; i < plan.Milestones.Length; i++)
        {
            var m = plan.Milestones[i];
            if (m.Stage is not (CertificationStage.Stage1 or CertificationStage.Stage2))
            {
                continue;
            }

            var date = m.EffectiveDate;
            var done = _w.InternalAudits.Where(a => AuditDoneBy(a, date, planned: m.CompletedOn is null)).ToList();
            var audited = done.Any(a => a.CoversWholeAims);
            var reviewed = _w.ManagementReviews.Any(r => r.HeldOn <= date);
            if (audited && reviewed)
            {
                continue;
            }

            // Only partial audits before the stage: say which clauses the latest one left out.
            var audit = done.Count == 0
                ? "any internal audit"
                : $"a full internal audit (clauses 4 to 10; {done[^1].Id} left out clause {string.Join(", ", done[^1].UncoveredClauses)})";
            var missing = (audited, reviewed) switch
            {
                (false, false) => $"{audit} and any management review",
                (false, _) => audit,
                _ => "any management review",
            };
            _d.Error(ModelDiagnosticCodes.CertificationBeforeAuditAndReview,
                $"{Vocabulary.Word(m.Stage)} on {date:yyyy-MM-dd} comes before {missing} of the AIMS; a certification body expects both first (clauses 9.2, 9.3): hold them before this stage or move the stage later.",
                "certification", "milestones", i, m.CompletedOn is null ? "plannedOn" : "completedOn");
        }
    }

    /// <summary>
    /// Whether an internal audit is done by <paramref name="date"/>: performed by then, or — for a stage still
    /// planned — itself planned by then and not already overdue at the validation date.
    /// </summary>
    private bool AuditDoneBy(InternalAudit a, DateOnly date, bool planned) =>
        a.PerformedOn is { } performed
            ? performed <= date
            : planned && a.PlannedOn <= date && (_asOf is not { } asOf || a.PlannedOn >= asOf);

    private void NonconformityReferences()
    {
        var sources = new HashSet<string>(StringComparer.Ordinal);
        sources.UnionWith(_w.InternalAudits.Select(a => a.Id));
        sources.UnionWith(_w.InternalAudits.SelectMany(a => a.Findings).Select(f => f.Id));
        sources.UnionWith(_w.Incidents.Select(x => x.Id));
        for (var i = 0; i < _w.Nonconformities.Length; i++)
        {
            var n = _w.Nonconformities[i];
            Requirement(n.RequirementId, $"Nonconformity {n.Id}", "nonconformities", i, "requirementId");
            if (n.SourceId is { } source && !sources.Contains(source))
            {
                _d.Error(ModelDiagnosticCodes.UnknownSource,
                    $"Nonconformity {n.Id} comes from '{source}', which is no internal audit, audit finding or incident of the workspace; correct the id or record the audit or incident.",
                    "nonconformities", i, "sourceId");
            }
        }

        for (var i = 0; i < _w.InternalAudits.Length; i++)
        {
            var a = _w.InternalAudits[i];
            for (var j = 0; j < a.Scope.Length; j++)
            {
                Requirement(a.Scope[j], $"Internal audit {a.Id}", "internalAudits", i, "scope", j);
            }

            for (var j = 0; j < a.Findings.Length; j++)
            {
                Requirement(a.Findings[j].RequirementId, $"Audit finding {a.Findings[j].Id}", "internalAudits", i, "findings", j, "requirementId");
            }
        }
    }

    private void Requirement(string? id, string what, params object[] path)
    {
        if (id is not null && !_catalog.Contains(id) && !_controlIds.Contains(id))
        {
            _d.Error(ModelDiagnosticCodes.UnknownRequirement,
                $"{what} names requirement '{id}', which is neither a clause nor a control of {_catalog.Metadata.Name} nor an additional control of the SoA; use the clause or control number (for example 9.2 or A.6.2.6).",
                path);
        }
    }

    private void ReviewFigures()
    {
        for (var i = 0; i < _w.ManagementReviews.Length; i++)
        {
            var r = _w.ManagementReviews[i];
            if (r.Figures is not { } f)
            {
                continue;
            }

            // What the review could know: incidents the organization was aware of in the period and by the review.
            var incidents = _w.Incidents.Where(x => DateOnly.FromDateTime(x.AwareAt.UtcDateTime) is var d && d >= f.PeriodStart && d <= f.PeriodEnd && d <= r.HeldOn).ToList();
            var serious = incidents.Where(x => x.IsSerious).ToList();
            var open = _w.Nonconformities.Where(n => n.RaisedOn <= r.HeldOn && !(n.ClosedOn <= r.HeldOn)).ToList();
            var known = $"incidents the organization became aware of from {f.PeriodStart:yyyy-MM-dd} to {f.PeriodEnd:yyyy-MM-dd} and by the review";
            Figure(i, r, f.IncidentCount, incidents.Select(x => x.Id), known, "incidentCount");
            Figure(i, r, f.SeriousIncidentCount, serious.Select(x => x.Id), "serious " + known, "seriousIncidentCount");
            Figure(i, r, f.OpenNonconformityCount, open.Select(n => n.Id), $"nonconformities open on {r.HeldOn:yyyy-MM-dd}", "openNonconformityCount");
        }
    }

    private void Figure(int index, ManagementReview r, int? recorded, IEnumerable<string> ids, string what, string member)
    {
        var actual = ids.ToList();
        if (recorded is { } n && n != actual.Count)
        {
            var list = actual.Count == 0 ? "none" : string.Join(", ", actual.Take(5)) + (actual.Count > 5 ? ", …" : "");
            _d.Error(ModelDiagnosticCodes.ManagementReviewFiguresDiffer,
                $"Management review {r.Id} records {member} {n}, but the workspace has {actual.Count} {what} ({list}); correct the recorded figure, or record what is missing.",
                "managementReviews", index, "figures", member);
        }
    }
}
