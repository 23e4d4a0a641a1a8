using System.CommandLine;
using Lede.Cli.Commands;

namespace Lede.Cli.Clean;

/// <summary>
/// <c>lede clean … -o DIR</c>: cleans the texts of a <see cref="CleanPlan"/> one after another in this process, each
/// article written to its file exactly as one input would write it to stdout. A text that fails never stops the
/// others: it gets one line <c>lede: NAME: reason</c> on stderr. A text with no article is reported the same way
/// (<c>lede: NAME: no article text found</c>), and with <c>--format json</c> its file is still written, status
/// <c>empty</c>. <c>--explain</c> lines go to stderr, each prefixed with <c>NAME: </c>. The exit code is the most
/// severe of all: 1 if any input was bad, else 3 if any held no article, else 0.
/// </summary>
internal static class CleanToFolder
{
    /// <summary>Cleans every item into its output file; returns the exit code.</summary>
    public static async Task<int> RunAsync(CleanPlan plan, string folder, ArticleOutput output, ParseResult parse, ExtractionOptions options, CancellationToken cancellationToken)
    {
        var error = parse.InvocationConfiguration.Error;
        try
        {
            Directory.CreateDirectory(folder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return UserErrors.Fail(error, $"cannot write to the output folder {folder}: {e.Message}");
        }

        int worst = ExitCodes.Ok;
        foreach (var item in plan.Items)
        {
            // Ctrl+C stops the run; it does not turn each remaining text into a "cancelled" line.
            if (cancellationToken.IsCancellationRequested)
                return UserErrors.Fail(error, "cancelled");
            worst = Worse(worst, await CleanOneAsync(item, output, parse, options, cancellationToken));
        }
        return worst;
    }

    private static async Task<int> CleanOneAsync(CleanItem item, ArticleOutput output, ParseResult parse, ExtractionOptions options, CancellationToken cancellationToken)
    {
        var error = parse.InvocationConfiguration.Error;
        if (item.Problem is { } problem)
            return Fail(error, item, problem);
        ExtractionResult result;
        try
        {
            result = await CleanCommand.CleanAsync(item.Source, options, cancellationToken);
        }
        catch (Exception e) when (ArticleOutput.FailureResult(e) is { } failed)
        {
            // Too large: a result like any other, so that a JSON file still says so.
            result = failed with { Reason = Reason(e, item) };
        }
        catch (Exception e) when (UserErrors.IsUserError(e))
        {
            return Fail(error, item, Reason(e, item));
        }

        foreach (var entry in result.Trace)
            error.WriteLine($"{item.Name}: {ArticleOutput.ExplainLine(entry)}");
        if (output.Render(parse, result) is { } text)
        {
            try
            {
                Directory.CreateDirectory(Path.GetDirectoryName(item.Output)!);
                File.WriteAllText(item.Output, text);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return Fail(error, item, $"cannot write {item.Output}: {e.Message}");
            }
        }
        var (code, why) = ArticleOutput.Verdict(result);
        if (why is not null)
            UserErrors.Line(error, $"{item.Name}: {why}");
        return code;
    }

    private static int Fail(TextWriter error, CleanItem item, string reason) => UserErrors.Fail(error, $"{item.Name}: {reason}");

    // The line already names the input; PageSource's messages start with it too, so it is said once.
    private static string Reason(Exception e, CleanItem item)
    {
        if (e is FileNotFoundException or DirectoryNotFoundException)
            return "no such file";
        var message = UserErrors.Describe(e);
        return message.StartsWith(item.Source + " ", StringComparison.Ordinal) ? message[(item.Source.Length + 1)..] : message;
    }

    // Bad input outranks no article, which outranks done.
    private static int Worse(int a, int b)
        => a == ExitCodes.BadInput || b == ExitCodes.BadInput ? ExitCodes.BadInput : Math.Max(a, b);
}
