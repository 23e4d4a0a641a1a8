using AngleSharp.Html.Parser;
using Ganss.Xss;

namespace Lede.Tests.Output;

/// <summary>The HTML writer: every block kind, escaping, only safe addresses, and nothing a sanitizer would take out.</summary>
public sealed class HtmlWriterTests
{
    [Fact]
    public void WritesEveryBlockKindAsAMinimalDocument()
    {
        var html = HtmlWriter.Write(OutputSamples.Rich());

        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Storm hits the coast</title>", html);
        foreach (var part in new[]
        {
            "<h1>Storm hits the coast</h1>", "<h2>What happened</h2>", "<li><strong>Roads</strong> closed</li>", "<ol>\n<li>North</li>",
            "<blockquote>\n<p>We were ready.</p>", "<tr><th>Town</th><th>Rain (mm)</th></tr>", "<td><code>42</code></td>",
            "<pre><code class=\"language-javascript\">alert(\"storm\");</code></pre>",
            "<img src=\"https://news.example/img/pier.jpg\" alt=\"Waves over the pier\"",
            "<figcaption>Waves break over the pier at Hull. <small>Jane Doe/Reuters</small></figcaption>",
            "<p>The <a href=\"https://news.example/cafe\">café</a> reopens <em>today</em>.</p>",
        })
            Assert.Contains(part, html);
        Assert.EndsWith("</article>\n</body>\n</html>\n", html);
    }

    [Fact]
    public void WithoutTheDocumentItIsTheArticleElementAlone()
    {
        var html = HtmlWriter.Write(OutputSamples.Rich(), new HtmlOptions { Document = false, IncludeHeader = false, IncludeFigures = false, IncludeLinks = false });

        Assert.StartsWith("<article>\n<p>The storm reached Hull at dawn.</p>\n<h2>", html);
        Assert.DoesNotContain("<figure>", html);
        Assert.DoesNotContain("<a ", html);
        Assert.Contains("The café reopens <em>today</em>.", html);
    }

    [Fact]
    public void HostileTextAndAddressesComeOutInert()
    {
        var article = new Article
        {
            Title = "</title><script>alert(1)</script>",
            Language = "en\" onload=\"x",
            Blocks =
            [
                new ParagraphBlock("<img src=x onerror=alert(1)> & \"quoted\"") { Inlines =
                [
                    new InlineRun("<img src=x onerror=alert(1)>") { Link = "javascript:alert(1)" },
                    new InlineRun(" & ") { Link = "data:text/html,<script>alert(1)</script>" },
                    new InlineRun("\"quoted\"") { Link = "https://x.example/?a=\"><script>" },
                ] },
                new CodeBlock("</code></pre><script>alert(1)</script>") { Language = "js\" onclick=\"alert(1)" },
                new FigureBlock(new Figure { Src = "javascript:alert(1)", Alt = "\" onerror=\"alert(1)", Caption = "<b>cap</b>" }),
            ],
        };

        var html = HtmlWriter.Write(article);
        var document = new HtmlParser().ParseDocument(html);

        Assert.Empty(document.QuerySelectorAll("script"));
        Assert.DoesNotContain(document.All, e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.Ordinal)));
        Assert.Null(document.DocumentElement.GetAttribute("lang"));
        Assert.Equal(["https://x.example/?a=%22%3E%3Cscript%3E"], document.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        Assert.Empty(document.QuerySelectorAll("img"));
        Assert.Equal("</code></pre><script>alert(1)</script>", document.QuerySelector("pre code")!.TextContent);
        Assert.Equal("language-jsonclickalert1", document.QuerySelector("pre code")!.ClassName);
    }

    [Fact]
    public void ASanitizerFindsNothingToTakeOut()
    {
        var removed = new List<string>();
        var sanitizer = new HtmlSanitizer();
        sanitizer.AllowedTags.UnionWith(["html", "head", "body", "title", "meta", "link", "article", "header", "figure", "figcaption", "time"]);
        sanitizer.AllowedAttributes.UnionWith(["charset", "rel", "datetime", "lang", "class"]);
        sanitizer.AllowedSchemes.Add("mailto"); // the writer keeps mail links, as the page had them
        sanitizer.RemovingTag += (_, e) => removed.Add("tag " + e.Tag.TagName);
        sanitizer.RemovingAttribute += (_, e) => removed.Add("attribute " + e.Attribute.Name + "=" + e.Attribute.Value + " of " + e.Tag.TagName);
        sanitizer.RemovingStyle += (_, e) => removed.Add("style " + e.Style.Name);
        sanitizer.RemovingAtRule += (_, e) => removed.Add("at-rule");
        sanitizer.RemovingComment += (_, e) => removed.Add("comment");
        sanitizer.RemovingCssClass += (_, e) => removed.Add("class " + e.CssClass);

        foreach (var slug in Golden.GoldenPage.Slugs().Append("seed"))
        {
            var bytes = slug == "seed" ? File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "samples", "seed-article.html")) : Golden.GoldenPage.Load(slug).Source;
            var article = Extractor.Extract(bytes, "https://news.example/" + slug).Article!;
            sanitizer.SanitizeDocument(HtmlWriter.Write(article));
        }

        Assert.Empty(removed);
    }
}
