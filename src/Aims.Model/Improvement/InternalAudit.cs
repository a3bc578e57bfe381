using System.Collections.Immutable;

namespace Aims.Model;

/// <summary>An audit of the internal audit programme (clause 9.2): planned date, scope, auditor and findings.</summary>
/// <remarks>Instances are immutable and safe to share between threads.</remarks>
public sealed class InternalAudit : IEquatable<InternalAudit>
{
    /// <summary>Initializes a new, planned instance of the <see cref="InternalAudit"/> class.</summary>
    /// <param name="id">The id.</param>
    /// <param name="title">The title.</param>
    /// <param name="plannedOn">When it is planned.</param>
    /// <param name="auditor">Who audits (independent of the audited area).</param>
    /// <remarks>
    /// The scope, the date it was performed and the findings are set through validated copies:
    /// <see cref="WithScope"/>, <see cref="WithPerformedOn"/> and <see cref="WithFindings"/>.
    /// </remarks>
    /// <exception cref="ArgumentException">An id or text is blank or malformed.</exception>
    public InternalAudit(string id, string title, DateOnly plannedOn, string auditor)
    {
        Id = Guard.Id(id, nameof(id));
        Title = Guard.Text(title, nameof(title));
        PlannedOn = plannedOn;
        Auditor = Guard.Text(auditor, nameof(auditor));
        Scope = [];
        Findings = [];
    }

    private InternalAudit(InternalAudit source)
    {
        Id = source.Id;
        Title = source.Title;
        PlannedOn = source.PlannedOn;
        Auditor = source.Auditor;
        Scope = source.Scope;
        PerformedOn = source.PerformedOn;
        Findings = source.Findings;
    }

    /// <summary>Gets the id.</summary>
    public string Id { get; }

    /// <summary>Gets the title.</summary>
    public string Title { get; }

    /// <summary>Gets the planned date.</summary>
    public DateOnly PlannedOn { get; }

    /// <summary>Gets the auditor.</summary>
    public string Auditor { get; }

    /// <summary>Gets the clause and control ids covered.</summary>
    public ImmutableArray<string> Scope { get; private init; }

    /// <summary>Gets when it was performed, or <see langword="null"/> while planned.</summary>
    public DateOnly? PerformedOn { get; private init; }

    /// <summary>Gets the findings.</summary>
    public ImmutableArray<AuditFinding> Findings { get; private init; }

    /// <summary>
    /// Gets the clauses 4 to 10 of ISO/IEC 42001 the audit's <see cref="Scope"/> leaves out: a clause counts as covered
    /// when the scope names it or, recursively, every one of its sub-clauses (<c>9</c>, or <c>9.1</c>, <c>9.2</c> with
    /// its sub-clauses and <c>9.3</c> with its own). Empty for an audit of the whole management system.
    /// </summary>
    public IReadOnlyList<string> UncoveredClauses => [.. Iso42001.Catalog.ChildrenOf(null)
        .Where(c => c.Kind == FrameworkItemKinds.Clause && !Covers(c.Id)).Select(c => c.Id)];

    /// <summary>
    /// Gets a value indicating whether the audit covers the whole management system, every clause 4 to 10 (Annex A
    /// controls may be sampled): the full internal audit a certification body expects before Stage 1 and Stage 2.
    /// An audit of some clauses or controls is partial.
    /// </summary>
    public bool CoversWholeAims => UncoveredClauses.Count == 0;

    private bool Covers(string clauseId)
    {
        if (Scope.Contains(clauseId, StringComparer.Ordinal))
        {
            return true;
        }

        var children = Iso42001.Catalog.ChildrenOf(clauseId);
        return children.Count > 0 && children.All(c => Covers(c.Id));
    }

    /// <summary>Returns a copy with other clause and control ids in scope.</summary>
    /// <param name="scope">The new value.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentException"><paramref name="scope"/> contains a blank or malformed id.</exception>
    public InternalAudit WithScope(IEnumerable<string> scope) => new(this) { Scope = Guard.IdList(scope, nameof(scope)) };

    /// <summary>Returns a copy with the date it was performed (<see langword="null"/>: still planned).</summary>
    /// <param name="performedOn">The new value.</param>
    /// <returns>The copy.</returns>
    public InternalAudit WithPerformedOn(DateOnly? performedOn) => new(this) { PerformedOn = performedOn };

    /// <summary>Returns a copy with other findings.</summary>
    /// <param name="findings">The new value.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentException"><paramref name="findings"/> contains null.</exception>
    public InternalAudit WithFindings(IEnumerable<AuditFinding> findings) => new(this) { Findings = Guard.List(findings, nameof(findings)) };

    /// <summary>Returns whether <paramref name="other"/> has the same values: strings compare ordinally, collections by sequence.</summary>
    /// <param name="other">The instance to compare with.</param>
    /// <returns><see langword="true"/> when every value is equal.</returns>
    public bool Equals(InternalAudit? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && ValueEquality.Text(Id, other.Id)
            && ValueEquality.Text(Title, other.Title)
            && PlannedOn == other.PlannedOn
            && ValueEquality.Text(Auditor, other.Auditor)
            && ValueEquality.Sequence(Scope, other.Scope)
            && EqualityComparer<DateOnly?>.Default.Equals(PerformedOn, other.PerformedOn)
            && ValueEquality.Sequence(Findings, other.Findings));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as InternalAudit);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Id, StringComparer.Ordinal);
        hash.Add(Title, StringComparer.Ordinal);
        hash.Add(PlannedOn);
        hash.Add(Auditor, StringComparer.Ordinal);
        hash.Add(ValueEquality.SequenceHash(Scope));
        hash.Add(PerformedOn);
        hash.Add(ValueEquality.SequenceHash(Findings));
        return hash.ToHashCode();
    }

    /// <summary>Returns whether two instances have the same values.</summary>
    /// <param name="left">The first instance.</param>
    /// <param name="right">The second instance.</param>
    /// <returns><see langword="true"/> when both are <see langword="null"/> or equal.</returns>
    public static bool operator ==(InternalAudit? left, InternalAudit? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Returns whether two instances differ in any value.</summary>
    /// <param name="left">The first instance.</param>
    /// <param name="right">The second instance.</param>
    /// <returns><see langword="true"/> when they are not equal.</returns>
    public static bool operator !=(InternalAudit? left, InternalAudit? right) => !(left == right);
}
