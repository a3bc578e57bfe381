namespace Aims.Model;

/// <summary>
/// Where an AI system runs: a hosting provider, region and account. A system may run in several at once.
/// </summary>
/// <remarks>Instances are immutable and safe to share between threads.</remarks>
public sealed class DeploymentEnvironment
{
    /// <summary>Initializes a new instance of the <see cref="DeploymentEnvironment"/> class.</summary>
    /// <param name="provider">The hosting provider, for example <c>aws</c>, <c>azure</c>, <c>gcp</c> or <c>on-premises</c>.</param>
    /// <param name="region">The region or data centre, for example <c>eu-central-1</c>.</param>
    /// <param name="account">The account, subscription or project identifier; optional.</param>
    /// <exception cref="ArgumentException"><paramref name="provider"/> or <paramref name="region"/> is blank.</exception>
    public DeploymentEnvironment(string provider, string region, string? account = null)
    {
        Provider = Guard.Text(provider, nameof(provider));
        Region = Guard.Text(region, nameof(region));
        Account = Guard.OptionalText(account);
    }

    /// <summary>Gets the hosting provider.</summary>
    public string Provider { get; }

    /// <summary>Gets the region.</summary>
    public string Region { get; }

    /// <summary>Gets the account, subscription or project identifier, if known.</summary>
    public string? Account { get; }

    /// <inheritdoc />
    public override string ToString() => Account is null ? $"{Provider}/{Region}" : $"{Provider}/{Region}/{Account}";
}
