using System.Collections.Immutable;

namespace Aims.Model;

// What automated discovery knows about an AI system (issue 16, section 4): how discovery tools name it, where it is
// reached, and when it was last seen in use.
public sealed partial class AiSystem
{
    /// <summary>Gets the last day a discovery import saw the system in use (<see cref="DiscoveryReconciliation.Apply"/>), or <see langword="null"/> when never seen.</summary>
    public DateOnly? LastSeen { get; private init; }

    /// <summary>Gets the ids discovery tools know the system by (cloud resource names, application ids), matched against a discovered asset's external id ignoring case.</summary>
    public ImmutableArray<string> DiscoveryAliases { get; private init; }

    /// <summary>Gets the endpoint URLs or hosts the system is reached at, as discovery tools see them; matched by host (<see cref="DiscoveredAiAsset.HostOf"/>).</summary>
    public ImmutableArray<string> Endpoints { get; private init; }

    /// <summary>Returns a copy with the last day the system was seen in use (<see langword="null"/>: never seen).</summary>
    /// <param name="lastSeen">The new value.</param>
    /// <returns>The copy.</returns>
    public AiSystem WithLastSeen(DateOnly? lastSeen) => new(this) { LastSeen = lastSeen };

    /// <summary>Returns a copy with the ids discovery tools know the system by.</summary>
    /// <param name="discoveryAliases">The new value: external ids without whitespace.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentException"><paramref name="discoveryAliases"/> holds a blank entry, one with whitespace or hidden characters, or one longer than <see cref="DiscoveredAiAsset.MaxExternalIdLength"/>.</exception>
    public AiSystem WithDiscoveryAliases(IEnumerable<string> discoveryAliases)
    {
        var aliases = Guard.TextList(discoveryAliases, nameof(discoveryAliases));
        foreach (var alias in aliases)
        {
            if (alias.Length > DiscoveredAiAsset.MaxExternalIdLength || alias.Any(char.IsWhiteSpace) || Guard.HiddenAt(alias) is not null)
            {
                throw new ArgumentException($"A discovery alias is an external id of 1 to {DiscoveredAiAsset.MaxExternalIdLength} characters without whitespace or hidden characters; got '{Guard.Visible(alias)}'.", nameof(discoveryAliases));
            }
        }

        return new(this) { DiscoveryAliases = aliases };
    }

    /// <summary>Returns a copy with the endpoint URLs or hosts the system is reached at.</summary>
    /// <param name="endpoints">The new value.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentException"><paramref name="endpoints"/> holds a blank entry, or one with whitespace or without a host.</exception>
    public AiSystem WithEndpoints(IEnumerable<string> endpoints) =>
        new(this) { Endpoints = [.. Guard.TextList(endpoints, nameof(endpoints)).Select(e => DiscoveredAiAsset.EndpointText(e, nameof(endpoints))!)] };
}
