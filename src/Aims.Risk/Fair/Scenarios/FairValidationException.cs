using System.Collections.Immutable;

namespace Aims.Risk;

/// <summary>Thrown when a FAIR scenario or portfolio is invalid; lists every problem with its path in the tree.</summary>
public sealed class FairValidationException : ArgumentException
{
    /// <summary>Initializes a new instance of the <see cref="FairValidationException"/> class.</summary>
    /// <param name="problems">The problems; at least one.</param>
    /// <param name="paramName">The argument that holds them.</param>
    /// <exception cref="ArgumentNullException"><paramref name="problems"/> is <see langword="null"/>.</exception>
    public FairValidationException(IEnumerable<FairProblem> problems, string? paramName = null)
        : this([.. problems ?? throw new ArgumentNullException(nameof(problems))], paramName)
    {
    }

    private FairValidationException(ImmutableArray<FairProblem> problems, string? paramName)
        : base($"Invalid FAIR input ({problems.Length} problem(s)): " + string.Join("; ", problems), paramName)
    {
        Problems = problems;
    }

    /// <summary>Gets every problem found.</summary>
    public ImmutableArray<FairProblem> Problems { get; }
}
