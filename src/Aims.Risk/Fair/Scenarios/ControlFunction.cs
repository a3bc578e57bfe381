namespace Aims.Risk;

/// <summary>
/// What a control does, in the terms of the FAIR Controls Analytics Model (FAIR-CAM, FAIR Institute 2021): the five
/// loss event control functions act on the frequency or magnitude of loss events directly; variance management and
/// decision support act through other controls.
/// </summary>
/// <remarks>
/// The function says which FAIR nodes a control's effects usually target (see each member); it does not change the
/// simulation, which applies the control's <see cref="FairControl.Effects"/> as given.
/// </remarks>
public enum ControlFunction
{
    /// <summary>Loss event control that lowers how often a threat comes into contact with the asset (contact frequency, threat event frequency).</summary>
    Avoidance,

    /// <summary>Loss event control that lowers the probability that a threat acts once in contact (probability of action, threat event frequency).</summary>
    Deterrence,

    /// <summary>Loss event control that makes a threat event less likely to become a loss event (resistance strength, vulnerability).</summary>
    Resistance,

    /// <summary>Loss event control that finds a loss event sooner (visibility, monitoring, recognition); its effect shows as less loss per event.</summary>
    Detection,

    /// <summary>Loss event control that ends, contains or recovers from a loss event (primary and secondary loss, secondary loss event frequency).</summary>
    Response,

    /// <summary>Keeps other controls performing as intended (for example change management, control testing); its effect is on other controls' reliability.</summary>
    VarianceManagement,

    /// <summary>Helps the organization make risk decisions that hold (for example policies, training, metrics); its effect is on other controls' choice and use.</summary>
    DecisionSupport,
}
