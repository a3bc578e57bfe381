using System.Collections.Immutable;
using Aims.Model;

namespace Aims.Mapping;

/// <summary>
/// One version of a framework or regulation as data: its catalog (whose <see cref="FrameworkMetadata"/> carries the
/// status and effective dates), a short label that names it in a key such as <c>eu-ai-act@2024</c>, its application
/// timeline, the renumbering from the version before it where that is known, and the words by which a workspace's
/// own obligations cite it. Several versions of one framework are loaded side by side and compared with
/// <see cref="CatalogDiff.Compare"/>.
/// </summary>
/// <remarks>Instances are immutable and safe to share between threads.</remarks>
public sealed class FrameworkVersion
{
    private FrameworkVersion(FrameworkCatalog catalog, string label)
    {
        Catalog = catalog;
        Label = label;
        Schedule = [];
        Renumbering = ImmutableDictionary<string, string>.Empty.WithComparers(StringComparer.Ordinal, StringComparer.Ordinal);
        Citations = [];
    }

    private FrameworkVersion(FrameworkVersion source)
    {
        Catalog = source.Catalog;
        Label = source.Label;
        Schedule = source.Schedule;
        Renumbering = source.Renumbering;
        Citations = source.Citations;
    }

    /// <summary>Gets the catalog of this version.</summary>
    public FrameworkCatalog Catalog { get; }

    /// <summary>Gets the framework id, for example <c>eu-ai-act</c>.</summary>
    public string FrameworkId => Catalog.FrameworkId;

    /// <summary>Gets the short label of this version, for example <c>2024</c> or <c>1.1.1</c>.</summary>
    public string Label { get; }

    /// <summary>Gets the key that names this version: <c>framework@label</c>, for example <c>eu-ai-act@2026</c>.</summary>
    public string Key => $"{FrameworkId}@{Label}";

    /// <summary>Gets where this version stands (from the catalog's metadata).</summary>
    public FrameworkStatus Status => Catalog.Metadata.Status;

    /// <summary>Gets the application timeline of this version: when each part applies (one row per <see cref="ApplicationDate.Scope"/>); empty when the framework has none.</summary>
    public ImmutableArray<ApplicationDate> Schedule { get; private init; }

    /// <summary>Gets the known renumbering from the previous version: old item id to new item id.</summary>
    public ImmutableDictionary<string, string> Renumbering { get; private init; }

    /// <summary>
    /// Gets the words that identify this framework where a workspace's own obligation cites it (in the obligation's
    /// title or source, compared ignoring case), for example <c>2024/1689</c> and <c>EU AI Act</c>.
    /// </summary>
    public ImmutableArray<string> Citations { get; private init; }

    /// <summary>Creates a version of a catalog, for example a customer's imported CSA AICM workbook.</summary>
    /// <param name="catalog">The catalog.</param>
    /// <param name="label">The short label, for example <c>1.0.3</c>: letters, digits, '.', '-' and '_'.</param>
    /// <returns>The version, with no timeline, renumbering or citations.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="catalog"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="label"/> is blank or holds another character.</exception>
    public static FrameworkVersion Create(FrameworkCatalog catalog, string label)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentException.ThrowIfNullOrWhiteSpace(label);
        if (!label.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_'))
        {
            throw new ArgumentException($"The label '{label}' may hold only letters, digits, '.', '-' and '_'.", nameof(label));
        }

        return new(catalog, label);
    }

    /// <summary>Returns a copy with an application timeline.</summary>
    /// <param name="schedule">The rows; at most one per scope.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentException">A row is <see langword="null"/>, has no scope, or two rows share a scope.</exception>
    public FrameworkVersion WithSchedule(IEnumerable<ApplicationDate> schedule)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        var rows = schedule.ToImmutableArray();
        if (rows.Any(r => r is null || r.Scope is null))
        {
            throw new ArgumentException("Every row needs a scope.", nameof(schedule));
        }

        if (rows.GroupBy(r => r.Scope, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            throw new ArgumentException($"Two rows for the scope '{twice.Key}'.", nameof(schedule));
        }

        return new(this) { Schedule = rows };
    }

    /// <summary>Returns a copy with the renumbering from the previous version.</summary>
    /// <param name="renumbering">Old id to new id; every new id must be an item of this version.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentException">An id is blank, or a new id is not in <see cref="Catalog"/>.</exception>
    public FrameworkVersion WithRenumbering(IEnumerable<KeyValuePair<string, string>> renumbering)
    {
        ArgumentNullException.ThrowIfNull(renumbering);
        var builder = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal, StringComparer.Ordinal);
        foreach (var (oldId, newId) in renumbering)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(oldId, nameof(renumbering));
            ArgumentException.ThrowIfNullOrWhiteSpace(newId, nameof(renumbering));
            if (!Catalog.Contains(newId))
            {
                throw new ArgumentException($"'{newId}' is not an item of {Key}.", nameof(renumbering));
            }

            builder[oldId] = newId;
        }

        return new(this) { Renumbering = builder.ToImmutable() };
    }

    /// <summary>Returns a copy with the words that identify the framework where a workspace's obligation cites it.</summary>
    /// <param name="citations">The words, for example <c>2024/1689</c>.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentException">A word is blank.</exception>
    public FrameworkVersion WithCitations(IEnumerable<string> citations)
    {
        ArgumentNullException.ThrowIfNull(citations);
        var words = citations.ToImmutableArray();
        if (words.Any(string.IsNullOrWhiteSpace))
        {
            throw new ArgumentException("A citation is blank.", nameof(citations));
        }

        return new(this) { Citations = words };
    }

    /// <inheritdoc />
    public override string ToString() => $"{Key} ({Status})";
}
