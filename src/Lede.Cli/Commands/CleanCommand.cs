using System.CommandLine;
using Lede.Cli.Clean;

namespace Lede.Cli.Commands;

/// <summary>
/// <c>lede clean FILE… [-o DIR]</c>: the article in a text a naive scraper produced, noise moved out (credits become
/// figures, promos related links, widget lines dropped), as text, Markdown or JSON. One input goes to stdout; with
/// <c>-o DIR</c> (needed for several inputs or a folder) each goes to a file of its own (<see cref="CleanToFolder"/>),
/// all in this one process. Exit codes as for <c>extract</c>: 0 done; 1 bad input (missing file, binary data, too
/// large); 2 a usage error; 3 no article text — for several inputs the most severe: 1 if any was bad, else 3 if any
/// held no article.
/// </summary>
internal static class CleanCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var inputs = new Argument<string[]>("inputs")
        {
            Description = "Text files (or .gz), - for standard input (once), or, with -o, folders searched recursively for .txt and .txt.gz files.",
            Arity = ArgumentArity.OneOrMore,
        };
        var folder = new Option<string?>("--output", "-o") { Description = "The folder each input's article is written to, as NAME.txt, .md or .json. Needed for several inputs or a folder." };
        var charset = new Option<string?>("--charset") { Description = "The text's charset. Default: a byte-order mark, else UTF-8 when the bytes are UTF-8, else detected." };
        var command = new Command("clean", "Clean scraped plain texts into articles: one to stdout, or many into -o DIR (exit code 0 done, 1 bad input, 2 usage error, 3 no article text; for many inputs the most severe: 1 if any was bad, else 3 if any had no article).")
        {
            inputs, folder, charset,
        };
        var output = ArticleOutput.AddTo(command);
        command.SetAction((parse, cancellationToken) =>
        {
            var error = parse.InvocationConfiguration.Error;
            var options = new ExtractionOptions { Explain = output.Explain(parse), Charset = parse.GetValue(charset) };
            var given = parse.GetValue(inputs)!;
            output.WarnOfUnusedFlags(parse);
            if (parse.GetValue(folder) is { } dir)
            {
                var plan = CleanPlan.Make(given, dir, output.Extension(parse));
                return plan.Usage is { } wrong ? Usage(error, wrong) : CleanToFolder.RunAsync(plan, dir, output, parse, options, cancellationToken);
            }
            if (given.Length > 1)
                return Usage(error, $"{given.Length} inputs need -o DIR, the folder their articles are written to");
            if (Directory.Exists(given[0]))
                return Usage(error, $"{given[0]} is a folder: give -o DIR, the folder its texts' articles are written to");
            return output.ReportAsync(parse, () => CleanAsync(given[0], options, cancellationToken));
        });
        return command;
    }

    /// <summary>Loads one input (a file, <c>-</c> for stdin) and cleans it; a user's failure (a missing file) is thrown.</summary>
    internal static async Task<ExtractionResult> CleanAsync(string input, ExtractionOptions options, CancellationToken cancellationToken)
    {
        var source = await PageSource.LoadAsync(input, options.MaxInputBytes, cancellationToken);
        return Extractor.Clean(source.Bytes, options with { Charset = options.Charset ?? source.Charset }, cancellationToken);
    }

    // One line and the hint, not the whole help: the user knows the command, and needs only what was wrong.
    private static Task<int> Usage(TextWriter error, string message) => Task.FromResult(UsageErrors.Fail(error, message, "lede clean"));
}
