using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;

namespace Aims.Serialization.Json.Wire;

/// <summary>
/// One forward pass over the raw bytes before deserialization: syntax, depth and duplicate members (which
/// System.Text.Json would otherwise resolve silently, last one wins), each reported with its JSON Pointer; it also
/// picks up the envelope (<c>kind</c>, <c>schemaVersion</c>) so the right wire type can be chosen.
/// </summary>
internal static class Preflight
{
    public static (string? Kind, string? Version) Scan(ReadOnlySpan<byte> utf8, int maxDepth, ReadContext context)
    {
        // Strict UTF-8 first: Utf8JsonReader does not check the bytes inside a string, so an invalid sequence surfaced
        // later as "the wrong JSON type: expected a string" at the member (AIMS3002), which is not what is wrong.
        if (!Utf8.IsValid(utf8))
        {
            context.Error(ReadContext.Root, $"Not valid JSON at {InvalidUtf8At(utf8)}: the text is not valid UTF-8 (an invalid byte sequence); it is rejected, never replaced with U+FFFD.", JsonDiagnosticCodes.InvalidJson);
            return (null, null);
        }

        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = maxDepth });
        var frames = new List<Frame>();
        string? kind = null, version = null;
        var before = context.Diagnostics.Count;
        try
        {
            while (reader.Read())
            {
                var top = frames.Count > 0 ? frames[^1] : null;
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        var name = reader.GetString()!;
                        if (!top!.Names!.Add(name))
                        {
                            context.Error(ReadContext.Member(top.Path, name), $"Member \"{name}\" appears more than once; which value counts would be a guess.", JsonDiagnosticCodes.DuplicateMember);
                        }

                        top.Property = name;
                        if (frames.Count == 1 && name is "kind" or "schemaVersion")
                        {
                            reader.Read();
                            var value = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
                            if (name == "kind")
                            {
                                kind = value;
                            }
                            else
                            {
                                version = value;
                            }

                            if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                            {
                                frames.Add(new Frame(reader.TokenType == JsonTokenType.StartObject, ReadContext.Member(top.Path, name)));
                            }
                        }

                        break;
                    case JsonTokenType.StartObject:
                    case JsonTokenType.StartArray:
                        frames.Add(new Frame(reader.TokenType == JsonTokenType.StartObject, ValuePath(top)));
                        break;
                    case JsonTokenType.EndObject:
                    case JsonTokenType.EndArray:
                        frames.RemoveAt(frames.Count - 1);
                        break;
                    default:
                        ValuePath(top);
                        break;
                }
            }
        }
        catch (InvalidOperationException ex)
        {
            // Utf8JsonReader.GetString throws this for escapes that are not valid UTF-16 (a lone surrogate).
            context.Error(frames.Count > 0 ? frames[^1].Path : ReadContext.Root, $"Not valid JSON text: {ex.Message}", JsonDiagnosticCodes.InvalidJson);
        }
        catch (JsonException ex)
        {
            var path = frames.Count > 0 ? frames[^1].Path : ReadContext.Root;
            var where = string.Create(CultureInfo.InvariantCulture, $"line {ex.LineNumber + 1}, byte {ex.BytePositionInLine + 1}");
            if (frames.Count >= maxDepth)
            {
                context.Error(path, $"The document nests deeper than {maxDepth} levels ({where}).", JsonDiagnosticCodes.TooDeep);
            }
            else
            {
                context.Error(path, $"Not valid JSON at {where}: {Trim(ex.Message)}", JsonDiagnosticCodes.InvalidJson);
            }
        }

        return context.Diagnostics.Count > before ? (null, null) : (kind, version);
    }

    /// <summary>The line and byte in that line (both from 1) of the first invalid UTF-8 sequence.</summary>
    private static string InvalidUtf8At(ReadOnlySpan<byte> utf8)
    {
        var offset = 0;
        while (offset < utf8.Length && Rune.DecodeFromUtf8(utf8[offset..], out _, out var consumed) == OperationStatus.Done)
        {
            offset += consumed;
        }

        var before = utf8[..offset];
        var line = before.Count((byte)'\n') + 1;
        var column = offset - (before.LastIndexOf((byte)'\n') + 1) + 1;
        return string.Create(CultureInfo.InvariantCulture, $"line {line}, byte {column}");
    }

    private static string ValuePath(Frame? top)
    {
        if (top is null)
        {
            return ReadContext.Root;
        }

        if (top.IsObject)
        {
            return ReadContext.Member(top.Path, top.Property ?? "");
        }

        top.Index++;
        return ReadContext.Index(top.Path, top.Index);
    }

    private static string Trim(string message)
    {
        var index = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return (index > 0 ? message[..index] : message).TrimEnd(' ', '|', '.') + ".";
    }

    private sealed class Frame(bool isObject, string path)
    {
        public bool IsObject { get; } = isObject;

        public string Path { get; } = path;

        public HashSet<string>? Names { get; } = isObject ? new HashSet<string>(StringComparer.Ordinal) : null;

        public string? Property { get; set; }

        public int Index { get; set; } = -1;
    }
}
