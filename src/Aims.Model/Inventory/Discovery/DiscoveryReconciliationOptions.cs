namespace Aims.Model;

/// <summary>Options of <see cref="DiscoveryReconciliation.Reconcile"/>.</summary>
/// <remarks>Instances are immutable once built and safe to share between threads.</remarks>
public sealed class DiscoveryReconciliationOptions
{
    /// <summary>Gets the options used when none are given: no reconciliation date, every rule on.</summary>
    public static DiscoveryReconciliationOptions Default { get; } = new();

    /// <summary>
    /// Gets the reconciliation date: an asset last seen after it is rejected (a clock or export problem at the source),
    /// so a future date never becomes a system's last-seen. <see langword="null"/> (the default) accepts every date.
    /// </summary>
    public DateOnly? AsOf { get; init; }

    /// <summary>Gets a value indicating whether rule 2, <see cref="DiscoveryMatchRule.Endpoint"/>, is tried (default <see langword="true"/>).</summary>
    public bool MatchByEndpoint { get; init; } = true;

    /// <summary>Gets a value indicating whether rule 3, <see cref="DiscoveryMatchRule.ProviderAndModel"/>, is tried (default <see langword="true"/>).</summary>
    public bool MatchByProviderAndModel { get; init; } = true;
}
