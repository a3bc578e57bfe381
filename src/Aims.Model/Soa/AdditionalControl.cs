namespace Aims.Model;

/// <summary>A control the organization adds beyond Annex A (ISO/IEC 42001 clause 6.1.3 allows other sources).</summary>
/// <remarks>Instances are immutable and safe to share between threads.</remarks>
public sealed class AdditionalControl : IEquatable<AdditionalControl>
{
    /// <summary>Initializes a new instance of the <see cref="AdditionalControl"/> class.</summary>
    /// <param name="id">The id; must not collide with an Annex A id.</param>
    /// <param name="title">A short title.</param>
    /// <param name="source">Where it comes from (for example <c>NIST AI RMF MEASURE 2.11</c> or <c>internal</c>); optional.</param>
    /// <exception cref="ArgumentException"><paramref name="id"/> or <paramref name="title"/> is blank or malformed.</exception>
    public AdditionalControl(string id, string title, string? source = null)
    {
        Id = Guard.Id(id, nameof(id));
        Title = Guard.Text(title, nameof(title));
        Source = Guard.OptionalText(source);
    }

    /// <summary>Gets the id.</summary>
    public string Id { get; }

    /// <summary>Gets the title.</summary>
    public string Title { get; }

    /// <summary>Gets the source, if recorded.</summary>
    public string? Source { get; }

    /// <summary>Returns whether <paramref name="other"/> has the same values: strings compare ordinally, collections by sequence.</summary>
    /// <param name="other">The instance to compare with.</param>
    /// <returns><see langword="true"/> when every value is equal.</returns>
    public bool Equals(AdditionalControl? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && ValueEquality.Text(Id, other.Id)
            && ValueEquality.Text(Title, other.Title)
            && ValueEquality.Text(Source, other.Source));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as AdditionalControl);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Id, StringComparer.Ordinal);
        hash.Add(Title, StringComparer.Ordinal);
        hash.Add(Source, StringComparer.Ordinal);
        return hash.ToHashCode();
    }

    /// <summary>Returns whether two instances have the same values.</summary>
    /// <param name="left">The first instance.</param>
    /// <param name="right">The second instance.</param>
    /// <returns><see langword="true"/> when both are <see langword="null"/> or equal.</returns>
    public static bool operator ==(AdditionalControl? left, AdditionalControl? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Returns whether two instances differ in any value.</summary>
    /// <param name="left">The first instance.</param>
    /// <param name="right">The second instance.</param>
    /// <returns><see langword="true"/> when they are not equal.</returns>
    public static bool operator !=(AdditionalControl? left, AdditionalControl? right) => !(left == right);
}
