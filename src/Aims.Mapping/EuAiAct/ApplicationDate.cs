namespace Aims.Mapping;

/// <summary>When a part of the EU AI Act applies, with its source; amendments are separate rows naming the amending act.</summary>
/// <param name="Provision">The provision, for example <c>Art.113(a)</c>, or <c>Amend.…</c> for a reported amendment.</param>
/// <param name="Description">What applies, in our words.</param>
/// <param name="AppliesFrom">The date from which it applies.</param>
/// <param name="Source">Where the date comes from.</param>
/// <param name="AmendedBy">The amending act, for amendment rows.</param>
/// <param name="IsVerified">Whether the date was checked against the Official Journal text.</param>
public readonly record struct ApplicationDate(string Provision, string Description, DateOnly AppliesFrom, string Source, string? AmendedBy, bool IsVerified);
