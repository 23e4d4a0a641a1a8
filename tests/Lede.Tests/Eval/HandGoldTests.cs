using System.Text;
using System.Text.Json;
using Lede.Cli.Eval;

namespace Lede.Tests.Eval;

/// <summary>The hand-made gold of htmldate's pages (<c>tests/Lede.Tests/Gold/htmldate</c>): its shape, its variety, and that it agrees with the pages.</summary>
public sealed class HandGoldTests
{
    private static readonly string[] Fields = ["id", "url", "collection", "kind", "title", "authors", "publisher", "published", "siteName", "language", "body", "note"];

    private static string Folder()
    {
        var folder = HandGold.DefaultFolder();
        Assert.True(folder is not null, $"the gold folder {HandGold.RepositoryPath} was not found walking up from the test folder");
        return folder;
    }

    [Fact]
    public void EveryFileHasExactlyTheFieldsInNormalFormC()
    {
        foreach (var path in Directory.EnumerateFiles(Folder(), "*.json"))
        {
            var text = File.ReadAllText(path);
            Assert.True(text.IsNormalized(NormalizationForm.FormC), path);
            using var json = JsonDocument.Parse(text);
            Assert.Equal(Fields, json.RootElement.EnumerateObject().Select(p => p.Name));
        }
    }

    [Fact]
    public void TheGoldHoldsEightyVariedArticles()
    {
        var pages = HandGold.Load(Folder());

        Assert.True(pages.Count(p => p.IsArticle) >= 80, $"only {pages.Count(p => p.IsArticle)} articles");
        Assert.True(pages.Select(p => new Uri(p.Meta.Url!).Host).Distinct().Count() >= 80, "fewer than eighty sites");
        Assert.True(pages.Select(p => p.Meta.Language).Distinct().Count() >= 10, "fewer than ten languages");
        Assert.Contains(pages, p => p.Kind == "listing");
        foreach (var page in pages)
        {
            Assert.Equal(page.IsArticle, page.Body.Length > 0);
            Assert.Contains(page.Collection, (string[])["bbaw", "mediacloud"]);
            foreach (var author in page.Meta.Authors) Assert.DoesNotMatch(@"(?i)^(by|von|par|por)\s|,|@", author);
        }
    }

    [SkippableFact]
    public void EveryPageIsAnHtmldatePageWithItsUrlAndDay()
    {
        var root = SharedData.HtmldateDates;
        Skip.If(root is null, "the htmldate date pages are absent");
        var dated = DatesRun.Load(root).ToDictionary(p => p.Name);

        foreach (var page in HandGold.Load(Folder()))
        {
            Assert.True(dated.TryGetValue(page.Meta.Id, out var known), $"{page.Meta.Id} is not an htmldate page");
            Assert.Equal(known.Url, page.Meta.Url);
            Assert.Equal(known.Collection, page.Collection);
            if (page.HasMetadata) Assert.Equal(known.Published, page.Meta.Published?.ToString("yyyy-MM-dd"));
        }
    }
}
