using Lede.PlainText;
using Lede.Extraction;

namespace Lede.Tests.PlainText;

/// <summary>Entries listed under a widget's title, and short lines standing over the headline.</summary>
public sealed class WidgetAndKickerTests
{
    private const string Story = "The city council voted on Tuesday to approve a network of protected bike lanes downtown.\n\n"
        + "Supporters packed the chamber for the vote. Several spoke during the public comment period.\n\n";

    [Fact]
    public void RelatedWidgetEntriesBecomeRailLinks()
    {
        var text = "Council Approves New Bike Lanes\n\n" + Story + "Related Stories\n- Mayor opens the new bridge\n- Parking fees rise downtown\n";

        var article = Extractor.Clean(text).Article!;

        Assert.Equal(
        [
            new RelatedLink("Mayor opens the new bridge", null, RelatedPlacement.Rail),
            new RelatedLink("Parking fees rise downtown", null, RelatedPlacement.Rail),
        ], article.Related);
        Assert.DoesNotContain("Mayor opens", article.Text);
        Assert.Empty(article.Blocks.OfType<ListBlock>());
    }

    [Fact]
    public void WidgetEntriesInTheTitlesBlock()
    {
        var text = "Council Approves New Bike Lanes\n\n" + Story + "More From The Daily Example\nMayor opens the new bridge\nParking fees rise downtown\n\n"
            + "Most read\nSnow expected this weekend\nSchool board elects a new chair\n";

        var result = Extractor.Clean(text, new ExtractionOptions { Explain = true });
        var article = result.Article!;

        Assert.Equal(["Mayor opens the new bridge", "Parking fees rise downtown"], article.Related.Select(r => r.Title));
        Assert.DoesNotContain("Snow expected", article.Text); // a site-wide list: dropped, not related
        Assert.Contains(result.Trace, t => t.Stage == "WidgetLists" && t.What.Contains("Snow expected"));
        Assert.Equal(2, article.Text.Split("\n\n").Length);
    }

    [Fact]
    public void StoryAfterAWidgetLabelStaysWhenItReadsAsStory()
    {
        // One paragraph a line: a sentence after the title is story again.
        var text = "Council Approves New Bike Lanes\nThe city council voted on Tuesday to approve a network of protected bike lanes downtown.\n"
            + "Related Stories\nSupporters packed the chamber for the vote.\nOpponents said the loss of parking would hurt small businesses.\n";

        var article = Extractor.Clean(text).Article!;

        Assert.Empty(article.Related);
        Assert.Contains("Supporters packed the chamber", article.Text);
    }

    [Fact]
    public void KickerAndSiteNameOverTheHeadline()
    {
        var text = "The Daily Example\nPolitics\nCouncil Approves New Bike Lanes\n\n" + Story;

        var result = Extractor.Clean(text, new ExtractionOptions { Explain = true });

        Assert.Equal("Council Approves New Bike Lanes", result.Article!.Title);
        Assert.DoesNotContain("Politics", result.Article.Text);
        Assert.DoesNotContain("The Daily Example", result.Article.Text);
        Assert.Contains(result.Trace, t => t.What.Contains("“The Daily Example”"));
        Assert.Contains(result.Trace, t => t.What.Contains("“Politics”"));
    }

    [Fact]
    public void ShortHeadlineOverASentenceCaseDekIsTheHeadline()
    {
        var text = "Bridge Reopens Early\nTraffic returns to the river crossing two months ahead of schedule\n\n" + Story;

        var article = Extractor.Clean(text).Article!;

        Assert.Equal("Bridge Reopens Early", article.Title);
        Assert.Equal("Traffic returns to the river crossing two months ahead of schedule", article.Standfirst);
    }

    [Fact]
    public void MenuBeforeTheStoryAndButtonsAfterItGo()
    {
        var text = "Home\nNews\nSport\nWeather\nCouncil Approves New Bike Lanes\n\n" + Story + "Facebook\nWhatsApp\nLoading comments\n";

        var result = Extractor.Clean(text, new ExtractionOptions { Explain = true });

        Assert.Equal("Council Approves New Bike Lanes", result.Article!.Title);
        Assert.Equal(2, result.Article.Text.Split("\n\n").Length);
        foreach (var chrome in new[] { "Home", "News", "Sport", "Weather", "Facebook", "WhatsApp", "Loading comments" })
            Assert.Contains(result.Trace, t => t.What.Contains($"“{chrome}”"));
    }

    // A list's items stand or fall together: each takes the mean of the model's probabilities over the list.
    [Fact]
    public void AListsItemsShareOneWeight()
    {
        var lines = TextLines.Read("- Twelve miles of lanes\n- New signals\n- A bike-share\nOpponents said the loss of parking would hurt.\n1. Design\n", CancellationToken.None);
        var rules = new LineVerdict[lines.Count];
        double[] p = [0.9, 0.1, 0.5, 0.2, 0.3];

        StoryLines.ShareAcrossLists(lines, rules, p);

        Assert.Equal([0.5, 0.5, 0.5, 0.2, 0.3], p.Select(x => Math.Round(x, 6)));
    }

    [Fact]
    public void PageTitleWithTheSiteNameOverTheHeadline()
    {
        var text = "Council Approves New Bike Lanes. Finally - The Daily Example\nHome\nNews\nSport\nPlace a Classified Ad\nContact Customer Support\n"
            + "Mayor opens the new bridge over the river\nCouncil Approves New Bike Lanes. Finally\n"
            + "Jane Doe - Nov 19, 2019, 10:31 pm CST\n\n" + Story;

        var result = Extractor.Clean(text, new ExtractionOptions { Explain = true });
        var article = result.Article!;

        // Two sentences: not a headline by its form, but the page's title repeats it with the site's name.
        Assert.Equal("Council Approves New Bike Lanes. Finally", article.Title);
        Assert.Null(article.Standfirst);
        Assert.Equal(["Jane Doe"], article.Authors);
        Assert.Equal("2019-11-19T22:31:00-06:00", article.Published?.ToString());
        Assert.StartsWith("The city council voted", article.Text);
        Assert.Contains(result.Trace, t => t.Why.StartsWith("the headline: the page's title"));
        foreach (var chrome in new[] { "Home", "News", "Sport", "Place a Classified Ad", "Contact Customer Support", "Mayor opens the new bridge over the river" })
            Assert.Contains(result.Trace, t => t.What.Contains($"“{chrome}”"));
    }
}
