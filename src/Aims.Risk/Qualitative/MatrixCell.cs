namespace Aims.Risk;

/// <summary>A cell of a risk matrix with its band.</summary>
/// <param name="Likelihood">The likelihood level.</param>
/// <param name="Impact">The impact level.</param>
/// <param name="Band">The band of the cell.</param>
/// <param name="WithinAppetite">Whether the band is within the matrix's risk appetite.</param>
public readonly record struct MatrixCell(int Likelihood, int Impact, RiskBand Band, bool WithinAppetite);
