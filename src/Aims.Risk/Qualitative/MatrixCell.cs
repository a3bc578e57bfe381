using System.Globalization;

namespace Aims.Risk;

/// <summary>A cell of a risk matrix with its band.</summary>
/// <remarks>Instances are immutable and safe to share between threads.</remarks>
public sealed class MatrixCell : IEquatable<MatrixCell>
{
    /// <summary>Initializes a new instance of the <see cref="MatrixCell"/> class.</summary>
    /// <param name="likelihood">The likelihood level, from 1.</param>
    /// <param name="impact">The impact level, from 1.</param>
    /// <param name="band">The band of the cell.</param>
    /// <param name="withinAppetite">Whether the band is within the matrix's risk appetite.</param>
    /// <exception cref="ArgumentOutOfRangeException">A level is less than 1, or <paramref name="band"/> is not a defined band.</exception>
    public MatrixCell(int likelihood, int impact, RiskBand band, bool withinAppetite)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(likelihood, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(impact, 1);
        if (!Enum.IsDefined(band))
        {
            throw new ArgumentOutOfRangeException(nameof(band), band, "Not a defined band.");
        }

        Likelihood = likelihood;
        Impact = impact;
        Band = band;
        WithinAppetite = withinAppetite;
    }

    /// <summary>Gets the likelihood level.</summary>
    public int Likelihood { get; }

    /// <summary>Gets the impact level.</summary>
    public int Impact { get; }

    /// <summary>Gets the band of the cell.</summary>
    public RiskBand Band { get; }

    /// <summary>Gets a value indicating whether the band is within the matrix's risk appetite.</summary>
    public bool WithinAppetite { get; }

    /// <summary>Returns whether two cells are equal.</summary>
    /// <param name="left">The first cell.</param>
    /// <param name="right">The second cell.</param>
    /// <returns><see langword="true"/> when both are <see langword="null"/> or all members are equal.</returns>
    public static bool operator ==(MatrixCell? left, MatrixCell? right) => left?.Equals(right) ?? right is null;

    /// <summary>Returns whether two cells differ.</summary>
    /// <param name="left">The first cell.</param>
    /// <param name="right">The second cell.</param>
    /// <returns><see langword="true"/> when they are not equal.</returns>
    public static bool operator !=(MatrixCell? left, MatrixCell? right) => !(left == right);

    /// <inheritdoc />
    public bool Equals(MatrixCell? other) =>
        other is not null && Likelihood == other.Likelihood && Impact == other.Impact && Band == other.Band && WithinAppetite == other.WithinAppetite;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as MatrixCell);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Likelihood, Impact, Band, WithinAppetite);

    /// <inheritdoc />
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"L{Likelihood}×I{Impact} {Band}{(WithinAppetite ? "" : " (outside appetite)")}");
}
