using System.CommandLine;
using Lede.Fetch;

namespace Lede.Cli.Commands;

/// <summary>
/// <c>lede extract &lt;file|URL|-&gt;…</c>: the main article of a page, as text, Markdown or JSON on stdout; URLs are fetched
/// with the polite fetcher (<see cref="PageFetcher"/>: robots.txt, retries, non-public addresses refused). Several inputs
/// are written one after the other (see <see cref="ExtractMany"/>).
/// Exit codes: 0 an article was written; 1 bad input (one <c>lede: …</c> line on stderr); 2 a usage error;
/// 3 the page holds no article text (<c>lede: no article text found</c> on stderr). With <c>--format json</c> the
/// result is written for every status — not-HTML, too large, a fetch timeout included — so a script can read its
/// status; a file that is missing or a fetch that failed has no result, only the line on stderr. For several inputs,
/// the most severe.
/// </summary>
internal static class ExtractCommand
{
    /// <summary>How long fetching one URL may take, retries and redirects included.</summary>
    public static readonly TimeSpan FetchTimeout = TimeSpan.FromSeconds(30);

    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var inputs = new Argument<string[]>("inputs")
        {
            Description = ".html or .html.gz files, http(s) URLs, or - for standard input (once).",
            Arity = ArgumentArity.OneOrMore,
        };
        var url = new Option<string?>("--url") { Description = "The page URL, used to resolve links (one input only). Default: the final URL of a fetch." };
        var preset = PresetOption.Create();
        var charset = new Option<string?>("--charset") { Description = "The page's charset, tried before its own <meta charset>. Default: the HTTP Content-Type charset." };

        var command = new Command("extract", "Extract the main article from pages (exit code 0 done, 1 bad input, 2 usage error, 3 no article text; for several inputs the most severe).")
        {
            inputs, url, preset, charset,
        };
        var output = ArticleOutput.AddTo(command);
        var fetch = FetchCliOptions.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var error = parse.InvocationConfiguration.Error;
            var given = parse.GetValue(inputs)!;
            if (given.Length > 1 && parse.GetValue(url) is not null)
                return Usage(error, "--url names the page of one input; with several, each fetched page's own URL is used");
            // The inputs take any number of words, so an unknown option would be read as a file name: say what it is.
            if (given.FirstOrDefault(input => input.StartsWith('-') && input != "-") is { } unknown)
                return Usage(error, $"Unrecognized command or argument '{unknown}'");
            if (given.Count(input => input == "-") > 1)
                return Usage(error, "standard input (-) can be read once");
            var options = new ExtractionOptions
            {
                Focus = PresetOption.ToFocus(parse.GetValue(preset)!),
                Explain = output.Explain(parse),
            };
            output.WarnOfUnusedFlags(parse);
            await using var fetcher = new PageFetcher(fetch.Options(parse, options.MaxInputBytes, FetchTimeout));
            if (given.Length > 1)
                return await UserErrors.GuardAsync(error, () => ExtractMany.RunAsync(given, parse, output, options, parse.GetValue(charset), fetcher, cancellationToken));
            return await output.ReportAsync(parse, async () =>
            {
                ArchiveHint.CheckName(given[0]);
                var page = await PageSource.LoadAsync(given[0], options.MaxInputBytes, fetcher, cancellationToken);
                ArchiveHint.CheckContent(given[0], page.Bytes);
                // An explicit --charset or --url beats what the transport said.
                options = options with { Charset = parse.GetValue(charset) ?? page.Charset };
                return Extractor.Extract(page.Bytes, parse.GetValue(url) ?? page.Url, options, cancellationToken);
            });
        });
        return command;
    }

    // One line and a hint, not the whole help: the user knows the command, and needs only what was wrong.
    private static int Usage(TextWriter error, string message) => UsageErrors.Fail(error, message, "lede extract");
}
