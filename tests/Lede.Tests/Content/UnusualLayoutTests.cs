namespace Lede.Tests.Content;

/// <summary>Parts of a story that do not look like paragraphs, and lists of other stories that do.</summary>
public sealed class UnusualLayoutTests
{
    [Fact]
    public void AFigureThatHoldsCodeIsReadAsCodeWithoutItsLineNumbers()
    {
        var html = "<html><body><article><h1>Why you should be using pathlib</h1><div class='entry-content'>"
            + string.Concat(StoryPages.Story.Select(p => $"<p>{p}</p>"))
            + "<figure class='code'><figcaption>Python 3.6+</figcaption><div class='highlight'><table><tr><td class='gutter'><pre class='line-numbers'>1\n2</pre></td>"
            + "<td class='code'><pre><code>from pathlib import Path\nBASE_DIR = Path(__file__).resolve().parent</code></pre></td></tr></table></div></figure>"
            + "</div></article></body></html>";

        var article = Extractor.Extract(html).Article!;

        var code = Assert.Single(article.Blocks.OfType<CodeBlock>());
        Assert.Equal("from pathlib import Path\nBASE_DIR = Path(__file__).resolve().parent", code.Text);
    }

    [Fact]
    public void ARunOfExcerptsCutOffWithAnEllipsisIsAListOfOtherStories()
    {
        var excerpts = "<h3>Aktuelle Meldungen</h3><p>Neuwied. Im Rahmen einer Streifenfahrt wurde am 6. November in der Langendorfer Straße gegen 20.40 Uhr ein Kleinkraftrad ...</p>"
            + "<p>Koblenz. Am Sonntagabend war neben Booten der Feuerwehr auch ein Polizeihubschrauber im Einsatz. Die Suche hatte ...</p>";
        var html = "<html lang='de'><body><article><h1>Stadtrat beschließt Radwege</h1><div class='article-body'>"
            + "<p>Der Stadtrat hat am Dienstag mit großer Mehrheit ein Netz geschützter Radwege für die Innenstadt beschlossen, nach zwei Jahren Debatte.</p>"
            + "<p>Die Befürworter füllten den Saal. Mehrere von ihnen berichteten von gefährlichen Situationen mit Lieferwagen auf den Radstreifen.</p>"
            + excerpts + "</div></article></body></html>";

        var text = Extractor.Extract(html).Article!.Text;

        Assert.DoesNotContain("Streifenfahrt", text);
        Assert.DoesNotContain("Polizeihubschrauber", text);
        Assert.Contains("Befürworter", text);
    }

    [Fact]
    public void OneParagraphTrailingOffIsTheStorysOwn()
    {
        var html = "<html><body><article><h1>Council votes</h1><div class='article-body'>"
            + string.Concat(StoryPages.Story.Select(p => $"<p>{p}</p>"))
            + "<p>The mayor paused, looked at the chamber, and said only that the work was far from done...</p></div></article></body></html>";

        Assert.Contains("far from done", Extractor.Extract(html).Article!.Text);
    }

    [Fact]
    public void APartShownOnlyInPrintIsNotTheStory()
    {
        var html = "<html><body><article><h1>Council votes</h1><div class='article-body'>"
            + string.Concat(StoryPages.Story.Select(p => $"<p>{p}</p>"))
            + "<div id='print'><p>Your browser is trying to print a page from the so-called internet, which this site does not allow at all.</p></div></div></article></body></html>";

        Assert.DoesNotContain("trying to print", Extractor.Extract(html).Article!.Text);
    }
}
