using System.Text.RegularExpressions;
using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace Lede.Tests.Golden;

/// <summary>
/// The golden pages' Markdown and HTML keep every link and inline code span of the story. The oracle is AngleSharp on
/// the source page: each paragraph or list item of the source whose text is a paragraph or item of Lede's body is the
/// story's, and each link (with its target resolved as a browser resolves it) and each code span in it must come out in
/// the Markdown (rendered by Markdig) and in the HTML writer's document.
/// </summary>
public sealed partial class GoldenInlineTests
{
    public static TheoryData<string> Pages => new(GoldenPage.Slugs());

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task MarkdownAndHtmlKeepTheStorysLinksAndCode(string slug)
    {
        var page = GoldenPage.Load(slug);
        await AssertKept(page.Source, page.Url);
    }

    // No golden page has inline code (news pages seldom do): the dated pages of the shared data that hold some are checked too.
    [SkippableFact]
    public async Task PagesWithInlineCodeKeepItToo()
    {
        var root = Lede.Cli.Eval.SharedData.HtmldateDates;
        Skip.If(root is null, $"the htmldate pages are absent (set {Lede.Cli.Eval.SharedData.EnvironmentVariable} or put shared/benchmarks beside the repository)");
        int code = 0;
        foreach (var file in Directory.GetFiles(Path.Combine(root, "html")).Order(StringComparer.Ordinal))
        {
            var bytes = Gunzip(file);
            if (!System.Text.Encoding.UTF8.GetString(bytes).Contains("<code", StringComparison.Ordinal)) continue;
            code += await AssertKept(bytes, "https://dated.example/" + Path.GetFileName(file));
        }
        Assert.True(code >= 10, $"only {code} inline code spans in the story paragraphs of the dated pages");
    }

    // Checks one page; returns how many code spans its story holds.
    private static async Task<int> AssertKept(byte[] source, string? url)
    {
        var (links, code, article) = await StoryInlines(source, url);

        var fromMarkdown = await Read(Markdig.Markdown.ToHtml(MarkdownWriter.Write(article)));
        var fromHtml = await Read(HtmlWriter.Write(article));
        foreach (var link in links)
        {
            Assert.Contains(link, fromMarkdown.Links);
            Assert.Contains(link, fromHtml.Links);
        }
        foreach (var span in code)
        {
            Assert.Contains(span, fromMarkdown.Code);
            Assert.Contains(span, fromHtml.Code);
        }
        return code.Count;
    }

    [Fact]
    public async Task ThePagesHoldLinksToCheck()
    {
        int links = 0;
        foreach (var slug in GoldenPage.Slugs())
        {
            var page = GoldenPage.Load(slug);
            links += (await StoryInlines(page.Source, page.Url)).Links.Count;
        }
        Assert.True(links >= 20, $"only {links} story links on the golden pages: the check above would prove little");
    }

    // The links (absolute http(s) targets, "text → target") and code spans of the source's story paragraphs.
    private static async Task<(List<string> Links, List<string> Code, Article Article)> StoryInlines(byte[] source, string? url)
    {
        var article = Extractor.Extract(source, url).Article ?? new Article();
        var bodyTexts = new HashSet<string>(StringComparer.Ordinal);
        foreach (var block in article.Blocks)
        {
            if (block is ParagraphBlock p) bodyTexts.Add(Normal(p.Text));
            if (block is ListBlock l) foreach (var item in l.Items) bodyTexts.Add(Normal(item.Text));
        }
        var context = BrowsingContext.New(Configuration.Default);
        using var document = await context.OpenAsync(r => r.Content(new MemoryStream(source)).Address(url ?? "https://golden.example/"));
        var links = new List<string>();
        var code = new List<string>();
        var blocks = document.QuerySelectorAll("p, li").Where(b => b.QuerySelector("p, li, ul, ol, br") is null).ToList();
        // A text the page holds twice ("Sport" in a menu and in a list) cannot say which of its blocks is the story's.
        var once = blocks.GroupBy(b => Normal(b.TextContent)).Where(g => g.Count() == 1).Select(g => g.Key).ToHashSet();
        foreach (var block in blocks)
        {
            var blockText = Normal(block.TextContent);
            // A short text ("Didier Porte") may be a tag in a list and a bold line in the story: only sentences say where they are.
            if (blockText.Length < 30 || !once.Contains(blockText) || !bodyTexts.Contains(blockText)) continue;
            foreach (var anchor in block.QuerySelectorAll("a[href]").OfType<IHtmlAnchorElement>())
            {
                var text = Normal(anchor.TextContent);
                if (text.Length > 0 && Uri.TryCreate(anchor.Href, UriKind.Absolute, out var target) && target.Scheme is "http" or "https")
                    links.Add(text + " → " + target.AbsoluteUri);
            }
            foreach (var span in block.QuerySelectorAll("code"))
                if (Normal(span.TextContent) is { Length: > 0 } text) code.Add(text);
        }
        return (links, code, article);
    }

    // What a rendered document's links and code spans say, in the form StoryInlines gives.
    private static async Task<(HashSet<string> Links, HashSet<string> Code)> Read(string html)
    {
        using var document = await BrowsingContext.New(Configuration.Default).OpenAsync(r => r.Content(html));
        var links = document.QuerySelectorAll("a[href]").Select(a => Normal(a.TextContent) + " → " + new Uri(a.GetAttribute("href")!).AbsoluteUri).ToHashSet();
        var code = document.QuerySelectorAll("code").Select(c => Normal(c.TextContent)).ToHashSet();
        return (links, code);
    }

    private static byte[] Gunzip(string file)
    {
        using var gzip = new System.IO.Compression.GZipStream(File.OpenRead(file), System.IO.Compression.CompressionMode.Decompress);
        using var bytes = new MemoryStream();
        gzip.CopyTo(bytes);
        return bytes.ToArray();
    }

    private static string Normal(string text) => Blanks().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Blanks();
}
