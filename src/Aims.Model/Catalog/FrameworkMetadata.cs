namespace Aims.Model;

/// <summary>Where a catalog comes from and what may be shipped of it.</summary>
/// <remarks>Instances are immutable and safe to share between threads; equality compares every value.</remarks>
public sealed class FrameworkMetadata : IEquatable<FrameworkMetadata>
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

    private FrameworkMetadata(FrameworkMetadata source)
    {
        (Id, Name, Version, Publisher, Licence, Source, Date) = (source.Id, source.Name, source.Version, source.Publisher, source.Licence, source.Source, source.Date);
        (Status, EffectiveFrom, EffectiveUntil) = (source.Status, source.EffectiveFrom, source.EffectiveUntil);
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

    /// <summary>Gets where this version stands: in force (the default), superseded, proposed or reported but unverified.</summary>
    public FrameworkStatus Status { get; private init; }

    /// <summary>Gets the first day this version applies (entry into force or publication), or <see langword="null"/> when not recorded.</summary>
    public DateOnly? EffectiveFrom { get; private init; }

    /// <summary>Gets the last day this version applied before it was superseded, or <see langword="null"/> when it still applies or the day is not recorded.</summary>
    public DateOnly? EffectiveUntil { get; private init; }

    /// <summary>Returns a copy with where this version stands and the days it applies.</summary>
    /// <param name="status">The status.</param>
    /// <param name="effectiveFrom">The first day it applies, or <see langword="null"/> when not recorded.</param>
    /// <param name="effectiveUntil">The last day it applied, or <see langword="null"/>.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="status"/> is not a defined value.</exception>
    /// <exception cref="ArgumentException"><paramref name="effectiveUntil"/> is before <paramref name="effectiveFrom"/>.</exception>
    public FrameworkMetadata WithStatus(FrameworkStatus status, DateOnly? effectiveFrom = null, DateOnly? effectiveUntil = null)
    {
        if (!Enum.IsDefined(status))
        {
            throw new ArgumentOutOfRangeException(nameof(status), status, "Not a defined framework status.");
        }

        if (effectiveFrom is { } from && effectiveUntil is { } until && until < from)
        {
            throw new ArgumentException(
                string.Create(System.Globalization.CultureInfo.InvariantCulture, $"The last day it applied ({until:yyyy-MM-dd}) is before the first ({from:yyyy-MM-dd})."),
                nameof(effectiveUntil));
        }

        return new(this) { Status = status, EffectiveFrom = effectiveFrom, EffectiveUntil = effectiveUntil };
    }

    /// <summary>Returns whether <paramref name="other"/> has the same values (strings compare ordinally).</summary>
    /// <param name="other">The instance to compare with.</param>
    /// <returns><see langword="true"/> when every value is equal.</returns>
    public bool Equals(FrameworkMetadata? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && ValueEquality.Text(Id, other.Id)
            && ValueEquality.Text(Name, other.Name)
            && ValueEquality.Text(Version, other.Version)
            && ValueEquality.Text(Publisher, other.Publisher)
            && ValueEquality.Text(Licence, other.Licence)
            && ValueEquality.Text(Source, other.Source)
            && Date == other.Date
            && Status == other.Status
            && EffectiveFrom == other.EffectiveFrom
            && EffectiveUntil == other.EffectiveUntil);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as FrameworkMetadata);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Id, StringComparer.Ordinal);
        hash.Add(Name, StringComparer.Ordinal);
        hash.Add(Version, StringComparer.Ordinal);
        hash.Add(Publisher, StringComparer.Ordinal);
        hash.Add(Licence, StringComparer.Ordinal);
        hash.Add(Source, StringComparer.Ordinal);
        hash.Add(Date);
        hash.Add(Status);
        hash.Add(EffectiveFrom);
        hash.Add(EffectiveUntil);
        return hash.ToHashCode();
    }

    /// <summary>Returns whether two instances have the same values.</summary>
    /// <param name="left">The first instance.</param>
    /// <param name="right">The second instance.</param>
    /// <returns><see langword="true"/> when both are <see langword="null"/> or equal.</returns>
    public static bool operator ==(FrameworkMetadata? left, FrameworkMetadata? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Returns whether two instances differ in any value.</summary>
    /// <param name="left">The first instance.</param>
    /// <param name="right">The second instance.</param>
    /// <returns><see langword="true"/> when they are not equal.</returns>
    public static bool operator !=(FrameworkMetadata? left, FrameworkMetadata? right) => !(left == right);

    /// <inheritdoc />
    public override string ToString() => $"{Name} {Version}";
}
