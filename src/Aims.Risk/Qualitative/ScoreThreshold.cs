namespace Aims.Risk;

/// <summary>A band that starts at a score (likelihood × impact): scores from <paramref name="MinScore"/> up to the next threshold get <paramref name="Band"/>.</summary>
/// <param name="MinScore">The lowest score in the band.</param>
/// <param name="Band">The band.</param>
public readonly record struct ScoreThreshold(int MinScore, RiskBand Band);
