namespace Lede.Tests.Content;

public sealed class PresetTests
{
    // A line of links inside the story: Recall keeps it, Balanced and Precision drop it.
    private static readonly string LinkLine = "<p><a href='/a'>Bus timetable</a> and <a href='/b'>fare calculator</a></p>";

    [Fact]
    public void RecallKeepsWhatBalancedDrops()
    {
        var html = StoryPages.Page(StoryPages.Paragraphs(StoryPages.Story[..2]) + LinkLine + StoryPages.Paragraphs(StoryPages.Story[2..]));
        Assert.DoesNotContain("fare calculator", StoryPages.Text(html));
        Assert.Contains("fare calculator", StoryPages.Text(html, new ExtractionOptions { Focus = Focus.Recall }));
    }

    [Fact]
    public void PrecisionDropsAKickerBeforeTheStory()
    {
        var html = StoryPages.Page("<p>Transport</p>" + StoryPages.Paragraphs(StoryPages.Story));
        Assert.StartsWith("Transport", StoryPages.Text(html, new ExtractionOptions { Focus = Focus.Recall }));
        Assert.StartsWith(StoryPages.Story[0], StoryPages.Text(html, new ExtractionOptions { Focus = Focus.Precision }));
    }
}
