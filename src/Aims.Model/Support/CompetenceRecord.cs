using System.Globalization;

namespace Aims.Model;

/// <summary>
/// Documented evidence that a person in a role has a competence (ISO/IEC 42001 clause 7.2 d): a training completed, a
/// qualification, or experience, with when it was gained and when it lapses.
/// </summary>
/// <remarks>Instances are immutable and safe to share between threads.</remarks>
public sealed class CompetenceRecord : IEquatable<CompetenceRecord>
{
    /// <summary>Initializes a new instance of the <see cref="CompetenceRecord"/> class.</summary>
    /// <param name="person">Who (a name or an identity the organisation uses).</param>
    /// <param name="role">The role the person holds, as named in the RACI matrix.</param>
    /// <param name="competence">The competence, named as in <see cref="CompetenceRequirement.Competence"/>.</param>
    /// <param name="basis">Education, training, experience or certification.</param>
    /// <param name="achievedOn">When it was gained.</param>
    /// <param name="expiresOn">When it lapses (for example a certification or a yearly refresher); on or after <paramref name="achievedOn"/>.</param>
    /// <param name="evidence">Where the proof is (a certificate, an LMS record); optional.</param>
    /// <exception cref="ArgumentException"><paramref name="person"/>, <paramref name="role"/> or <paramref name="competence"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="basis"/> is undefined, or <paramref name="expiresOn"/> is before <paramref name="achievedOn"/>.</exception>
    public CompetenceRecord(string person, string role, string competence, CompetenceBasis basis, DateOnly achievedOn, DateOnly? expiresOn = null, string? evidence = null)
    {
        Person = Guard.Text(person, nameof(person));
        Role = Guard.Text(role, nameof(role));
        Competence = Guard.Text(competence, nameof(competence));
        Basis = Guard.Defined(basis, nameof(basis));
        if (expiresOn is { } expires && expires < achievedOn)
        {
            throw new ArgumentOutOfRangeException(nameof(expiresOn), expires, "A competence cannot expire before it was gained.");
        }

        AchievedOn = achievedOn;
        ExpiresOn = expiresOn;
        Evidence = Guard.OptionalText(evidence);
    }

    /// <summary>Gets who.</summary>
    public string Person { get; }

    /// <summary>Gets the role the person holds.</summary>
    public string Role { get; }

    /// <summary>Gets the competence.</summary>
    public string Competence { get; }

    /// <summary>Gets the basis.</summary>
    public CompetenceBasis Basis { get; }

    /// <summary>Gets when it was gained.</summary>
    public DateOnly AchievedOn { get; }

    /// <summary>Gets when it lapses; <see langword="null"/> when it does not.</summary>
    public DateOnly? ExpiresOn { get; }

    /// <summary>Gets where the proof is.</summary>
    public string? Evidence { get; }

    /// <summary>Returns whether the record counts on a day: gained on or before it and not yet lapsed.</summary>
    /// <param name="asOf">The day.</param>
    /// <returns><see langword="true"/> when <see cref="AchievedOn"/> ≤ <paramref name="asOf"/> and <see cref="ExpiresOn"/> is absent or on or after it.</returns>
    public bool IsCurrent(DateOnly asOf) => AchievedOn <= asOf && (ExpiresOn is not { } expires || expires >= asOf);

    /// <summary>Returns whether <paramref name="other"/> has the same values (strings compare ordinally).</summary>
    /// <param name="other">The instance to compare with.</param>
    /// <returns><see langword="true"/> when every value is equal.</returns>
    public bool Equals(CompetenceRecord? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && ValueEquality.Text(Person, other.Person)
            && ValueEquality.Text(Role, other.Role)
            && ValueEquality.Text(Competence, other.Competence)
            && Basis == other.Basis
            && AchievedOn == other.AchievedOn
            && ExpiresOn == other.ExpiresOn
            && ValueEquality.Text(Evidence, other.Evidence));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as CompetenceRecord);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Person), StringComparer.Ordinal.GetHashCode(Role), StringComparer.Ordinal.GetHashCode(Competence), Basis, AchievedOn, ExpiresOn);

    /// <summary>Returns whether two instances have the same values.</summary>
    /// <param name="left">The first instance.</param>
    /// <param name="right">The second instance.</param>
    /// <returns><see langword="true"/> when both are <see langword="null"/> or equal.</returns>
    public static bool operator ==(CompetenceRecord? left, CompetenceRecord? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Returns whether two instances differ in any value.</summary>
    /// <param name="left">The first instance.</param>
    /// <param name="right">The second instance.</param>
    /// <returns><see langword="true"/> when they are not equal.</returns>
    public static bool operator !=(CompetenceRecord? left, CompetenceRecord? right) => !(left == right);

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Person} ({Role}): {Competence}, {Vocabulary.Word(Basis)} {AchievedOn:yyyy-MM-dd}{(ExpiresOn is { } e ? $" until {e:yyyy-MM-dd}" : "")}");
}
