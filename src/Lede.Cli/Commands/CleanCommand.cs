using System.CommandLine;

namespace Lede.Cli.Commands;

/// <summary>
/// <c>lede clean &lt;file|-&gt;</c>: the article in a text a naive scraper produced, noise moved out (credits become
/// figures, promos related links, widget lines dropped), as text, Markdown or JSON on stdout. Exit codes as for
/// <c>extract</c>: 0 done; 1 bad input (missing file, binary data, too large); 2 a usage error; 3 no article text.
/// </summary>
internal static class CleanCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var input = new Argument<string>("input") { Description = "A text file (or .gz), or - for standard input." };
        var charset = new Option<string?>("--charset") { Description = "The text's charset. Default: a byte-order mark, else UTF-8 when the bytes are UTF-8, else detected." };
        var command = new Command("clean", "Clean a scraped plain text into an article (exit code 0 done, 1 bad input, 2 usage error, 3 no article text).")
        {
            input, charset,
        };
        var output = ArticleOutput.AddTo(command);
        command.SetAction((parse, cancellationToken) =>
        {
            var options = new ExtractionOptions { Explain = output.Explain(parse), Charset = parse.GetValue(charset) };
            return UserErrors.GuardAsync(parse.InvocationConfiguration.Error, async () =>
            {
                var source = await PageSource.LoadAsync(parse.GetValue(input)!, options.MaxInputBytes, cancellationToken);
                var result = Extractor.Clean(source.Bytes, options with { Charset = options.Charset ?? source.Charset }, cancellationToken);
                return output.Report(parse, result);
            });
        });
        return command;
    }
}
