using System.Collections.Immutable;

namespace Aims.Model;

/// <summary>
/// The context and scope of the AIMS (clauses 4.1–4.4): issues, interested parties, scope boundaries with their
/// justifications, interfaces, obligations, and integration with other management systems. A versioned document.
/// </summary>
/// <remarks>Instances are immutable and safe to share between threads.</remarks>
public sealed class AimsScope : IEquatable<AimsScope>
{
    /// <summary>Initializes a new instance of the <see cref="AimsScope"/> class with its statement.</summary>
    /// <param name="revision">The document version and change log.</param>
    /// <param name="statement">The scope statement.</param>
    /// <remarks>
    /// Context issues, interested parties, boundaries, interfaces, obligations and integrations start empty and are
    /// set through validated copies such as <see cref="WithBoundaries"/>.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="revision"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="statement"/> is blank.</exception>
    public AimsScope(DocumentRevision revision, string statement)
    {
        ArgumentNullException.ThrowIfNull(revision);
        Revision = revision;
        Statement = Guard.Text(statement, nameof(statement));
        Issues = [];
        InterestedParties = [];
        Boundaries = [];
        Interfaces = [];
        Obligations = [];
        Integrations = [];
        PermittedDataRegions = [];
    }

    // Not copied by the copy constructor: a With… copy may change Boundaries.
    private IReadOnlyList<string>? _systemsInScope;

    private AimsScope(AimsScope source)
    {
        Revision = source.Revision;
        Statement = source.Statement;
        Issues = source.Issues;
        InterestedParties = source.InterestedParties;
        Boundaries = source.Boundaries;
        Interfaces = source.Interfaces;
        Obligations = source.Obligations;
        Integrations = source.Integrations;
        PermittedDataRegions = source.PermittedDataRegions;
        ClimateChange = source.ClimateChange;
    }

    /// <summary>Gets the version and change log.</summary>
    public DocumentRevision Revision { get; }

    /// <summary>Gets the scope statement.</summary>
    public string Statement { get; }

    /// <summary>Gets the internal and external issues.</summary>
    public ImmutableArray<ContextIssue> Issues { get; private init; }

    /// <summary>Gets the interested parties.</summary>
    public ImmutableArray<InterestedParty> InterestedParties { get; private init; }

    /// <summary>Gets the scope boundaries.</summary>
    public ImmutableArray<ScopeBoundary> Boundaries { get; private init; }

    /// <summary>Gets the interfaces and dependencies.</summary>
    public ImmutableArray<ScopeInterface> Interfaces { get; private init; }

    /// <summary>Gets the obligations.</summary>
    public ImmutableArray<Obligation> Obligations { get; private init; }

    /// <summary>Gets the integrations with other management systems.</summary>
    public ImmutableArray<ManagementSystemIntegration> Integrations { get; private init; }

    /// <summary>
    /// Gets the regions personal data of the systems in scope may be stored or processed in (data sovereignty), as
    /// written in data sources and deployments (for example <c>EU</c>, <c>eu-central-1</c>); empty: not restricted.
    /// </summary>
    public ImmutableArray<string> PermittedDataRegions { get; private init; }

    /// <summary>Returns a copy with the regions personal data may be stored or processed in (empty: not restricted).</summary>
    /// <param name="permittedDataRegions">The new value.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentException"><paramref name="permittedDataRegions"/> contains null or a blank entry.</exception>
    public AimsScope WithPermittedDataRegions(IEnumerable<string> permittedDataRegions) => new(this) { PermittedDataRegions = Guard.TextList(permittedDataRegions, nameof(permittedDataRegions)) };

    /// <summary>Gets whether climate change is a relevant issue for the AIMS, why and when reviewed (clause 4.1), or <see langword="null"/> when not recorded.</summary>
    public ClimateChangeRelevance? ClimateChange { get; private init; }

    /// <summary>Returns a copy with the clause 4.1 determination on climate change (<see langword="null"/> clears it).</summary>
    /// <param name="climateChange">The new value.</param>
    /// <returns>The copy.</returns>
    public AimsScope WithClimateChange(ClimateChangeRelevance? climateChange) => new(this) { ClimateChange = climateChange };

    /// <summary>Returns whether personal data may be stored or processed in a region under <see cref="PermittedDataRegions"/>.</summary>
    /// <param name="region">The region, compared ignoring case.</param>
    /// <returns><see langword="true"/> when no region is set or <paramref name="region"/> is one of them.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="region"/> is <see langword="null"/>.</exception>
    public bool PermitsDataRegion(string region)
    {
        ArgumentNullException.ThrowIfNull(region);
        return PermittedDataRegions.IsEmpty || PermittedDataRegions.Contains(region.Trim(), StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Gets the ids of the AI systems placed in scope, in boundary order.</summary>
    /// <remarks>Computed on first read and kept: the scope is immutable.</remarks>
    public IReadOnlyList<string> SystemsInScope => _systemsInScope ??=
        ImmutableArray.CreateRange(Boundaries.Where(b => b.IsIncluded && b.SystemId is not null).Select(b => b.SystemId!).Distinct(StringComparer.Ordinal));

    /// <summary>Returns whether an AI system is in scope, out of scope, or not mentioned.</summary>
    /// <param name="systemId">The AI system id.</param>
    /// <returns><see langword="true"/> or <see langword="false"/> from the first boundary naming the system; <see langword="null"/> when none does.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="systemId"/> is <see langword="null"/>.</exception>
    public bool? IsInScope(string systemId)
    {
        ArgumentNullException.ThrowIfNull(systemId);
        return Boundaries.FirstOrDefault(b => string.Equals(b.SystemId, systemId, StringComparison.Ordinal))?.IsIncluded;
    }

    /// <summary>Returns a copy with other internal and external issues (clause 4.1).</summary>
    /// <param name="issues">The new value.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentException"><paramref name="issues"/> contains null.</exception>
    public AimsScope WithIssues(IEnumerable<ContextIssue> issues) => new(this) { Issues = Guard.List(issues, nameof(issues)) };

    /// <summary>Returns a copy with other interested parties (clause 4.2).</summary>
    /// <param name="interestedParties">The new value.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentException"><paramref name="interestedParties"/> contains null.</exception>
    public AimsScope WithInterestedParties(IEnumerable<InterestedParty> interestedParties) => new(this) { InterestedParties = Guard.List(interestedParties, nameof(interestedParties)) };

    /// <summary>Returns a copy with other scope boundaries (clause 4.3).</summary>
    /// <param name="boundaries">The new value.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentException"><paramref name="boundaries"/> contains null.</exception>
    public AimsScope WithBoundaries(IEnumerable<ScopeBoundary> boundaries) => new(this) { Boundaries = Guard.List(boundaries, nameof(boundaries)) };

    /// <summary>Returns a copy with other interfaces and dependencies.</summary>
    /// <param name="interfaces">The new value.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentException"><paramref name="interfaces"/> contains null.</exception>
    public AimsScope WithInterfaces(IEnumerable<ScopeInterface> interfaces) => new(this) { Interfaces = Guard.List(interfaces, nameof(interfaces)) };

    /// <summary>Returns a copy with other legal, regulatory and contractual obligations.</summary>
    /// <param name="obligations">The new value.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentException"><paramref name="obligations"/> contains null.</exception>
    public AimsScope WithObligations(IEnumerable<Obligation> obligations) => new(this) { Obligations = Guard.List(obligations, nameof(obligations)) };

    /// <summary>Returns a copy with other integrations with management systems.</summary>
    /// <param name="integrations">The new value.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentException"><paramref name="integrations"/> contains null.</exception>
    public AimsScope WithIntegrations(IEnumerable<ManagementSystemIntegration> integrations) => new(this) { Integrations = Guard.List(integrations, nameof(integrations)) };

    /// <summary>Returns whether <paramref name="other"/> has the same values: strings compare ordinally, collections by sequence.</summary>
    /// <param name="other">The instance to compare with.</param>
    /// <returns><see langword="true"/> when every value is equal.</returns>
    public bool Equals(AimsScope? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && EqualityComparer<DocumentRevision>.Default.Equals(Revision, other.Revision)
            && ValueEquality.Text(Statement, other.Statement)
            && ValueEquality.Sequence(Issues, other.Issues)
            && ValueEquality.Sequence(InterestedParties, other.InterestedParties)
            && ValueEquality.Sequence(Boundaries, other.Boundaries)
            && ValueEquality.Sequence(Interfaces, other.Interfaces)
            && ValueEquality.Sequence(Obligations, other.Obligations)
            && ValueEquality.Sequence(Integrations, other.Integrations)
            && ValueEquality.Sequence(PermittedDataRegions, other.PermittedDataRegions)
            && EqualityComparer<ClimateChangeRelevance?>.Default.Equals(ClimateChange, other.ClimateChange));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as AimsScope);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Revision);
        hash.Add(Statement, StringComparer.Ordinal);
        hash.Add(ValueEquality.SequenceHash(Issues));
        hash.Add(ValueEquality.SequenceHash(InterestedParties));
        hash.Add(ValueEquality.SequenceHash(Boundaries));
        hash.Add(ValueEquality.SequenceHash(Interfaces));
        hash.Add(ValueEquality.SequenceHash(Obligations));
        hash.Add(ValueEquality.SequenceHash(Integrations));
        hash.Add(ValueEquality.SequenceHash(PermittedDataRegions));
        hash.Add(ClimateChange);
        return hash.ToHashCode();
    }

    /// <summary>Returns whether two instances have the same values.</summary>
    /// <param name="left">The first instance.</param>
    /// <param name="right">The second instance.</param>
    /// <returns><see langword="true"/> when both are <see langword="null"/> or equal.</returns>
    public static bool operator ==(AimsScope? left, AimsScope? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Returns whether two instances differ in any value.</summary>
    /// <param name="left">The first instance.</param>
    /// <param name="right">The second instance.</param>
    /// <returns><see langword="true"/> when they are not equal.</returns>
    public static bool operator !=(AimsScope? left, AimsScope? right) => !(left == right);
}
