namespace Aims.Model;

/// <summary>One cell of a RACI matrix: an activity, a role and the role's part in it.</summary>
/// <remarks>Instances are immutable and safe to share between threads.</remarks>
public sealed class RaciAssignment
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
}
