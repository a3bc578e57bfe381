using System.Globalization;

namespace Aims.Risk;

/// <summary>One scenario's part in a portfolio's annual loss.</summary>
/// <remarks>Instances are immutable and safe to share between threads.</remarks>
public sealed class ScenarioContribution : IEquatable<ScenarioContribution>
{
    /// <summary>Initializes a new instance of the <see cref="ScenarioContribution"/> class.</summary>
    /// <param name="name">The scenario name.</param>
    /// <param name="mean">Its mean annual loss.</param>
    /// <param name="standardDeviation">Its standard deviation of annual loss.</param>
    /// <param name="shareOfMean">Its share of the portfolio mean, in [0, 1].</param>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="shareOfMean"/> is not in [0, 1].</exception>
    public ScenarioContribution(string name, double mean, double standardDeviation, double shareOfMean)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (!(shareOfMean is >= 0 and <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(shareOfMean), shareOfMean, "The share must be in [0, 1].");
        }

        Name = name;
        Mean = mean;
        StandardDeviation = standardDeviation;
        ShareOfMean = shareOfMean;
    }

    /// <summary>Gets the scenario name.</summary>
    public string Name { get; }

    /// <summary>Gets its mean annual loss.</summary>
    public double Mean { get; }

    /// <summary>Gets its standard deviation of annual loss.</summary>
    public double StandardDeviation { get; }

    /// <summary>Gets its share of the portfolio mean, 0 to 1.</summary>
    public double ShareOfMean { get; }

    /// <summary>Returns whether two contributions are equal.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when both are <see langword="null"/> or every member is equal.</returns>
    public static bool operator ==(ScenarioContribution? left, ScenarioContribution? right) => left?.Equals(right) ?? right is null;

    /// <summary>Returns whether two contributions differ.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when they are not equal.</returns>
    public static bool operator !=(ScenarioContribution? left, ScenarioContribution? right) => !(left == right);

    /// <inheritdoc />
    public bool Equals(ScenarioContribution? other) =>
        other is not null && string.Equals(Name, other.Name, StringComparison.Ordinal) && Mean.Equals(other.Mean)
        && StandardDeviation.Equals(other.StandardDeviation) && ShareOfMean.Equals(other.ShareOfMean);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ScenarioContribution);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Name), Mean, StandardDeviation, ShareOfMean);

    /// <inheritdoc />
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Name}: mean {Mean}, sd {StandardDeviation}, share {ShareOfMean}");
}
