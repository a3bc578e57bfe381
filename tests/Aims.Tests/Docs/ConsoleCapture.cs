namespace Aims.Tests.Docs;

/// <summary>Runs code that prints, with <see cref="Console.Out"/> and <see cref="Console.Error"/> captured.</summary>
/// <remarks>The console is process-wide: every capture takes one lock, so two captures never interleave.</remarks>
internal static class ConsoleCapture
{
    private static readonly Lock Gate = new();

    public static (T Value, string Out, string Error) Run<T>(Func<T> action)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        lock (Gate)
        {
            var (originalOut, originalError) = (Console.Out, Console.Error);
            Console.SetOut(output);
            Console.SetError(error);
            try
            {
                var value = action();
                return (value, output.ToString(), error.ToString());
            }
            finally
            {
                Console.SetOut(originalOut);
                Console.SetError(originalError);
            }
        }
    }
}
