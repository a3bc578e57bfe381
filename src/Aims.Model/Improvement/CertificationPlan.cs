using System.Collections.Immutable;

namespace Aims.Model;

/// <summary>The certification path: the certification body and the Stage 1, Stage 2, surveillance and recertification audits.</summary>
/// <remarks>Instances are immutable and safe to share between threads.</remarks>
public sealed class CertificationPlan : IEquatable<CertificationPlan>
{
    /// <summary>Initializes a new instance of the <see cref="CertificationPlan"/> class, without milestones.</summary>
    /// <param name="certificationBody">The accredited certification body.</param>
    /// <remarks>
    /// The milestones and the certificate expiry date are set through validated copies, <see cref="WithMilestones"/> and
    /// <see cref="WithCertificateExpiresOn"/>.
    /// </remarks>
    /// <exception cref="ArgumentException"><paramref name="certificationBody"/> is blank.</exception>
    public CertificationPlan(string certificationBody)
    {
        CertificationBody = Guard.Text(certificationBody, nameof(certificationBody));
        Milestones = [];
    }

    private CertificationPlan(CertificationPlan source)
    {
        CertificationBody = source.CertificationBody;
        Milestones = source.Milestones;
        CertificateExpiresOn = source.CertificateExpiresOn;
    }

    /// <summary>Gets the certification body.</summary>
    public string CertificationBody { get; }

    /// <summary>Gets the milestones.</summary>
    public ImmutableArray<CertificationMilestone> Milestones { get; private init; }

    /// <summary>Gets the certificate expiry date, once issued.</summary>
    public DateOnly? CertificateExpiresOn { get; private init; }

    /// <summary>Returns a copy with other milestones, in any order; problems of order are reported by workspace validation.</summary>
    /// <param name="milestones">The new value.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentException"><paramref name="milestones"/> contains null.</exception>
    public CertificationPlan WithMilestones(IEnumerable<CertificationMilestone> milestones) => new(this) { Milestones = Guard.List(milestones, nameof(milestones)) };

    /// <summary>Returns a copy with when the current certificate expires (<see langword="null"/>: not issued).</summary>
    /// <param name="certificateExpiresOn">The new value.</param>
    /// <returns>The copy.</returns>
    public CertificationPlan WithCertificateExpiresOn(DateOnly? certificateExpiresOn) => new(this) { CertificateExpiresOn = certificateExpiresOn };

    /// <summary>Gets a value indicating whether Stage 2 has been completed (the organization is certified or about to be).</summary>
    public bool IsCertified => Milestones.Any(m => m.Stage == CertificationStage.Stage2 && m.CompletedOn is not null);

    /// <summary>Returns the next milestone not yet completed, by planned date.</summary>
    /// <returns>The milestone, or <see langword="null"/> when all are completed.</returns>
    public CertificationMilestone? NextMilestone() =>
        Milestones.Where(m => m.CompletedOn is null).OrderBy(m => m.PlannedOn).FirstOrDefault();

    internal void Check(DiagnosticList diagnostics)
    {
        // Each stage must not come before the latest stage that has to precede it.
        for (var i = 0; i < Milestones.Length; i++)
        {
            var m = Milestones[i];
            var earlier = Milestones.Where(o => o.Stage < m.Stage && (m.Stage != CertificationStage.Recertification || o.Stage != CertificationStage.Surveillance))
                .Where(o => o.EffectiveDate > m.EffectiveDate).ToList();
            if (earlier.Count > 0)
            {
                diagnostics.Error(ModelDiagnosticCodes.CertificationOrder,
                    $"{Vocabulary.Word(m.Stage)} on {m.EffectiveDate:yyyy-MM-dd} comes before {Vocabulary.Word(earlier[0].Stage)} on {earlier[0].EffectiveDate:yyyy-MM-dd}.",
                    "milestones", i, "plannedOn");
            }
        }
    }

    /// <summary>Returns whether <paramref name="other"/> has the same values: strings compare ordinally, collections by sequence.</summary>
    /// <param name="other">The instance to compare with.</param>
    /// <returns><see langword="true"/> when every value is equal.</returns>
    public bool Equals(CertificationPlan? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && ValueEquality.Text(CertificationBody, other.CertificationBody)
            && ValueEquality.Sequence(Milestones, other.Milestones)
            && EqualityComparer<DateOnly?>.Default.Equals(CertificateExpiresOn, other.CertificateExpiresOn));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as CertificationPlan);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(CertificationBody, StringComparer.Ordinal);
        hash.Add(ValueEquality.SequenceHash(Milestones));
        hash.Add(CertificateExpiresOn);
        return hash.ToHashCode();
    }

    /// <summary>Returns whether two instances have the same values.</summary>
    /// <param name="left">The first instance.</param>
    /// <param name="right">The second instance.</param>
    /// <returns><see langword="true"/> when both are <see langword="null"/> or equal.</returns>
    public static bool operator ==(CertificationPlan? left, CertificationPlan? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Returns whether two instances differ in any value.</summary>
    /// <param name="left">The first instance.</param>
    /// <param name="right">The second instance.</param>
    /// <returns><see langword="true"/> when they are not equal.</returns>
    public static bool operator !=(CertificationPlan? left, CertificationPlan? right) => !(left == right);
}
