using System.Collections.Immutable;

namespace Aims.Risk;

/// <summary>One effect of a control on a FAIR node, with its uncertainty as an <see cref="Estimate"/>.</summary>
/// <remarks>Instances are immutable and safe to share between threads. Checked when a control analysis starts.</remarks>
public sealed class ControlEffect : IEquatable<ControlEffect>
{
    private ControlEffect(FairNode node, ControlEffectKind kind, Estimate amount, LossForm? form)
    {
        Node = node;
        Kind = kind;
        Amount = amount;
        Form = form;
    }

    /// <summary>Gets the node acted on.</summary>
    public FairNode Node { get; }

    /// <summary>Gets how the value changes.</summary>
    public ControlEffectKind Kind { get; }

    /// <summary>Gets the size of the change: a fraction in [0, 1] for <see cref="ControlEffectKind.Reduce"/>, an amount for <see cref="ControlEffectKind.Shift"/>.</summary>
    public Estimate Amount { get; }

    /// <summary>Gets the form of loss acted on, for loss nodes estimated by form.</summary>
    public LossForm? Form { get; }

    /// <summary>Reduces a node by a fraction, for example <c>Reduce(FairNode.ThreatEventFrequency, Estimate.Pert(0.3, 0.4, 0.5))</c> for "TEF −40 %".</summary>
    /// <param name="node">The node.</param>
    /// <param name="fraction">The fraction removed, in [0, 1].</param>
    /// <param name="form">The form of loss, for <see cref="FairNode.PrimaryLoss"/> or <see cref="FairNode.SecondaryLoss"/> given by form.</param>
    /// <returns>The effect.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="fraction"/> is <see langword="null"/>.</exception>
    public static ControlEffect Reduce(FairNode node, Estimate fraction, LossForm? form = null)
    {
        ArgumentNullException.ThrowIfNull(fraction);
        return new(node, ControlEffectKind.Reduce, fraction, form);
    }

    /// <summary>Shifts a node by an amount, for example <c>Shift(FairNode.ResistanceStrength, Estimate.Constant(0.2))</c>.</summary>
    /// <param name="node">A capability, strength or probability node.</param>
    /// <param name="amount">The amount added (may be negative).</param>
    /// <returns>The effect.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="amount"/> is <see langword="null"/>.</exception>
    public static ControlEffect Shift(FairNode node, Estimate amount)
    {
        ArgumentNullException.ThrowIfNull(amount);
        return new(node, ControlEffectKind.Shift, amount, null);
    }

    /// <summary>
    /// Checks the effect against a scenario: the node (and form of loss) exists in it
    /// (<see cref="RiskDiagnosticCodes.EffectTargetMissing"/>), a shift targets a capability, strength or probability node,
    /// and the amount is valid. The same checks <see cref="FairSimulator.AnalyzeControls"/> makes.
    /// </summary>
    /// <param name="scenario">The scenario.</param>
    /// <param name="path">The JSON Pointer of the effect, prefixed to every diagnostic's path.</param>
    /// <returns>Every problem; empty when the effect applies.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public ImmutableArray<AimsDiagnostic> Validate(FairScenario scenario, string path = "")
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(path);
        return [.. Check(scenario, path)];
    }

    internal IEnumerable<AimsDiagnostic> Check(FairScenario scenario, string path)
    {
        if (!Enum.IsDefined(Node) || !Enum.IsDefined(Kind) || (Form is { } f && !Enum.IsDefined(f)))
        {
            yield return new AimsDiagnostic(RiskDiagnosticCodes.UnknownEffect, path, "Unknown node, effect kind or form of loss.");
            yield break;
        }

        if (!scenario.HasNode(Node, Form))
        {
            yield return new AimsDiagnostic(RiskDiagnosticCodes.EffectTargetMissing, path, $"Scenario '{scenario.Name}' has no {Node}{(Form is null ? "" : $" ({Form})")} to act on.");
        }

        if (Kind == ControlEffectKind.Shift && Node is not (FairNode.ThreatCapability or FairNode.ResistanceStrength or FairNode.Vulnerability
            or FairNode.ProbabilityOfAction or FairNode.SecondaryLossEventFrequency))
        {
            yield return new AimsDiagnostic(RiskDiagnosticCodes.ShiftNotAllowed, path, $"Shift applies to capability, strength and probability nodes; use Reduce on {Node}.");
        }

        foreach (var problem in Amount.Validate(path + "/amount", isProbability: Kind == ControlEffectKind.Reduce))
        {
            yield return problem;
        }
    }

    /// <summary>Returns whether <paramref name="other"/> has the same values: names compare ordinally, lists by sequence, estimates by value.</summary>
    /// <param name="other">The instance to compare with.</param>
    /// <returns><see langword="true"/> when every value is equal.</returns>
    public bool Equals(ControlEffect? other) =>
        other is not null && (ReferenceEquals(this, other) || (Node == other.Node && Kind == other.Kind && Amount.Equals(other.Amount) && Form == other.Form));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ControlEffect);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Node, Kind, Amount, Form);

    /// <summary>Returns whether two instances have the same values.</summary>
    /// <param name="left">The first instance.</param>
    /// <param name="right">The second instance.</param>
    /// <returns><see langword="true"/> when both are null or equal.</returns>
    public static bool operator ==(ControlEffect? left, ControlEffect? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Returns whether two instances differ.</summary>
    /// <param name="left">The first instance.</param>
    /// <param name="right">The second instance.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(ControlEffect? left, ControlEffect? right) => !(left == right);
}
