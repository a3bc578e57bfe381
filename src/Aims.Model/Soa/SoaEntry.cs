using System.Collections.Immutable;

namespace Aims.Model;

/// <summary>
/// One line of the Statement of Applicability: a control, whether it applies, why, and how far it is implemented.
/// </summary>
/// <remarks>
/// Instances are immutable and safe to share between threads. The constructor checks structure only; whether the
/// entry would satisfy an auditor (a justification for every exclusion, a driver for every inclusion) is reported
/// by <see cref="StatementOfApplicability.Validate"/>, so a draft can be recorded before it is complete.
/// </remarks>
public sealed class SoaEntry : IEquatable<SoaEntry>
{
    /// <summary>Initializes a new instance of the <see cref="SoaEntry"/> class with the control and the decision.</summary>
    /// <param name="controlId">The Annex A control id (for example <c>A.6.2.4</c>) or the id of an additional control.</param>
    /// <param name="isApplicable">Whether the control is included.</param>
    /// <remarks>
    /// The entry starts without justification, owner, drivers or evidence and <see cref="ImplementationStatus.NotStarted"/>;
    /// record them through validated copies: <c>new SoaEntry("A.2.2", true).WithJustification("…").WithStatus(…)</c>.
    /// </remarks>
    /// <exception cref="ArgumentException"><paramref name="controlId"/> is blank or malformed.</exception>
    public SoaEntry(string controlId, bool isApplicable)
    {
        ControlId = Guard.Id(controlId, nameof(controlId));
        IsApplicable = isApplicable;
        Status = ImplementationStatus.NotStarted;
        RiskIds = [];
        ObligationIds = [];
        Evidence = [];
    }

    private SoaEntry(SoaEntry source)
    {
        ControlId = source.ControlId;
        IsApplicable = source.IsApplicable;
        Justification = source.Justification;
        Status = source.Status;
        Owner = source.Owner;
        RiskIds = source.RiskIds;
        ObligationIds = source.ObligationIds;
        Evidence = source.Evidence;
    }

    /// <summary>Gets the control id.</summary>
    public string ControlId { get; }

    /// <summary>Gets a value indicating whether the control is included.</summary>
    public bool IsApplicable { get; private init; }

    /// <summary>Gets the justification, if recorded.</summary>
    public string? Justification { get; private init; }

    /// <summary>Gets the implementation status.</summary>
    public ImplementationStatus Status { get; private init; }

    /// <summary>Gets the control owner, if recorded.</summary>
    public string? Owner { get; private init; }

    /// <summary>Gets the ids of the risks the control treats.</summary>
    public ImmutableArray<string> RiskIds { get; private init; }

    /// <summary>Gets the ids of the obligations that require the control.</summary>
    public ImmutableArray<string> ObligationIds { get; private init; }

    /// <summary>Gets the evidence of implementation.</summary>
    public ImmutableArray<EvidenceReference> Evidence { get; private init; }

    /// <summary>Gets a value indicating whether the control is included and implemented.</summary>
    public bool IsImplemented => IsApplicable && Status == ImplementationStatus.Implemented;

    /// <summary>Returns a copy that excludes the control with a justification.</summary>
    /// <param name="justification">Why the control does not apply.</param>
    /// <returns>The excluded copy.</returns>
    /// <exception cref="ArgumentException"><paramref name="justification"/> is blank.</exception>
    public SoaEntry Exclude(string justification) =>
        new(this) { IsApplicable = false, Justification = Guard.Text(justification, nameof(justification)) };

    /// <summary>Returns a copy with the control included or excluded.</summary>
    /// <param name="isApplicable">Whether the control is included.</param>
    /// <returns>The copy.</returns>
    public SoaEntry WithApplicability(bool isApplicable) => new(this) { IsApplicable = isApplicable };

    /// <summary>Returns a copy with why the control is included or excluded (<see langword="null"/> clears it).</summary>
    /// <param name="justification">The new value.</param>
    /// <returns>The copy.</returns>
    public SoaEntry WithJustification(string? justification) => new(this) { Justification = Guard.OptionalText(justification) };

    /// <summary>Returns a copy with another implementation status (meaningful for included controls).</summary>
    /// <param name="status">The new value.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="status"/> is not a defined value.</exception>
    public SoaEntry WithStatus(ImplementationStatus status) => new(this) { Status = Guard.Defined(status, nameof(status)) };

    /// <summary>Returns a copy with the control owner, a RACI role (<see langword="null"/> clears it).</summary>
    /// <param name="owner">The new value.</param>
    /// <returns>The copy.</returns>
    public SoaEntry WithOwner(string? owner) => new(this) { Owner = Guard.OptionalText(owner) };

    /// <summary>Returns a copy with the risks in the register that the control treats (drivers of inclusion).</summary>
    /// <param name="riskIds">The new value.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentException"><paramref name="riskIds"/> contains a blank or malformed id.</exception>
    public SoaEntry WithRiskIds(IEnumerable<string> riskIds) => new(this) { RiskIds = Guard.IdList(riskIds, nameof(riskIds)) };

    /// <summary>Returns a copy with the obligations that require the control (drivers of inclusion).</summary>
    /// <param name="obligationIds">The new value.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentException"><paramref name="obligationIds"/> contains a blank or malformed id.</exception>
    public SoaEntry WithObligationIds(IEnumerable<string> obligationIds) => new(this) { ObligationIds = Guard.IdList(obligationIds, nameof(obligationIds)) };

    /// <summary>Returns a copy with other evidence that the control is implemented.</summary>
    /// <param name="evidence">The new value.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentException"><paramref name="evidence"/> contains null.</exception>
    public SoaEntry WithEvidence(IEnumerable<EvidenceReference> evidence) => new(this) { Evidence = Guard.List(evidence, nameof(evidence)) };

    /// <summary>Returns whether <paramref name="other"/> has the same values: strings compare ordinally, collections by sequence.</summary>
    /// <param name="other">The instance to compare with.</param>
    /// <returns><see langword="true"/> when every value is equal.</returns>
    public bool Equals(SoaEntry? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && ValueEquality.Text(ControlId, other.ControlId)
            && IsApplicable == other.IsApplicable
            && ValueEquality.Text(Justification, other.Justification)
            && EqualityComparer<ImplementationStatus>.Default.Equals(Status, other.Status)
            && ValueEquality.Text(Owner, other.Owner)
            && ValueEquality.Sequence(RiskIds, other.RiskIds)
            && ValueEquality.Sequence(ObligationIds, other.ObligationIds)
            && ValueEquality.Sequence(Evidence, other.Evidence));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as SoaEntry);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(ControlId, StringComparer.Ordinal);
        hash.Add(IsApplicable);
        hash.Add(Justification, StringComparer.Ordinal);
        hash.Add(Status);
        hash.Add(Owner, StringComparer.Ordinal);
        hash.Add(ValueEquality.SequenceHash(RiskIds));
        hash.Add(ValueEquality.SequenceHash(ObligationIds));
        hash.Add(ValueEquality.SequenceHash(Evidence));
        return hash.ToHashCode();
    }

    /// <summary>Returns whether two instances have the same values.</summary>
    /// <param name="left">The first instance.</param>
    /// <param name="right">The second instance.</param>
    /// <returns><see langword="true"/> when both are <see langword="null"/> or equal.</returns>
    public static bool operator ==(SoaEntry? left, SoaEntry? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Returns whether two instances differ in any value.</summary>
    /// <param name="left">The first instance.</param>
    /// <param name="right">The second instance.</param>
    /// <returns><see langword="true"/> when they are not equal.</returns>
    public static bool operator !=(SoaEntry? left, SoaEntry? right) => !(left == right);

    /// <inheritdoc />
    public override string ToString() => $"{ControlId} {(IsApplicable ? "included" : "excluded")} ({Vocabulary.Word(Status)})";
}
