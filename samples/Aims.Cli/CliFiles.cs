using System.Text;
using Aims.Serialization.Json;

namespace Aims.Cli;

/// <summary>
/// How the CLI touches files: reads with size limits and strict UTF-8 (the library's decoding rule), never writes over
/// one of its own input files, and writes through a temporary file in the same directory that replaces the target
/// only when the whole output is written.
/// </summary>
internal static class CliFiles
{
    /// <summary>
    /// The largest file the CLI reads whole (JSON and OSCAL): the JSON reader's document limit (64 MiB). CSV is streamed
    /// instead (<see cref="ReadStreamed{T}"/>), within the CSV readers' own limits.
    /// </summary>
    public const long MaxFileBytes = AimsJsonReadOptions.DefaultMaxDocumentBytes;

    /// <summary>UTF-8 that throws on invalid bytes instead of replacing them with U+FFFD (the library reader rejects them too).</summary>
    public static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Strict UTF-8 for streamed reading: its preamble makes <see cref="StreamReader"/> skip a byte order mark.</summary>
    private static readonly UTF8Encoding StrictUtf8WithBom = new(encoderShouldEmitUTF8Identifier: true, throwOnInvalidBytes: true);

    /// <summary>
    /// Runs <paramref name="read"/> over the file as a stream of strict UTF-8 text, without reading it whole: for CSV,
    /// whose readers stream and stop at their own limits (<c>AimsCsv.MaxInputLength</c>, <c>AimsCsv.MaxRows</c>), so a
    /// large spreadsheet is read with memory bounded by the rows kept, not by the file. Prints why the file cannot be read
    /// (including invalid UTF-8, found wherever it is) and returns <see langword="null"/>.
    /// </summary>
    public static T? ReadStreamed<T>(string file, TextWriter stderr, Func<TextReader, T> read)
        where T : class
    {
        try
        {
            using var stream = OpenRead(file);
            using var text = new StreamReader(stream, StrictUtf8WithBom, detectEncodingFromByteOrderMarks: false, bufferSize: 1 << 16);
            return read(text);
        }
        catch (DecoderFallbackException)
        {
            // The decoder's index is into its buffer, not the file: no position is better than a wrong one.
            stderr.WriteLine($"error: cannot read '{file}': not valid UTF-8 (an invalid byte sequence).");
            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            stderr.WriteLine($"error: cannot read '{file}': {ex.Message}");
            return null;
        }
    }

    /// <summary>The input that <paramref name="outFile"/> would overwrite, or <see langword="null"/>.</summary>
    /// <param name="outFile">The --out file.</param>
    /// <param name="candidates">The command's file arguments (--workspace, --scenarios, positional words); those that are not files are ignored.</param>
    public static string? OverwrittenInput(string outFile, IEnumerable<string?> candidates)
    {
        var target = Identity(outFile);
        return target is null ? null : candidates.OfType<string>().FirstOrDefault(c => File.Exists(c) && string.Equals(Identity(c), target, StringComparison.Ordinal));
    }

    /// <summary>Reads a whole text file of at most <see cref="MaxFileBytes"/> bytes as strict UTF-8, or prints why it cannot.</summary>
    public static string? ReadText(string file, TextWriter stderr)
    {
        byte[] bytes;
        try
        {
            using var stream = OpenRead(file);
            bytes = ReadBounded(stream, MaxFileBytes, out var tooLarge);
            if (tooLarge)
            {
                stderr.WriteLine($"error: cannot read '{file}': larger than {MaxFileBytes / (1024 * 1024)} MiB, the JSON reader's limit for a document it reads whole (CSV files are streamed; docs/limits.md).");
                return null;
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            stderr.WriteLine($"error: cannot read '{file}': {ex.Message}");
            return null;
        }

        try
        {
            return StrictUtf8.GetString(bytes.AsSpan(bytes.AsSpan().StartsWith(Bom) ? Bom.Length : 0));
        }
        catch (DecoderFallbackException ex)
        {
            // One decoding rule everywhere: a JSON file gets the library reader's own diagnostic for the same bytes.
            using var utf8 = new MemoryStream(bytes, writable: false);
            var library = file.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) ? null : AimsJson.ReadAsync(utf8).GetAwaiter().GetResult();
            if (library is { IsValid: false })
            {
                CliDiagnostics.Print(stderr, library.Diagnostics);
            }
            else
            {
                stderr.WriteLine($"error: cannot read '{file}': not valid UTF-8 ({InvalidAt(ex)}).");
            }

            return null;
        }
    }

    /// <summary>
    /// Writes <paramref name="text"/> to <paramref name="outFile"/> through a temporary file in the same directory that
    /// replaces it only once complete, so a failed or interrupted write leaves the old file as it was.
    /// </summary>
    /// <returns><see langword="true"/> when written; otherwise the reason is on stderr.</returns>
    public static bool WriteAtomically(string outFile, string text, TextWriter stderr)
    {
        string? temporary = null;
        try
        {
            var full = Path.GetFullPath(outFile);
            var directory = Path.GetDirectoryName(full) ?? ".";
            temporary = Path.Combine(directory, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            using (var writer = new StreamWriter(stream, StrictUtf8))
            {
                writer.Write(text);
            }

            File.Move(temporary, full, overwrite: true);
            temporary = null;
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            stderr.WriteLine($"error: cannot write '{outFile}': {ex.Message}");
            return false;
        }
        finally
        {
            if (temporary is not null)
            {
                try
                {
                    File.Delete(temporary);
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    // The temporary file stays; the error about the write is already reported.
                }
            }
        }
    }

    private static ReadOnlySpan<byte> Bom => [0xEF, 0xBB, 0xBF];

    private static FileStream OpenRead(string file) => new(file, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);

    /// <summary>Reads at most <paramref name="limit"/> bytes; one byte more means too large (a device such as /dev/zero has no length to check first).</summary>
    private static byte[] ReadBounded(Stream stream, long limit, out bool tooLarge)
    {
        tooLarge = false;
        if (stream.CanSeek && stream.Length > limit)
        {
            tooLarge = true;
            return [];
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int n;
        while ((n = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + n > limit)
            {
                tooLarge = true;
                return [];
            }

            buffer.Write(chunk, 0, n);
        }

        return buffer.ToArray();
    }

    private static string InvalidAt(DecoderFallbackException ex) =>
        ex.Index >= 0 ? $"an invalid byte sequence near byte {ex.Index}" : "an invalid byte sequence";

    /// <summary>A file's identity for comparing paths: the full path with symbolic links resolved.</summary>
    private static string? Identity(string file)
    {
        try
        {
            var info = new FileInfo(Path.GetFullPath(file));
            var target = info.Exists ? info.ResolveLinkTarget(returnFinalTarget: true) : null;
            return Path.GetFullPath(target?.FullName ?? info.FullName);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return null;
        }
    }
}
