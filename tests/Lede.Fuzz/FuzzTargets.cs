using System.Text;
using System.Text.Json;
using Lede.Html;
using Lede.Output;
using Lede.Warc;

namespace Lede.Fuzz;

/// <summary>A contract a fuzz input broke without an exception of its own: a wrong count, a timeout, a lost round trip.</summary>
public sealed class FuzzFinding(string message) : Exception(message);

/// <summary>
/// The entry points fuzzed, each with the contract it keeps on any bytes: only documented exceptions, no timeout
/// (the time budget stands in for a hang detector), and the invariants a caller relies on. Anything else escapes as
/// an exception, which the fuzzer records as a crash and a replay reports.
/// </summary>
public static class FuzzTargets
{
    /// <summary>The targets by name, in the order the CI runs them.</summary>
    public static readonly IReadOnlyDictionary<string, Action<byte[]>> All = new Dictionary<string, Action<byte[]>>
    {
        ["html"] = Html,
        ["warc"] = Warc,
        ["clean"] = Clean,
        ["json"] = Json,
        ["extract"] = Extract,
    };

    // Generous beside the milliseconds these inputs take, short enough that a super-linear path shows as a finding.
    // Options are made per call, not in static fields: under afl-fuzz the fork server process touches this class
    // before coverage is set up, and instrumented code (Lede's constructors) must not run there.
    static ExtractionOptions Budgeted => new() { TimeBudget = TimeSpan.FromSeconds(10), Explain = true };

    // A first byte of 1 to 8 (never the start of a real page) asks for a fragment parse in that context; the rest is the markup.
    static readonly string?[] FragmentContexts = [null, "td", "body", "select", "template", "svg path", "math mi", "table", "textarea"];

    /// <summary>The tokenizer and tree builder: decode, parse as a document or a fragment, write the tree.</summary>
    public static void Html(byte[] data)
    {
        string? context = data.Length > 0 && data[0] < FragmentContexts.Length ? FragmentContexts[data[0]] : null;
        ReadOnlySpan<byte> markup = context is null ? data : data.AsSpan(1);
        string tree = HtmlTree.Write(markup, fragmentContext: context, options: FullTree);
        // Every document gets an html element at the top, whatever the markup (WHATWG 13.2.6.4.1-2).
        if (context is null && !tree.StartsWith("| <html>\n", StringComparison.Ordinal) && !tree.Contains("\n| <html>\n", StringComparison.Ordinal))
            throw new FuzzFinding("a document's tree has no html element at its top");
    }

    static HtmlParseOptions FullTree => new() { KeepScriptText = true };

    /// <summary>The WARC/ARC reader, with the default limits and with tight ones; counts must agree with the items.</summary>
    public static void Warc(byte[] data)
    {
        ReadArchive(data, WarcReaderOptions.Default);
        ReadArchive(data, new WarcReaderOptions { MaxDocumentBytes = 512, MaxHeaderBytes = 256 });
    }

    static void ReadArchive(byte[] data, WarcReaderOptions options)
    {
        var items = WarcReader.Read(new MemoryStream(data, writable: false), options);
        long documents = 0, problems = 0;
        foreach (var item in items)
        {
            if (item is WarcDocument document)
            {
                documents++;
                if (document.Body.Length > options.MaxDocumentBytes)
                    throw new FuzzFinding($"a document of {document.Body.Length} bytes passed a cap of {options.MaxDocumentBytes}");
            }
            else if (item is WarcProblem problem)
            {
                problems++;
                if (string.IsNullOrWhiteSpace(problem.Reason) || problem.Reason.Contains('\n'))
                    throw new FuzzFinding($"a problem without a one-line reason: '{problem.Reason}'");
            }
            if (item.Offset < 0 || (item.OffsetKind == WarcOffsetKind.File && item.Offset > data.Length))
                throw new FuzzFinding($"offset {item.Offset} outside the {data.Length}-byte input");
        }
        if (documents != items.Counts.Documents || problems != items.Counts.Problems)
            throw new FuzzFinding($"counted {items.Counts.Documents} documents and {items.Counts.Problems} problems, enumerated {documents} and {problems}");
    }

    /// <summary>The plain-text cleaner.</summary>
    public static void Clean(byte[] data) => CheckResult(Extractor.Clean(data, Budgeted));

    /// <summary>The whole extractor, and its result's JSON read back.</summary>
    public static void Extract(byte[] data) => CheckResult(Extractor.Extract(data, "https://fuzz.example/news/story.html", Budgeted));

    /// <summary>The JSON reader: malformed JSON may only throw <see cref="JsonException"/>; what it reads writes and reads back the same.</summary>
    public static void Json(byte[] data)
    {
        ExtractionResult result;
        try
        {
            result = JsonArticleWriter.Read(Encoding.UTF8.GetString(data));
        }
        catch (JsonException)
        {
            return; // documented: malformed, or a required member missing
        }
        string once = JsonArticleWriter.Write(result, indented: false);
        string twice = JsonArticleWriter.Write(JsonArticleWriter.Read(once), indented: false);
        if (once != twice)
            throw new FuzzFinding("JSON written from a read result does not read back to the same JSON");
    }

    static void CheckResult(ExtractionResult result)
    {
        if (result.Status == ExtractionStatus.Timeout)
            throw new FuzzFinding($"ran out of its time budget: {result.Reason}");
        if (result.IsOk)
        {
            // Every writer must take what the extractor made, and the JSON must read back.
            string json = JsonArticleWriter.Write(result, indented: false);
            JsonArticleWriter.Read(json);
            MarkdownWriter.Write(result.Article);
            HtmlWriter.Write(result.Article);
            PlainTextWriter.Write(result.Article, includeFigureCaptions: true);
        }
        else if (string.IsNullOrWhiteSpace(result.Reason) || result.Reason.Contains('\n'))
            throw new FuzzFinding($"status {result.Status} without a one-line reason: '{result.Reason}'");
    }
}
