using System.CommandLine;
using Lede.Extraction;
using Lede.Fetch;

namespace Lede.Cli.Commands;

/// <summary>
/// <c>lede extract</c> with several inputs, files and URLs mixed, in the order given, in one process (URLs through one
/// polite fetcher). JSON: one compact JSON result a line (JSON Lines) for each input read, whatever its status. Text and Markdown: each
/// article under a <c>==&gt; INPUT &lt;==</c> line, a blank line between them, as <c>head</c> does for several files.
/// An input that cannot be read gets a <c>lede: INPUT: …</c> line on stderr and nothing on stdout; the others go on.
/// Exit code: the most severe — 1 if any input was bad, else 3 if any had no article text, else 0.
/// </summary>
internal static class ExtractMany
{
    public static async Task<int> RunAsync(IReadOnlyList<string> inputs, ParseResult parse, ArticleOutput output, ExtractionOptions options,
        string? charset, PageFetcher fetcher, CancellationToken cancellationToken)
    {
        var (stdout, error) = (parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error);
        bool json = output.Format(parse) == "json";
        int worst = ExitCodes.Ok, written = 0;
        foreach (var input in inputs)
        {
            ExtractionResult result;
            try
            {
                ArchiveHint.CheckName(input);
                var page = await PageSource.LoadAsync(input, options.MaxInputBytes, fetcher, cancellationToken);
                ArchiveHint.CheckContent(input, page.Bytes);
                result = Extractor.Extract(page.Bytes, page.Url, options with { Charset = charset ?? page.Charset }, cancellationToken);
            }
            catch (Exception e) when (ArticleOutput.FailureResult(e) is { } failed)
            {
                result = failed; // too large, or a fetch past its time: a result with its status, as for one input
            }
            catch (Exception e) when (UserErrors.IsUserError(e) && !cancellationToken.IsCancellationRequested)
            {
                UserErrors.Line(error, $"{input}: {UserErrors.Describe(e)}");
                worst = ExitCodes.BadInput;
                continue;
            }
            foreach (var entry in result.Trace)
                error.WriteLine(ArticleOutput.ExplainLine(entry));
            var (code, problem) = ArticleOutput.Verdict(result);
            if (problem is not null)
                UserErrors.Line(error, $"{input}: {problem}");
            if (code == ExitCodes.BadInput)
                worst = ExitCodes.BadInput;
            else if (code == ExitCodes.NoArticle && worst == ExitCodes.Ok)
                worst = ExitCodes.NoArticle;

            if (json)
            {
                stdout.Write(JsonArticleWriter.Write(result, indented: false) + "\n"); // every status, as for one input
            }
            else if (output.Render(parse, result) is { } text)
            {
                stdout.Write($"{(written++ > 0 ? "\n" : "")}==> {input} <==\n{text}");
            }
        }
        return worst;
    }
}
