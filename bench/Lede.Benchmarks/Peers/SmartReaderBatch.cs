using System.Text.Json;
using Lede.Input;
using Lede.Warc;

namespace Lede.Benchmarks.Peers;

/// <summary>
/// SmartReader as a corpus job, the peer of <c>lede batch --jobs 1</c> in <see cref="ProcessesRunner"/>: reads a WARC
/// from standard input with the same reader, decodes each page as Lede does (SmartReader takes text), runs SmartReader
/// on one thread and writes a JSON line per page (address, title, byline, text) to a file. Run as a child process:
/// <c>smartreader-batch OUTPUT-FILE</c>.
/// </summary>
internal static class SmartReaderBatch
{
    public static int Run(string[] args)
    {
        if (args is not [var outputPath])
        {
            Console.Error.WriteLine("usage: smartreader-batch OUTPUT-FILE   (a WARC on standard input)");
            return 2;
        }
        int pages = 0, readable = 0, failed = 0;
        using var input = Console.OpenStandardInput();
        using var output = File.Create(outputPath);
        using var json = new Utf8JsonWriter(output);
        foreach (var item in WarcReader.Read(input))
        {
            if (item is not WarcDocument document) continue;
            pages++;
            var html = HtmlDecoder.Decode(document.Body.Span, document.Charset).Html;
            json.WriteStartObject();
            json.WriteString("url", document.TargetUri);
            try
            {
                var article = new SmartReader.Reader(document.TargetUri ?? "https://example.invalid/", html).GetArticle();
                if (article.IsReadable) readable++;
                json.WriteString("title", article.Title);
                json.WriteString("byline", article.Byline);
                json.WriteString("text", article.TextContent);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // As the batch does: one page that fails is a line that says so, never the end of the run.
                failed++;
                json.WriteString("error", e.GetType().Name);
            }
            json.WriteEndObject();
            json.Flush();
            json.Reset(); // one JSON value a line
            output.WriteByte((byte)'\n');
        }
        Console.Error.WriteLine($"smartreader-batch: {pages} pages, {readable} readable, {failed} failed");
        return 0;
    }
}
