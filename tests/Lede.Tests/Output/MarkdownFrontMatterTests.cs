using YamlDotNet.RepresentationModel;

namespace Lede.Tests.Output;

public sealed class MarkdownFrontMatterTests
{
    private static readonly MarkdownOptions WithFrontMatter = new() { FrontMatter = true };

    [Fact]
    public void WritesTheMetadataAsYamlBeforeTheDocument()
    {
        string markdown = MarkdownWriter.Write(OutputSamples.Rich(), WithFrontMatter);

        Assert.StartsWith(
            """
            ---
            title: Storm hits the coast
            standfirst: Hull counts the cost of a night of wind and rain.
            description: A storm cut power and closed roads in Hull overnight.
            authors:
              - Jane Doe
              - Sam Lee
            published: 2024-03-14T06:30:00Z
            modified: 2024-03-14T09:05:00+01:00
            siteName: News Example
            publisher: Example Media Ltd
            url: https://news.example/storm
            canonicalUrl: https://news.example/2024/03/14/storm
            language: en
            section: Weather
            tags:
              - storm
              - Hull
            license: https://creativecommons.org/licenses/by/4.0/
            mainImage: https://news.example/img/pier.jpg
            ---

            # Storm hits the coast

            The storm reached Hull at dawn.
            """.ReplaceLineEndings("\n"),
            markdown);
        Assert.EndsWith(MarkdownWriter.Write(OutputSamples.Rich()), markdown);
    }

    [Fact]
    public void LeavesOutAbsentFieldsAndAnEmptyBlock()
    {
        var article = new Article { Title = "Only a title", Blocks = [new ParagraphBlock("Text.")] };

        Assert.Equal("---\ntitle: Only a title\n---\n\n# Only a title\n\nText.\n", MarkdownWriter.Write(article, WithFrontMatter));
        Assert.Equal("Text.\n", MarkdownWriter.Write(new Article { Blocks = [new ParagraphBlock("Text.")] }, WithFrontMatter));
        Assert.Equal("", MarkdownWriter.Write(new Article(), WithFrontMatter));
        Assert.Equal("---\nauthors:\n  - Jane Doe\n---\n", MarkdownWriter.Write(new Article { Authors = ["Jane Doe", " "] }, WithFrontMatter));
    }

    [Theory]
    [InlineData("Breaking: the storm")]
    [InlineData("- not a list")]
    [InlineData("#1 in the charts")]
    [InlineData("C# 14 is out")]
    [InlineData("Say \"hello\"")]
    [InlineData("'quoted'")]
    [InlineData("yes")]
    [InlineData("No")]
    [InlineData("null")]
    [InlineData("~")]
    [InlineData("2024")]
    [InlineData("3.14")]
    [InlineData("2024-03-14")]
    [InlineData("+1 for trams")]
    [InlineData(".hidden")]
    [InlineData("@handle")]
    [InlineData("`code`")]
    [InlineData("&anchor")]
    [InlineData("*alias")]
    [InlineData("!tag")]
    [InlineData("|literal")]
    [InlineData(">folded")]
    [InlineData("%directive")]
    [InlineData("[a, b]")]
    [InlineData("{a: b}")]
    [InlineData("ends with colon:")]
    [InlineData("back\\slash")]
    [InlineData("line one\nline two")]
    [InlineData("tab\there")]
    [InlineData("bell\u0007 and nel\u0085 and ls\u2028 and bom\uFEFF")]
    [InlineData("no\u00A0break space")]
    [InlineData("Café “Zürich” — 東京 🌊")]
    [InlineData("https://news.example/a?b=c&d=e#f")]
    [InlineData("Reading: 10 things, ranked")]
    public void EveryTitleReadsBackAsItself(string title)
    {
        string markdown = MarkdownWriter.Write(new Article { Title = title, Tags = [title] }, WithFrontMatter);

        var yaml = ReadFrontMatter(markdown);
        Assert.Equal(title, ((YamlScalarNode)yaml.Children[new YamlScalarNode("title")]).Value);
        Assert.Equal(title, ((YamlScalarNode)((YamlSequenceNode)yaml.Children[new YamlScalarNode("tags")]).Children[0]).Value);
    }

    [Theory]
    [InlineData("Plain title", "title: Plain title")]
    [InlineData("Breaking: the storm", "title: \"Breaking: the storm\"")]
    [InlineData("yes", "title: \"yes\"")]
    [InlineData("line one\nline two", "title: \"line one\\nline two\"")]
    [InlineData("Say \"hello\"", "title: Say \"hello\"")]
    [InlineData("'quoted'", "title: \"'quoted'\"")]
    public void QuotesOnlyWhenNeeded(string title, string line)
        => Assert.Contains("\n" + line + "\n", MarkdownWriter.Write(new Article { Title = title }, WithFrontMatter));

    [Fact]
    public void DatesAreTimestampsAYamlReaderReads()
    {
        var yaml = ReadFrontMatter(MarkdownWriter.Write(OutputSamples.Rich(), WithFrontMatter));
        var published = (YamlScalarNode)yaml.Children[new YamlScalarNode("published")];

        Assert.Equal("2024-03-14T06:30:00Z", published.Value);
        Assert.Equal(YamlDotNet.Core.ScalarStyle.Plain, published.Style);
    }

    [Fact]
    public void EndsWithTheRelatedLinksWhenAsked()
    {
        var article = new Article
        {
            Blocks = [new ParagraphBlock("Text.")],
            Related =
            [
                new RelatedLink("Last year's [floods]", "https://news.example/floods (2023)", RelatedPlacement.Inline),
                new RelatedLink("Weather live", null, RelatedPlacement.Rail),
            ],
        };

        Assert.Equal(
            "Text.\n\n## Related\n\n- [Last year's \\[floods\\]](<https://news.example/floods (2023)>)\n- Weather live\n",
            MarkdownWriter.Write(article, new MarkdownOptions { IncludeRelated = true }));
        Assert.Equal("Text.\n", MarkdownWriter.Write(article));
    }

    [Fact]
    public void TheLibraryDefaultIsTheArticleAlone()
    {
        Assert.False(MarkdownOptions.Default.FrontMatter);
        Assert.False(MarkdownOptions.Default.IncludeRelated);
        Assert.StartsWith("# Storm hits the coast", MarkdownWriter.Write(OutputSamples.Rich()));
    }

    private static YamlMappingNode ReadFrontMatter(string markdown)
    {
        Assert.StartsWith("---\n", markdown);
        int end = markdown.IndexOf("\n---\n", 3, StringComparison.Ordinal);
        Assert.True(end > 0, "the front matter is not closed");
        var stream = new YamlStream();
        stream.Load(new StringReader(markdown[4..(end + 1)]));
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }
}
