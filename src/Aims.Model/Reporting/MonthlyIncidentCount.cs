namespace Aims.Model;

/// <summary>Incidents the organization became aware of in one calendar month (UTC).</summary>
/// <remarks>Instances are immutable and safe to share between threads.</remarks>
public sealed class MonthlyIncidentCount : IEquatable<MonthlyIncidentCount>
{
    internal MonthlyIncidentCount(int year, int month, int total, int serious)
    {
        Year = year;
        Month = month;
        Total = total;
        Serious = serious;
    }

    /// <summary>Gets the year.</summary>
    public int Year { get; }

    /// <summary>Gets the month, 1 to 12.</summary>
    public int Month { get; }

    /// <summary>Gets the number of incidents.</summary>
    public int Total { get; }

    /// <summary>Gets how many of them are serious incidents under the EU AI Act.</summary>
    public int Serious { get; }

    /// <summary>Returns whether <paramref name="other"/> has the same values: strings compare ordinally, collections by sequence.</summary>
    /// <param name="other">The instance to compare with.</param>
    /// <returns><see langword="true"/> when every value is equal.</returns>
    public bool Equals(MonthlyIncidentCount? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && Year == other.Year
            && Month == other.Month
            && Total == other.Total
            && Serious == other.Serious);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as MonthlyIncidentCount);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Year);
        hash.Add(Month);
        hash.Add(Total);
        hash.Add(Serious);
        return hash.ToHashCode();
    }

    /// <summary>Returns whether two instances have the same values.</summary>
    /// <param name="left">The first instance.</param>
    /// <param name="right">The second instance.</param>
    /// <returns><see langword="true"/> when both are <see langword="null"/> or equal.</returns>
    public static bool operator ==(MonthlyIncidentCount? left, MonthlyIncidentCount? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Returns whether two instances differ in any value.</summary>
    /// <param name="left">The first instance.</param>
    /// <param name="right">The second instance.</param>
    /// <returns><see langword="true"/> when they are not equal.</returns>
    public static bool operator !=(MonthlyIncidentCount? left, MonthlyIncidentCount? right) => !(left == right);
}
