namespace Aims.Risk;

/// <summary>One estimate of a <see cref="FairScenario"/> with its place in the FAIR tree.</summary>
/// <remarks>Instances are immutable and safe to share between threads.</remarks>
public sealed class FairInput : IEquatable<FairInput>
{
    /// <summary>Initializes a new instance of the <see cref="FairInput"/> class.</summary>
    /// <param name="path">The JSON Pointer of the input in the scenario.</param>
    /// <param name="node">The node it estimates.</param>
    /// <param name="form">The form of loss, for a loss given by form; else <see langword="null"/>.</param>
    /// <param name="estimate">The estimate.</param>
    /// <exception cref="ArgumentException"><paramref name="path"/> is blank.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="estimate"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="node"/> or <paramref name="form"/> is not a defined value.</exception>
    public FairInput(string path, FairNode node, LossForm? form, Estimate estimate)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(estimate);
        if (!Enum.IsDefined(node))
        {
            throw new ArgumentOutOfRangeException(nameof(node), node, "Not a defined node.");
        }

        if (form is { } f && !Enum.IsDefined(f))
        {
            throw new ArgumentOutOfRangeException(nameof(form), form, "Not a defined form of loss.");
        }

        Path = path;
        Node = node;
        Form = form;
        Estimate = estimate;
    }

    /// <summary>Gets the JSON Pointer of the input in the scenario, for example <c>/threatEventFrequency</c> or <c>/primaryLossByForm/response</c>.</summary>
    public string Path { get; }

    /// <summary>Gets the node it estimates.</summary>
    public FairNode Node { get; }

    /// <summary>Gets the form of loss, for a loss given by form; else <see langword="null"/>.</summary>
    public LossForm? Form { get; }

    /// <summary>Gets the estimate.</summary>
    public Estimate Estimate { get; }

    /// <summary>Returns whether two inputs are equal.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when both are <see langword="null"/> or every member is equal.</returns>
    public static bool operator ==(FairInput? left, FairInput? right) => left?.Equals(right) ?? right is null;

    /// <summary>Returns whether two inputs differ.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when they are not equal.</returns>
    public static bool operator !=(FairInput? left, FairInput? right) => !(left == right);

    /// <inheritdoc />
    public bool Equals(FairInput? other) =>
        other is not null && string.Equals(Path, other.Path, StringComparison.Ordinal) && Node == other.Node && Form == other.Form
        && Estimate.Equals(other.Estimate);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as FairInput);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Path), Node, Form, Estimate);

    /// <inheritdoc />
    public override string ToString() =>
        $"{Path}: {Estimate}";
}
