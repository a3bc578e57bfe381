namespace Aims.Mapping;

/// <summary>Where a catalog comes from and what may be shipped of it.</summary>
/// <remarks>Instances are immutable and safe to share between threads.</remarks>
public sealed class FrameworkMetadata
{
    /// <summary>Initializes a new instance of the <see cref="FrameworkMetadata"/> class.</summary>
    /// <param name="id">The framework id, for example <c>iso27001</c>.</param>
    /// <param name="name">The framework's name.</param>
    /// <param name="version">The edition or version.</param>
    /// <param name="publisher">Who publishes it.</param>
    /// <param name="licence">What is shipped and under which terms.</param>
    /// <param name="source">Where the identifiers (and any text) come from.</param>
    /// <param name="date">When the catalog data was compiled.</param>
    /// <exception cref="ArgumentException">A text argument is blank.</exception>
    public FrameworkMetadata(string id, string name, string version, string publisher, string licence, string source, DateOnly date)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(version);
        ArgumentException.ThrowIfNullOrWhiteSpace(publisher);
        ArgumentException.ThrowIfNullOrWhiteSpace(licence);
        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        (Id, Name, Version, Publisher, Licence, Source, Date) = (id, name, version, publisher, licence, source, date);
    }

    /// <summary>Gets the framework id.</summary>
    public string Id { get; }

    /// <summary>Gets the name.</summary>
    public string Name { get; }

    /// <summary>Gets the edition or version.</summary>
    public string Version { get; }

    /// <summary>Gets the publisher.</summary>
    public string Publisher { get; }

    /// <summary>Gets the licence note: what is shipped and under which terms.</summary>
    public string Licence { get; }

    /// <summary>Gets the source of the identifiers and text.</summary>
    public string Source { get; }

    /// <summary>Gets the date the catalog data was compiled.</summary>
    public DateOnly Date { get; }
}
