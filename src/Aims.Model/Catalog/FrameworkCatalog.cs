using System.Collections.Frozen;
using System.Collections.Immutable;

namespace Aims.Model;

/// <summary>
/// A framework catalog: where it comes from (<see cref="Metadata"/>) and a tree of items in document order. The one
/// catalog type of Aims: the ISO/IEC 42001 catalog (<see cref="Iso42001.Catalog"/>), the other built-in catalogs of
/// <c>Aims.Mapping</c> and catalogs imported from a customer's licensed file are all instances of it.
/// </summary>
/// <remarks>Instances are immutable and safe to share between threads; equality compares metadata and items.</remarks>
public sealed class FrameworkCatalog : IEquatable<FrameworkCatalog>
{
    private readonly FrozenDictionary<string, FrameworkItem> _byId;

    /// <summary>Initializes a new instance of the <see cref="FrameworkCatalog"/> class.</summary>
    /// <param name="metadata">The framework metadata.</param>
    /// <param name="items">The items in document order; ids unique, every parent present, all of this framework.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Ids repeat, a parent is missing, or an item belongs to another framework.</exception>
    public FrameworkCatalog(FrameworkMetadata metadata, IEnumerable<FrameworkItem> items)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        ArgumentNullException.ThrowIfNull(items);
        Metadata = metadata;
        Items = [.. items];
        var problems = new List<string>();
        if (Items.Any(i => i is null || i.FrameworkId != metadata.Id))
        {
            problems.Add($"Every item must be a non-null item of framework '{metadata.Id}'.");
        }
        else
        {
            problems.AddRange(Items.GroupBy(i => i.Id, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => $"Id '{g.Key}' repeats."));
            var ids = Items.Select(i => i.Id).ToHashSet(StringComparer.Ordinal);
            problems.AddRange(Items.Where(i => i.ParentId is not null && !ids.Contains(i.ParentId)).Select(i => $"Parent '{i.ParentId}' of '{i.Id}' is missing."));
        }

        if (problems.Count > 0)
        {
            throw new ArgumentException($"Invalid catalog '{metadata.Id}': " + string.Join(" ", problems), nameof(items));
        }

        _byId = Items.ToFrozenDictionary(i => i.Id, StringComparer.Ordinal);
        Controls = [.. Items.Where(i => i.IsControl)];
    }

    /// <summary>Gets the metadata: source document, version, licence and date.</summary>
    public FrameworkMetadata Metadata { get; }

    /// <summary>Gets the framework id.</summary>
    public string FrameworkId => Metadata.Id;

    /// <summary>Gets every item in document order.</summary>
    public ImmutableArray<FrameworkItem> Items { get; }

    /// <summary>Gets the items of kind <see cref="FrameworkItemKinds.Control"/> in document order (for ISO/IEC 42001: the 38 Annex A controls).</summary>
    public ImmutableArray<FrameworkItem> Controls { get; }

    /// <summary>Gets a value indicating whether any item carries text (verbatim where the licence allows it, or attached from a licensed copy).</summary>
    public bool HasText => Items.Any(i => i.Text is not null);

    /// <summary>Finds an item.</summary>
    /// <param name="id">The item id.</param>
    /// <param name="item">The item when found.</param>
    /// <returns><see langword="true"/> when found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is <see langword="null"/>.</exception>
    public bool TryGetItem(string id, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out FrameworkItem item)
    {
        ArgumentNullException.ThrowIfNull(id);
        return _byId.TryGetValue(id, out item);
    }

    /// <summary>Returns whether the catalog holds an item.</summary>
    /// <param name="id">The item id.</param>
    /// <returns><see langword="true"/> when the id is in the catalog.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is <see langword="null"/>.</exception>
    public bool Contains(string id) => TryGetItem(id, out _);

    /// <summary>Returns whether <paramref name="id"/> is a control of this catalog.</summary>
    /// <param name="id">The id.</param>
    /// <returns><see langword="true"/> for a control id.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is <see langword="null"/>.</exception>
    public bool IsControl(string id) => TryGetItem(id, out var item) && item.IsControl;

    /// <summary>Returns the direct children of an item, or the top-level items for <see langword="null"/>.</summary>
    /// <param name="parentId">The parent id.</param>
    /// <returns>The children in document order.</returns>
    public IReadOnlyList<FrameworkItem> ChildrenOf(string? parentId) =>
        [.. Items.Where(i => string.Equals(i.ParentId, parentId, StringComparison.Ordinal))];

    /// <summary>Returns the items that have no children (controls, subcategories, requirements …): what coverage is measured on.</summary>
    /// <returns>The leaves in document order.</returns>
    public IReadOnlyList<FrameworkItem> Leaves()
    {
        var parents = Items.Where(i => i.ParentId is not null).Select(i => i.ParentId!).ToHashSet(StringComparer.Ordinal);
        return [.. Items.Where(i => !parents.Contains(i.Id))];
    }

    /// <summary>
    /// Returns a copy with text from the customer's licensed copy attached. Untrusted input: unknown ids, blank texts
    /// and repeated ids are reported as warnings at <c>/{id}</c> and skipped (for a repeated id the first text is kept).
    /// </summary>
    /// <param name="textById">Text keyed by item id, for example read from the customer's own spreadsheet.</param>
    /// <returns>The catalog with text attached, and a warning per skipped entry.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="textById"/> is <see langword="null"/>.</exception>
    public AimsResult<FrameworkCatalog> WithLicensedText(IEnumerable<KeyValuePair<string, string>> textById)
    {
        ArgumentNullException.ThrowIfNull(textById);
        var diagnostics = new List<AimsDiagnostic>();
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (id, text) in textById)
        {
            var path = "/" + JsonPointer.Escape(id ?? "");
            if (id is null || !_byId.ContainsKey(id))
            {
                diagnostics.Add(new AimsDiagnostic(ModelDiagnosticCodes.UnknownLicensedTextId, path,
                    $"'{id}' is not an item of {FrameworkId}; its text was not attached.", DiagnosticSeverity.Warning));
            }
            else if (string.IsNullOrWhiteSpace(text))
            {
                diagnostics.Add(new AimsDiagnostic(ModelDiagnosticCodes.BlankLicensedText, path,
                    $"The text for '{id}' is blank; it was not attached.", DiagnosticSeverity.Warning));
            }
            else if (!texts.TryAdd(id, text))
            {
                diagnostics.Add(new AimsDiagnostic(ModelDiagnosticCodes.DuplicateLicensedTextId, path,
                    $"'{id}' has text twice; the first text was attached and this one ignored. Remove one of them.", DiagnosticSeverity.Warning));
            }
        }

        return AimsResult.Success(
            new FrameworkCatalog(Metadata, Items.Select(i => texts.TryGetValue(i.Id, out var t) ? i.WithText(t) : i)), diagnostics);
    }

    /// <summary>Returns whether <paramref name="other"/> has the same metadata and the same items in the same order.</summary>
    /// <param name="other">The instance to compare with.</param>
    /// <returns><see langword="true"/> when every value is equal.</returns>
    public bool Equals(FrameworkCatalog? other) =>
        ReferenceEquals(this, other)
        || (other is not null && Metadata.Equals(other.Metadata) && ValueEquality.Sequence(Items, other.Items));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as FrameworkCatalog);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Metadata, ValueEquality.SequenceHash(Items));

    /// <summary>Returns whether two instances have the same values.</summary>
    /// <param name="left">The first instance.</param>
    /// <param name="right">The second instance.</param>
    /// <returns><see langword="true"/> when both are <see langword="null"/> or equal.</returns>
    public static bool operator ==(FrameworkCatalog? left, FrameworkCatalog? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Returns whether two instances differ in any value.</summary>
    /// <param name="left">The first instance.</param>
    /// <param name="right">The second instance.</param>
    /// <returns><see langword="true"/> when they are not equal.</returns>
    public static bool operator !=(FrameworkCatalog? left, FrameworkCatalog? right) => !(left == right);

    /// <inheritdoc />
    public override string ToString() => $"{FrameworkId} ({Items.Length} items)";
}
