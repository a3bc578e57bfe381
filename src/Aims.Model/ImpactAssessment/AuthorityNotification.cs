namespace Aims.Model;

/// <summary>The record that a deployer notified the market surveillance authority of the results of its fundamental rights impact assessment (EU AI Act Art. 27(3)).</summary>
/// <remarks>Instances are immutable and safe to share between threads.</remarks>
public sealed class AuthorityNotification : IEquatable<AuthorityNotification>
{
    /// <summary>Initializes a new instance of the <see cref="AuthorityNotification"/> class.</summary>
    /// <param name="authority">The authority, for example <c>Bank of Lithuania (market surveillance)</c>.</param>
    /// <param name="notifiedOn">The day of the notification.</param>
    /// <param name="reference">A reference, or <see langword="null"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="authority"/> is blank.</exception>
    public AuthorityNotification(string authority, DateOnly notifiedOn, string? reference = null)
    {
        Authority = Guard.Text(authority, nameof(authority));
        NotifiedOn = notifiedOn;
        Reference = Guard.OptionalText(reference);
    }

    /// <summary>Gets the authority notified.</summary>
    public string Authority { get; }

    /// <summary>Gets the day of the notification.</summary>
    public DateOnly NotifiedOn { get; }

    /// <summary>Gets the authority's or our reference (for example the template submission id), if any.</summary>
    public string? Reference { get; }

    /// <summary>Returns whether <paramref name="other"/> has the same values (strings compare ordinally).</summary>
    /// <param name="other">The instance to compare with.</param>
    /// <returns><see langword="true"/> when every value is equal.</returns>
    public bool Equals(AuthorityNotification? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && ValueEquality.Text(Authority, other.Authority)
            && NotifiedOn == other.NotifiedOn
            && ValueEquality.Text(Reference, other.Reference));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as AuthorityNotification);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Authority, StringComparer.Ordinal);
        hash.Add(NotifiedOn);
        hash.Add(Reference, StringComparer.Ordinal);
        return hash.ToHashCode();
    }

    /// <summary>Returns whether two instances have the same values.</summary>
    /// <param name="left">The first instance.</param>
    /// <param name="right">The second instance.</param>
    /// <returns><see langword="true"/> when both are <see langword="null"/> or equal.</returns>
    public static bool operator ==(AuthorityNotification? left, AuthorityNotification? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Returns whether two instances differ in any value.</summary>
    /// <param name="left">The first instance.</param>
    /// <param name="right">The second instance.</param>
    /// <returns><see langword="true"/> when they are not equal.</returns>
    public static bool operator !=(AuthorityNotification? left, AuthorityNotification? right) => !(left == right);

    /// <inheritdoc />
    public override string ToString() => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Authority} on {NotifiedOn:yyyy-MM-dd}");
}
