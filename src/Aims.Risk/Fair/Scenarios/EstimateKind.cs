namespace Aims.Risk;

/// <summary>The distribution family of an <see cref="Estimate"/>.</summary>
public enum EstimateKind
{
    /// <summary>A fixed value.</summary>
    Constant,

    /// <summary>Uniform between a minimum and a maximum.</summary>
    Uniform,

    /// <summary>Triangular with a minimum, most likely value and maximum.</summary>
    Triangular,

    /// <summary>BetaPERT in the standard (Vose) form with shape γ: <c>min + (max − min)·Beta(1 + γ(mode − min)/(max − min), 1 + γ(max − mode)/(max − min))</c>.</summary>
    Pert,

    /// <summary>pyfair's moment-matched BetaPERT; only for reproducing pyfair results (see <see cref="Estimate.PyfairPert"/>).</summary>
    PyfairPert,

    /// <summary>Normal with a mean and standard deviation.</summary>
    Normal,

    /// <summary>Normal truncated at zero, for quantities that cannot be negative.</summary>
    TruncatedNormal,

    /// <summary>Lognormal given by a 90 % confidence interval (its 5th and 95th percentiles).</summary>
    Lognormal,
}
