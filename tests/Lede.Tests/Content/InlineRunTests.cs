namespace Lede.Tests.Content;

/// <summary>Links, emphasis and code kept as inline runs by the extractor, in step with each block's plain text.</summary>
public sealed class InlineRunTests
{
    private const string Url = "https://metro.example/news/bus";

    private static Article Extract(string story) =>
        Extractor.Extract(StoryPages.Page(story + StoryPages.Paragraphs(StoryPages.Story)), Url).Article!;

    private static T First<T>(Article article) where T : Block => article.Blocks.OfType<T>().First();

    private static void AssertRunsMakeText(string text, IReadOnlyList<InlineRun> runs)
    {
        Assert.NotEmpty(runs);
        Assert.Equal(text, string.Concat(runs.Select(r => r.Text)));
    }

    [Fact]
    public void AParagraphKeepsItsLinksEmphasisAndCodeWithResolvedTargets()
    {
        var article = Extract(
            "<p>The council <a href=\"/budget?year=2024\">published its <b>budget</b></a> on Monday, and the <em>new</em> fare rules "
            + "use <code>decimal.Parse</code> for every ticket price in the city's open data feed today.</p>");

        var paragraph = First<ParagraphBlock>(article);
        AssertRunsMakeText(paragraph.Text, paragraph.Inlines);
        Assert.Equal(
            [
                new InlineRun("The council "),
                new InlineRun("published its ") { Link = "https://metro.example/budget?year=2024" },
                new InlineRun("budget") { Link = "https://metro.example/budget?year=2024", Strong = true },
                new InlineRun(" on Monday, and the "),
                new InlineRun("new") { Emphasis = true },
                new InlineRun(" fare rules use "),
                new InlineRun("decimal.Parse") { Code = true },
                new InlineRun(" for every ticket price in the city's open data feed today."),
            ],
            paragraph.Inlines);
    }

    [Fact]
    public void APlainParagraphHasNoRuns()
    {
        var article = Extract("");

        Assert.All(article.Blocks.OfType<ParagraphBlock>(), p => Assert.Empty(p.Inlines));
    }

    [Fact]
    public void WhitespaceAroundStyledWordsIsCollapsedAsInTheText()
    {
        var article = Extract("<p>  The   <em> route </em>  map,  <a href=\"https://maps.example/\">\n  here </a>, shows every one of the four new lines and their stops across the suburbs.</p>");

        var paragraph = First<ParagraphBlock>(article);
        Assert.StartsWith("The route map, here , shows", paragraph.Text); // as a browser shows it: the link's own blank stays
        AssertRunsMakeText(paragraph.Text, paragraph.Inlines);
        Assert.Contains(new InlineRun("route ") { Emphasis = true }, paragraph.Inlines);
        Assert.Contains(new InlineRun("here ") { Link = "https://maps.example/" }, paragraph.Inlines);
    }

    [Fact]
    public void ALineBreakStaysInsideTheRuns()
    {
        var article = Extract("<p>Route 41 runs <b>every ten minutes</b> at peak times,<br>and every half hour in the evening and on Sundays across the eastern suburbs.</p>");

        var paragraph = First<ParagraphBlock>(article);
        Assert.Contains('\n', paragraph.Text);
        AssertRunsMakeText(paragraph.Text, paragraph.Inlines);
    }

    [Fact]
    public void ParagraphsSplitByADoubleBreakEachKeepTheirOwnRuns()
    {
        var article = Extract(
            "<div>The first paragraph of the story names the <a href=\"/routes\">new routes</a> that the council approved on Tuesday."
            + "<br><br>The second paragraph quotes the <i>transport director</i> on what the routes will cost the city each year.</div>");

        var paragraphs = article.Blocks.OfType<ParagraphBlock>().Take(2).ToList();
        Assert.Equal(2, paragraphs.Count);
        foreach (var p in paragraphs) AssertRunsMakeText(p.Text, p.Inlines);
        Assert.Contains(paragraphs[0].Inlines, r => r.Link == "https://metro.example/routes");
        Assert.Contains(paragraphs[1].Inlines, r => r.Emphasis && r.Text == "transport director");
    }

    [Fact]
    public void HeadingsListItemsAndTableCellsKeepTheirRuns()
    {
        var article = Extract(
            "<h2>What the <em>new</em> routes cost</h2>"
            + "<ul><li>Route 41: see the <a href=\"/r41\">timetable</a></li><li>Route 42: <code>R42</code> on the signs</li></ul>"
            + "<table><tr><th>Route</th><th>Cost</th></tr><tr><td><a href=\"/r41\">41</a></td><td><b>£2m</b></td></tr>"
            + "<tr><td>42</td><td>£3m</td></tr></table>");

        var heading = First<HeadingBlock>(article);
        AssertRunsMakeText(heading.Text, heading.Inlines);
        Assert.Contains(new InlineRun("new") { Emphasis = true }, heading.Inlines);

        var items = First<ListBlock>(article).Items;
        AssertRunsMakeText(items[0].Text, items[0].Inlines);
        Assert.Contains(new InlineRun("timetable") { Link = "https://metro.example/r41" }, items[0].Inlines);
        Assert.Contains(new InlineRun("R42") { Code = true }, items[1].Inlines);

        var rows = First<TableBlock>(article).Rows;
        Assert.Empty(rows[0].CellInlines);
        Assert.Equal(2, rows[1].CellInlines.Count);
        Assert.Equal([new InlineRun("41") { Link = "https://metro.example/r41" }], rows[1].CellInlines[0]);
        Assert.Equal([new InlineRun("£2m") { Strong = true }], rows[1].CellInlines[1]);
    }

    [Theory]
    [InlineData("<pre class=\"language-csharp\"><code>var x = 1;</code></pre>", "csharp")]
    [InlineData("<pre><code class=\"hljs lang-JS\">let x = 1;</code></pre>", "js")]
    [InlineData("<pre data-lang=\"Python\">x = 1</pre>", "python")]
    [InlineData("<pre><code class=\"highlight\">x = 1</code></pre>", null)]
    [InlineData("<pre class=\"language-<script>\">x = 1</pre>", null)]
    public void ACodeBlockKeepsTheLanguageThePageNames(string pre, string? language)
    {
        var article = Extract(pre);

        Assert.Equal(language, First<CodeBlock>(article).Language);
    }

    [Fact]
    public void ScriptTargetsAreNoLinks()
    {
        var article = Extract("<p>Residents can <a href=\"javascript:alert(1)\">sign up</a> for alerts about the <a href=\"#routes\">new routes</a> before they open to the public next spring.</p>");

        var paragraph = First<ParagraphBlock>(article);
        Assert.DoesNotContain(paragraph.Inlines, r => r.Link?.StartsWith("javascript", StringComparison.OrdinalIgnoreCase) == true);
        Assert.Contains(new InlineRun("new routes") { Link = Url + "#routes" }, paragraph.Inlines);
    }

    [Fact]
    public void ALineCutFromAParagraphsEdgeTakesItsRunsAlong()
    {
        var article = Extract(
            "<p>The <a href=\"/vote\">vote</a> passed by seven votes to two after an amendment on fares was withdrawn late on Tuesday night."
            + "<br>Related: <a href=\"/other\">Council to review parking charges</a></p>");

        var paragraph = First<ParagraphBlock>(article);
        Assert.DoesNotContain("Related", paragraph.Text);
        AssertRunsMakeText(paragraph.Text, paragraph.Inlines);
        Assert.DoesNotContain(paragraph.Inlines, r => r.Link == "https://metro.example/other");
    }
}
