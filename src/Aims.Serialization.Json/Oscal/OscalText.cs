using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Aims.Serialization.Json.Wire;

namespace Aims.Serialization.Json.Oscal;

/// <summary>OSCAL datatypes: tokens, name-based UUIDs, strings without edge whitespace, date-times with offsets.</summary>
internal static class OscalText
{
    public const string OscalVersion = "1.2.1";

    /// <summary>The namespace of the properties Aims adds (a URN, so it never resolves to someone else's site).</summary>
    public const string Namespace = "urn:aims-core:oscal";

    private static readonly Guid UuidNamespace = new("8b1f3c2e-5d6a-4e7b-9c0d-1e2f3a4b5c6d");

    /// <summary>
    /// An OSCAL token (<c>^(\p{L}|_)(\p{L}|\p{N}|[.\-_])*$</c>) for an id: other characters become <c>-</c>, and an id
    /// that starts with a digit or symbol gets a leading <c>_</c> (<c>4.1</c> → <c>_4.1</c>). The original id travels
    /// in a <c>label</c> property.
    /// </summary>
    public static string Token(string id)
    {
        var builder = new StringBuilder(id.Length + 1);
        foreach (var c in id)
        {
            builder.Append(char.IsLetterOrDigit(c) || c is '.' or '-' or '_' ? c : '-');
        }

        if (builder.Length == 0 || !(char.IsLetter(builder[0]) || builder[0] == '_'))
        {
            builder.Insert(0, '_');
        }

        return builder.ToString();
    }

    /// <summary>A version-5 (SHA-1, name-based) UUID: the same input always gives the same UUID, so exports are reproducible.</summary>
    public static string Uuid(params string[] names)
    {
        Span<byte> ns = stackalloc byte[16];
        UuidNamespace.TryWriteBytes(ns, bigEndian: true, out _);
        var name = Encoding.UTF8.GetBytes(string.Join("\u001f", names));
        var input = new byte[16 + name.Length];
        ns.CopyTo(input);
        name.CopyTo(input, 16);
        Span<byte> hash = stackalloc byte[20];
#pragma warning disable CA5350 // SHA-1 is what RFC 9562 specifies for version-5 UUIDs; no security depends on it.
        SHA1.HashData(input, hash);
#pragma warning restore CA5350
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash[..16], bigEndian: true).ToString("D", CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// An OSCAL string (pattern <c>^\S(.*\S)?$</c>: one line, no whitespace at the ends): each whitespace run that
    /// holds a line break becomes one space, ends trimmed, other spaces kept (so ids with two spaces read back equal);
    /// <see langword="null"/> when empty.
    /// </summary>
    public static string? Str(string? value)
    {
        if (value is null)
        {
            return null;
        }

        var builder = new System.Text.StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            var end = i;
            while (end < value.Length && char.IsWhiteSpace(value[end]))
            {
                end++;
            }

            if (end == i)
            {
                builder.Append(value[i]);
                continue;
            }

            var run = value[i..end];
            builder.Append(run.AsSpan().IndexOfAny('\r', '\n') >= 0 || run.Any(c => c is '\u2028' or '\u2029' or '\u0085') ? " " : run);
            i = end - 1;
        }

        var result = builder.ToString().Trim();
        return result.Length == 0 ? null : result;
    }

    public static JsonObject Prop(string name, string value, bool ours = true)
    {
        var prop = new JsonObject { ["name"] = name };
        if (ours)
        {
            prop["ns"] = Namespace;
        }

        prop["value"] = Str(value) ?? "-";
        return prop;
    }

    public static JsonObject Metadata(string title, string version, DateTimeOffset lastModified, JsonArray? props = null, string? remarks = null)
    {
        var metadata = new JsonObject
        {
            ["title"] = Str(title),
            ["last-modified"] = ModelWriter.Instant(lastModified),
            ["version"] = Str(version) ?? "1",
            ["oscal-version"] = OscalVersion,
        };
        if (props is { Count: > 0 })
        {
            metadata["props"] = props;
        }

        if (remarks is not null)
        {
            metadata["remarks"] = remarks;
        }

        return metadata;
    }

    /// <summary>A link only when the location is an absolute URI or a clean relative reference (OSCAL's <c>uri-reference</c>).</summary>
    public static bool IsUriReference(string? location) =>
        location is { Length: > 0 } && !location.Any(char.IsWhiteSpace) && Uri.TryCreate(location, UriKind.RelativeOrAbsolute, out _)
        && !location.Contains('\\', StringComparison.Ordinal);
}
