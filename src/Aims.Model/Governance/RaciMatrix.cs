using System.Collections.Immutable;

namespace Aims.Model;

/// <summary>
/// A RACI matrix (activity × role → R/A/C/I) for the AIMS (clause 5.3, Annex A.3.2). Valid when every activity has
/// exactly one Accountable and at least one Responsible role.
/// </summary>
/// <remarks>Instances are immutable and safe to share between threads. Roles and activities compare ordinally.</remarks>
public sealed class RaciMatrix : IEquatable<RaciMatrix>
{
    /// <summary>Initializes a new instance of the <see cref="RaciMatrix"/> class.</summary>
    /// <param name="assignments">The cells; problems are reported by <see cref="Validate"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="assignments"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The list contains null.</exception>
    public RaciMatrix(IEnumerable<RaciAssignment> assignments)
    {
        ArgumentNullException.ThrowIfNull(assignments);
        Assignments = Guard.List(assignments, nameof(assignments));
        Activities = [.. Assignments.Select(a => a.Activity).Distinct(StringComparer.Ordinal)];
        Roles = [.. Assignments.Select(a => a.Role).Distinct(StringComparer.Ordinal)];
    }

    /// <summary>Gets an empty matrix.</summary>
    public static RaciMatrix Empty { get; } = new([]);

    /// <summary>Gets the cells.</summary>
    public ImmutableArray<RaciAssignment> Assignments { get; }

    /// <summary>Gets the activities, in first-seen order.</summary>
    public ImmutableArray<string> Activities { get; }

    /// <summary>Gets the roles, in first-seen order.</summary>
    public ImmutableArray<string> Roles { get; }

    /// <summary>Returns whether a role appears in the matrix.</summary>
    /// <param name="role">The role.</param>
    /// <returns><see langword="true"/> when the role has at least one assignment.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="role"/> is <see langword="null"/>.</exception>
    public bool HasRole(string role)
    {
        ArgumentNullException.ThrowIfNull(role);
        return Roles.Contains(role.Trim(), StringComparer.Ordinal);
    }

    /// <summary>Returns the roles with a given part in an activity.</summary>
    /// <param name="activity">The activity.</param>
    /// <param name="code">The part.</param>
    /// <returns>The roles, in matrix order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="activity"/> is <see langword="null"/>.</exception>
    public IReadOnlyList<string> RolesFor(string activity, RaciCode code)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return [.. Assignments.Where(a => a.Code == code && string.Equals(a.Activity, activity, StringComparison.Ordinal)).Select(a => a.Role)];
    }

    /// <summary>
    /// Checks that every activity has exactly one Accountable and at least one Responsible role, and that no role is
    /// assigned twice to the same activity. Never throws for bad content.
    /// </summary>
    /// <returns>This matrix with every problem; paths point into <c>/assignments</c>.</returns>
    public AimsResult<RaciMatrix> Validate()
    {
        var diagnostics = new DiagnosticList();
        Check(diagnostics);
        return AimsResult.From(this, diagnostics.Items);
    }

    internal void Check(DiagnosticList diagnostics)
    {
        var seen = new HashSet<(string, string)>();
        for (var i = 0; i < Assignments.Length; i++)
        {
            if (!seen.Add((Assignments[i].Activity, Assignments[i].Role)))
            {
                diagnostics.Error(ModelDiagnosticCodes.RaciDuplicateAssignment,
                    $"Role '{Assignments[i].Role}' is assigned more than once to '{Assignments[i].Activity}'.", "assignments", i, "role");
            }
        }

        foreach (var activity in Activities)
        {
            var first = Assignments.IndexOf(Assignments.First(a => string.Equals(a.Activity, activity, StringComparison.Ordinal)));
            var accountable = RolesFor(activity, RaciCode.Accountable);
            if (accountable.Count == 0)
            {
                diagnostics.Error(ModelDiagnosticCodes.RaciNoAccountable, $"Activity '{activity}' has no Accountable role.", "assignments", first, "activity");
            }
            else if (accountable.Count > 1)
            {
                diagnostics.Error(ModelDiagnosticCodes.RaciSeveralAccountable,
                    $"Activity '{activity}' has {accountable.Count} Accountable roles ({string.Join(", ", accountable)}); exactly one is allowed.",
                    "assignments", first, "activity");
            }

            if (RolesFor(activity, RaciCode.Responsible).Count == 0)
            {
                diagnostics.Error(ModelDiagnosticCodes.RaciNoResponsible, $"Activity '{activity}' has no Responsible role.", "assignments", first, "activity");
            }
        }
    }

    /// <summary>Returns whether <paramref name="other"/> has the same values: strings compare ordinally, collections by sequence.</summary>
    /// <param name="other">The instance to compare with.</param>
    /// <returns><see langword="true"/> when every value is equal.</returns>
    public bool Equals(RaciMatrix? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && ValueEquality.Sequence(Assignments, other.Assignments));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as RaciMatrix);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(ValueEquality.SequenceHash(Assignments));
        return hash.ToHashCode();
    }

    /// <summary>Returns whether two instances have the same values.</summary>
    /// <param name="left">The first instance.</param>
    /// <param name="right">The second instance.</param>
    /// <returns><see langword="true"/> when both are <see langword="null"/> or equal.</returns>
    public static bool operator ==(RaciMatrix? left, RaciMatrix? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Returns whether two instances differ in any value.</summary>
    /// <param name="left">The first instance.</param>
    /// <param name="right">The second instance.</param>
    /// <returns><see langword="true"/> when they are not equal.</returns>
    public static bool operator !=(RaciMatrix? left, RaciMatrix? right) => !(left == right);
}
