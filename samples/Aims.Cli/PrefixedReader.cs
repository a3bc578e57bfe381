namespace Aims.Cli;

/// <summary>
/// Text already read from a stream (a CSV header looked at to tell the table's kind) followed by the rest of the
/// stream, so the stream is read once and never whole. Disposing it leaves <paramref name="rest"/> open.
/// </summary>
internal sealed class PrefixedReader(string prefix, TextReader rest) : TextReader
{
    private int _position;

    public override int Peek() => _position < prefix.Length ? prefix[_position] : rest.Peek();

    public override int Read() => _position < prefix.Length ? prefix[_position++] : rest.Read();

    public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

    public override int Read(Span<char> buffer)
    {
        if (_position >= prefix.Length)
        {
            return rest.Read(buffer);
        }

        var n = Math.Min(buffer.Length, prefix.Length - _position);
        prefix.AsSpan(_position, n).CopyTo(buffer);
        _position += n;
        return n;
    }
}
