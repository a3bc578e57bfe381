using System.Collections.Immutable;

namespace Aims.Model;

/// <summary>
/// The Statement of Applicability (ISO/IEC 42001 clause 6.1.3): one entry per Annex A control plus any additional
/// controls, each included or excluded with a justification. A versioned document.
/// </summary>
/// <remarks>
/// Instances are immutable and safe to share between threads. Duplicates, gaps and unknown ids can be represented
/// (a draft, an imported spreadsheet) and are reported by <see cref="Validate"/>.
/// </remarks>
public sealed class StatementOfApplicability : IEquatable<StatementOfApplicability>
{
    /// <summary>Initializes a new instance of the <see cref="StatementOfApplicability"/> class.</summary>
    /// <param name="revision">The document version and change log.</param>
    /// <param name="entries">The entries, in the order to present them.</param>
    /// <param name="additionalControls">Controls added beyond Annex A.</param>
    /// <exception cref="ArgumentNullException"><paramref name="revision"/> or <paramref name="entries"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A list contains null.</exception>
    public StatementOfApplicability(
        DocumentRevision revision, IEnumerable<SoaEntry> entries, IEnumerable<AdditionalControl>? additionalControls = null)
    {
        ArgumentNullException.ThrowIfNull(revision);
        ArgumentNullException.ThrowIfNull(entries);
        Revision = revision;
        Entries = Guard.List(entries, nameof(entries));
        AdditionalControls = Guard.List(additionalControls, nameof(additionalControls));
    }

    /// <summary>Gets the version and change log.</summary>
    public DocumentRevision Revision { get; }

    /// <summary>Gets the entries.</summary>
    public ImmutableArray<SoaEntry> Entries { get; }

    /// <summary>Gets the additional controls.</summary>
    public ImmutableArray<AdditionalControl> AdditionalControls { get; }

    /// <summary>Finds the first entry for a control.</summary>
    /// <param name="controlId">The control id.</param>
    /// <returns>The entry, or <see langword="null"/> when the control has none.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="controlId"/> is <see langword="null"/>.</exception>
    public SoaEntry? Find(string controlId)
    {
        ArgumentNullException.ThrowIfNull(controlId);
        return Entries.FirstOrDefault(e => string.Equals(e.ControlId, controlId, StringComparison.Ordinal));
    }

    /// <summary>Returns a new version of the SoA with other entries, recording the change in the log.</summary>
    /// <param name="entries">The new entries.</param>
    /// <param name="version">The new version id.</param>
    /// <param name="author">Who made the change.</param>
    /// <param name="changedAt">When.</param>
    /// <param name="reason">Why.</param>
    /// <returns>The new version.</returns>
    /// <exception cref="ArgumentException">A text argument is blank, the version is unchanged, or a list contains null.</exception>
    public StatementOfApplicability Revise(
        IEnumerable<SoaEntry> entries, string version, string author, DateTimeOffset changedAt, string reason) =>
        new(Revision.Next(version, author, changedAt, reason), entries, AdditionalControls);

    /// <summary>
    /// Checks the SoA against the catalog: a missing entry for any Annex A control, unknown ids, duplicates,
    /// exclusions without a justification, inclusions without a driver (risk or obligation), and — as warnings —
    /// included controls without an owner and implemented controls without evidence. Never throws for bad content.
    /// </summary>
    /// <param name="catalog">
    /// The ISO/IEC 42001 catalog, for example with licensed text attached; <see cref="Iso42001.Catalog"/> when <see langword="null"/>.
    /// </param>
    /// <returns>This SoA with every diagnostic; paths are relative to the SoA (<c>/entries/3/justification</c>).</returns>
    /// <exception cref="ArgumentException"><paramref name="catalog"/> is not an ISO/IEC 42001 catalog.</exception>
    public AimsResult<StatementOfApplicability> Validate(FrameworkCatalog? catalog = null)
    {
        Iso42001.Require(catalog);
        var diagnostics = new DiagnosticList();
        Check(catalog ?? Iso42001.Catalog, diagnostics);
        return AimsResult.From(this, diagnostics.Items);
    }

    internal void Check(FrameworkCatalog catalog, DiagnosticList diagnostics)
    {
        var additional = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < AdditionalControls.Length; i++)
        {
            var control = AdditionalControls[i];
            if (catalog.TryGetItem(control.Id, out _))
            {
                diagnostics.Error(ModelDiagnosticCodes.SoaAdditionalControlCollides,
                    $"Additional control '{control.Id}' reuses an ISO/IEC 42001 id.", "additionalControls", i, "id");
            }
            else if (!additional.Add(control.Id))
            {
                diagnostics.Error(ModelDiagnosticCodes.DuplicateId,
                    $"Duplicate additional control id '{control.Id}'.", "additionalControls", i, "id");
            }
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < Entries.Length; i++)
        {
            var entry = Entries[i];
            if (!catalog.IsControl(entry.ControlId) && !additional.Contains(entry.ControlId))
            {
                diagnostics.Error(ModelDiagnosticCodes.SoaUnknownControl,
                    $"'{entry.ControlId}' is neither an Annex A control nor an additional control.", "entries", i, "controlId");
            }

            if (!seen.Add(entry.ControlId))
            {
                diagnostics.Error(ModelDiagnosticCodes.SoaDuplicateEntry,
                    $"Control '{entry.ControlId}' has more than one entry.", "entries", i, "controlId");
            }

            if (!entry.IsApplicable && entry.Justification is null)
            {
                diagnostics.Error(ModelDiagnosticCodes.SoaExclusionWithoutJustification,
                    $"Control '{entry.ControlId}' is excluded without a justification.", "entries", i, "justification");
            }

            if (entry.IsApplicable && entry.RiskIds.IsEmpty && entry.ObligationIds.IsEmpty)
            {
                diagnostics.Error(ModelDiagnosticCodes.SoaInclusionWithoutDriver,
                    $"Control '{entry.ControlId}' is included but linked to no risk and no legal or contractual obligation.",
                    "entries", i, "riskIds");
            }

            if (entry.IsApplicable && entry.Owner is null)
            {
                diagnostics.Warning(ModelDiagnosticCodes.SoaMissingOwner,
                    $"Control '{entry.ControlId}' is included but has no owner.", "entries", i, "owner");
            }

            if (entry.IsImplemented && entry.Evidence.IsEmpty)
            {
                diagnostics.Warning(ModelDiagnosticCodes.SoaImplementedWithoutEvidence,
                    $"Control '{entry.ControlId}' is marked implemented but has no evidence.", "entries", i, "evidence");
            }
        }

        foreach (var control in catalog.Controls.Where(c => !seen.Contains(c.Id)))
        {
            diagnostics.Error(ModelDiagnosticCodes.SoaMissingControl,
                $"Annex A control '{control.Id}' ({control.Title}) has no entry.", "entries");
        }
    }

    /// <summary>Returns whether <paramref name="other"/> has the same values: strings compare ordinally, collections by sequence.</summary>
    /// <param name="other">The instance to compare with.</param>
    /// <returns><see langword="true"/> when every value is equal.</returns>
    public bool Equals(StatementOfApplicability? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && EqualityComparer<DocumentRevision>.Default.Equals(Revision, other.Revision)
            && ValueEquality.Sequence(Entries, other.Entries)
            && ValueEquality.Sequence(AdditionalControls, other.AdditionalControls));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as StatementOfApplicability);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Revision);
        hash.Add(ValueEquality.SequenceHash(Entries));
        hash.Add(ValueEquality.SequenceHash(AdditionalControls));
        return hash.ToHashCode();
    }

    /// <summary>Returns whether two instances have the same values.</summary>
    /// <param name="left">The first instance.</param>
    /// <param name="right">The second instance.</param>
    /// <returns><see langword="true"/> when both are <see langword="null"/> or equal.</returns>
    public static bool operator ==(StatementOfApplicability? left, StatementOfApplicability? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Returns whether two instances differ in any value.</summary>
    /// <param name="left">The first instance.</param>
    /// <param name="right">The second instance.</param>
    /// <returns><see langword="true"/> when they are not equal.</returns>
    public static bool operator !=(StatementOfApplicability? left, StatementOfApplicability? right) => !(left == right);
}
