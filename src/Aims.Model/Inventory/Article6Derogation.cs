namespace Aims.Model;

/// <summary>
/// A provider's claim that an Annex III system is not high-risk under EU AI Act Art. 6(3): the condition relied on,
/// the reasoning, the documented assessment the provider must draw up before placing the system on the market
/// (Art. 6(4)) and the date it registered the system in the EU database (Art. 49(2)).
/// </summary>
/// <remarks>
/// Instances are immutable and safe to share between threads. A system that profiles natural persons is always
/// high-risk: the claim cannot be made for it (<see cref="AiSystem.ProfilesNaturalPersons"/>). <see cref="AimsWorkspace.Validate"/>
/// reports a claim without its assessment (AIMS1021), a claim the system's classification contradicts (AIMS1022),
/// a provider's claim without its registration (AIMS1025), a claim for a system that profiles natural persons
/// (AIMS1026) and one whose system does not record whether it does (AIMS1027).
/// </remarks>
public sealed class Article6Derogation : IEquatable<Article6Derogation>
{
    /// <summary>Initializes a new instance of the <see cref="Article6Derogation"/> class with what the claim says.</summary>
    /// <param name="condition">The Art. 6(3) condition relied on.</param>
    /// <param name="reasoning">Why the system poses no significant risk of harm to health, safety or fundamental rights.</param>
    /// <remarks>The documented assessment and the registration date are set through validated copies, <see cref="WithAssessment"/> and <see cref="WithRegisteredOn"/>.</remarks>
    /// <exception cref="ArgumentException"><paramref name="reasoning"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="condition"/> is not a defined value.</exception>
    public Article6Derogation(Article6Condition condition, string reasoning)
    {
        Condition = Guard.Defined(condition, nameof(condition));
        Reasoning = Guard.Text(reasoning, nameof(reasoning));
    }

    private Article6Derogation(Article6Derogation source)
    {
        Condition = source.Condition;
        Reasoning = source.Reasoning;
        Assessment = source.Assessment;
        RegisteredOn = source.RegisteredOn;
    }

    /// <summary>Gets the Art. 6(3) condition relied on.</summary>
    public Article6Condition Condition { get; }

    /// <summary>Gets why the system poses no significant risk of harm.</summary>
    public string Reasoning { get; }

    /// <summary>Gets the documented assessment (Art. 6(4)), if recorded.</summary>
    public EvidenceReference? Assessment { get; private init; }

    /// <summary>Gets the date the provider registered the system in the EU database (Art. 49(2)), if it has.</summary>
    public DateOnly? RegisteredOn { get; private init; }

    /// <summary>Returns a copy with the documented assessment (<see langword="null"/> clears it).</summary>
    /// <param name="assessment">The new value.</param>
    /// <returns>The copy.</returns>
    public Article6Derogation WithAssessment(EvidenceReference? assessment) => new(this) { Assessment = assessment };

    /// <summary>Returns a copy with the date of the EU database registration (<see langword="null"/>: not registered).</summary>
    /// <param name="registeredOn">The new value.</param>
    /// <returns>The copy.</returns>
    public Article6Derogation WithRegisteredOn(DateOnly? registeredOn) => new(this) { RegisteredOn = registeredOn };

    /// <summary>Returns whether <paramref name="other"/> has the same values: strings compare ordinally.</summary>
    /// <param name="other">The instance to compare with.</param>
    /// <returns><see langword="true"/> when every value is equal.</returns>
    public bool Equals(Article6Derogation? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && Condition == other.Condition
            && ValueEquality.Text(Reasoning, other.Reasoning)
            && Assessment == other.Assessment
            && RegisteredOn == other.RegisteredOn);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Article6Derogation);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Condition, StringComparer.Ordinal.GetHashCode(Reasoning), Assessment, RegisteredOn);

    /// <summary>Returns whether two instances have the same values.</summary>
    /// <param name="left">The first instance.</param>
    /// <param name="right">The second instance.</param>
    /// <returns><see langword="true"/> when both are <see langword="null"/> or equal.</returns>
    public static bool operator ==(Article6Derogation? left, Article6Derogation? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Returns whether two instances differ in any value.</summary>
    /// <param name="left">The first instance.</param>
    /// <param name="right">The second instance.</param>
    /// <returns><see langword="true"/> when they are not equal.</returns>
    public static bool operator !=(Article6Derogation? left, Article6Derogation? right) => !(left == right);
}
