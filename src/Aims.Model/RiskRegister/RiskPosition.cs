using Aims.Risk;

namespace Aims.Model;

/// <summary>
/// Where a risk stands today, as an auditor reads it: the residual rating counts only once the treatment is completed
/// and every control it relies on is implemented in the Statement of Applicability; until then the inherent rating
/// stands and the residual is shown as the target.
/// </summary>
/// <remarks>Instances are immutable and safe to share between threads; equality compares every value.</remarks>
public sealed class RiskPosition : IEquatable<RiskPosition>
{
    private RiskPosition(RiskEntry risk, RiskRating current, bool isTargetAchieved, string basis)
    {
        Risk = risk;
        Current = current;
        IsTargetAchieved = isTargetAchieved;
        Basis = basis;
    }

    /// <summary>Gets the risk.</summary>
    public RiskEntry Risk { get; }

    /// <summary>Gets the rating that describes the risk today.</summary>
    public RiskRating Current { get; }

    /// <summary>Gets the residual rating the treatment aims at, or <see langword="null"/> when none is assessed.</summary>
    public RiskRating? Target => Risk.Residual;

    /// <summary>Gets a value indicating whether the target is reached: the treatment is completed and its controls are implemented.</summary>
    public bool IsTargetAchieved { get; }

    /// <summary>Gets why <see cref="Current"/> is what it is, in one sentence.</summary>
    public string Basis { get; }

    /// <summary>Works out where a risk stands.</summary>
    /// <param name="risk">The risk.</param>
    /// <param name="soa">
    /// The Statement of Applicability that shows whether the treatment's controls are implemented; without one, a
    /// treatment that relies on controls cannot be confirmed and the inherent rating stands.
    /// </param>
    /// <returns>The position.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="risk"/> is <see langword="null"/>.</exception>
    public static RiskPosition Of(RiskEntry risk, StatementOfApplicability? soa)
    {
        ArgumentNullException.ThrowIfNull(risk);
        if (risk.Residual is not { } target)
        {
            return new(risk, risk.Inherent, false, "No residual rating is assessed; the inherent rating stands.");
        }

        if (risk.Treatment is not { } treatment)
        {
            return new(risk, risk.Inherent, false, $"The residual {target} has no treatment behind it; the inherent rating stands.");
        }

        if (treatment.Status != TreatmentStatus.Completed)
        {
            return new(risk, risk.Inherent, false,
                $"The treatment is not completed (status {Vocabulary.Word(treatment.Status)}): the residual {target} is a target until it is.");
        }

        if (treatment.ControlIds.IsEmpty)
        {
            return new(risk, target, true, $"The treatment ({Vocabulary.Word(treatment.Option)}) is completed.");
        }

        if (soa is null)
        {
            return new(risk, risk.Inherent, false,
                $"The treatment relies on {string.Join(", ", treatment.ControlIds)}, which no Statement of Applicability shows as implemented.");
        }

        var implemented = soa.Entries.Where(e => e.IsImplemented).Select(e => e.ControlId).ToHashSet(StringComparer.Ordinal);
        var missing = treatment.ControlIds.Where(c => !implemented.Contains(c)).ToList();
        return missing.Count == 0
            ? new(risk, target, true, $"The treatment is completed and {string.Join(", ", treatment.ControlIds)} {(treatment.ControlIds.Length == 1 ? "is" : "are")} implemented.")
            : new(risk, risk.Inherent, false,
                $"The treatment is completed, but {string.Join(", ", missing)} {(missing.Count == 1 ? "is" : "are")} not implemented in the Statement of Applicability; the residual {target} is a target.");
    }

    /// <summary>Returns whether <paramref name="other"/> has the same values.</summary>
    /// <param name="other">The instance to compare with.</param>
    /// <returns><see langword="true"/> when every value is equal.</returns>
    public bool Equals(RiskPosition? other) =>
        ReferenceEquals(this, other)
        || (other is not null && Risk.Equals(other.Risk) && Current == other.Current && IsTargetAchieved == other.IsTargetAchieved
            && ValueEquality.Text(Basis, other.Basis));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as RiskPosition);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Risk, Current, IsTargetAchieved, StringComparer.Ordinal.GetHashCode(Basis));

    /// <summary>Returns whether two instances have the same values.</summary>
    /// <param name="left">The first instance.</param>
    /// <param name="right">The second instance.</param>
    /// <returns><see langword="true"/> when both are <see langword="null"/> or equal.</returns>
    public static bool operator ==(RiskPosition? left, RiskPosition? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Returns whether two instances differ in any value.</summary>
    /// <param name="left">The first instance.</param>
    /// <param name="right">The second instance.</param>
    /// <returns><see langword="true"/> when they are not equal.</returns>
    public static bool operator !=(RiskPosition? left, RiskPosition? right) => !(left == right);

    /// <inheritdoc />
    public override string ToString() => $"{Risk.Id} {Current}{(IsTargetAchieved || Target is null ? "" : $" (target {Target})")}";
}
