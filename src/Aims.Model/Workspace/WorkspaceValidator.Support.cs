namespace Aims.Model;

/// <summary>Clause 6.2 AI objectives and clause 7.2 competence.</summary>
internal sealed partial class WorkspaceValidator
{
    private void Objectives()
    {
        _d.Duplicates(_w.Objectives, o => o.Id, "objective", "objectives");
        var policies = _w.Policies.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < _w.Objectives.Length; i++)
        {
            var o = _w.Objectives[i];
            Owner(o.Owner, _d, "objectives", i, "owner");
            if (o.PolicyId is { } policy && !policies.Contains(policy))
            {
                _d.Error(ModelDiagnosticCodes.UnknownPolicy, $"Objective {o.Id} serves policy '{policy}', which is not in the workspace.", "objectives", i, "policyId");
            }

            for (var j = 0; j < o.SystemIds.Length; j++)
            {
                SystemRef(o.SystemIds[j], _d, "objectives", i, "systemIds", j);
            }

            if (_asOf is not { } asOf)
            {
                continue;
            }

            var status = o.StatusAt(asOf);
            var latest = o.LatestAsOf(asOf);
            if (status == ObjectiveStatus.Missed)
            {
                _d.Warning(ModelDiagnosticCodes.ObjectiveMissed, latest is null
                    ? $"Objective {o.Id} was due on {o.TargetDate:yyyy-MM-dd} and was never measured; measure it, and record what will be done (a new target date, or a corrective action)."
                    : $"Objective {o.Id} was due on {o.TargetDate:yyyy-MM-dd} and its latest measurement ({latest}) does not meet the target; record what will be done (a new target date, or a corrective action).",
                    "objectives", i, "targetDate");
            }
            else if (status != ObjectiveStatus.Achieved
                && (latest is null || latest.MeasuredOn.AddDays(_w.ReviewIntervalDays) < asOf))
            {
                _d.Warning(ModelDiagnosticCodes.ObjectiveNotMeasured,
                    $"Objective {o.Id} has no measurement in the {_w.ReviewIntervalDays} days before {asOf:yyyy-MM-dd}; objectives are monitored (clause 6.2), so record a measurement.",
                    "objectives", i, "measurements");
            }
        }
    }

    private void Competence()
    {
        var register = _w.Competence;
        if (register.IsEmpty)
        {
            return;   // not started: clause 7.2 shows as open in coverage, without a warning per role
        }

        for (var i = 0; i < register.Requirements.Length; i++)
        {
            RoleInRaci(register.Requirements[i].Role, "requirements", i);
        }

        for (var j = 0; j < register.Records.Length; j++)
        {
            RoleInRaci(register.Records[j].Role, "records", j);
        }

        foreach (var gap in register.GapsAgainst(_w.Raci, _asOf))
        {
            if (gap.Kind == CompetenceGapKind.NotDefined)
            {
                var k = _w.Raci.Assignments.IndexOf(_w.Raci.Assignments.First(a => string.Equals(a.Role, gap.Role, StringComparison.Ordinal)));
                _d.Warning(ModelDiagnosticCodes.CompetenceNotDefined, gap.Message, "raci", "assignments", k);
            }
            else
            {
                var i = register.Requirements.IndexOf(register.Requirements.First(r =>
                    string.Equals(r.Role, gap.Role, StringComparison.Ordinal) && string.Equals(r.Competence, gap.Competence, StringComparison.Ordinal)));
                _d.Warning(ModelDiagnosticCodes.CompetenceGap, gap.Message, "competence", "requirements", i);
            }
        }
    }

    private void RoleInRaci(string role, string collection, int index)
    {
        if (!_w.Raci.HasRole(role))
        {
            _d.Warning(ModelDiagnosticCodes.CompetenceRoleNotInRaci,
                $"Role '{role}' is not in the RACI matrix; was it renamed? Use the matrix's name, or add the role to the matrix.", "competence", collection, index, "role");
        }
    }
}
