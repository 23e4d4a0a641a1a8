using System.CommandLine;
using Lede.Extraction;

namespace Lede.Cli.Commands;

/// <summary>
/// The output options <c>extract</c> and <c>clean</c> share (<c>--format</c>, <c>--explain</c>, <c>--figures</c>,
/// <c>--no-front-matter</c>, <c>--related</c>, <c>--quotes</c>), and how a result is written with them: the trace to stderr, the
/// article to stdout (or, for <c>clean -o</c>, to a file), and the exit code (0 done, 1 bad input, 3 no article text).
/// </summary>
internal sealed class ArticleOutput
{
    private readonly Option<string> _format = new("--format", "-f") { Description = "The output format.", DefaultValueFactory = _ => "text" };
    private readonly Option<bool> _explain = new("--explain") { Description = "Write what was removed, and why, to stderr." };
    private readonly Option<bool> _figures = new("--figures") { Description = "Text output: keep each figure's caption and credit as a paragraph of its own." };
    private readonly Option<bool> _noFrontMatter = new("--no-front-matter") { Description = "Markdown output: leave out the YAML front matter of metadata." };
    private readonly Option<bool> _related = new("--related") { Description = "Markdown output: end with a list of the related links." };
    private readonly Option<bool> _quotes = new("--quotes") { Description = "Markdown output: follow the body with a list of the quotations and who said them." };

    /// <summary>New options (an option belongs to one command), added to <paramref name="command"/>.</summary>
    public static ArticleOutput AddTo(Command command)
    {
        var output = new ArticleOutput();
        output._format.AcceptOnlyFromAmong("text", "markdown", "json");
        command.Options.Add(output._format);
        command.Options.Add(output._explain);
        command.Options.Add(output._figures);
        command.Options.Add(output._noFrontMatter);
        command.Options.Add(output._related);
        command.Options.Add(output._quotes);
        return output;
    }

    /// <summary>Whether the user asked for the trace.</summary>
    public bool Explain(ParseResult parse) => parse.GetValue(_explain);

    /// <summary>The chosen format: <c>text</c>, <c>markdown</c> or <c>json</c>.</summary>
    public string Format(ParseResult parse) => parse.GetValue(_format)!;

    /// <summary>The file name extension of the chosen format, with its dot: <c>.txt</c>, <c>.md</c> or <c>.json</c>.</summary>
    public string Extension(ParseResult parse) => parse.GetValue(_format) switch
    {
        "markdown" => ".md",
        "json" => ".json",
        _ => ".txt",
    };

    /// <summary>Writes the trace to stderr and the article to stdout as the options say; returns the exit code.</summary>
    public int Report(ParseResult parse, ExtractionResult result)
    {
        var error = parse.InvocationConfiguration.Error;
        foreach (var entry in result.Trace)
            error.WriteLine(ExplainLine(entry));
        if (Render(parse, result) is { } text)
            parse.InvocationConfiguration.Output.Write(text);
        var (code, problem) = Verdict(result);
        if (problem is not null)
            UserErrors.Line(error, problem);
        return code;
    }

    /// <summary>
    /// What goes to the output, ending in a newline: the article in the chosen format; for a text with no article,
    /// the JSON result (so that a script can read its status) or nothing; nothing for a failure.
    /// </summary>
    public string? Render(ParseResult parse, ExtractionResult result)
    {
        var format = parse.GetValue(_format)!;
        switch (Verdict(result).Code)
        {
            case ExitCodes.BadInput: return null;
            case ExitCodes.NoArticle: return format == "json" ? EndLine(JsonArticleWriter.Write(result)) : null;
        }
        return EndLine(format switch
        {
            "markdown" => MarkdownWriter.Write(result.Article!, new MarkdownOptions { FrontMatter = !parse.GetValue(_noFrontMatter), IncludeRelated = parse.GetValue(_related), IncludeQuotes = parse.GetValue(_quotes) }),
            "json" => JsonArticleWriter.Write(result),
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
