namespace Aims.Model;

/// <summary>A control the organization adds beyond Annex A (ISO/IEC 42001 clause 6.1.3 allows other sources).</summary>
/// <remarks>Instances are immutable and safe to share between threads.</remarks>
public sealed class AdditionalControl
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
}
