using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Aims.Tests.Risk;

public class JsonPointerTests
{
    [Fact]
    public void Tokens_are_escaped_and_numbers_written_invariantly()
    {
        Assert.Equal("", JsonPointer.Of());
        Assert.Equal("/systems/2/id", JsonPointer.Of("systems", 2, "id"));
        Assert.Equal("/primaryLossByForm/a~1b~0c", JsonPointer.Of("primaryLossByForm", "a/b~c"));
        Assert.Equal("~01", JsonPointer.Escape("~1"));   // "~" first, so "~1" in a name is not read back as "/"
        Assert.Throws<ArgumentNullException>(() => JsonPointer.Escape(null!));
    }

    [Property]
    public Property Escaped_tokens_split_back_to_the_original(NonNull<string>[] tokens)
    {
        var pointer = JsonPointer.Of([.. tokens.Select(t => (object)t.Get)]);
        var back = pointer.Length == 0 ? [] : pointer[1..].Split('/').Select(t => t.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal)).ToArray();
        return back.SequenceEqual(tokens.Select(t => t.Get)).Label(pointer);
    }
}
