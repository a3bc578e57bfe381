namespace Aims.Risk;

/// <summary>One problem with a FAIR input, located by its path in the tree (for example <c>lossMagnitude.primary.response</c>).</summary>
/// <remarks>Instances are immutable and safe to share between threads.</remarks>
public sealed class FairProblem
{
    /// <summary>Initializes a new instance of the <see cref="FairProblem"/> class.</summary>
    /// <param name="path">The path of the input in the FAIR tree.</param>
    /// <param name="message">What is wrong.</param>
    /// <exception cref="ArgumentException">An argument is blank.</exception>
    public FairProblem(string path, string message)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentException.ThrowIfNullOrWhiteSpace(message);
        Path = path;
        Message = message;
    }

    /// <summary>Gets the path in the FAIR tree.</summary>
    public string Path { get; }

    /// <summary>Gets what is wrong.</summary>
    public string Message { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Path}: {Message}";
}
