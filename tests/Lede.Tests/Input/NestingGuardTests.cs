using AngleSharp.Dom;
using Lede.Input;

namespace Lede.Tests.Input;

public sealed class NestingGuardTests
{
    private static string Repeat(string s, int n) => string.Concat(Enumerable.Repeat(s, n));

    private static int Depth(string html)
    {
        var document = PageParser.Parse(html, CancellationToken.None);
        int max = 0;
        var stack = new Stack<(INode Node, int Depth)>();
        stack.Push((document, 0));
        while (stack.TryPop(out var item))
        {
            max = Math.Max(max, item.Depth);
            foreach (var child in item.Node.ChildNodes)
                stack.Push((child, item.Depth + 1));
        }
        return max;
    }

    [Fact]
    public void ShallowMarkupComesBackAsTheSameInstance()
    {
        var html = "<html><body>" + Repeat("<div><p>text <b>bold</b></p></div>", 100) + "</body></html>";
        Assert.Same(html, NestingGuard.Bound(html, 256, out int dropped));
        Assert.Equal(0, dropped);
    }

    [Fact]
    public void ShallowMarkupIsScannedWithoutAllocating()
    {
        var html = "<html><head><script>if (a < b) x();</script></head><body>"
            + Repeat("<div class='a'><p>text <b>bold</b><br><!-- c --></p><ul><li>one<li>two</ul></div>", 500) + "</body></html>";
        NestingGuard.Bound(html, 256, out _); // rents the pooled stacks once
        long before = GC.GetAllocatedBytesForCurrentThread();
        NestingGuard.Bound(html, 256, out _);
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Fact]
    public void DeepNestingIsCutAtTheLimitAndTextIsKept()
    {
        var html = "<body>" + Repeat("<div>", 1000) + "deep text" + Repeat("</div>", 1000) + "<p>after</p></body>";
        var bounded = NestingGuard.Bound(html, 50, out int dropped);
        Assert.Equal(2 * 951, dropped); // <body> and 49 divs fill the 50 levels; each dropped start tag takes its end tag along
        Assert.Equal("<body>" + Repeat("<div>", 49) + "deep text" + Repeat("</div>", 49) + "<p>after</p></body>", bounded);
    }

    [Fact]
    public void TextBetweenDroppedTagsIsKeptInOrder()
    {
        var bounded = NestingGuard.Bound("<div>a<div>b<span>c</span>d</div>e</div>", 1, out int dropped);
        Assert.Equal("<div>abcde</div>", bounded);
        Assert.Equal(4, dropped);
    }

    [Fact]
    public void ABufferIsBoundedInPlaceExactlyAsTheSameString()
    {
        var html = "<html><head><style>p{}</style><script>var a='<div>';</script><script type=\"application/ld+json\">{}</script></head>"
                   + "<body>" + Repeat("<div>x", 300) + "<b>" + Repeat("<i>", 40) + "end</body></html>";
        var fromString = NestingGuard.Bound(html, 256, out int droppedFromString, elideCode: true);
        var buffer = ("junk" + html + "junk").ToCharArray();
        int length = NestingGuard.BoundInPlace(buffer.AsSpan(4, html.Length), 256, out int droppedInPlace, elideCode: true);
        var inPlace = new string(buffer, 4, length);
        Assert.Equal(fromString, inPlace);
        Assert.Equal(droppedFromString, droppedInPlace);
        Assert.DoesNotContain("var a", inPlace);
        Assert.Contains("ld+json\">{}</script>", inPlace);
        // What lies outside the span is never touched.
        Assert.Equal("junk", new string(buffer, 0, 4));
        Assert.Equal("junk", new string(buffer, 4 + html.Length, 4));
        // Nothing to cut: the whole span is the result.
        var plain = "<p>short</p>".ToCharArray();
        Assert.Equal(plain.Length, NestingGuard.BoundInPlace(plain, 256, out int none));
        Assert.Equal("<p>short</p>", new string(plain));
        Assert.Equal(0, none);
    }

    [Fact]
    public void DepthComesBackUnderTheLimitAfterDeepPartCloses()
    {
        var html = Repeat("<div>", 10) + "x" + Repeat("</div>", 10) + "<section><p>kept</p></section>";
        var bounded = NestingGuard.Bound(html, 5, out _);
        Assert.EndsWith("<section><p>kept</p></section>", bounded);
    }

    [Fact]
    public void UnclosedDivsAreBounded()
    {
        var html = "<html><body>" + Repeat("<div>x", 5000);
        var bounded = NestingGuard.Bound(html, 256, out int dropped);
        Assert.True(dropped > 4000, $"dropped {dropped}");
        Assert.InRange(Depth(bounded), 250, 262);
        Assert.Equal(5000, bounded.Count(c => c == 'x'));
    }

    [Fact]
    public void NestedFormattingElementsHaveALowerLimit()
    {
        var html = "<p>" + Repeat("<b><i>", 500) + "deep" + Repeat("</i></b>", 500) + "</p>";
        var bounded = NestingGuard.Bound(html, 256, out _);
        Assert.Equal(NestingGuard.MaxFormattingDepth, bounded.Split("<b>").Length - 1 + bounded.Split("<i>").Length - 1);
        Assert.Contains("deep", bounded);
    }

    [Theory]
    [InlineData("<p>para", "p")]
    [InlineData("<li>item", "ul")]
    [InlineData("<dt>term<dd>definition", "dl")]
    [InlineData("<tr><td>cell<td>cell", "table")]
    [InlineData("<option>one", "select")]
    [InlineData("<a href=x>link", "div")]
    [InlineData("<h2>heading", "div")]
    public void ElementsABrowserClosesByItselfDoNotNest(string repeated, string container)
    {
        var html = $"<body><{container}>" + Repeat(repeated, 2000) + $"</{container}></body>";
        Assert.Same(html, NestingGuard.Bound(html, 20, out _));
    }

    [Fact]
    public void VoidAndSelfClosingForeignElementsDoNotNest()
    {
        var html = "<body>" + Repeat("<br><img src=a.png><input>", 500)
            + "<svg viewBox='0 0 1 1'>" + Repeat("<path d='M0 0'/>", 500) + "</svg><p>x</p></body>";
        Assert.Same(html, NestingGuard.Bound(html, 10, out _));
    }

    [Fact]
    public void SelfClosingSyntaxOnAnHtmlElementStillOpensIt()
    {
        // A browser ignores the "/" of <div/>, so these nest.
        var html = "<body>" + Repeat("<div class=clear/>", 50) + "x</body>";
        NestingGuard.Bound(html, 20, out int dropped);
        Assert.Equal(31, dropped);
    }

    [Theory]
    [InlineData("<script>var s = '<div><div><div><div>';</script>")]
    [InlineData("<style>div > p::before { content: '<div>'; }</style>")]
    [InlineData("<textarea><div><div><div><div></textarea>")]
    [InlineData("<title><div><div><div><div></title>")]
    [InlineData("<!-- <div><div><div><div> -->")]
    [InlineData("<div title='<div><div><div>' data-x=\"<div>\"></div>")]
    [InlineData("<SCRIPT>document.write('<div><div><div><div>')</ScRiPt >")]
    public void MarkupInsideTextCommentsAndAttributesIsNotCounted(string markup)
    {
        var html = "<body><div>" + markup + "</div></body>";
        Assert.Same(html, NestingGuard.Bound(html, 3, out _));
    }

    [Fact]
    public void StrayEndTagsCloseNothing()
    {
        var html = Repeat("<div>", 3) + Repeat("</span></b></td>", 1000) + Repeat("<div>", 3);
        NestingGuard.Bound(html, 6, out int dropped);
        Assert.Equal(0, dropped);
        NestingGuard.Bound(html, 5, out dropped);
        Assert.Equal(1, dropped);
    }

    [Fact]
    public void AnOrdinaryEndTagDoesNotClosePastABlock()
    {
        // "</span>" inside the div is ignored by the tree builder, so the divs keep nesting.
        var html = Repeat("<span><div>x</span>", 30);
        Assert.Same(html, NestingGuard.Bound(html, 60, out _));
        NestingGuard.Bound(html, 59, out int dropped);
        Assert.Equal(1, dropped);
    }

    [Fact]
    public void EndTagClosesUnclosedChildren()
    {
        var html = Repeat("<div><span><b>x</div>", 1000);
        Assert.Same(html, NestingGuard.Bound(html, 4, out _));
    }

    [Fact]
    public void OutputParsesNoDeeperThanTheLimit()
    {
        var html = "<html><body>" + Repeat("<div><span><table><tr><td><ul><li><p>", 200) + "text";
        var bounded = NestingGuard.Bound(html, 100, out int dropped);
        Assert.True(dropped > 0);
        Assert.InRange(Depth(bounded), 95, 105);
    }

    [Fact]
    public void UnterminatedTagAtTheEndIsHarmless()
    {
        foreach (var html in new[] { "<div", "<div class='x", "<!-- open comment", "<script>never closed", "</", "<", "<div a=" })
            Assert.Same(html, NestingGuard.Bound(html, 1, out _));
    }
}
