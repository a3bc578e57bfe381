using System.Collections.Frozen;
using System.Collections.Immutable;

namespace Aims.Mapping;

/// <summary>A framework catalog: metadata and a tree of items in document order.</summary>
/// <remarks>Instances are immutable and safe to share between threads.</remarks>
public sealed class FrameworkCatalog
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
    }

    /// <summary>Gets the metadata.</summary>
    public FrameworkMetadata Metadata { get; }

    /// <summary>Gets the framework id.</summary>
    public string FrameworkId => Metadata.Id;

    /// <summary>Gets every item in document order.</summary>
    public ImmutableArray<FrameworkItem> Items { get; }

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
    /// Returns a copy with text from the customer's licensed copy attached. Untrusted input: unknown ids and blank
    /// texts are reported as warnings and skipped.
    /// </summary>
    /// <param name="textById">Text keyed by item id.</param>
    /// <returns>The catalog with text, and a warning per skipped entry.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="textById"/> is <see langword="null"/>.</exception>
    public AimsResult<FrameworkCatalog> WithLicensedText(IEnumerable<KeyValuePair<string, string>> textById)
    {
        ArgumentNullException.ThrowIfNull(textById);
        var diagnostics = new List<AimsDiagnostic>();
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (id, text) in textById)
        {
            var path = "/" + (id ?? "").Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);
            if (id is null || !_byId.ContainsKey(id))
            {
                diagnostics.Add(new AimsDiagnostic(MappingDiagnosticCodes.UnknownLicensedTextId, path,
                    $"'{id}' is not an item of {FrameworkId}; its text was not attached.", DiagnosticSeverity.Warning));
            }
            else if (string.IsNullOrWhiteSpace(text))
            {
                diagnostics.Add(new AimsDiagnostic(MappingDiagnosticCodes.BlankLicensedText, path,
                    $"The text for '{id}' is blank; it was not attached.", DiagnosticSeverity.Warning));
            }
            else
            {
                texts[id] = text;
            }
        }

        return AimsResult.Success(
            new FrameworkCatalog(Metadata, Items.Select(i => texts.TryGetValue(i.Id, out var t) ? i.WithText(t) : i)), diagnostics);
    }
}
