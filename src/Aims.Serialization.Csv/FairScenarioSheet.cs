using System.Collections.Immutable;
using System.Globalization;
using Aims.Risk;

namespace Aims.Serialization.Csv;

/// <summary>
/// FAIR scenarios read from a spreadsheet (<see cref="AimsCsv.ReadFairScenarioSheet"/>), each with the row it was read
/// from, so that a simulation's diagnostics can be reported where the user wrote the value: the engine says
/// <c>/scenarios/1/lossEventFrequency</c>, the spreadsheet <c>/rows/4/LossEventFrequency</c>.
/// </summary>
/// <remarks>Immutable; safe to share between threads. Equal when the scenarios and rows are equal, in order.</remarks>
public sealed class FairScenarioSheet : IEquatable<FairScenarioSheet>
{
    /// <summary>Initializes a new instance of the <see cref="FairScenarioSheet"/> class.</summary>
    /// <param name="scenarios">The scenarios, in row order.</param>
    /// <param name="rows">The spreadsheet row of each scenario (the header is row 1), as many as scenarios.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A scenario is <see langword="null"/>, the counts differ, or a row is below 2.</exception>
    public FairScenarioSheet(IEnumerable<FairScenario> scenarios, IEnumerable<int> rows)
    {
        ArgumentNullException.ThrowIfNull(scenarios);
        ArgumentNullException.ThrowIfNull(rows);
        ImmutableArray<FairScenario> s = [.. scenarios];
        ImmutableArray<int> r = [.. rows];
        if (s.Any(x => x is null))
        {
            throw new ArgumentException("A scenario is null.", nameof(scenarios));
        }

        if (r.Length != s.Length)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Give one row per scenario ({s.Length} scenarios, {r.Length} rows)."), nameof(rows));
        }

        if (r.Any(x => x < 2))
        {
            throw new ArgumentException("A row is below 2: row 1 is the header.", nameof(rows));
        }

        (Scenarios, Rows) = (s, r);
    }

    /// <summary>Gets the scenarios, in row order.</summary>
    public ImmutableArray<FairScenario> Scenarios { get; }

    /// <summary>Gets the spreadsheet row of each scenario: <c>Rows[k]</c> is the row of <c>Scenarios[k]</c> (the header is row 1).</summary>
    public ImmutableArray<int> Rows { get; }

    /// <summary>
    /// Returns <paramref name="diagnostic"/> at the spreadsheet's path when it points into one of <see cref="Scenarios"/>
    /// as <see cref="FairSimulator.RunPortfolio"/> and <see cref="FairSimulator.RunChunks"/> report it
    /// (<c>/scenarios/{k}/…</c>): <c>/rows/{row}/{Column}</c> for a value in a column (<c>/primaryLossByForm/response</c>
    /// → <c>PrimaryLoss.Response</c>), else <c>/rows/{row}</c>. Any other path (the whole run <c>""</c>, a control) is
    /// returned unchanged.
    /// </summary>
    /// <param name="diagnostic">A diagnostic of a run over <see cref="Scenarios"/>.</param>
    /// <returns>The diagnostic with the spreadsheet's path.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="diagnostic"/> is <see langword="null"/>.</exception>
    public AimsDiagnostic Locate(AimsDiagnostic diagnostic)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        const string Prefix = "/scenarios/";
        var path = diagnostic.Path;
        if (!path.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return diagnostic;
        }

        var end = path.IndexOf('/', Prefix.Length);
        var digits = end < 0 ? path[Prefix.Length..] : path[Prefix.Length..end];
        return digits.Length > 0 && digits.All(char.IsAsciiDigit) && int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var k) && k < Scenarios.Length
            ? Locate(diagnostic, k, end < 0 ? "" : path[end..])
            : diagnostic;
    }

    /// <summary>
    /// Returns <paramref name="diagnostic"/>, whose path is relative to scenario <paramref name="index"/> (as
    /// <see cref="FairSimulator.Run"/> reports it: <c>/lossEventFrequency</c>, <c>""</c>), at the spreadsheet's path
    /// <c>/rows/{row}/{Column}</c>, or <c>/rows/{row}</c> when no column holds it.
    /// </summary>
    /// <param name="diagnostic">A diagnostic of a run of <c>Scenarios[index]</c>.</param>
    /// <param name="index">The scenario's index in <see cref="Scenarios"/>.</param>
    /// <returns>The diagnostic with the spreadsheet's path.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="diagnostic"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is not an index of <see cref="Scenarios"/>.</exception>
    public AimsDiagnostic Locate(AimsDiagnostic diagnostic, int index)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Scenarios.Length);
        return Locate(diagnostic, index, diagnostic.Path);
    }

    /// <inheritdoc/>
    public bool Equals(FairScenarioSheet? other) =>
        other is not null && (ReferenceEquals(this, other) || (Rows.SequenceEqual(other.Rows) && Scenarios.SequenceEqual(other.Scenarios)));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as FairScenarioSheet);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Scenarios.Length);
        foreach (var row in Rows)
        {
            hash.Add(row);
        }

        return hash.ToHashCode();
    }

    /// <summary>Determines whether two sheets are equal.</summary>
    /// <param name="left">The first sheet.</param>
    /// <param name="right">The second sheet.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(FairScenarioSheet? left, FairScenarioSheet? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Determines whether two sheets differ.</summary>
    /// <param name="left">The first sheet.</param>
    /// <param name="right">The second sheet.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(FairScenarioSheet? left, FairScenarioSheet? right) => !(left == right);

    private AimsDiagnostic Locate(AimsDiagnostic diagnostic, int index, string relative) =>
        new(diagnostic.Code, CsvRow.PathOf(Rows[index], relative.Length == 0 ? null : FairEstimateCell.Column(relative)), diagnostic.Message, diagnostic.Severity);
}
