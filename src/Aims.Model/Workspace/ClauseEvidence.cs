using System.Collections.Immutable;

namespace Aims.Model;

/// <summary>
/// Which ISO/IEC 42001 management-system clauses (4–10) count as operating, and why: each from the workspace's own
/// records (a scope with its context, an approved policy, a completed internal audit, a held management review …) or
/// from an explicit statement the caller makes. Coverage never assumes a clause: what is not here is not implemented.
/// </summary>
/// <remarks>Instances are immutable and safe to share between threads; equality compares every value.</remarks>
public sealed class ClauseEvidence : IEquatable<ClauseEvidence>
{
    private ClauseEvidence(ImmutableSortedDictionary<string, ClauseBasis> clauses) => Clauses = clauses;

    /// <summary>Gets evidence of nothing: every clause is open.</summary>
    public static ClauseEvidence None { get; } = new(ImmutableSortedDictionary.Create<string, ClauseBasis>(StringComparer.Ordinal));

    /// <summary>Gets the clauses with a basis, by clause id.</summary>
    public ImmutableSortedDictionary<string, ClauseBasis> Clauses { get; }

    /// <summary>
    /// Derives the clauses the workspace's records show as operating. The rules, one per clause (a clause not listed
    /// here needs a statement):
    /// 4.1 context issues recorded; 4.2 interested parties recorded; 4.3 a scope statement; 5.1 a management review held
    /// with decisions; 5.2 an approved AI policy; 5.3 RACI assignments; 6.2 AI objectives, at least one measured; 7.2 competence stated for every
    /// responsible or accountable role of the RACI matrix and a current record of each; 6.1.2 and 8.2 a risk register; 6.1.3 and 8.3 a
    /// Statement of Applicability and a completed risk treatment; 6.1.4 and 8.4 an approved impact assessment; 7.5 an
    /// approved, versioned policy or SoA with a change log; 8.1 deployment-gate policies; 9.1 a system under active
    /// monitoring; 9.2 an internal audit performed; 9.3 a management review held; 10.2 a nonconformity with a
    /// corrective action.
    /// </summary>
    /// <param name="workspace">The workspace.</param>
    /// <param name="asOf">Records dated after this day do not count; <see langword="null"/> counts every record.</param>
    /// <returns>The evidence, each clause with the record that supports it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="workspace"/> is <see langword="null"/>.</exception>
    public static ClauseEvidence FromWorkspace(AimsWorkspace workspace, DateOnly? asOf = null)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        bool Due(DateOnly? date) => date is { } d && (asOf is null || d <= asOf);
        var found = new Dictionary<string, string>(StringComparer.Ordinal);
        void Add(string clause, bool evidenced, Func<string> description)
        {
            if (evidenced)
            {
                found[clause] = description();
            }
        }

        var scope = workspace.Scope;
        Add("4.1", scope is { Issues.IsEmpty: false }, () => $"{Count(scope!.Issues.Length, "context issue", "context issues")} in the scope");
        Add("4.2", scope is { InterestedParties.IsEmpty: false }, () => $"{Count(scope!.InterestedParties.Length, "interested party", "interested parties")} in the scope");
        Add("4.3", scope is not null, () => $"scope statement, revision {scope!.Revision.Version}");
        var review = workspace.ManagementReviews.Where(r => Due(r.HeldOn)).OrderByDescending(r => r.HeldOn).FirstOrDefault();
        Add("5.1", review is { Decisions.IsEmpty: false }, () => $"management review {review!.Id} with decisions");
        var policy = workspace.Policies.Where(p => Due(p.ApprovedOn)).OrderByDescending(p => p.ApprovedOn).FirstOrDefault();
        Add("5.2", policy is not null, () => $"AI policy {policy!.Id} approved {policy.ApprovedOn:yyyy-MM-dd}");
        Add("5.3", !workspace.Raci.Assignments.IsEmpty, () => Count(workspace.Raci.Assignments.Length, "RACI assignment", "RACI assignments"));
        var measured = workspace.Objectives.Count(o => o.LatestAsOf(asOf) is not null);
        Add("6.2", measured > 0, () => $"{Count(workspace.Objectives.Length, "AI objective", "AI objectives")}, {measured} measured");
        Add("7.2", !workspace.Competence.Requirements.IsEmpty && workspace.Competence.GapsAgainst(workspace.Raci, asOf).Count == 0,
            () => $"competence stated for every responsible or accountable role and on record ({Count(workspace.Competence.Records.Length, "record", "records")})");
        Add("6.1.2", !workspace.Risks.IsEmpty, () => $"risk register with {Count(workspace.Risks.Length, "risk", "risks")}");
        Add("8.2", !workspace.Risks.IsEmpty, () => $"risk register with {Count(workspace.Risks.Length, "risk", "risks")}");
        var treated = workspace.Risks.FirstOrDefault(r => r.Treatment is { Status: TreatmentStatus.Completed });
        Add("6.1.3", workspace.Soa is { Entries.IsEmpty: false } && treated is not null, () => $"Statement of Applicability and completed treatment of {treated!.Id}");
        Add("8.3", treated is not null, () => $"completed treatment of {treated!.Id}");
        var assessment = workspace.ImpactAssessments.FirstOrDefault(a => Due(a.ApprovedOn));
        Add("6.1.4", assessment is not null, () => $"impact assessment {assessment!.Id} approved");
        Add("8.4", assessment is not null, () => $"impact assessment {assessment!.Id} approved");
        var versioned = policy is { Revision.ChangeLog.IsEmpty: false } || workspace.Soa is { Revision.ChangeLog.IsEmpty: false };
        Add("7.5", versioned, () => "versioned documents with a change log (policy or SoA)");
        Add("8.1", !workspace.GatePolicies.IsEmpty, () => Count(workspace.GatePolicies.Length, "deployment-gate policy", "deployment-gate policies"));
        var monitored = workspace.Systems.FirstOrDefault(s => s.MonitoringStatus == MonitoringStatus.Monitored);
        Add("9.1", monitored is not null, () => $"system {monitored!.Id} under active monitoring");
        var audit = workspace.InternalAudits.Where(a => Due(a.PerformedOn)).OrderByDescending(a => a.PerformedOn).FirstOrDefault();
        Add("9.2", audit is not null, () => $"internal audit {audit!.Id} performed {audit.PerformedOn:yyyy-MM-dd}");
        Add("9.3", review is not null, () => $"management review {review!.Id} held {review.HeldOn:yyyy-MM-dd}");
        var corrected = workspace.Nonconformities.FirstOrDefault(n => !n.CorrectiveActions.IsEmpty);
        Add("10.2", corrected is not null, () => $"nonconformity {corrected!.Id} with corrective action");
        return new(found.ToImmutableSortedDictionary(
            kv => kv.Key, kv => new ClauseBasis(kv.Key, ClauseBasisSource.WorkspaceRecords, kv.Value), StringComparer.Ordinal));
    }

    private static string Count(int count, string one, string many) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{count} {(count == 1 ? one : many)}");

    /// <summary>Returns a copy in which a clause counts as operating on the caller's explicit statement (for example an attestation by the AIMS owner).</summary>
    /// <param name="clauseId">An ISO/IEC 42001 clause id, for example <c>7.2</c>.</param>
    /// <param name="statement">Who states it and on what basis, for example <c>"Competence records in HR system, attested by CHRO 2026-10-01"</c>.</param>
    /// <returns>The copy; a statement replaces a basis from records for the same clause.</returns>
    /// <exception cref="ArgumentException"><paramref name="clauseId"/> is not a clause of <see cref="Iso42001.Catalog"/>, or <paramref name="statement"/> is blank.</exception>
    public ClauseEvidence WithStatement(string clauseId, string statement)
    {
        ArgumentNullException.ThrowIfNull(clauseId);
        if (!Iso42001.Catalog.TryGetItem(clauseId, out var item) || item.Kind != FrameworkItemKinds.Clause)
        {
            throw new ArgumentException($"'{clauseId}' is not an ISO/IEC 42001 clause (4 to 10.2).", nameof(clauseId));
        }

        return new(Clauses.SetItem(clauseId, new ClauseBasis(clauseId, ClauseBasisSource.CallerStatement, Guard.Text(statement, nameof(statement)))));
    }

    /// <summary>
    /// Finds why a clause counts as operating: its own basis, a basis of an enclosing clause (9.2 covers 9.2.1), or —
    /// for a clause with sub-clauses — a basis for every sub-clause.
    /// </summary>
    /// <param name="clauseId">The clause id.</param>
    /// <param name="basis">The basis when found.</param>
    /// <returns><see langword="true"/> when the clause counts as operating.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="clauseId"/> is <see langword="null"/>.</exception>
    public bool TryGetBasis(string clauseId, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out ClauseBasis basis)
    {
        ArgumentNullException.ThrowIfNull(clauseId);
        for (var id = clauseId; id is not null; id = Iso42001.Catalog.TryGetItem(id, out var item) ? item.ParentId : null)
        {
            if (Clauses.TryGetValue(id, out basis))
            {
                return true;
            }
        }

        var children = Iso42001.Catalog.ChildrenOf(clauseId);
        var bases = new List<ClauseBasis>();
        foreach (var child in children)
        {
            if (!TryGetBasis(child.Id, out var childBasis))
            {
                basis = null;
                return false;
            }

            bases.Add(childBasis);
        }

        basis = bases.Count == 0
            ? null
            : new ClauseBasis(clauseId, bases.All(b => b.Source == ClauseBasisSource.WorkspaceRecords) ? ClauseBasisSource.WorkspaceRecords : ClauseBasisSource.CallerStatement,
                string.Join("; ", bases.Select(b => $"{b.ClauseId}: {b.Description}")));
        return basis is not null;
    }

    /// <summary>Returns whether <paramref name="other"/> has the same clauses and bases.</summary>
    /// <param name="other">The instance to compare with.</param>
    /// <returns><see langword="true"/> when every value is equal.</returns>
    public bool Equals(ClauseEvidence? other) =>
        ReferenceEquals(this, other) || (other is not null && ValueEquality.Sequence(Clauses, other.Clauses));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ClauseEvidence);

    /// <inheritdoc />
    public override int GetHashCode() => ValueEquality.SequenceHash(Clauses);

    /// <summary>Returns whether two instances have the same values.</summary>
    /// <param name="left">The first instance.</param>
    /// <param name="right">The second instance.</param>
    /// <returns><see langword="true"/> when both are <see langword="null"/> or equal.</returns>
    public static bool operator ==(ClauseEvidence? left, ClauseEvidence? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Returns whether two instances differ in any value.</summary>
    /// <param name="left">The first instance.</param>
    /// <param name="right">The second instance.</param>
    /// <returns><see langword="true"/> when they are not equal.</returns>
    public static bool operator !=(ClauseEvidence? left, ClauseEvidence? right) => !(left == right);
}

/// <summary>Why a clause counts as operating (see <see cref="ClauseEvidence"/>).</summary>
/// <remarks>Instances are immutable and safe to share between threads; equality compares every value.</remarks>
public sealed class ClauseBasis : IEquatable<ClauseBasis>
{
    internal ClauseBasis(string clauseId, ClauseBasisSource source, string description) =>
        (ClauseId, Source, Description) = (clauseId, source, description);

    /// <summary>Gets the clause id.</summary>
    public string ClauseId { get; }

    /// <summary>Gets whether records of the workspace or a statement of the caller support it.</summary>
    public ClauseBasisSource Source { get; }

    /// <summary>Gets the record or statement, in one phrase.</summary>
    public string Description { get; }

    /// <summary>Returns whether <paramref name="other"/> has the same values.</summary>
    /// <param name="other">The instance to compare with.</param>
    /// <returns><see langword="true"/> when every value is equal.</returns>
    public bool Equals(ClauseBasis? other) =>
        ReferenceEquals(this, other)
        || (other is not null && ValueEquality.Text(ClauseId, other.ClauseId) && Source == other.Source && ValueEquality.Text(Description, other.Description));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ClauseBasis);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(ClauseId), Source, StringComparer.Ordinal.GetHashCode(Description));

    /// <summary>Returns whether two instances have the same values.</summary>
    /// <param name="left">The first instance.</param>
    /// <param name="right">The second instance.</param>
    /// <returns><see langword="true"/> when both are <see langword="null"/> or equal.</returns>
    public static bool operator ==(ClauseBasis? left, ClauseBasis? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Returns whether two instances differ in any value.</summary>
    /// <param name="left">The first instance.</param>
    /// <param name="right">The second instance.</param>
    /// <returns><see langword="true"/> when they are not equal.</returns>
    public static bool operator !=(ClauseBasis? left, ClauseBasis? right) => !(left == right);

    /// <inheritdoc />
    public override string ToString() => $"{ClauseId}: {Description}";
}

/// <summary>Where a clause's basis comes from.</summary>
public enum ClauseBasisSource
{
    /// <summary>Records of the workspace (scope, policy, audit, review …).</summary>
    WorkspaceRecords,

    /// <summary>An explicit statement by the caller (<see cref="ClauseEvidence.WithStatement"/>).</summary>
    CallerStatement,
}
