using Aims.Model;

namespace Aims.Serialization.Json;

/// <summary>
/// <see cref="AimsJson"/> as an injectable service with configured read options (registered by
/// <c>AddAimsSerialization</c>).
/// </summary>
/// <remarks>Immutable and safe to share between threads.</remarks>
public sealed class AimsJsonSerializer
{
    /// <summary>Initializes a new instance of the <see cref="AimsJsonSerializer"/> class.</summary>
    /// <param name="readOptions">Limits and checks for reading; validated now.</param>
    /// <param name="indented">Whether written documents are indented.</param>
    /// <exception cref="ArgumentNullException"><paramref name="readOptions"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A limit is out of range; the message lists every problem.</exception>
    public AimsJsonSerializer(AimsJsonReadOptions readOptions, bool indented = true)
    {
        ArgumentNullException.ThrowIfNull(readOptions);
        readOptions.ThrowIfInvalid();
        ReadOptions = readOptions;
        Indented = indented;
    }

    /// <summary>Gets a value indicating whether written documents are indented.</summary>
    public bool Indented { get; }

    /// <summary>Gets the read options.</summary>
    public AimsJsonReadOptions ReadOptions { get; }

    /// <summary>Reads a document of any kind; see <see cref="AimsJson.Read(string, AimsJsonReadOptions?)"/>.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The document, or every problem found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is <see langword="null"/>.</exception>
    public AimsResult<AimsDocument> Read(string json) => AimsJson.Read(json, ReadOptions);

    /// <summary>Reads a document of any kind from a UTF-8 stream; see <see cref="AimsJson.ReadAsync"/>.</summary>
    /// <param name="utf8Json">The stream; not closed.</param>
    /// <param name="cancellationToken">Cancels reading.</param>
    /// <returns>The document, or every problem found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is <see langword="null"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public Task<AimsResult<AimsDocument>> ReadAsync(Stream utf8Json, CancellationToken cancellationToken = default) =>
        AimsJson.ReadAsync(utf8Json, ReadOptions, cancellationToken);

    /// <summary>Reads a workspace; see <see cref="AimsJson.ReadWorkspace"/>.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The workspace, or every problem found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is <see langword="null"/>.</exception>
    public AimsResult<AimsWorkspace> ReadWorkspace(string json) => AimsJson.ReadWorkspace(json, ReadOptions);

    /// <summary>Writes a workspace document; see <see cref="AimsJson.Write(AimsWorkspace, bool)"/>.</summary>
    /// <param name="workspace">The workspace.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="workspace"/> is <see langword="null"/>.</exception>
    public string Write(AimsWorkspace workspace) => AimsJson.Write(workspace, Indented);
}
