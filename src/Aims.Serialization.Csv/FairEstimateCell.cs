using System.Globalization;
using Aims.Risk;

namespace Aims.Serialization.Csv;

/// <summary>
/// The FAIR scenario row: a <c>Name</c> column and one cell per estimate, written as a call such as
/// <c>pert(1, 5, 20)</c>, <c>pert(1, 5, 20, 3)</c> (γ), <c>pyfairPert(…)</c>, <c>triangular(min, mode, max)</c>,
/// <c>uniform(min, max)</c>, <c>normal(mean, sd)</c>, <c>truncatedNormal(mean, sd)</c>,
/// <c>lognormal90(lower, upper)</c> or <c>constant(value)</c>.
/// </summary>
internal static class FairEstimateCell
{
    private static readonly string[] Nodes =
    [
        "LossEventFrequency", "ThreatEventFrequency", "ContactFrequency", "ProbabilityOfAction", "Vulnerability",
        "ThreatCapability", "ResistanceStrength", "PrimaryLoss", "SecondaryLossEventFrequency", "SecondaryLoss",
    ];

    private static readonly LossForm[] Forms = Enum.GetValues<LossForm>();

    private const string Dispersion = "EventCountDispersion";

    public static IReadOnlyList<string> Columns { get; } =
        ["Name", .. Nodes, .. Forms.Select(f => $"PrimaryLoss.{f}"), .. Forms.Select(f => $"SecondaryLoss.{f}"), Dispersion];

    /// <summary>The cells after <c>Name</c>, in <see cref="Columns"/> order: each estimate as a call, then the event count dispersion.</summary>
    public static IEnumerable<string?> CellsOf(FairScenario s) =>
    [
        .. new[]
        {
            s.LossEventFrequency, s.ThreatEventFrequency, s.ContactFrequency, s.ProbabilityOfAction, s.Vulnerability,
            s.ThreatCapability, s.ResistanceStrength, s.PrimaryLoss, s.SecondaryLossEventFrequency, s.SecondaryLoss,
        }.Concat(Forms.Select(f => s.PrimaryLossByForm.GetValueOrDefault(f))).Concat(Forms.Select(f => s.SecondaryLossByForm.GetValueOrDefault(f)))
            .Select(e => e is null ? null : Format(e)),
        s.EventCountDispersion?.ToString("R", CultureInfo.InvariantCulture),
    ];

    public static string Format(Estimate e)
    {
        static string N(double v) => v.ToString("R", CultureInfo.InvariantCulture);
        var gamma = e.Gamma == Estimate.DefaultPertGamma ? "" : ", " + N(e.Gamma);
        return e.Kind switch
        {
            EstimateKind.Pert => $"pert({N(e.Parameter1)}, {N(e.Parameter2)}, {N(e.Parameter3)}{gamma})",
            EstimateKind.PyfairPert => $"pyfairPert({N(e.Parameter1)}, {N(e.Parameter2)}, {N(e.Parameter3)}{gamma})",
            EstimateKind.Triangular => $"triangular({N(e.Parameter1)}, {N(e.Parameter2)}, {N(e.Parameter3)})",
            EstimateKind.Uniform => $"uniform({N(e.Parameter1)}, {N(e.Parameter2)})",
            EstimateKind.Normal => $"normal({N(e.Parameter1)}, {N(e.Parameter2)})",
            EstimateKind.TruncatedNormal => $"truncatedNormal({N(e.Parameter1)}, {N(e.Parameter2)})",
            EstimateKind.Lognormal => $"lognormal90({N(e.Parameter1)}, {N(e.Parameter2)})",
            _ => $"constant({N(e.Parameter1)})",
        };
    }

    /// <summary>Gets whether the row has any FAIR cell under <paramref name="prefix"/> (a risk register row without a scenario has none).</summary>
    public static bool Has(CsvRow row, string prefix) => Columns.Any(c => row.Has(prefix + c));

    public static FairScenario? Read(CsvRow row) => Read(row, "");

    /// <summary>Reads the scenario of the columns named <paramref name="prefix"/> + <see cref="Columns"/> (the risk register's "Fair." columns).</summary>
    public static FairScenario? Read(CsvRow row, string prefix)
    {
        Estimate? Cell(string column) => row.Text(prefix + column) is { } text ? Parse(text, prefix + column, row) : null;
        var estimates = Nodes.ToDictionary(n => n, Cell, StringComparer.Ordinal);
        Dictionary<LossForm, Estimate>? FormsOf(string node)
        {
            var forms = Forms.Select(f => (f, e: Cell($"{node}.{f}"))).Where(x => x.e is not null).ToDictionary(x => x.f, x => x.e!);
            return forms.Count == 0 ? null : forms;
        }

        var primaryForms = FormsOf("PrimaryLoss");
        var secondaryForms = FormsOf("SecondaryLoss");
        double? dispersion = null;
        if (row.Text(prefix + Dispersion) is { } text)
        {
            if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var k))
            {
                dispersion = k;
            }
            else
            {
                row.Error(prefix + Dispersion, $"\"{text}\" is not a number: give the negative binomial shape k (for example 2), or leave the cell empty for Poisson counts.");
            }
        }

        if (row.HasErrors)
        {
            return null;
        }

        var result = FairScenario.Validate(new FairScenarioInputs
        {
            Name = row.Required(prefix + "Name"),
            LossEventFrequency = estimates["LossEventFrequency"],
            ThreatEventFrequency = estimates["ThreatEventFrequency"],
            ContactFrequency = estimates["ContactFrequency"],
            ProbabilityOfAction = estimates["ProbabilityOfAction"],
            Vulnerability = estimates["Vulnerability"],
            ThreatCapability = estimates["ThreatCapability"],
            ResistanceStrength = estimates["ResistanceStrength"],
            PrimaryLoss = estimates["PrimaryLoss"],
            PrimaryLossByForm = primaryForms,
            SecondaryLossEventFrequency = estimates["SecondaryLossEventFrequency"],
            SecondaryLoss = estimates["SecondaryLoss"],
            SecondaryLossByForm = secondaryForms,
            EventCountDispersion = dispersion,
        });
        foreach (var problem in result.Diagnostics)
        {
            row.Error(Column(problem.Path) is { } column ? prefix + column : null, problem.Message, problem.Code);
        }

        return result.TryGetValue(out var scenario) ? scenario : null;
    }

    /// <summary>The column of a pointer relative to a scenario, or <see langword="null"/> when no column holds it (the whole scenario, a control).</summary>
    public static string? Column(string pointer)
    {
        // "/threatCapability" → ThreatCapability; "/primaryLossByForm/response" → PrimaryLoss.Response; "/name" → Name.
        var segments = pointer.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length == 0)
        {
            return null;
        }

        if (segments.Length == 1)
        {
            return string.Equals(segments[0], "name", StringComparison.Ordinal) ? "Name"
                : string.Equals(segments[0], "eventCountDispersion", StringComparison.Ordinal) ? Dispersion
                : Nodes.FirstOrDefault(n => string.Equals(n, segments[0], StringComparison.OrdinalIgnoreCase));
        }

        var node = segments[0].EndsWith("ByForm", StringComparison.Ordinal) ? segments[0][..^"ByForm".Length] : segments[0];
        var form = Forms.Select(f => f.ToString()).FirstOrDefault(f => string.Equals(f, segments[1], StringComparison.OrdinalIgnoreCase));
        var column = Nodes.FirstOrDefault(n => string.Equals(n, node, StringComparison.OrdinalIgnoreCase));
        return form is null || column is null ? column : $"{column}.{form}";
    }

    private static Estimate? Parse(string text, string column, CsvRow row)
    {
        var open = text.IndexOf('(', StringComparison.Ordinal);
        if (open <= 0 || !text.EndsWith(')'))
        {
            row.Error(column, $"\"{text}\" is not an estimate such as pert(1, 5, 20) or lognormal90(1000, 50000).");
            return null;
        }

        var name = text[..open].Trim();
        var numbers = new List<double>();
        foreach (var part in text[(open + 1)..^1].Split(','))
        {
            if (!double.TryParse(part.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            {
                row.Error(column, $"\"{part.Trim()}\" in \"{text}\" is not a number (use . for decimals).");
                return null;
            }

            numbers.Add(value);
        }

        Estimate? Need(int min, int max, Func<Estimate> create)
        {
            if (numbers.Count >= min && numbers.Count <= max)
            {
                return create();
            }

            row.Error(column, $"{name} takes {(min == max ? min.ToString(CultureInfo.InvariantCulture) : $"{min} or {max}")} numbers; \"{text}\" has {numbers.Count}.");
            return null;
        }

        double G() => numbers.Count == 4 ? numbers[3] : Estimate.DefaultPertGamma;
        return name.ToUpperInvariant() switch
        {
            "PERT" => Need(3, 4, () => Estimate.Pert(numbers[0], numbers[1], numbers[2], G())),
            "PYFAIRPERT" => Need(3, 4, () => Estimate.PyfairPert(numbers[0], numbers[1], numbers[2], G())),
            "TRIANGULAR" => Need(3, 3, () => Estimate.Triangular(numbers[0], numbers[1], numbers[2])),
            "UNIFORM" => Need(2, 2, () => Estimate.Uniform(numbers[0], numbers[1])),
            "NORMAL" => Need(2, 2, () => Estimate.Normal(numbers[0], numbers[1])),
            "TRUNCATEDNORMAL" => Need(2, 2, () => Estimate.TruncatedNormal(numbers[0], numbers[1])),
            "LOGNORMAL90" => Need(2, 2, () => Estimate.LognormalFrom90(numbers[0], numbers[1])),
            "CONSTANT" => Need(1, 1, () => Estimate.Constant(numbers[0])),
            _ => Unknown(),
        };

        Estimate? Unknown()
        {
            row.Error(column, $"\"{name}\" is not a distribution: pert, pyfairPert, triangular, uniform, normal, truncatedNormal, lognormal90, constant.");
            return null;
        }
    }
}
