namespace Aims.Model;

/// <summary>
/// Where an AI system runs: a hosting provider, region and account. A system may run in several at once.
/// </summary>
/// <remarks>Instances are immutable and safe to share between threads.</remarks>
public sealed class DeploymentEnvironment : IEquatable<DeploymentEnvironment>
{
    /// <summary>Initializes a new instance of the <see cref="DeploymentEnvironment"/> class.</summary>
    /// <param name="provider">The hosting provider, for example <c>aws</c>, <c>azure</c>, <c>gcp</c> or <c>on-premises</c>.</param>
    /// <param name="region">The region or data centre, for example <c>eu-central-1</c>.</param>
    /// <remarks>
    /// The account is set through a validated copy, <see cref="WithAccount"/>, so three adjacent strings cannot be
    /// swapped silently.
    /// </remarks>
    /// <exception cref="ArgumentException"><paramref name="provider"/> or <paramref name="region"/> is blank.</exception>
    public DeploymentEnvironment(string provider, string region)
    {
        Provider = Guard.Text(provider, nameof(provider));
        Region = Guard.Text(region, nameof(region));
    }

    private DeploymentEnvironment(DeploymentEnvironment source)
    {
        Provider = source.Provider;
        Region = source.Region;
        Account = source.Account;
    }

    /// <summary>Gets the hosting provider.</summary>
    public string Provider { get; }

    /// <summary>Gets the region.</summary>
    public string Region { get; }

    /// <summary>Gets the account, subscription or project identifier, if known.</summary>
    public string? Account { get; private init; }

    /// <summary>Returns a copy with the account, subscription or project identifier (blank or <see langword="null"/> clears it).</summary>
    /// <param name="account">The new value.</param>
    /// <returns>The copy.</returns>
    public DeploymentEnvironment WithAccount(string? account) => new(this) { Account = Guard.OptionalText(account) };

    /// <summary>Returns whether <paramref name="other"/> has the same values: strings compare ordinally, collections by sequence.</summary>
    /// <param name="other">The instance to compare with.</param>
    /// <returns><see langword="true"/> when every value is equal.</returns>
    public bool Equals(DeploymentEnvironment? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && ValueEquality.Text(Provider, other.Provider)
            && ValueEquality.Text(Region, other.Region)
            && ValueEquality.Text(Account, other.Account));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as DeploymentEnvironment);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Provider, StringComparer.Ordinal);
        hash.Add(Region, StringComparer.Ordinal);
        hash.Add(Account, StringComparer.Ordinal);
        return hash.ToHashCode();
    }

    /// <summary>Returns whether two instances have the same values.</summary>
    /// <param name="left">The first instance.</param>
    /// <param name="right">The second instance.</param>
    /// <returns><see langword="true"/> when both are <see langword="null"/> or equal.</returns>
    public static bool operator ==(DeploymentEnvironment? left, DeploymentEnvironment? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Returns whether two instances differ in any value.</summary>
    /// <param name="left">The first instance.</param>
    /// <param name="right">The second instance.</param>
    /// <returns><see langword="true"/> when they are not equal.</returns>
    public static bool operator !=(DeploymentEnvironment? left, DeploymentEnvironment? right) => !(left == right);

    /// <inheritdoc />
    public override string ToString() => Account is null ? $"{Provider}/{Region}" : $"{Provider}/{Region}/{Account}";
}
