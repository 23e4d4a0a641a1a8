using System.CommandLine;

namespace Lede.Cli.Commands;

/// <summary>
/// <c>lede extract &lt;file|URL|-&gt;</c>: the main article of one page, as text, Markdown or JSON on stdout.
/// Exit codes: 0 an article was written; 1 bad input (one <c>lede: …</c> line on stderr); 2 a usage error;
/// 3 the page holds no article text (<c>lede: no article text found</c> on stderr). With <c>--format json</c> the
/// result is written for every status — not-HTML, too large, a fetch timeout included — so a script can read its
/// status; a file that is missing or a fetch that failed has no result, only the line on stderr.
/// </summary>
internal static class ExtractCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var input = new Argument<string>("input") { Description = "An .html or .html.gz file, an http(s) URL, or - for standard input." };
        var url = new Option<string?>("--url") { Description = "The page URL, used to resolve links. Default: the final URL of a fetch." };
        var preset = PresetOption.Create();
        var charset = new Option<string?>("--charset") { Description = "The page's charset, tried before its own <meta charset>. Default: the HTTP Content-Type charset." };

        var command = new Command("extract", "Extract the main article from a page (exit code 0 done, 1 bad input, 2 usage error, 3 no article text).")
        {
            input, url, preset, charset,
        };
        var output = ArticleOutput.AddTo(command);
        command.SetAction((parse, cancellationToken) =>
        {
            var options = new ExtractionOptions
            {
                Focus = PresetOption.ToFocus(parse.GetValue(preset)!),
                Explain = output.Explain(parse),
            };
            output.WarnOfUnusedFlags(parse);
            return output.ReportAsync(parse, async () =>
            {
                var given = parse.GetValue(input)!;
                ArchiveHint.CheckName(given);
                var page = await PageSource.LoadAsync(given, options.MaxInputBytes, cancellationToken);
                ArchiveHint.CheckContent(given, page.Bytes);
                // An explicit --charset or --url beats what the transport said.
                options = options with { Charset = parse.GetValue(charset) ?? page.Charset };
                return Extractor.Extract(page.Bytes, parse.GetValue(url) ?? page.Url, options, cancellationToken);
            });
        });
        return command;
    }
}
