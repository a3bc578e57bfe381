using System.Globalization;
using Aims.Risk.Internal;

namespace Aims.Risk;

/// <summary>
/// A materiality threshold check of a loss scenario whose magnitude is broken into cost modules (the FAIR-MAM way):
/// the probability that one loss event, or a year's events, reach the threshold, and which modules drive it.
/// </summary>
/// <remarks>
/// <para>A loss event's cost is the sum of independent draws of its modules. Events are simulated on their own to
/// measure the per-event figures, and as years — a count of events per year drawn from the loss event frequency,
/// Poisson or negative binomial with <c>eventCountDispersion</c> — for the annual ones. The same seed gives the same
/// result.</para>
/// <para>FAIR-MAM (FAIR Institute, 2023) breaks loss magnitude into ten cost modules; its full taxonomy is published
/// to FAIR Institute members, so Aims ships no list: name the modules as your cost model does.</para>
/// </remarks>
public static class MaterialityAnalysis
{
    /// <summary>The most cost modules one analysis accepts.</summary>
    public const int MaxModules = 64;

    /// <summary>Checks a materiality threshold against a scenario's loss event frequency and cost modules.</summary>
    /// <param name="lossEventFrequency">The loss events a year.</param>
    /// <param name="modules">The cost modules of one loss event; 1 to <see cref="MaxModules"/>, unique names.</param>
    /// <param name="threshold">The materiality threshold, a positive amount in the modules' currency.</param>
    /// <param name="options">
    /// Trials (events simulated, and years simulated), seed and <see cref="FairSimulationOptions.MaxEventsPerTrial"/> are
    /// used; defaults when <see langword="null"/>.
    /// </param>
    /// <param name="eventCountDispersion">The negative binomial shape of the yearly event count (<see cref="FairScenario.EventCountDispersion"/>); <see langword="null"/> for Poisson.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <returns>
    /// The result; or a failure listing every problem with its path: an invalid estimate (<c>/lossEventFrequency</c>,
    /// <c>/costModules/2/perEvent</c>), a duplicate module name (AIMS5002), no module (AIMS5003), a threshold that is
    /// not a positive number or a dispersion out of range (AIMS5006), a frequency over the events limit (AIMS5012).
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="lossEventFrequency"/> or <paramref name="modules"/> is <see langword="null"/>, or holds a <see langword="null"/> module.</exception>
    /// <exception cref="ArgumentException">The options are invalid.</exception>
    /// <exception cref="OperationCanceledException">The run was cancelled.</exception>
    public static AimsResult<MaterialityResult> Analyze(
        Estimate lossEventFrequency, IReadOnlyList<CostModule> modules, double threshold, FairSimulationOptions? options = null,
        double? eventCountDispersion = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(lossEventFrequency);
        ArgumentNullException.ThrowIfNull(modules);
        if (modules.Any(m => m is null))
        {
            throw new ArgumentNullException(nameof(modules), "A cost module is null.");
        }

        options ??= new FairSimulationOptions();
        options.ThrowIfInvalid();

        var problems = new List<AimsDiagnostic>(lossEventFrequency.Validate("/lossEventFrequency", isNonNegative: true));
        if (modules.Count == 0 || modules.Count > MaxModules)
        {
            problems.Add(new AimsDiagnostic(modules.Count == 0 ? RiskDiagnosticCodes.MissingEstimate : RiskDiagnosticCodes.OutOfRange, "/costModules",
                string.Create(CultureInfo.InvariantCulture, $"Give 1 to {MaxModules} cost modules; got {modules.Count}.")));
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < modules.Count; i++)
        {
            var path = string.Create(CultureInfo.InvariantCulture, $"/costModules/{i}");
            problems.AddRange(modules[i].PerEvent.Validate(path + "/perEvent", isNonNegative: true));
            if (!seen.Add(modules[i].Name))
            {
                problems.Add(new AimsDiagnostic(RiskDiagnosticCodes.ConflictingEstimates, path + "/name", $"Cost module '{modules[i].Name}' is given twice."));
            }
        }

        if (!(threshold > 0 && threshold <= Estimate.MaxMagnitude))
        {
            problems.Add(new AimsDiagnostic(RiskDiagnosticCodes.OutOfRange, "/materialityThreshold",
                string.Create(CultureInfo.InvariantCulture, $"The materiality threshold must be a positive amount up to {Estimate.MaxMagnitude:0e0}; got {threshold}.")));
        }

        if (eventCountDispersion is { } k && !(k is >= FairScenario.MinEventCountDispersion and <= FairScenario.MaxEventCountDispersion))
        {
            problems.Add(new AimsDiagnostic(RiskDiagnosticCodes.OutOfRange, "/eventCountDispersion",
                string.Create(CultureInfo.InvariantCulture, $"The event count dispersion must be {FairScenario.MinEventCountDispersion}..{FairScenario.MaxEventCountDispersion:0e0}; got {k}.")));
        }

        if (problems.Count > 0)
        {
            return AimsResult.Failure<MaterialityResult>(problems);
        }

        return MaterialitySimulation.Run(lossEventFrequency, modules, threshold, options, eventCountDispersion, cancellationToken) is { } result
            ? AimsResult.Success(result)
            : AimsResult.Failure<MaterialityResult>([new AimsDiagnostic(RiskDiagnosticCodes.TooManyEvents, "/lossEventFrequency",
                string.Create(CultureInfo.InvariantCulture, $"A year may expect at most {options.MaxEventsPerTrial:N0} loss events (FairSimulationOptions.MaxEventsPerTrial); this frequency reaches more."))]);
    }
}
