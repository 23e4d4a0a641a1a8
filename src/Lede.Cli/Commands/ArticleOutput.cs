using System.CommandLine;
using Lede.Extraction;

namespace Lede.Cli.Commands;

/// <summary>
/// The output options <c>extract</c> and <c>clean</c> share (<c>--format</c>, <c>--explain</c>, <c>--figures</c>,
/// <c>--no-front-matter</c>, <c>--related</c>, <c>--quotes</c>, <c>--no-links</c>), and how a result is written with them: the trace to stderr, the
/// article to stdout (or, for <c>clean -o</c>, to a file), and the exit code (0 done, 1 bad input, 3 no article text).
/// With <c>--format json</c> the result is written for every status, failures included, beside the exit code.
/// </summary>
internal sealed class ArticleOutput
{
    private readonly Option<string> _format = new("--format", "-f") { Description = "The output format.", DefaultValueFactory = _ => "text" };
    private readonly Option<bool> _explain = new("--explain") { Description = "Write what was removed, and why, to stderr." };
    private readonly Option<bool> _figures = new("--figures") { Description = "Text output: keep each figure's caption and credit as a paragraph of its own." };
    private readonly Option<bool> _noFrontMatter = new("--no-front-matter") { Description = "Markdown output: leave out the YAML front matter of metadata." };
    private readonly Option<bool> _related = new("--related") { Description = "Markdown output: end with a list of the related links." };
    private readonly Option<bool> _quotes = new("--quotes") { Description = "Markdown output: follow the body with a list of the quotations and who said them." };
    private readonly Option<bool> _noLinks = new("--no-links") { Description = "Markdown and HTML output: write the body's links as their text alone." };

    /// <summary>New options (an option belongs to one command), added to <paramref name="command"/>.</summary>
    public static ArticleOutput AddTo(Command command)
    {
        var output = new ArticleOutput();
        Choices.Restrict(output._format, ["text", "txt"], ["markdown", "md"], ["html", "htm"], ["json"]);
        command.Options.Add(output._format);
        command.Options.Add(output._explain);
        command.Options.Add(output._figures);
        command.Options.Add(output._noFrontMatter);
        command.Options.Add(output._related);
        command.Options.Add(output._quotes);
        command.Options.Add(output._noLinks);
        return output;
    }

    /// <summary>Whether the user asked for the trace.</summary>
    public bool Explain(ParseResult parse) => parse.GetValue(_explain);

    /// <summary>The chosen format: <c>text</c>, <c>markdown</c>, <c>html</c> or <c>json</c>.</summary>
    public string Format(ParseResult parse) => parse.GetValue(_format)!;

    /// <summary>The file name extension of the chosen format, with its dot: <c>.txt</c>, <c>.md</c>, <c>.html</c> or <c>.json</c>.</summary>
    public string Extension(ParseResult parse) => parse.GetValue(_format) switch
    {
        "markdown" => ".md",
        "html" => ".html",
        "json" => ".json",
        _ => ".txt",
    };

    /// <summary>
    /// Runs <paramref name="extract"/> and reports its result (<see cref="Report"/>). A load failure that has a
    /// status of its own — too large, a fetch timeout — is reported as that result, so that <c>--format json</c>
    /// still writes it; any other user error is one <c>lede: …</c> line and exit code 1.
    /// </summary>
    public Task<int> ReportAsync(ParseResult parse, Func<Task<ExtractionResult>> extract)
        => UserErrors.GuardAsync(parse.InvocationConfiguration.Error, async () =>
        {
            ExtractionResult result;
            try
            {
                result = await extract();
            }
            catch (Exception e) when (FailureResult(e) is { } failed)
            {
                result = failed;
            }
            return Report(parse, result);
        });

    /// <summary>
    /// The result a load failure stands for, when the library has a status for it: <see cref="ExtractionStatus.TooLarge"/>
    /// for input over the cap, <see cref="ExtractionStatus.Timeout"/> for a fetch that took too long. A missing file
    /// or a failed fetch has none (the page was never there to extract): null.
    /// </summary>
    public static ExtractionResult? FailureResult(Exception e) => e switch
    {
        InputTooLargeException => new ExtractionResult { Status = ExtractionStatus.TooLarge, Reason = e.Message },
        TimeoutException => new ExtractionResult { Status = ExtractionStatus.Timeout, Reason = e.Message },
        _ => null,
    };

    /// <summary>
    /// Warns on stderr, once, of each flag given that the chosen format does not use (<c>lede: warning: --x has no
    /// effect with --format y</c>); the output is what it would be without the flag.
    /// </summary>
    public void WarnOfUnusedFlags(ParseResult parse)
    {
        var format = parse.GetValue(_format)!;
        // Text uses --figures alone; Markdown always shows figures and uses the other four; HTML shows figures and uses
        // --no-links; JSON carries everything.
        var unused = format switch
        {
            "text" => new[] { _noFrontMatter, _related, _quotes, _noLinks },
            "markdown" => [_figures],
            "html" => [_figures, _noFrontMatter, _related, _quotes],
            _ => [_figures, _noFrontMatter, _related, _quotes, _noLinks],
        };
        foreach (var flag in unused.Where(flag => parse.GetValue(flag)))
            UserErrors.Line(parse.InvocationConfiguration.Error, $"warning: {flag.Name} has no effect with --format {format}");
    }

    /// <summary>Writes the trace to stderr and the article to stdout as the options say; returns the exit code.</summary>
    public int Report(ParseResult parse, ExtractionResult result)
    {
        var error = parse.InvocationConfiguration.Error;
        foreach (var entry in result.Trace)
            error.WriteLine(ExplainLine(entry));
        if (Render(parse, result) is { } text)
            parse.InvocationConfiguration.Output.Write(text);
        // A page read only in part is still an article: say so, without changing the exit code.
        if (result.Truncated)
            UserErrors.Line(error, $"warning: {result.Reason}");
        var (code, problem) = Verdict(result);
        if (problem is not null)
            UserErrors.Line(error, problem);
        return code;
    }

    /// <summary>
    /// What goes to the output, ending in a newline: with <c>--format json</c> the result whatever its status (so that
    /// a script can read the status and reason); in text or Markdown the article, and nothing when there is none.
    /// </summary>
    public string? Render(ParseResult parse, ExtractionResult result)
    {
        var format = parse.GetValue(_format)!;
        if (format == "json")
            return EndLine(JsonArticleWriter.Write(result));
        if (Verdict(result).Code != ExitCodes.Ok)
            return null;
        return EndLine(format switch
        {
            "markdown" => MarkdownWriter.Write(result.Article!, new MarkdownOptions
            {
                FrontMatter = !parse.GetValue(_noFrontMatter), IncludeRelated = parse.GetValue(_related), IncludeQuotes = parse.GetValue(_quotes),
                IncludeLinks = !parse.GetValue(_noLinks),
            }),
            "html" => HtmlWriter.Write(result.Article!, new HtmlOptions { IncludeLinks = !parse.GetValue(_noLinks) }),
            _ => PlainTextWriter.Write(result.Article!, includeFigureCaptions: parse.GetValue(_figures)),
        });
    }

    /// <summary>The exit code a result means, and the problem to report for any but an article: its reason, or "no article text found".</summary>
    public static (int Code, string? Problem) Verdict(ExtractionResult result)
    {
        if (result.Status is not (ExtractionStatus.Ok or ExtractionStatus.Empty))
            return (ExitCodes.BadInput, result.Reason ?? result.Status.ToString());
        if (result.Status == ExtractionStatus.Empty || result.Article is null)
            return (ExitCodes.NoArticle, "no article text found");
        return (ExitCodes.Ok, null);
    }

    private static string EndLine(string text) => text.EndsWith('\n') ? text : text + "\n";

    /// <summary>One short trace line: <c>[Stage] what — why</c>, with the removed text cut to a glance.</summary>
    internal static string ExplainLine(TraceEntry entry) => $"[{entry.Stage}] {Shorten(entry.What, 80)} — {Shorten(entry.Why, 120)}";

    private static string Shorten(string text, int max)
    {
        var flat = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return flat.Length <= max ? flat : string.Concat(flat.AsSpan(0, max - 1), "…");
    }
}
