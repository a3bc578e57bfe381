namespace Aims.Model;

/// <summary>Incidents the organization became aware of in one calendar month (UTC).</summary>
/// <remarks>Instances are immutable and safe to share between threads.</remarks>
public sealed class MonthlyIncidentCount
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
}
