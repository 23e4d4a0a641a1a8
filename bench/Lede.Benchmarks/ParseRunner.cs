using System.Diagnostics;
using System.Text;
using AngleSharp.Html.Parser;
using Lede.Benchmarks.Corpus;
using Lede.Html;
using Lede.Input;

namespace Lede.Benchmarks;

/// <summary>
/// Issue 13's parser benchmark. Part one: Lede's parser against AngleSharp's on the same decoded markup of every page,
/// taking turns a whole pass each, round after round; the report gives docs/s, MB/s (MB = 10^6 characters of markup)
/// and MB allocated a page for each, and Lede's ratio as the median of the rounds' ratios, which holds on a machine
/// whose speed swings; Lede's parser is also timed with its trees never disposed, for what a caller that keeps them
/// pays. Part two: depth scaling, the
/// time to parse N nested <c>&lt;div&gt;</c> and N nested <c>&lt;b&gt;</c> for N from 1,000 to 1,000,000.
/// </summary>
internal static class ParseRunner
{
    public static int Run(string[] args)
    {
        int rounds = 9;
        bool depthOnly = false, pagesOnly = false;
        string? dir = null;
        for (int i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--rounds" when i + 1 < args.Length && int.TryParse(args[i + 1], out rounds):
                    i++;
                    break;
                case "--depth-only":
                    depthOnly = true;
                    break;
                case "--pages-only":
                    pagesOnly = true;
                    break;
                case "--loop":
                    // For a profiler: parse the pages over and over for 30 s.
                    var pages = ThroughputRunner.LoadSet([]).Pages.Select(page => HtmlDecoder.Decode(page.Bytes, null).Html).ToArray();
                    var until = Stopwatch.StartNew();
                    while (until.Elapsed.TotalSeconds < 30)
                        Pass(pages, page => HtmlTreeParser.Parse(page).Dispose());
                    return 0;
                case "--stats":
                    Stats(ThroughputRunner.LoadSet(dir is null ? [] : [dir]));
                    return 0;
                case var path when !path.StartsWith("--", StringComparison.Ordinal):
                    dir = path;
                    break;
                default:
                    Console.Error.WriteLine("usage: parse [DIR] [--rounds N] [--depth-only | --pages-only]");
                    return 2;
            }
        }
        if (!depthOnly)
            Pages(ThroughputRunner.LoadSet(dir is null ? [] : [dir]), rounds);
        if (!pagesOnly)
            Depth();
        return 0;
    }

    static readonly HtmlParser AngleSharp = new(new HtmlParserOptions { IsKeepingSourceReferences = false, IsScripting = false });

    static void Pages(PageSet set, int rounds)
    {
        var markup = set.Pages.Select(page => HtmlDecoder.Decode(page.Bytes, null).Html).ToArray();
        long chars = markup.Sum(m => (long)m.Length);
        Console.WriteLine($"parse: {markup.Length} pages, {chars / 1e6:N2} M characters of decoded markup ({set.Name}); " +
                          $"{Environment.ProcessorCount} logical cores, load {Load()}; {rounds} rounds, a pass each in turn");
        var parsers = new (string Name, Action<string> Parse)[]
        {
            ("Lede parser", m => HtmlTreeParser.Parse(m).Dispose()),
            // A caller that never disposes its trees: their arrays are not rented again, so every page allocates them.
            ("Lede parser, trees not disposed", m => HtmlTreeParser.Parse(m)),
            ("AngleSharp 1.10", m => AngleSharp.ParseDocument(m)),
        };
        // Warm up: two passes each, so the timed rounds run jitted code.
        for (int i = 0; i < 2; i++)
            foreach (var (_, parse) in parsers)
                Pass(markup, parse);

        var seconds = parsers.Select(_ => new List<double>()).ToArray();
        var allocated = parsers.Select(_ => new List<double>()).ToArray();
        for (int round = 0; round < rounds; round++)
        {
            for (int p = 0; p < parsers.Length; p++)
            {
                var (time, bytes) = Pass(markup, parsers[p].Parse);
                seconds[p].Add(time);
                allocated[p].Add(bytes);
            }
        }
        for (int p = 0; p < parsers.Length; p++)
        {
            double median = Medians.Of(seconds[p]);
            Console.WriteLine($"  {parsers[p].Name,-30} {markup.Length / median,8:N0} docs/s  {chars / 1e6 / median,7:N1} MB/s  " +
                              $"{Medians.Of(allocated[p]) / 1e6 / markup.Length,6:N3} MB allocated a page");
        }
        for (int p = 1; p < parsers.Length; p++)
        {
            if (!parsers[p].Name.StartsWith("AngleSharp", StringComparison.Ordinal))
                continue;
            double ratio = Medians.Of(seconds[p].Zip(seconds[0], (other, lede) => other / lede));
            Console.WriteLine($"  Lede parser is {ratio:N2}x {parsers[p].Name} (median of the rounds' ratios)");
        }
    }

    // What a page's tree holds, and the tokenizer's share of the parse: where the time and the memory go.
    static void Stats(PageSet set)
    {
        var markup = set.Pages.Select(page => HtmlDecoder.Decode(page.Bytes, null).Html).ToArray();
        long nodes = 0, attributes = 0, buffer = 0, interned = 0, chars = markup.Sum(m => (long)m.Length);
        foreach (string page in markup)
        {
            using var tree = HtmlTreeParser.Parse(page);
            nodes += tree.Count;
            attributes += tree.AttributeCount;
            buffer += tree.Text.BufferLength;
            interned += tree.Names.InternedCount;
        }
        int n = markup.Length;
        var slowest = markup.Select((page, i) =>
        {
            var clock = Stopwatch.StartNew();
            for (int r = 0; r < 5; r++)
                HtmlTreeParser.Parse(page).Dispose();
            using var tree = HtmlTreeParser.Parse(page);
            return (Name: set.Pages[i].Name, NsPerChar: clock.Elapsed.TotalMilliseconds * 1e6 / 5 / page.Length, page.Length, Buffer: tree.Text.BufferLength);
        }).OrderByDescending(p => p.NsPerChar).Take(8);
        foreach (var page in slowest)
            Console.WriteLine($"  slow page {page.Name}: {page.NsPerChar:N2} ns/char, {page.Length:N0} chars, {page.Buffer:N0} in the buffer");
        Console.WriteLine($"a page on average: {chars / n:N0} characters, {nodes / n:N0} nodes, {attributes / n:N0} attributes, " +
                          $"{buffer / n:N0} characters in the buffer, {interned / n:N0} names interned");
        Action<string> tokenize = page =>
        {
            var tokenizer = new Lede.Html.HtmlTokenizer(new PageText(page), new NameTable());
            while (tokenizer.Next() != TokenKind.EndOfFile)
            {
            }
        };
        for (int i = 0; i < 3; i++)
        {
            var (tokens, tokensAllocated) = Pass(markup, tokenize);
            var (parse, parseAllocated) = Pass(markup, page => HtmlTreeParser.Parse(page).Dispose());
            Console.WriteLine($"tokenizer alone {tokens * 1000:N0} ms ({tokensAllocated / 1e6 / n:N3} MB a page), " +
                              $"whole parse {parse * 1000:N0} ms ({parseAllocated / 1e6 / n:N3} MB a page)");
        }
    }

    static (double Seconds, double Allocated) Pass(string[] markup, Action<string> parse)
    {
        GC.Collect();
        long before = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();
        foreach (string page in markup)
            parse(page);
        return (clock.Elapsed.TotalSeconds, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    static void Depth()
    {
        Console.WriteLine("depth: time to parse N nested elements (best of 3); linear when time/N stays flat");
        foreach (string tag in new[] { "div", "b" })
        {
            double? previous = null;
            foreach (int n in new[] { 1_000, 10_000, 100_000, 1_000_000 })
            {
                string markup = Nested(tag, n);
                double lede = Best(() => HtmlTreeParser.Parse(markup).Dispose());
                // AngleSharp is quadratic in depth: it is timed up to 10,000 (100,000 would take minutes).
                string angle = n <= 10_000 ? $"   AngleSharp {Best(() => AngleSharp.ParseDocument(markup)) * 1000,9:N1} ms" : "";
                string growth = previous is { } p ? $"  x{lede / p,5:N1} for x10 elements" : "";
                Console.WriteLine($"  <{tag}> x {n,9:N0}: Lede {lede * 1000,9:N1} ms ({lede * 1e9 / n,6:N0} ns/element){growth}{angle}");
                previous = lede;
            }
        }
    }

    static string Nested(string tag, int n)
    {
        var markup = new StringBuilder(n * (tag.Length + 2) + 32).Append("<!DOCTYPE html><body>");
        for (int i = 0; i < n; i++)
            markup.Append('<').Append(tag).Append('>');
        return markup.Append("text").ToString();
    }

    static double Best(Action parse)
    {
        double best = double.MaxValue;
        for (int i = 0; i < 3; i++)
        {
            var clock = Stopwatch.StartNew();
            parse();
            best = Math.Min(best, clock.Elapsed.TotalSeconds);
        }
        return best;
    }

    static string Load() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "n/a";
}
