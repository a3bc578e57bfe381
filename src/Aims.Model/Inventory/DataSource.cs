using System.Collections.Immutable;

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
        Categories = [];
        Regions = [];
    }

    private DataSource(DataSource source)
    {
        Id = source.Id;
        Name = source.Name;
        Classification = source.Classification;
        Use = source.Use;
        Origin = source.Origin;
        Categories = source.Categories;
        Retention = source.Retention;
        Regions = source.Regions;
        LegalBasis = source.LegalBasis;
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

    /// <summary>Gets the kinds of sensitive data the data set holds (personal, health, financial, trade secret), distinct and in declaration order.</summary>
    public ImmutableArray<DataCategory> Categories { get; private init; }

    /// <summary>Gets how long the data is kept (for example <c>7 years after account closure</c>), if recorded.</summary>
    public string? Retention { get; private init; }

    /// <summary>Gets the regions the data is stored or processed in (for example <c>eu-central-1</c>, <c>EU</c>).</summary>
    public ImmutableArray<string> Regions { get; private init; }

    /// <summary>Gets the legal basis for using the data: consent, contract, legitimate interest, or a licence, if recorded.</summary>
    public string? LegalBasis { get; private init; }

    /// <summary>Gets a value indicating whether the data set holds personal data (personal or health data).</summary>
    public bool HoldsPersonalData => Categories.Contains(DataCategory.Personal) || Categories.Contains(DataCategory.Health);

    /// <summary>Returns a copy with the kinds of sensitive data the data set holds (duplicates removed).</summary>
    /// <param name="categories">The new value.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="categories"/> holds an undefined value.</exception>
    public DataSource WithCategories(IEnumerable<DataCategory> categories) => new(this) { Categories = Guard.EnumSet(categories, nameof(categories)) };

    /// <summary>Returns a copy with how long the data is kept (blank or <see langword="null"/> clears it).</summary>
    /// <param name="retention">The new value.</param>
    /// <returns>The copy.</returns>
    public DataSource WithRetention(string? retention) => new(this) { Retention = Guard.OptionalText(retention) };

    /// <summary>Returns a copy with the regions the data is stored or processed in.</summary>
    /// <param name="regions">The new value.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentException"><paramref name="regions"/> contains null or a blank entry.</exception>
    public DataSource WithRegions(IEnumerable<string> regions) => new(this) { Regions = Guard.TextList(regions, nameof(regions)) };

    /// <summary>Returns a copy with the legal basis: consent, contract, legitimate interest, or a licence (blank or <see langword="null"/> clears it).</summary>
    /// <param name="legalBasis">The new value.</param>
    /// <returns>The copy.</returns>
    public DataSource WithLegalBasis(string? legalBasis) => new(this) { LegalBasis = Guard.OptionalText(legalBasis) };

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
            && ValueEquality.Text(Origin, other.Origin)
            && ValueEquality.Sequence(Categories, other.Categories)
            && ValueEquality.Text(Retention, other.Retention)
            && ValueEquality.Sequence(Regions, other.Regions)
            && ValueEquality.Text(LegalBasis, other.LegalBasis));

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
        hash.Add(ValueEquality.SequenceHash(Categories));
        hash.Add(Retention, StringComparer.Ordinal);
        hash.Add(ValueEquality.SequenceHash(Regions));
        hash.Add(LegalBasis, StringComparer.Ordinal);
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
