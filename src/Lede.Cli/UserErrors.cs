using System.Text.Json;

namespace Lede.Cli;

/// <summary>
/// Turns the failures a user causes (a missing file, a dead URL, a bad JSON file) into one line on stderr and
/// exit code 1. Anything else is a bug in Lede and keeps its stack trace.
/// </summary>
internal static class UserErrors
{
    /// <summary>Runs a command body; an expected failure becomes <c>lede: message</c> and <see cref="ExitCodes.BadInput"/>.</summary>
    public static async Task<int> GuardAsync(TextWriter error, Func<Task<int>> run)
    {
        try
        {
            return await run();
        }
        catch (Exception e) when (IsUserError(e))
        {
            return Fail(error, Describe(e));
        }
    }

    /// <summary>Writes <c>lede: message</c> on one line and returns <see cref="ExitCodes.BadInput"/>.</summary>
    public static int Fail(TextWriter error, string message)
    {
        Line(error, message);
        return ExitCodes.BadInput;
    }

    /// <summary>Writes <c>lede: message</c> on one line.</summary>
    public static void Line(TextWriter error, string message) => error.WriteLine($"lede: {OneLine(message)}");

    /// <summary>True for the failures a user causes, which are reported in one line rather than with a stack trace.</summary>
    public static bool IsUserError(Exception e) => e is IOException or UnauthorizedAccessException
        or HttpRequestException or TaskCanceledException or TimeoutException or InvalidDataException or JsonException;

    /// <summary>The one-line message of a user error.</summary>
    public static string Describe(Exception e) => e switch
    {
        FileNotFoundException f when f.FileName is not null => $"no such file: {f.FileName}",
        TaskCanceledException => "cancelled",
        _ => e.Message,
    };

    // Exception messages may span lines (HTTP errors quote the server); the contract is one line.
    private static string OneLine(string message)
        => string.Join(' ', message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
