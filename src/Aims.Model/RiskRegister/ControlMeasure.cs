using System.Collections.Immutable;
using Aims.Risk;

namespace Aims.Model;

/// <summary>
/// The measured effect of one control of the Statement of Applicability on the register's FAIR scenarios, the
/// FAIR-CAM way: what the control does (<see cref="FairControl.Function"/>), its effects in units on FAIR nodes with
/// their uncertainty, its annual cost, and where the estimate comes from. A residual risk is computed from the
/// measures of the controls the SoA marks implemented (<see cref="RiskRegisterAnalysis"/>).
/// </summary>
/// <remarks>
/// A control of another framework takes part through the SoA: add it as an additional control and link its measure by
/// that id. Instances are immutable and safe to share between threads.
/// </remarks>
public sealed class ControlMeasure : IEquatable<ControlMeasure>
{
    /// <summary>Initializes a new instance of the <see cref="ControlMeasure"/> class.</summary>
    /// <param name="controlId">The control's id in the Statement of Applicability (Annex A, for example <c>A.6.2.6</c>, or an additional control).</param>
    /// <param name="control">The control's effects, function and annual cost.</param>
    /// <exception cref="ArgumentNullException"><paramref name="control"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="controlId"/> is blank or malformed.</exception>
    public ControlMeasure(string controlId, FairControl control)
    {
        ArgumentNullException.ThrowIfNull(control);
        ControlId = Guard.Id(controlId, nameof(controlId));
        Control = control;
        RiskIds = [];
    }

    private ControlMeasure(ControlMeasure source)
    {
        ControlId = source.ControlId;
        Control = source.Control;
        RiskIds = source.RiskIds;
        Basis = source.Basis;
    }

    /// <summary>Gets the control's id in the Statement of Applicability.</summary>
    public string ControlId { get; }

    /// <summary>Gets the control's effects, function and annual cost.</summary>
    public FairControl Control { get; private init; }

    /// <summary>
    /// Gets the risks the measure acts on; empty for every risk whose treatment relies on <see cref="ControlId"/>.
    /// </summary>
    public ImmutableArray<string> RiskIds { get; private init; }

    /// <summary>Gets where the estimate comes from (telemetry, test results, an incident history, expert judgement), or <see langword="null"/>.</summary>
    public string? Basis { get; private init; }

    /// <summary>Returns a copy with other effects, function or cost.</summary>
    /// <param name="control">The control.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="control"/> is <see langword="null"/>.</exception>
    public ControlMeasure WithControl(FairControl control)
    {
        ArgumentNullException.ThrowIfNull(control);
        return new(this) { Control = control };
    }

    /// <summary>Returns a copy that acts on the given risks only (empty: every risk whose treatment relies on the control).</summary>
    /// <param name="riskIds">The risk ids.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentException">An id is blank, malformed or repeated.</exception>
    public ControlMeasure WithRiskIds(IEnumerable<string> riskIds) => new(this) { RiskIds = Guard.IdList(riskIds, nameof(riskIds)) };

    /// <summary>Returns a copy that says where the estimate comes from.</summary>
    /// <param name="basis">The basis, or <see langword="null"/>.</param>
    /// <returns>The copy.</returns>
    public ControlMeasure WithBasis(string? basis) => new(this) { Basis = Guard.OptionalText(basis) };

    /// <summary>Returns whether the measure acts on a risk: the risk is listed in <see cref="RiskIds"/>, or none is listed and the risk's treatment relies on the control.</summary>
    /// <param name="risk">The risk.</param>
    /// <returns><see langword="true"/> when it acts on the risk.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="risk"/> is <see langword="null"/>.</exception>
    public bool ActsOn(RiskEntry risk)
    {
        ArgumentNullException.ThrowIfNull(risk);
        return RiskIds.IsEmpty
            ? risk.Treatment?.ControlIds.Contains(ControlId, StringComparer.Ordinal) == true
            : RiskIds.Contains(risk.Id, StringComparer.Ordinal);
    }

    /// <summary>Returns whether <paramref name="other"/> has the same values: strings compare ordinally, collections by sequence.</summary>
    /// <param name="other">The instance to compare with.</param>
    /// <returns><see langword="true"/> when every value is equal.</returns>
    public bool Equals(ControlMeasure? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && ValueEquality.Text(ControlId, other.ControlId)
            && Control.Equals(other.Control)
            && ValueEquality.Sequence(RiskIds, other.RiskIds)
            && ValueEquality.Text(Basis, other.Basis));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ControlMeasure);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(ControlId, StringComparer.Ordinal);
        hash.Add(Control);
        hash.Add(ValueEquality.SequenceHash(RiskIds));
        hash.Add(Basis, StringComparer.Ordinal);
        return hash.ToHashCode();
    }

    /// <summary>Returns whether two instances have the same values.</summary>
    /// <param name="left">The first instance.</param>
    /// <param name="right">The second instance.</param>
    /// <returns><see langword="true"/> when both are <see langword="null"/> or equal.</returns>
    public static bool operator ==(ControlMeasure? left, ControlMeasure? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Returns whether two instances differ in any value.</summary>
    /// <param name="left">The first instance.</param>
    /// <param name="right">The second instance.</param>
    /// <returns><see langword="true"/> when they are not equal.</returns>
    public static bool operator !=(ControlMeasure? left, ControlMeasure? right) => !(left == right);

    /// <inheritdoc />
    public override string ToString() => $"{ControlId}: {Control.Name}";
}
