using System.Collections.Immutable;

namespace Aims.Model;

/// <summary>
/// The competence the AIMS needs and the competence on record (ISO/IEC 42001 clause 7.2): what each role must be able
/// to do, and training, education, experience and certification records per person. <see cref="GapsAgainst"/> compares
/// them with the RACI matrix.
/// </summary>
/// <remarks>Instances are immutable and safe to share between threads. Roles and competences compare ordinally.</remarks>
public sealed class CompetenceRegister : IEquatable<CompetenceRegister>
{
    /// <summary>Initializes a new instance of the <see cref="CompetenceRegister"/> class.</summary>
    /// <param name="requirements">What each role needs.</param>
    /// <param name="records">What is on record.</param>
    /// <exception cref="ArgumentNullException">A list is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A list contains null.</exception>
    public CompetenceRegister(IEnumerable<CompetenceRequirement> requirements, IEnumerable<CompetenceRecord> records)
    {
        ArgumentNullException.ThrowIfNull(requirements);
        ArgumentNullException.ThrowIfNull(records);
        Requirements = Guard.List(requirements, nameof(requirements));
        Records = Guard.List(records, nameof(records));
    }

    /// <summary>Gets an empty register: nothing stated, nothing on record.</summary>
    public static CompetenceRegister Empty { get; } = new([], []);

    /// <summary>Gets what each role needs.</summary>
    public ImmutableArray<CompetenceRequirement> Requirements { get; }

    /// <summary>Gets what is on record.</summary>
    public ImmutableArray<CompetenceRecord> Records { get; }

    /// <summary>Gets whether nothing is stated and nothing is on record.</summary>
    public bool IsEmpty => Requirements.IsEmpty && Records.IsEmpty;

    /// <summary>
    /// Lists the gaps against a RACI matrix: every role that is responsible or accountable for an activity and has no
    /// competence stated; and every stated competence of such a role that nobody in the role has on record, or whose
    /// records have all lapsed by <paramref name="asOf"/>. Requirements of roles outside the RACI matrix are checked too.
    /// </summary>
    /// <param name="raci">The RACI matrix.</param>
    /// <param name="asOf">The day records must be current on; <see langword="null"/> ignores dates (any record counts).</param>
    /// <returns>The gaps, by role in matrix order, then requirement order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="raci"/> is <see langword="null"/>.</exception>
    public IReadOnlyList<CompetenceGap> GapsAgainst(RaciMatrix raci, DateOnly? asOf = null)
    {
        ArgumentNullException.ThrowIfNull(raci);
        var gaps = new List<CompetenceGap>();
        var roles = WorkingRoles(raci).Concat(Requirements.Select(r => r.Role)).Distinct(StringComparer.Ordinal);
        foreach (var role in roles)
        {
            var needed = Requirements.Where(r => string.Equals(r.Role, role, StringComparison.Ordinal)).Select(r => r.Competence).Distinct(StringComparer.Ordinal).ToList();
            if (needed.Count == 0)
            {
                var activities = raci.Assignments.Where(a => string.Equals(a.Role, role, StringComparison.Ordinal) && a.Code is RaciCode.Responsible or RaciCode.Accountable)
                    .Select(a => a.Activity).Distinct(StringComparer.Ordinal);
                gaps.Add(new(role, null, CompetenceGapKind.NotDefined,
                    $"Role '{role}' is responsible or accountable for {string.Join(", ", activities)} but no competence is stated for it; state what it needs (clause 7.2 a)."));
                continue;
            }

            foreach (var competence in needed)
            {
                var held = Records.Where(r => string.Equals(r.Role, role, StringComparison.Ordinal) && string.Equals(r.Competence, competence, StringComparison.Ordinal)).ToList();
                if (held.Count == 0)
                {
                    gaps.Add(new(role, competence, CompetenceGapKind.NoRecord,
                        $"Nobody in role '{role}' has a record of '{competence}'; train someone or record the education or experience that covers it (clause 7.2 b, d)."));
                }
                else if (asOf is { } day && !held.Any(r => r.IsCurrent(day)))
                {
                    var last = held.Where(r => r.ExpiresOn is not null).Max(r => r.ExpiresOn);
                    gaps.Add(new(role, competence, CompetenceGapKind.Expired, last is { } lapsed && lapsed < day
                        ? $"Every record of '{competence}' in role '{role}' has lapsed (the last on {lapsed:yyyy-MM-dd}); renew it."
                        : $"No record of '{competence}' in role '{role}' is current on {day:yyyy-MM-dd} (gained later); record one that is."));
                }
            }
        }

        return gaps;
    }

    private static IEnumerable<string> WorkingRoles(RaciMatrix raci) =>
        raci.Assignments.Where(a => a.Code is RaciCode.Responsible or RaciCode.Accountable).Select(a => a.Role);

    /// <summary>Returns whether <paramref name="other"/> has the same values: collections compare by sequence.</summary>
    /// <param name="other">The instance to compare with.</param>
    /// <returns><see langword="true"/> when every value is equal.</returns>
    public bool Equals(CompetenceRegister? other) =>
        ReferenceEquals(this, other)
        || (other is not null && ValueEquality.Sequence(Requirements, other.Requirements) && ValueEquality.Sequence(Records, other.Records));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as CompetenceRegister);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(ValueEquality.SequenceHash(Requirements), ValueEquality.SequenceHash(Records));

    /// <summary>Returns whether two instances have the same values.</summary>
    /// <param name="left">The first instance.</param>
    /// <param name="right">The second instance.</param>
    /// <returns><see langword="true"/> when both are <see langword="null"/> or equal.</returns>
    public static bool operator ==(CompetenceRegister? left, CompetenceRegister? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Returns whether two instances differ in any value.</summary>
    /// <param name="left">The first instance.</param>
    /// <param name="right">The second instance.</param>
    /// <returns><see langword="true"/> when they are not equal.</returns>
    public static bool operator !=(CompetenceRegister? left, CompetenceRegister? right) => !(left == right);
}
