using System.Globalization;

namespace Aims.Risk;

/// <summary>A cell of a heat map: a matrix cell and how many risks fall in it.</summary>
/// <remarks>Instances are immutable and safe to share between threads.</remarks>
public sealed class HeatMapCell : IEquatable<HeatMapCell>
{
    /// <summary>Initializes a new instance of the <see cref="HeatMapCell"/> class.</summary>
    /// <param name="cell">The matrix cell.</param>
    /// <param name="count">The number of risks in the cell; not negative.</param>
    /// <exception cref="ArgumentNullException"><paramref name="cell"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative.</exception>
    public HeatMapCell(MatrixCell cell, int count)
    {
        ArgumentNullException.ThrowIfNull(cell);
        ArgumentOutOfRangeException.ThrowIfNegative(count);

        Cell = cell;
        Count = count;
    }

    /// <summary>Gets the matrix cell with its band.</summary>
    public MatrixCell Cell { get; }

    /// <summary>Gets the number of risks in the cell.</summary>
    public int Count { get; }

    /// <summary>Returns whether two heat map cells are equal.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when both are <see langword="null"/> or every member is equal.</returns>
    public static bool operator ==(HeatMapCell? left, HeatMapCell? right) => left?.Equals(right) ?? right is null;

    /// <summary>Returns whether two heat map cells differ.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when they are not equal.</returns>
    public static bool operator !=(HeatMapCell? left, HeatMapCell? right) => !(left == right);

    /// <inheritdoc />
    public bool Equals(HeatMapCell? other) =>
        other is not null && Cell == other.Cell && Count == other.Count;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as HeatMapCell);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Cell, Count);

    /// <inheritdoc />
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Cell}: {Count}");
}
