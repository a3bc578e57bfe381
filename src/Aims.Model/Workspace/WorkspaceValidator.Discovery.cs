namespace Aims.Model;

// The shadow-AI candidates of automated discovery (issue 16, section 4).
internal sealed partial class WorkspaceValidator
{
    private void ShadowAiCandidates()
    {
        var seen = new List<DiscoveredAiAsset>();
        for (var i = 0; i < _w.ShadowAiCandidates.Length; i++)
        {
            var c = _w.ShadowAiCandidates[i];
            var at = _d.At("shadowAiCandidates", i);
            if (seen.Exists(a => a.IsSameAssetAs(c.Asset)))
            {
                at.Error(ModelDiagnosticCodes.DuplicateId, $"Duplicate shadow-AI candidate {c.Asset}: one entry per source and external id.", "externalId");
            }

            seen.Add(c.Asset);
            if (c.SystemId is { } systemId)
            {
                SystemRef(systemId, at, "systemId");
            }

            if (_asOf is { } asOf && c.IsTriageOverdue(asOf))
            {
                at.Warning(ModelDiagnosticCodes.ShadowAiCandidateUntriaged,
                    $"{c.Asset} was first seen on {c.Asset.FirstSeen:yyyy-MM-dd} and is still untriaged after {ShadowAiCandidate.TriageWindowDays} days; review it, then register or dismiss it.",
                    "status");
            }
        }
    }
}
