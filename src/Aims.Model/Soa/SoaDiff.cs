using System.Collections.Immutable;
using System.Globalization;

namespace Aims.Model;

/// <summary>
/// The difference between two versions of a Statement of Applicability: entries added, removed, and changed field by
/// field. Entries are matched by control id (the first entry when a version has duplicates).
/// </summary>
/// <remarks>
/// Instances are immutable and safe to share between threads. The diff is symmetric: swapping the versions swaps
/// <see cref="Added"/> with <see cref="Removed"/> and the old and new value of every change.
/// </remarks>
public sealed class SoaDiff : IEquatable<SoaDiff>
{
    private SoaDiff(
        string fromVersion, string toVersion, ImmutableArray<SoaEntry> added, ImmutableArray<SoaEntry> removed,
        ImmutableArray<SoaEntryChange> changed)
    {
        FromVersion = fromVersion;
        ToVersion = toVersion;
        Added = added;
        Removed = removed;
        Changed = changed;
    }

    /// <summary>Gets the version compared from.</summary>
    public string FromVersion { get; }

    /// <summary>Gets the version compared to.</summary>
    public string ToVersion { get; }

    /// <summary>Gets the entries only in the newer version, in its order.</summary>
    public ImmutableArray<SoaEntry> Added { get; }

    /// <summary>Gets the entries only in the older version, in its order.</summary>
    public ImmutableArray<SoaEntry> Removed { get; }

    /// <summary>Gets the entries present in both whose fields differ, in the newer version's order.</summary>
    public ImmutableArray<SoaEntryChange> Changed { get; }

    /// <summary>Gets a value indicating whether the versions have the same entries.</summary>
    public bool IsEmpty => Added.IsEmpty && Removed.IsEmpty && Changed.IsEmpty;

    /// <summary>Compares two versions of a Statement of Applicability.</summary>
    /// <param name="older">The earlier version.</param>
    /// <param name="newer">The later version.</param>
    /// <returns>The difference.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static SoaDiff Between(StatementOfApplicability older, StatementOfApplicability newer)
    {
        ArgumentNullException.ThrowIfNull(older);
        ArgumentNullException.ThrowIfNull(newer);
        var before = FirstById(older.Entries);
        var after = FirstById(newer.Entries);

        var added = after.Values.Where(e => !before.ContainsKey(e.ControlId));
        var removed = before.Values.Where(e => !after.ContainsKey(e.ControlId));
        var changed = after.Values
            .Where(e => before.ContainsKey(e.ControlId))
            .Select(e => new SoaEntryChange(e.ControlId, Compare(before[e.ControlId], e)))
            .Where(c => !c.Changes.IsEmpty);

        return new SoaDiff(older.Revision.Version, newer.Revision.Version, [.. added], [.. removed], [.. changed]);
    }

    private static OrderedEntries FirstById(ImmutableArray<SoaEntry> entries)
    {
        var map = new OrderedEntries();
        foreach (var entry in entries)
        {
            map.TryAdd(entry.ControlId, entry);
        }

        return map;
    }

    private static ImmutableArray<FieldChange> Compare(SoaEntry a, SoaEntry b)
    {
        var changes = ImmutableArray.CreateBuilder<FieldChange>();
        void Field(string name, string? x, string? y)
        {
            if (!string.Equals(x, y, StringComparison.Ordinal))
            {
                changes.Add(new FieldChange(name, x, y));
            }
        }

        Field("isApplicable", Bool(a.IsApplicable), Bool(b.IsApplicable));
        Field("justification", a.Justification, b.Justification);
        Field("status", Vocabulary.Word(a.Status), Vocabulary.Word(b.Status));
        Field("owner", a.Owner, b.Owner);
        Field("riskIds", string.Join(", ", a.RiskIds), string.Join(", ", b.RiskIds));
        Field("obligationIds", string.Join(", ", a.ObligationIds), string.Join(", ", b.ObligationIds));
        Field("evidence", Evidence(a), Evidence(b));
        return changes.ToImmutable();
    }

    private static string Bool(bool value) => value ? "true" : "false";

    private static string Evidence(SoaEntry entry) => string.Join("; ", entry.Evidence.Select(e =>
        string.Create(CultureInfo.InvariantCulture, $"{e.Kind}:{e.Title}@{e.Location}#{e.CollectedOn:yyyy-MM-dd}")));

    /// <summary>Keeps insertion order (the SoA's presentation order) with lookups by id.</summary>
    private sealed class OrderedEntries
    {
        private readonly Dictionary<string, SoaEntry> _byId = new(StringComparer.Ordinal);
        private readonly List<SoaEntry> _order = [];

        public IEnumerable<SoaEntry> Values => _order;

        public SoaEntry this[string id] => _byId[id];

        public bool ContainsKey(string id) => _byId.ContainsKey(id);

        public void TryAdd(string id, SoaEntry entry)
        {
            if (_byId.TryAdd(id, entry))
            {
                _order.Add(entry);
            }
        }
    }

    /// <summary>Returns whether <paramref name="other"/> has the same values: strings compare ordinally, collections by sequence.</summary>
    /// <param name="other">The instance to compare with.</param>
    /// <returns><see langword="true"/> when every value is equal.</returns>
    public bool Equals(SoaDiff? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && ValueEquality.Text(FromVersion, other.FromVersion)
            && ValueEquality.Text(ToVersion, other.ToVersion)
            && ValueEquality.Sequence(Added, other.Added)
            && ValueEquality.Sequence(Removed, other.Removed)
            && ValueEquality.Sequence(Changed, other.Changed));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as SoaDiff);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(FromVersion, StringComparer.Ordinal);
        hash.Add(ToVersion, StringComparer.Ordinal);
        hash.Add(ValueEquality.SequenceHash(Added));
        hash.Add(ValueEquality.SequenceHash(Removed));
        hash.Add(ValueEquality.SequenceHash(Changed));
        return hash.ToHashCode();
    }

    /// <summary>Returns whether two instances have the same values.</summary>
    /// <param name="left">The first instance.</param>
    /// <param name="right">The second instance.</param>
    /// <returns><see langword="true"/> when both are <see langword="null"/> or equal.</returns>
    public static bool operator ==(SoaDiff? left, SoaDiff? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Returns whether two instances differ in any value.</summary>
    /// <param name="left">The first instance.</param>
    /// <param name="right">The second instance.</param>
    /// <returns><see langword="true"/> when they are not equal.</returns>
    public static bool operator !=(SoaDiff? left, SoaDiff? right) => !(left == right);
}
