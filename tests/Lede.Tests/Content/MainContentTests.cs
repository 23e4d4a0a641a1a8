using Lede.Extraction;
namespace Lede.Tests.Content;

public sealed class MainContentTests
{
    [Fact]
    public void KeepsTheStoryAndOnlyTheStory()
    {
        var text = StoryPages.Text(StoryPages.Page(StoryPages.Paragraphs(StoryPages.Story), StoryPages.Sidebar()));
        Assert.Equal(string.Join("\n\n", StoryPages.Story), text);
    }

    [Fact]
    public void KeepsTheFirstAndLastParagraphsEvenWhenShort()
    {
        string first = "Buses are coming east.";
        string last = "The vote is final.";
        var text = StoryPages.Text(StoryPages.Page(StoryPages.Paragraphs([first, .. StoryPages.Story, last])));
        Assert.StartsWith(first, text);
        Assert.EndsWith(last, text);
    }

    [Theory]
    [InlineData("<p><strong>Related:</strong> <a href='/x'>Council approves budget for new depot</a></p>")]
    [InlineData("<p>Also Read: <a href='/y'>Why the eastern suburbs lack buses</a></p>")]
    [InlineData("<p>READ MORE: <a href='/z'>Fares to rise in January</a></p>")]
    [InlineData("<div class='share-tools'><a href='#'>Share on Facebook</a> <a href='#'>Share on Twitter</a></div>")]
    [InlineData("<div class='newsletter'><h3>Get the morning briefing</h3><p>Sign up for our newsletter and never miss a story.</p><input type='email'></div>")]
    [InlineData("<div class='ad-slot'>Advertisement</div>")]
    [InlineData("<figure><img src='/bus.jpg' alt='a bus'><figcaption>A bus in the eastern suburbs. Photo: Jane Roe / Metro Daily</figcaption></figure>")]
    [InlineData("<p>Image source: Instagram/ Metro Daily</p>")]
    public void DropsNoiseInsideTheStory(string noise)
    {
        var body = StoryPages.Paragraphs(StoryPages.Story[..2]) + noise + StoryPages.Paragraphs(StoryPages.Story[2..]);
        Assert.Equal(string.Join("\n\n", StoryPages.Story), StoryPages.Text(StoryPages.Page(body)));
    }

    [Theory]
    [InlineData("<h3>More From The Post</h3><ul><li><a href='/a'>Another story about the council</a></li><li><a href='/b'>Road repairs delayed</a></li></ul>")]
    [InlineData("<div class='comments'><h3>Comments</h3><p>I think this is a great idea and long overdue for our part of the city.</p></div>")]
    [InlineData("<div class='author-bio'><p>Sam Reporter covers transport and city hall for Metro Daily.</p></div>")]
    [InlineData("<div class='tags'><a href='/t/bus'>buses</a> <a href='/t/council'>council</a></div>")]
    [InlineData("<p>Share this article</p>")]
    public void DropsNoiseAfterTheStory(string noise)
    {
        var body = StoryPages.Paragraphs(StoryPages.Story) + noise;
        Assert.Equal(string.Join("\n\n", StoryPages.Story), StoryPages.Text(StoryPages.Page(body)));
    }

    [Fact]
    public void PrefersTheContainerThePageNamesAsTheBody()
    {
        var html = "<html><body><div class='teasers'>"
            + string.Concat(Enumerable.Range(0, 3).Select(i => $"<div><p>An unrelated teaser paragraph number {i} with enough words in it to look like prose text.</p></div>"))
            + "</div><div itemprop='articleBody'>" + StoryPages.Paragraphs(StoryPages.Story[..2]) + "</div></body></html>";
        var text = StoryPages.Text(html);
        Assert.Equal(string.Join("\n\n", StoryPages.Story[..2]), text);
    }

    [Fact]
    public void AWrapperWhoseClassMentionsASidebarIsNotRemoved()
    {
        var html = "<html><body><div class='content-with-sidebar'><div>" + StoryPages.Paragraphs(StoryPages.Story) + "</div>"
            + StoryPages.Sidebar() + "</div></body></html>";
        Assert.Equal(string.Join("\n\n", StoryPages.Story), StoryPages.Text(html));
    }

    [Fact]
    public void HiddenTextIsNotStory()
    {
        var body = StoryPages.Paragraphs(StoryPages.Story) + "<p style='display:none'>Hidden promotional paragraph that readers never see on the page.</p>"
            + "<p hidden>Another hidden paragraph that no reader will ever see in a browser window.</p>";
        Assert.Equal(string.Join("\n\n", StoryPages.Story), StoryPages.Text(StoryPages.Page(body)));
    }

    [Fact]
    public void TextHiddenFromReadersOrInANavigationRoleIsNotStory()
    {
        var body = StoryPages.Paragraphs(StoryPages.Story) + "<p aria-hidden='true'>Skip this line, a screen reader hides it.</p>"
            + "<div role='navigation'><p>A paragraph of links and words that a navigation role marks as the site's menu.</p></div>";
        Assert.Equal(string.Join("\n\n", StoryPages.Story), StoryPages.Text(StoryPages.Page(body)));
        // Not hidden: the same paragraph with aria-hidden false stays.
        var shown = StoryPages.Paragraphs(StoryPages.Story) + "<p aria-hidden='false'>A closing paragraph that readers see, with a sentence of its own.</p>";
        Assert.EndsWith("A closing paragraph that readers see, with a sentence of its own.", StoryPages.Text(StoryPages.Page(shown)));
    }

    [Fact]
    public void TeaserCardsBesideTheStoryAreNotStory()
    {
        var cards = "<section class='more'>" + string.Concat(Enumerable.Range(1, 6).Select(i =>
            $"<div class='card'><h3><a href='/s{i}'>Another headline number {i}</a></h3><p>A teaser excerpt of another story, long enough to look like a paragraph {i}.</p></div>"))
            + "</section>";
        var html = "<html><body><div class='wrap'><div class='story'>" + StoryPages.Paragraphs(StoryPages.Story) + "</div>" + cards + "</div></body></html>";
        Assert.Equal(string.Join("\n\n", StoryPages.Story), StoryPages.Text(html));
    }

    [Fact]
    public void TheCallersDocumentIsNotChanged()
    {
        var parser = new AngleSharp.Html.Parser.HtmlParser();
        var document = parser.ParseDocument(StoryPages.Page(StoryPages.Paragraphs(StoryPages.Story), StoryPages.Sidebar()));
        var before = document.DocumentElement.OuterHtml;
        var result = Extractor.Extract(document);
        Assert.True(result.IsOk);
        Assert.Equal(before, document.DocumentElement.OuterHtml);
    }

    [Fact]
    public void ExplainSaysWhatWentAndWhy()
    {
        var options = new ExtractionOptions { Explain = true };
        var result = Extractor.Extract(StoryPages.Page(StoryPages.Paragraphs(StoryPages.Story) + "<p>Related: <a href='/r'>Old story</a></p>"), null, options);
        Assert.Contains(result.Trace, t => t.Stage == "CleanPage" && t.What.StartsWith("header") && t.Why == "header");
        Assert.Contains(result.Trace, t => t.Stage == "PruneBoilerplate" && t.What.Contains("Related:"));
        Assert.Contains(result.Trace, t => t.Stage == "FindContentRoot" && t.Why.StartsWith("chosen"));
        Assert.Empty(Extractor.Extract(StoryPages.Page(StoryPages.Paragraphs(StoryPages.Story))).Trace);
    }

    [Fact]
    public void APageWithNoStoryIsEmpty()
    {
        var result = Extractor.Extract("<html><body><nav><a href='/'>Home</a></nav><footer>© 2019</footer></body></html>");
        Assert.Equal(ExtractionStatus.Empty, result.Status);
        Assert.NotNull(result.Reason);
    }
}
