using System.Collections.Frozen;
using System.Collections.Immutable;

namespace Aims.Model;

/// <summary>
/// The ISO/IEC 42001:2023 catalog: clauses 4–10, the nine Annex A control groups (A.2–A.10) and their 38 controls.
/// Ships identifiers and short titles in our own words only; customers attach the standard's text from their
/// licensed copy with <see cref="WithLicensedText"/>.
/// </summary>
/// <remarks>Instances are immutable and safe to share between threads.</remarks>
public sealed class Iso42001Catalog
{
    private readonly FrozenDictionary<string, CatalogItem> _byId;

    private Iso42001Catalog(ImmutableArray<CatalogItem> items)
    {
        Items = items;
        _byId = items.ToFrozenDictionary(i => i.Id, StringComparer.Ordinal);
        Controls = [.. items.Where(i => i.IsControl)];
    }

    /// <summary>Gets the built-in catalog (no licensed text attached).</summary>
    public static Iso42001Catalog Default { get; } = new([.. Iso42001Items.All]);

    /// <summary>Gets the framework id used across Aims packages and on the command line.</summary>
    public static string FrameworkId => "iso42001";

    /// <summary>Gets where the identifiers come from and the licence terms of what is shipped.</summary>
    public static string Provenance =>
        "ISO/IEC 42001:2023 (first edition, 2023-12). Identifiers as numbered in the standard; titles are Aims' own "
        + "short descriptions, not ISO text. Structure cross-checked against two public catalogues (2026-11-23). "
        + "The standard's text is copyrighted by ISO/IEC: attach it from a licensed copy at run time.";

    /// <summary>Gets every item in document order.</summary>
    public ImmutableArray<CatalogItem> Items { get; }

    /// <summary>Gets the 38 Annex A controls in document order.</summary>
    public ImmutableArray<CatalogItem> Controls { get; }

    /// <summary>Gets a value indicating whether any item carries licensed text.</summary>
    public bool HasLicensedText => Items.Any(i => i.Text is not null);

    /// <summary>Finds an item by id.</summary>
    /// <param name="id">The id, for example <c>A.6.2.4</c>.</param>
    /// <param name="item">The item when found.</param>
    /// <returns><see langword="true"/> when the id is in the catalog.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is <see langword="null"/>.</exception>
    public bool TryGetItem(string id, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out CatalogItem item)
    {
        ArgumentNullException.ThrowIfNull(id);
        return _byId.TryGetValue(id, out item);
    }

    /// <summary>Returns whether <paramref name="id"/> is an Annex A control of this catalog.</summary>
    /// <param name="id">The id.</param>
    /// <returns><see langword="true"/> for an Annex A control id.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is <see langword="null"/>.</exception>
    public bool IsControl(string id) => TryGetItem(id, out var item) && item.IsControl;

    /// <summary>Returns the direct children of an item, or the top-level items when <paramref name="parentId"/> is <see langword="null"/>.</summary>
    /// <param name="parentId">The parent id, or <see langword="null"/>.</param>
    /// <returns>The children in document order.</returns>
    public IReadOnlyList<CatalogItem> ChildrenOf(string? parentId) =>
        [.. Items.Where(i => string.Equals(i.ParentId, parentId, StringComparison.Ordinal))];

    /// <summary>
    /// Returns a copy of the catalog with requirement text from the customer's licensed copy of the standard.
    /// Untrusted input: unknown ids and blank texts are reported and skipped, the rest is attached.
    /// </summary>
    /// <param name="textById">Text keyed by item id, for example read from the customer's own spreadsheet.</param>
    /// <returns>The catalog with text attached, and a warning for every entry that was skipped.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="textById"/> is <see langword="null"/>.</exception>
    public AimsResult<Iso42001Catalog> WithLicensedText(IEnumerable<KeyValuePair<string, string>> textById)
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
                    $"'{id}' is not an ISO/IEC 42001 catalog id; its text was not attached.", DiagnosticSeverity.Warning));
            }
            else if (string.IsNullOrWhiteSpace(text))
            {
                diagnostics.Add(new AimsDiagnostic(ModelDiagnosticCodes.BlankLicensedText, path,
                    $"The text for '{id}' is blank; it was not attached.", DiagnosticSeverity.Warning));
            }
            else
            {
                texts[id] = text;
            }
        }

        var items = Items.Select(i => texts.TryGetValue(i.Id, out var t) ? i.WithText(t) : i);
        return AimsResult.Success(new Iso42001Catalog([.. items]), diagnostics);
    }
}
