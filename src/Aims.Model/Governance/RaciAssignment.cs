namespace Aims.Model;

/// <summary>One cell of a RACI matrix: an activity, a role and the role's part in it.</summary>
/// <remarks>Instances are immutable and safe to share between threads.</remarks>
public sealed class RaciAssignment : IEquatable<RaciAssignment>
{
    /// <summary>Initializes a new instance of the <see cref="RaciAssignment"/> class.</summary>
    /// <param name="activity">The activity, for example <c>AI risk assessment</c>.</param>
    /// <param name="role">The role, for example <c>CISO</c>.</param>
    /// <param name="code">The role's part.</param>
    /// <exception cref="ArgumentException"><paramref name="activity"/> or <paramref name="role"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="code"/> is not a defined value.</exception>
    public RaciAssignment(string activity, string role, RaciCode code)
    {
        Activity = Guard.Text(activity, nameof(activity));
        Role = Guard.Text(role, nameof(role));
        Code = Guard.Defined(code, nameof(code));
    }

    /// <summary>Gets the activity.</summary>
    public string Activity { get; }

    /// <summary>Gets the role.</summary>
    public string Role { get; }

    /// <summary>Gets the role's part.</summary>
    public RaciCode Code { get; }

    /// <summary>Returns whether <paramref name="other"/> has the same values: strings compare ordinally, collections by sequence.</summary>
    /// <param name="other">The instance to compare with.</param>
    /// <returns><see langword="true"/> when every value is equal.</returns>
    public bool Equals(RaciAssignment? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && ValueEquality.Text(Activity, other.Activity)
            && ValueEquality.Text(Role, other.Role)
            && EqualityComparer<RaciCode>.Default.Equals(Code, other.Code));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as RaciAssignment);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Activity, StringComparer.Ordinal);
        hash.Add(Role, StringComparer.Ordinal);
        hash.Add(Code);
        return hash.ToHashCode();
    }

    /// <summary>Returns whether two instances have the same values.</summary>
    /// <param name="left">The first instance.</param>
    /// <param name="right">The second instance.</param>
    /// <returns><see langword="true"/> when both are <see langword="null"/> or equal.</returns>
    public static bool operator ==(RaciAssignment? left, RaciAssignment? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Returns whether two instances differ in any value.</summary>
    /// <param name="left">The first instance.</param>
    /// <param name="right">The second instance.</param>
    /// <returns><see langword="true"/> when they are not equal.</returns>
    public static bool operator !=(RaciAssignment? left, RaciAssignment? right) => !(left == right);
}
