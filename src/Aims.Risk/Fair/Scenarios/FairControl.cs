using System.Collections.Immutable;

namespace Aims.Risk;

/// <summary>A control described by its effects on FAIR nodes and its annual cost.</summary>
/// <remarks>Instances are immutable and safe to share between threads.</remarks>
public sealed class FairControl : IEquatable<FairControl>
{
    /// <summary>Initializes a new instance of the <see cref="FairControl"/> class.</summary>
    /// <param name="name">The control name.</param>
    /// <param name="annualCost">Its annual cost (run and amortised build); must be greater than 0 for ROI.</param>
    /// <param name="effects">Its effects; at least one.</param>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank, the cost is not finite or not positive, or the effects are empty or contain null.</exception>
    public FairControl(string name, double annualCost, IEnumerable<ControlEffect> effects)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(effects);
        if (!double.IsFinite(annualCost) || annualCost <= 0)
        {
            throw new ArgumentException($"The annual cost must be a finite amount greater than 0; got {annualCost}.", nameof(annualCost));
        }

        Effects = [.. effects];
        if (Effects.IsEmpty || Effects.Any(e => e is null))
        {
            throw new ArgumentException("A control needs at least one effect and no null effects.", nameof(effects));
        }

        Name = name.Trim();
        AnnualCost = annualCost;
    }

    private FairControl(FairControl source)
    {
        Name = source.Name;
        AnnualCost = source.AnnualCost;
        Effects = source.Effects;
        Function = source.Function;
    }

    /// <summary>Gets the name.</summary>
    public string Name { get; }

    /// <summary>Gets the annual cost.</summary>
    public double AnnualCost { get; }

    /// <summary>Gets the effects.</summary>
    public ImmutableArray<ControlEffect> Effects { get; }

    /// <summary>Gets what the control does in FAIR-CAM terms, or <see langword="null"/> when not stated.</summary>
    public ControlFunction? Function { get; private init; }

    /// <summary>Returns a copy that states what the control does in FAIR-CAM terms.</summary>
    /// <param name="function">The function, or <see langword="null"/> for none stated.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="function"/> is not a defined value.</exception>
    public FairControl WithFunction(ControlFunction? function) =>
        function is { } f && !Enum.IsDefined(f)
            ? throw new ArgumentOutOfRangeException(nameof(function), function, "Not a defined control function.")
            : new(this) { Function = function };

    /// <summary>Returns whether <paramref name="other"/> has the same values: names compare ordinally, lists by sequence, estimates by value.</summary>
    /// <param name="other">The instance to compare with.</param>
    /// <returns><see langword="true"/> when every value is equal.</returns>
    public bool Equals(FairControl? other) =>
        other is not null && (ReferenceEquals(this, other) || (string.Equals(Name, other.Name, StringComparison.Ordinal) && AnnualCost.Equals(other.AnnualCost) && Effects.SequenceEqual(other.Effects) && Function == other.Function));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as FairControl);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Name), AnnualCost, Effects.Length, Function);

    /// <summary>Returns whether two instances have the same values.</summary>
    /// <param name="left">The first instance.</param>
    /// <param name="right">The second instance.</param>
    /// <returns><see langword="true"/> when both are null or equal.</returns>
    public static bool operator ==(FairControl? left, FairControl? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Returns whether two instances differ.</summary>
    /// <param name="left">The first instance.</param>
    /// <param name="right">The second instance.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(FairControl? left, FairControl? right) => !(left == right);
}
