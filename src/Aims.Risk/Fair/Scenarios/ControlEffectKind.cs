namespace Aims.Risk;

/// <summary>How a control changes a node's value.</summary>
public enum ControlEffectKind
{
    /// <summary>Multiplies the value by (1 − amount): "TEF −40 %" is a reduction of 0.4.</summary>
    Reduce,

    /// <summary>Adds the amount: "resistance strength +0.2". Allowed on capability, strength and probability nodes.</summary>
    Shift,
}
