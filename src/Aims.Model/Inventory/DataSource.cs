namespace Aims.Model;

/// <summary>A data source used by an AI system, with its classification label (ISO/IEC 42001 Annex A.7).</summary>
/// <remarks>Instances are immutable and safe to share between threads.</remarks>
public sealed class DataSource : IEquatable<DataSource>
{
    /// <summary>Initializes a new instance of the <see cref="DataSource"/> class.</summary>
    /// <param name="id">The identifier, unique within the AI system.</param>
    /// <param name="name">The human-readable name.</param>
    /// <param name="classification">The classification label; a level of the workspace's <see cref="ClassificationScale"/>.</param>
    /// <param name="use">What the system uses the data for.</param>
    /// <remarks>The origin (provenance, A.7.5) is set through a validated copy, <see cref="WithOrigin"/>.</remarks>
    /// <exception cref="ArgumentException">An identifier or required text is blank or malformed.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="use"/> is not a defined value.</exception>
    public DataSource(string id, string name, string classification, DataUse use)
    {
        Id = Guard.Id(id, nameof(id));
        Name = Guard.Text(name, nameof(name));
        Classification = Guard.Text(classification, nameof(classification));
        Use = Guard.Defined(use, nameof(use));
    }

    private DataSource(DataSource source)
    {
        Id = source.Id;
        Name = source.Name;
        Classification = source.Classification;
        Use = source.Use;
        Origin = source.Origin;
    }

    /// <summary>Gets the identifier.</summary>
    public string Id { get; }

    /// <summary>Gets the name.</summary>
    public string Name { get; }

    /// <summary>Gets the classification label.</summary>
    public string Classification { get; }

    /// <summary>Gets what the data is used for.</summary>
    public DataUse Use { get; }

    /// <summary>Gets the origin of the data, if recorded.</summary>
    public string? Origin { get; private init; }

    /// <summary>Returns a copy with where the data comes from, provenance per A.7.5 (blank or <see langword="null"/> clears it).</summary>
    /// <param name="origin">The new value.</param>
    /// <returns>The copy.</returns>
    public DataSource WithOrigin(string? origin) => new(this) { Origin = Guard.OptionalText(origin) };

    /// <summary>Gets a value indicating whether a model learns from this data, and so inherits its classification.</summary>
    public bool IsTrainingData => Use is DataUse.Training or DataUse.FineTuning;

    /// <summary>Returns whether <paramref name="other"/> has the same values: strings compare ordinally, collections by sequence.</summary>
    /// <param name="other">The instance to compare with.</param>
    /// <returns><see langword="true"/> when every value is equal.</returns>
    public bool Equals(DataSource? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && ValueEquality.Text(Id, other.Id)
            && ValueEquality.Text(Name, other.Name)
            && ValueEquality.Text(Classification, other.Classification)
            && EqualityComparer<DataUse>.Default.Equals(Use, other.Use)
            && ValueEquality.Text(Origin, other.Origin));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as DataSource);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Id, StringComparer.Ordinal);
        hash.Add(Name, StringComparer.Ordinal);
        hash.Add(Classification, StringComparer.Ordinal);
        hash.Add(Use);
        hash.Add(Origin, StringComparer.Ordinal);
        return hash.ToHashCode();
    }

    /// <summary>Returns whether two instances have the same values.</summary>
    /// <param name="left">The first instance.</param>
    /// <param name="right">The second instance.</param>
    /// <returns><see langword="true"/> when both are <see langword="null"/> or equal.</returns>
    public static bool operator ==(DataSource? left, DataSource? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Returns whether two instances differ in any value.</summary>
    /// <param name="left">The first instance.</param>
    /// <param name="right">The second instance.</param>
    /// <returns><see langword="true"/> when they are not equal.</returns>
    public static bool operator !=(DataSource? left, DataSource? right) => !(left == right);
}
