using System.Diagnostics;
using System.Text;
using Lede.Html;

namespace Lede.Tests.Html;

/// <summary>Lede's parser on what the conformance suite does not cover: depth, limits, cancellation, script text, text without copies, hostile input.</summary>
public sealed class HtmlTreeParserTests
{
    private static string Nested(string tag, int n) => new StringBuilder().Insert(0, $"<{tag}>", n).Append("x").ToString();

    [Theory]
    [InlineData("div")]
    [InlineData("b")]
    [InlineData("span")]
    public void HundredsOfThousandsOfNestedElementsParseWithoutRecursion(string tag)
    {
        var clock = Stopwatch.StartNew();
        using var tree = HtmlTreeParser.Parse(Nested(tag, 200_000));
        clock.Stop();

        // A quadratic parse of 200,000 levels takes minutes; a linear one a few tens of milliseconds.
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"{clock.Elapsed}");
        int deepest = TreeChecks.AssertConsistent(tree);
        // <b> is a formatting element: past three equal ones the list of active formatting elements forgets the earliest, not the tree.
        Assert.Equal(200_000 + 2, deepest); // html, body, then every element
    }

    [Fact]
    public void MaxDepthPutsDeeperElementsAtTheLimit()
    {
        using var tree = HtmlTreeParser.Parse(Nested("div", 1_000), new HtmlParseOptions { MaxDepth = 32 });

        Assert.Equal(32, TreeChecks.AssertConsistent(tree));
        Assert.Equal(1_000, Count(tree, KnownNames.Div));
        Assert.Contains("x", TreeFormat.Document(tree));
    }

    [Fact]
    public void CancellationStopsTheParse()
    {
        string page = new StringBuilder().Insert(0, "<p>a</p>", 50_000).ToString();
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => HtmlTreeParser.Parse(page, cancellationToken: cancelled.Token));
    }

    [Fact]
    public void ScriptAndStyleTextIsSkippedButJsonLdIsKept()
    {
        const string page = "<script>var a = '<b>';</script><style>p{}</style><script type=' Application/LD+JSON '>{\"@type\":\"NewsArticle\"}</script><p>x";

        using var tree = HtmlTreeParser.Parse(page);
        using var full = HtmlTreeParser.Parse(page, new HtmlParseOptions { KeepScriptText = true });

        string skipped = TreeFormat.Document(tree);
        Assert.DoesNotContain("var a", skipped);
        Assert.DoesNotContain("p{}", skipped);
        Assert.Contains("{\"@type\":\"NewsArticle\"}", skipped);
        Assert.Contains("<p>", skipped);
        Assert.Contains("var a = '<b>';", TreeFormat.Document(full));
        Assert.Contains("p{}", TreeFormat.Document(full));
    }

    [Fact]
    public void PlainTextIsARangeOfTheMarkupAndChangedTextOneRunInTheBuffer()
    {
        using var tree = HtmlTreeParser.Parse("<p>plain words</p><p>fish &amp; chips</p>");

        var texts = Enumerable.Range(0, tree.Count).Where(n => tree[n].Kind == NodeKind.Text).ToList();
        Assert.Equal(2, texts.Count);
        Assert.True(tree[texts[0]].DataStart < tree.Text.SourceLength);
        Assert.Equal("plain words", tree.TextOf(texts[0]).ToString());
        Assert.True(tree[texts[1]].DataStart >= tree.Text.SourceLength);
        Assert.Equal("fish & chips", tree.TextOf(texts[1]).ToString());
    }

    [Fact]
    public void TextFosterParentedPieceByPieceGrowsInLinearTime()
    {
        // Each "x" joins the text before the table while each cell's decoded text goes to the buffer in between,
        // so the joined text cannot just be widened: it is moved with room to grow, not copied again each time.
        string page = "<table><tr>" + new StringBuilder().Insert(0, "x<td>&amp;</td>", 50_000);
        var clock = Stopwatch.StartNew();
        using var tree = HtmlTreeParser.Parse(page);

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"{clock.Elapsed}");
        int body = tree[tree[PageTree.Document].FirstChild].LastChild;
        int fostered = tree[body].FirstChild;
        Assert.Equal(NodeKind.Text, tree[fostered].Kind);
        Assert.Equal(new string('x', 50_000), tree.TextOf(fostered).ToString());
        TreeChecks.AssertConsistent(tree);
    }

    [Fact]
    public void NulIsDroppedInHtmlAndReplacedInForeignContent()
    {
        Assert.Contains("\"ab\"", HtmlTree.Write("<p>a\0b"));
        Assert.Contains("\"a\uFFFDb\"", HtmlTree.Write("<svg>a\0b"));
    }

    [Fact]
    public void AnOptionHoldingItsSelectedcontentIsClonedIntoItOnce()
    {
        // The selected option is cloned into the select's selectedcontent when the option closes; here the
        // selectedcontent is inside that option, so the clone must be of the option as it was, not grow forever.
        using var tree = HtmlTreeParser.Parse("<select><option><selectedcontent></selectedcontent>x</option></select>");
        TreeChecks.AssertConsistent(tree);
        Assert.Equal(2, Count(tree, KnownNames.Selectedcontent));
        string dump = TreeFormat.Document(tree);
        Assert.Equal(2, dump.Split("\"x\"").Length - 1);
    }

    [Fact]
    public void TreesGoBackToThePoolAndTheNextParseIsRight()
    {
        for (int i = 0; i < 50; i++)
        {
            using var tree = HtmlTreeParser.Parse($"<ul><li>item {i}<li>next</ul><p class=c{i}>para");
            string dump = TreeFormat.Document(tree);
            Assert.Contains($"\"item {i}\"", dump);
            Assert.Contains($"class=\"c{i}\"", dump);
            TreeChecks.AssertConsistent(tree);
        }
    }

    [Fact]
    public void RandomTagSoupNeverThrowsAndAlwaysBuildsAConsistentTree()
    {
        // Tags that reach every insertion mode and the algorithm's corners: tables, templates, foreign content,
        // formatting elements (the adoption agency), select, frameset, raw text, and stray end tags.
        string[] pieces =
        [
            "<table>", "</table>", "<tr>", "<td>", "</td>", "<th>", "<caption>", "<colgroup>", "<col>", "<tbody>", "</tr>",
            "<template>", "</template>", "<svg>", "</svg>", "<math>", "<mi>", "<foreignObject>", "<annotation-xml encoding=text/html>",
            "<desc>", "<a>", "</a>", "<b>", "</b>", "<i>", "</i>", "<nobr>", "<font color=red>", "</font>", "<p>", "</p>",
            "<div>", "</div>", "<li>", "<dd>", "<h1>", "</h2>", "<select>", "<option>", "<optgroup>", "</select>", "<hr>",
            "<button>", "<selectedcontent>", "<frameset>", "<frame>", "</frameset>", "<noframes>", "<head>", "</head>",
            "<body>", "</body>", "<html>", "</html>", "<form>", "</form>", "<textarea>", "<title>", "<script>", "</script>",
            "<style>", "<plaintext>", "<xmp>", "<iframe>", "<noscript>", "<image>", "<input type=hidden>", "<br>", "</br>",
            "<ruby>", "<rt>", "<rp>", "<![CDATA[x]]>", "<!--c-->", "<!DOCTYPE html>", "&amp;", "\0", " ", "\n", "text",
            "<marquee>", "</marquee>", "<applet>", "<object>", "</object>", "<listing>", "<pre>", "\r\n", "<a href=x>",
        ];
        var random = new Random(13);
        for (int round = 0; round < 3_000; round++)
        {
            var page = new StringBuilder();
            int length = random.Next(1, 60);
            for (int i = 0; i < length; i++)
                page.Append(pieces[random.Next(pieces.Length)]);
            string markup = page.ToString();
            using var tree = HtmlTreeParser.Parse(markup, new HtmlParseOptions { KeepScriptText = random.Next(2) == 0 });
            TreeChecks.AssertConsistent(tree);
            var (fragment, root) = HtmlTreeParser.ParseFragment(markup, ElementNamespace.Html, round % 2 == 0 ? "td" : "select");
            using (fragment)
                TreeChecks.AssertConsistent(fragment);
        }
    }

    private static int Count(PageTree tree, int name)
    {
        int count = 0;
        for (int node = 0; node < tree.Count; node++)
            if (tree.IsHtml(node, name))
                count++;
        return count;
    }
}
