using System.Collections.Immutable;
using System.Globalization;

namespace Aims.Risk;

/// <summary>
/// An ordered qualitative scale (likelihood or impact): levels 1..N with labels and, optionally, contiguous numeric
/// ranges such as "1–10 events/year" or "$100k–$1M".
/// </summary>
/// <remarks>Instances are immutable and safe to share between threads.</remarks>
public sealed class RiskScale
{
    /// <summary>Initializes a new instance of the <see cref="RiskScale"/> class.</summary>
    /// <param name="name">The scale name, for example <c>Likelihood</c>.</param>
    /// <param name="levels">The levels; values must be 1..N in order.</param>
    /// <param name="unit">The unit of the numeric ranges, for example <c>events/year</c> or <c>EUR</c>; optional.</param>
    /// <exception cref="ArgumentException">The scale is invalid; the message lists every problem (gaps, overlaps, order, duplicates).</exception>
    public RiskScale(string name, IEnumerable<ScaleLevel> levels, string? unit = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(levels);
        Name = name.Trim();
        Levels = [.. levels];
        Unit = string.IsNullOrWhiteSpace(unit) ? null : unit.Trim();
        var problems = Problems();
        if (problems.Count > 0)
        {
            throw new ArgumentException($"Invalid scale '{Name}': " + string.Join(" ", problems), nameof(levels));
        }
    }

    /// <summary>Gets the name.</summary>
    public string Name { get; }

    /// <summary>Gets the levels, lowest first.</summary>
    public ImmutableArray<ScaleLevel> Levels { get; }

    /// <summary>Gets the unit of the ranges, if any.</summary>
    public string? Unit { get; }

    /// <summary>Gets the number of levels.</summary>
    public int Count => Levels.Length;

    /// <summary>Gets a value indicating whether every level has a numeric range.</summary>
    public bool HasRanges => Levels.All(l => l.Lower is not null);

    /// <summary>Returns the level whose range contains a value; values below the first range map to level 1, above the last to level N.</summary>
    /// <param name="value">The value, for example events per year.</param>
    /// <returns>The level.</returns>
    /// <exception cref="InvalidOperationException">The scale has no numeric ranges.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> is not a number.</exception>
    public ScaleLevel LevelFor(double value)
    {
        if (!HasRanges)
        {
            throw new InvalidOperationException($"Scale '{Name}' has no numeric ranges.");
        }

        if (double.IsNaN(value))
        {
            throw new ArgumentException("The value must be a number.", nameof(value));
        }

        return Levels.FirstOrDefault(l => value >= l.Lower && value < l.Upper)
            ?? (value < Levels[0].Lower ? Levels[0] : Levels[^1]);
    }

    private List<string> Problems()
    {
        var problems = new List<string>();
        if (Levels.IsEmpty || Levels.Any(l => l is null))
        {
            problems.Add("It needs at least one level and no null levels.");
            return problems;
        }

        for (var i = 0; i < Levels.Length; i++)
        {
            if (Levels[i].Value != i + 1)
            {
                problems.Add($"Level {i + 1} has value {Levels[i].Value}; values must be 1..{Levels.Length} in order.");
            }
        }

        foreach (var duplicate in Levels.GroupBy(l => l.Label, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            problems.Add($"Label '{duplicate.Key}' is used more than once.");
        }

        var ranged = Levels.Count(l => l.Lower is not null);
        if (ranged != 0 && ranged != Levels.Length)
        {
            problems.Add("Either every level has a numeric range or none does.");
        }
        else if (ranged == Levels.Length)
        {
            for (var i = 0; i < Levels.Length; i++)
            {
                var (lo, hi) = (Levels[i].Lower!.Value, Levels[i].Upper!.Value);
                if (double.IsNaN(lo) || double.IsNaN(hi) || double.IsInfinity(lo) || (double.IsInfinity(hi) && i < Levels.Length - 1) || lo >= hi)
                {
                    problems.Add(Format($"Level {i + 1} has an empty or non-finite range [{lo}, {hi})."));
                }

                if (i > 0)
                {
                    var previousUpper = Levels[i - 1].Upper!.Value;
                    if (lo > previousUpper)
                    {
                        problems.Add(Format($"Gap between level {i} (up to {previousUpper}) and level {i + 1} (from {lo})."));
                    }
                    else if (lo < previousUpper)
                    {
                        problems.Add(Format($"Levels {i} and {i + 1} overlap ({previousUpper} > {lo})."));
                    }
                }
            }
        }

        return problems;
    }

    private static string Format(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
