using System.Collections.Immutable;

namespace Aims.Model;

/// <summary>
/// An AI asset a discovery tool observed (a cloud inventory, proxy logs, a SaaS scan) or a person reported: the input
/// that <see cref="DiscoveryReconciliation"/> reconciles against the AI system inventory.
/// </summary>
/// <remarks>
/// Instances are immutable and safe to share between threads. The constructor takes what identifies the asset;
/// the rest is set through validated copies. Two assets are the same asset when their <see cref="Source"/> and
/// <see cref="ExternalId"/> are equal, ignoring the case of the id (see <see cref="IsSameAssetAs"/>).
/// </remarks>
public sealed class DiscoveredAiAsset : IEquatable<DiscoveredAiAsset>
{
    /// <summary>The maximum length of <see cref="ExternalId"/>: 512 characters (cloud resource names are long).</summary>
    public const int MaxExternalIdLength = 512;

    /// <summary>Initializes a new instance of the <see cref="DiscoveredAiAsset"/> class, seen once on <paramref name="lastSeen"/>.</summary>
    /// <param name="source">Where it was observed.</param>
    /// <param name="externalId">The id the source gives it (a resource name or ARN, an application id, a host): 1 to <see cref="MaxExternalIdLength"/> characters without whitespace, control, bidirectional or zero-width characters.</param>
    /// <param name="name">The name the source shows.</param>
    /// <param name="lastSeen">The last day it was observed; also the first until <see cref="WithSeen"/> says otherwise.</param>
    /// <exception cref="ArgumentException"><paramref name="externalId"/> or <paramref name="name"/> is blank or malformed.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="source"/> is not a defined value.</exception>
    public DiscoveredAiAsset(DiscoverySource source, string externalId, string name, DateOnly lastSeen)
    {
        Source = Guard.Defined(source, nameof(source));
        ExternalId = ExternalIdText(externalId, nameof(externalId));
        Name = Guard.Text(name, nameof(name));
        FirstSeen = lastSeen;
        LastSeen = lastSeen;
        DataCategories = [];
    }

    private DiscoveredAiAsset(DiscoveredAiAsset source)
    {
        Source = source.Source;
        ExternalId = source.ExternalId;
        Name = source.Name;
        FirstSeen = source.FirstSeen;
        LastSeen = source.LastSeen;
        Provider = source.Provider;
        Endpoint = source.Endpoint;
        ModelId = source.ModelId;
        ObservedBy = source.ObservedBy;
        DataCategories = source.DataCategories;
        RequestCount = source.RequestCount;
    }

    /// <summary>Gets where the asset was observed.</summary>
    public DiscoverySource Source { get; }

    /// <summary>Gets the id the source gives the asset.</summary>
    public string ExternalId { get; }

    /// <summary>Gets the name the source shows.</summary>
    public string Name { get; }

    /// <summary>Gets the first day the asset was observed.</summary>
    public DateOnly FirstSeen { get; private init; }

    /// <summary>Gets the last day the asset was observed; never before <see cref="FirstSeen"/>.</summary>
    public DateOnly LastSeen { get; private init; }

    /// <summary>Gets the provider or vendor of the AI service (<c>OpenAI</c>, <c>AWS</c>), if known.</summary>
    public string? Provider { get; private init; }

    /// <summary>Gets the endpoint URL or host the asset was seen at (<c>https://api.openai.com/v1</c>, <c>bedrock-runtime.eu-central-1.amazonaws.com</c>), if known.</summary>
    public string? Endpoint { get; private init; }

    /// <summary>Gets the model id (<c>gpt-4o</c>, <c>anthropic.claude-3-haiku</c>), if known.</summary>
    public string? ModelId { get; private init; }

    /// <summary>Gets the tool, team or person that observed it, if recorded.</summary>
    public string? ObservedBy { get; private init; }

    /// <summary>Gets the kinds of sensitive data the source saw flow to the asset (a hint for triage), distinct and in declaration order.</summary>
    public ImmutableArray<DataCategory> DataCategories { get; private init; }

    /// <summary>Gets the number of requests observed between <see cref="FirstSeen"/> and <see cref="LastSeen"/>, if counted.</summary>
    public long? RequestCount { get; private init; }

    /// <summary>Gets the lower-case host of <see cref="Endpoint"/> (no scheme, port, path or trailing dot), or <see langword="null"/> when there is no endpoint.</summary>
    public string? EndpointHost => Endpoint is null ? null : HostOf(Endpoint);

    /// <summary>Returns whether <paramref name="other"/> is an observation of the same asset: same source, same external id ignoring case.</summary>
    /// <param name="other">The other asset.</param>
    /// <returns><see langword="true"/> for the same asset.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is <see langword="null"/>.</exception>
    public bool IsSameAssetAs(DiscoveredAiAsset other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Source == other.Source && string.Equals(ExternalId, other.ExternalId, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Returns a copy observed from <paramref name="firstSeen"/> to <paramref name="lastSeen"/>.</summary>
    /// <param name="firstSeen">The first day observed.</param>
    /// <param name="lastSeen">The last day observed.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="firstSeen"/> is after <paramref name="lastSeen"/>.</exception>
    public DiscoveredAiAsset WithSeen(DateOnly firstSeen, DateOnly lastSeen)
    {
        if (firstSeen > lastSeen)
        {
            throw new ArgumentOutOfRangeException(nameof(firstSeen), firstSeen, $"The first sighting ({firstSeen:yyyy-MM-dd}) must not be after the last ({lastSeen:yyyy-MM-dd}).");
        }

        return new(this) { FirstSeen = firstSeen, LastSeen = lastSeen };
    }

    /// <summary>Returns a copy with the provider or vendor (<see langword="null"/> clears it).</summary>
    /// <param name="provider">The new value.</param>
    /// <returns>The copy.</returns>
    public DiscoveredAiAsset WithProvider(string? provider) => new(this) { Provider = Guard.OptionalText(provider) };

    /// <summary>Returns a copy with the endpoint URL or host (<see langword="null"/> clears it).</summary>
    /// <param name="endpoint">The new value.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentException"><paramref name="endpoint"/> has no host (for example <c>https://</c>) or contains whitespace.</exception>
    public DiscoveredAiAsset WithEndpoint(string? endpoint) => new(this) { Endpoint = EndpointText(endpoint, nameof(endpoint)) };

    /// <summary>Returns a copy with the model id (<see langword="null"/> clears it).</summary>
    /// <param name="modelId">The new value.</param>
    /// <returns>The copy.</returns>
    public DiscoveredAiAsset WithModelId(string? modelId) => new(this) { ModelId = Guard.OptionalText(modelId) };

    /// <summary>Returns a copy with who or what observed it (<see langword="null"/> clears it).</summary>
    /// <param name="observedBy">The new value.</param>
    /// <returns>The copy.</returns>
    public DiscoveredAiAsset WithObservedBy(string? observedBy) => new(this) { ObservedBy = Guard.OptionalText(observedBy) };

    /// <summary>Returns a copy with the kinds of sensitive data seen (duplicates removed).</summary>
    /// <param name="dataCategories">The new value.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A value is not defined.</exception>
    public DiscoveredAiAsset WithDataCategories(IEnumerable<DataCategory> dataCategories) => new(this) { DataCategories = Guard.EnumSet(dataCategories, nameof(dataCategories)) };

    /// <summary>Returns a copy with the number of requests observed (<see langword="null"/>: not counted).</summary>
    /// <param name="requestCount">The new value: zero or more.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="requestCount"/> is negative.</exception>
    public DiscoveredAiAsset WithRequestCount(long? requestCount)
    {
        if (requestCount is < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(requestCount), requestCount, "A request count must not be negative.");
        }

        return new(this) { RequestCount = requestCount };
    }

    /// <summary>
    /// The lower-case host of an endpoint URL or host name: the scheme (<c>https://</c>), user information, port,
    /// path, query and a trailing dot are dropped. Used to compare an asset's endpoint with an AI system's.
    /// </summary>
    /// <param name="endpoint">A URL or a host name.</param>
    /// <returns>The host, or an empty string when there is none.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="endpoint"/> is <see langword="null"/>.</exception>
    public static string HostOf(string endpoint)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        var text = endpoint.Trim();
        var scheme = text.IndexOf("://", StringComparison.Ordinal);
        if (scheme >= 0)
        {
            text = text[(scheme + 3)..];
        }

        var end = text.IndexOfAny(['/', '?', '#']);
        if (end >= 0)
        {
            text = text[..end];
        }

        var at = text.LastIndexOf('@');
        if (at >= 0)
        {
            text = text[(at + 1)..];
        }

        if (text.StartsWith('['))
        {
            var close = text.IndexOf(']', StringComparison.Ordinal);
            text = close > 0 ? text[..(close + 1)] : text;
        }
        else if (text.IndexOf(':', StringComparison.Ordinal) is var colon and >= 0)
        {
            text = text[..colon];
        }

        return text.TrimEnd('.').ToLowerInvariant();
    }

    private static string ExternalIdText(string value, string paramName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value, paramName);
        if (value.Length > MaxExternalIdLength || value.Any(char.IsWhiteSpace))
        {
            throw new ArgumentException($"An external id must be 1 to {MaxExternalIdLength} characters without whitespace; got '{Guard.Visible(value)}'.", paramName);
        }

        if (Guard.HiddenAt(value) is { } index)
        {
            throw new ArgumentException($"An external id must not contain control, bidirectional or zero-width characters; got U+{(int)value[index]:X4} at position {index + 1}.", paramName);
        }

        return value;
    }

    internal static string? EndpointText(string? value, string paramName)
    {
        var text = Guard.OptionalText(value);
        if (text is null)
        {
            return null;
        }

        if (text.Any(char.IsWhiteSpace) || Guard.HiddenAt(text) is not null || HostOf(text).Length == 0)
        {
            throw new ArgumentException($"An endpoint must be a URL or a host name without whitespace; got '{Guard.Visible(text)}'.", paramName);
        }

        return text;
    }

    /// <summary>Returns whether <paramref name="other"/> has the same values: strings compare ordinally, collections by sequence.</summary>
    /// <param name="other">The instance to compare with.</param>
    /// <returns><see langword="true"/> when every value is equal.</returns>
    public bool Equals(DiscoveredAiAsset? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && Source == other.Source
            && ValueEquality.Text(ExternalId, other.ExternalId)
            && ValueEquality.Text(Name, other.Name)
            && FirstSeen == other.FirstSeen
            && LastSeen == other.LastSeen
            && ValueEquality.Text(Provider, other.Provider)
            && ValueEquality.Text(Endpoint, other.Endpoint)
            && ValueEquality.Text(ModelId, other.ModelId)
            && ValueEquality.Text(ObservedBy, other.ObservedBy)
            && ValueEquality.Sequence(DataCategories, other.DataCategories)
            && RequestCount == other.RequestCount);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as DiscoveredAiAsset);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Source);
        hash.Add(ExternalId, StringComparer.Ordinal);
        hash.Add(Name, StringComparer.Ordinal);
        hash.Add(FirstSeen);
        hash.Add(LastSeen);
        hash.Add(Provider, StringComparer.Ordinal);
        hash.Add(Endpoint, StringComparer.Ordinal);
        hash.Add(ModelId, StringComparer.Ordinal);
        hash.Add(ObservedBy, StringComparer.Ordinal);
        hash.Add(ValueEquality.SequenceHash(DataCategories));
        hash.Add(RequestCount);
        return hash.ToHashCode();
    }

    /// <summary>Returns whether two instances have the same values.</summary>
    /// <param name="left">The first instance.</param>
    /// <param name="right">The second instance.</param>
    /// <returns><see langword="true"/> when both are <see langword="null"/> or equal.</returns>
    public static bool operator ==(DiscoveredAiAsset? left, DiscoveredAiAsset? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Returns whether two instances differ in any value.</summary>
    /// <param name="left">The first instance.</param>
    /// <param name="right">The second instance.</param>
    /// <returns><see langword="true"/> when they are not equal.</returns>
    public static bool operator !=(DiscoveredAiAsset? left, DiscoveredAiAsset? right) => !(left == right);

    /// <inheritdoc />
    public override string ToString() => $"{Vocabulary.Word(Source)}:{ExternalId} ({Name})";
}
