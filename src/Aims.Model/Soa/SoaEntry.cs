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
    /// <summary>Initializes a new instance of the <see cref="SoaEntry"/> class.</summary>
    /// <param name="controlId">The Annex A control id (for example <c>A.6.2.4</c>) or the id of an additional control.</param>
    /// <param name="isApplicable">Whether the control is included.</param>
    /// <param name="justification">Why the control is included or excluded.</param>
    /// <param name="status">Implementation status (meaningful for included controls).</param>
    /// <param name="owner">The control owner, a RACI role; optional.</param>
    /// <param name="riskIds">Risks in the register that the control treats (drivers of inclusion).</param>
    /// <param name="obligationIds">Legal, regulatory or contractual obligations that require it (drivers of inclusion).</param>
    /// <param name="evidence">Evidence that the control is implemented.</param>
    /// <exception cref="ArgumentException">An id is blank or malformed, or a list contains null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="status"/> is not a defined value.</exception>
    public SoaEntry(
        string controlId,
        bool isApplicable,
        string? justification = null,
        ImplementationStatus status = ImplementationStatus.NotStarted,
        string? owner = null,
        IEnumerable<string>? riskIds = null,
        IEnumerable<string>? obligationIds = null,
        IEnumerable<EvidenceReference>? evidence = null)
    {
        ControlId = Guard.Id(controlId, nameof(controlId));
        IsApplicable = isApplicable;
        Justification = Guard.OptionalText(justification);
        Status = Guard.Defined(status, nameof(status));
        Owner = Guard.OptionalText(owner);
        RiskIds = Guard.IdList(riskIds, nameof(riskIds));
        ObligationIds = Guard.IdList(obligationIds, nameof(obligationIds));
        Evidence = Guard.List(evidence, nameof(evidence));
    }

    /// <summary>Gets the control id.</summary>
    public string ControlId { get; }

    /// <summary>Gets a value indicating whether the control is included.</summary>
    public bool IsApplicable { get; }

    /// <summary>Gets the justification, if recorded.</summary>
    public string? Justification { get; }

    /// <summary>Gets the implementation status.</summary>
    public ImplementationStatus Status { get; }

    /// <summary>Gets the control owner, if recorded.</summary>
    public string? Owner { get; }

    /// <summary>Gets the ids of the risks the control treats.</summary>
    public ImmutableArray<string> RiskIds { get; }

    /// <summary>Gets the ids of the obligations that require the control.</summary>
    public ImmutableArray<string> ObligationIds { get; }

    /// <summary>Gets the evidence of implementation.</summary>
    public ImmutableArray<EvidenceReference> Evidence { get; }

    /// <summary>Gets a value indicating whether the control is included and implemented.</summary>
    public bool IsImplemented => IsApplicable && Status == ImplementationStatus.Implemented;

    /// <summary>Returns a copy that excludes the control with a justification.</summary>
    /// <param name="justification">Why the control does not apply.</param>
    /// <returns>The excluded copy.</returns>
    /// <exception cref="ArgumentException"><paramref name="justification"/> is blank.</exception>
    public SoaEntry Exclude(string justification) =>
        new(ControlId, false, Guard.Text(justification, nameof(justification)), Status, Owner, RiskIds, ObligationIds, Evidence);

    /// <summary>Returns a copy with another implementation status.</summary>
    /// <param name="status">The new status.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="status"/> is not a defined value.</exception>
    public SoaEntry WithStatus(ImplementationStatus status) =>
        new(ControlId, IsApplicable, Justification, status, Owner, RiskIds, ObligationIds, Evidence);

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
    public override string ToString() => $"{ControlId} {(IsApplicable ? "included" : "excluded")} ({Status})";
}
