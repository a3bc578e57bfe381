using System.Collections.Immutable;
using Aims.Mapping;
using Aims.Model;

namespace Aims.Reporting;

/// <summary>
/// One system's EU AI Act classification, as its inventory entry records it, and the obligations that follow from it
/// (<see cref="AiActProfile.For"/>, <see cref="EuAiActObligations.For(AiActProfile)"/>) with the date each applies
/// from, split at the report date.
/// </summary>
/// <remarks>Instances are immutable and safe to share between threads.</remarks>
public sealed class SystemAiActObligations
{
    internal SystemAiActObligations(AiSystem system, DateOnly asOf)
    {
        System = system;
        AsOf = asOf;
        Obligations = AiActProfile.For(system) is { } profile ? EuAiActObligations.For(profile) : [];
        Applicable = [.. Obligations.Where(o => o.AppliesOn(asOf))];
        Upcoming = [.. Obligations.Where(o => !o.AppliesOn(asOf))];
    }

    /// <summary>Gets the system, with its category, operator roles, Annex III area, flags and derogation claim.</summary>
    public AiSystem System { get; }

    /// <summary>Gets the report date that splits <see cref="Applicable"/> from <see cref="Upcoming"/>.</summary>
    public DateOnly AsOf { get; }

    /// <summary>Gets every obligation of the system, prohibitions first, then in article order; empty when the system records no operator role.</summary>
    public ImmutableArray<AiActObligation> Obligations { get; }

    /// <summary>Gets the obligations that apply on <see cref="AsOf"/>.</summary>
    public ImmutableArray<AiActObligation> Applicable { get; }

    /// <summary>Gets the obligations that apply only from a later date, by the application timeline in force.</summary>
    public ImmutableArray<AiActObligation> Upcoming { get; }
}
