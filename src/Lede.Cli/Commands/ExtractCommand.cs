using System.CommandLine;

namespace Lede.Cli.Commands;

/// <summary>
/// <c>lede extract &lt;file|URL|-&gt;</c>: the main article of one page, as text, Markdown or JSON on stdout.
/// Exit codes: 0 an article was written; 1 bad input (one <c>lede: …</c> line on stderr); 2 a usage error;
/// 3 the page holds no article text (<c>lede: no article text found</c> on stderr; with <c>--format json</c>
/// the result is still written, so a script can read its status).
/// </summary>
internal static class ExtractCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var input = new Argument<string>("input") { Description = "An .html or .html.gz file, an http(s) URL, or - for standard input." };
        var format = new Option<string>("--format", "-f") { Description = "The output format.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "markdown", "json");
        var url = new Option<string?>("--url") { Description = "The page URL, used to resolve links. Default: the final URL of a fetch." };
        var preset = PresetOption.Create();
        var explain = new Option<bool>("--explain") { Description = "Write what each stage removed, and why, to stderr." };
        var charset = new Option<string?>("--charset") { Description = "The page's charset, tried before its own <meta charset>. Default: the HTTP Content-Type charset." };
        var figures = new Option<bool>("--figures") { Description = "Text output: keep each figure's caption and credit as a paragraph of its own." };
        var noFrontMatter = new Option<bool>("--no-front-matter") { Description = "Markdown output: leave out the YAML front matter of metadata." };
        var related = new Option<bool>("--related") { Description = "Markdown output: end with a list of the related links." };
        var quotes = new Option<bool>("--quotes") { Description = "Markdown output: follow the body with a list of the quotations and who said them." };

        var command = new Command("extract", "Extract the main article from a page (exit code 0 done, 1 bad input, 2 usage error, 3 no article text).")
        {
            input, format, url, preset, explain, charset, figures, noFrontMatter, related, quotes,
        };
        command.SetAction((parse, cancellationToken) =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            var options = new ExtractionOptions
            {
                Focus = PresetOption.ToFocus(parse.GetValue(preset)!),
                Explain = parse.GetValue(explain),
            };
            return UserErrors.GuardAsync(error, async () =>
            {
                var page = await PageSource.LoadAsync(parse.GetValue(input)!, options.MaxInputBytes, cancellationToken);
                // An explicit --charset or --url beats what the transport said.
                options = options with { Charset = parse.GetValue(charset) ?? page.Charset };
                var result = Extractor.Extract(page.Bytes, parse.GetValue(url) ?? page.Url, options, cancellationToken);
                var writers = new OutputChoices(parse.GetValue(format)!, parse.GetValue(figures), !parse.GetValue(noFrontMatter), parse.GetValue(related), parse.GetValue(quotes));
                return Report(result, writers, output, error);
            });
        });
        return command;
    }

    /// <summary>The output format and what the writers include besides the body.</summary>
    private sealed record OutputChoices(string Format, bool FigureCaptions, bool FrontMatter, bool Related, bool Quotes);

    private static int Report(ExtractionResult result, OutputChoices choices, TextWriter output, TextWriter error)
    {
        var format = choices.Format;
        foreach (var entry in result.Trace)
            error.WriteLine(ExplainLine(entry));

        if (result.Status is not (ExtractionStatus.Ok or ExtractionStatus.Empty))
            return UserErrors.Fail(error, result.Reason ?? result.Status.ToString());

        if (result.Status == ExtractionStatus.Empty || result.Article is null)
        {
            if (format == "json")
                WriteLine(output, JsonArticleWriter.Write(result));
            error.WriteLine("lede: no article text found");
            return ExitCodes.NoArticle;
        }

        WriteLine(output, format switch
        {
            "markdown" => MarkdownWriter.Write(result.Article, new MarkdownOptions { FrontMatter = choices.FrontMatter, IncludeRelated = choices.Related, IncludeQuotes = choices.Quotes }),
            "json" => JsonArticleWriter.Write(result),
            _ => PlainTextWriter.Write(result.Article, includeFigureCaptions: choices.FigureCaptions),
        });
        return ExitCodes.Ok;
    }

    private static void WriteLine(TextWriter output, string text)
    {
        output.Write(text);
        if (!text.EndsWith('\n'))
            output.Write('\n');
    }

    /// <summary>One short trace line: <c>[Stage] what — why</c>, with the removed text cut to a glance.</summary>
    internal static string ExplainLine(TraceEntry entry) => $"[{entry.Stage}] {Shorten(entry.What, 80)} — {Shorten(entry.Why, 120)}";

    private static string Shorten(string text, int max)
    {
        var flat = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return flat.Length <= max ? flat : string.Concat(flat.AsSpan(0, max - 1), "…");
    }
}
