using System.Text;
using Lede.Cli.Eval;

namespace Lede.Tests.Eval;

/// <summary>The gold file's shape, and how the CLI finds and reads it.</summary>
public sealed class MetadataGoldTests
{
    private static string RepositoryGold()
    {
        var path = MetadataGold.DefaultPath();
        Assert.True(path is not null, $"the gold file {MetadataGold.RepositoryPath} was not found walking up from the test folder");
        return path;
    }

    [Fact]
    public void TheGoldFileHoldsAtLeastFortyWellFormedPages()
    {
        var gold = MetadataGold.Load(RepositoryGold());

        Assert.True(gold.Count >= 40, $"only {gold.Count} gold pages");
        foreach (var page in gold)
        {
            Assert.Matches("^[0-9a-f]{64}$", page.Id);
            Assert.False(string.IsNullOrWhiteSpace(page.Title), page.Id);
            Assert.Equal(MetadataScorer.Whitespace(page.Title), page.Title);
            Assert.Matches("^[a-z]{2}$", page.Language);
            Assert.False(string.IsNullOrWhiteSpace(page.SiteName), page.Id);
            Assert.False(string.IsNullOrWhiteSpace(page.Note), page.Id);
            Assert.StartsWith("http", page.Url);
            foreach (var author in page.Authors)
            {
                // Names are cleaned: no "By", no role after a comma, no e-mail address.
                Assert.Equal(MetadataScorer.Whitespace(author), author);
                Assert.DoesNotMatch(@"(?i)^by\s|,|@", author);
            }
            if (page.Published is { } day)
                Assert.InRange(day, new DateOnly(2000, 1, 1), new DateOnly(2019, 12, 31));
        }
    }

    [Fact]
    public void TheGoldSampleIsVaried()
    {
        var gold = MetadataGold.Load(RepositoryGold());

        Assert.True(gold.Select(page => page.Language).Distinct().Count() >= 6, "fewer than six languages");
        Assert.True(gold.Count(page => page.Authors.Count == 0) >= 10, "fewer than ten pages without a person in the byline");
        Assert.Contains(gold, page => page.Authors.Count > 1);
        Assert.Contains(gold, page => page.Published is null);
    }

    [SkippableFact]
    public void EveryGoldPageIsABenchmarkPageWithItsUrl()
    {
        var root = SharedData.ScrapingHub;
        Skip.If(root is null, "the ScrapingHub benchmark data is absent");
        var data = ScrapingHubData.Load(root);

        foreach (var page in MetadataGold.Load(RepositoryGold()))
        {
            Assert.True(data.Urls.ContainsKey(page.Id), $"{page.Id} is not in ground-truth.json");
            Assert.Equal(data.Urls[page.Id], page.Url);
            Assert.True(File.Exists(Path.Combine(root, "html", page.Id + ".html.gz")), $"{page.Id} has no page");
        }
    }

    [Fact]
    public void AFileBesideTheProgramWinsOverTheRepository()
    {
        var top = TempFolder.Create();
        var beside = Path.Combine(top, "bin");
        Directory.CreateDirectory(beside);
        File.WriteAllText(Path.Combine(beside, MetadataGold.FileName), "[]");
        Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(top, MetadataGold.RepositoryPath))!);
        File.WriteAllText(Path.Combine(top, MetadataGold.RepositoryPath), "[]");

        Assert.Equal(Path.Combine(beside, MetadataGold.FileName), MetadataGold.Find([beside]));
    }

    [Fact]
    public void WalksUpFromTheCurrentFolderToTheRepositoryCopy()
    {
        var repo = TempFolder.Create();
        var gold = Path.Combine(repo, MetadataGold.RepositoryPath);
        Directory.CreateDirectory(Path.GetDirectoryName(gold)!);
        File.WriteAllText(gold, "[]");
        var program = Path.Combine(TempFolder.Create(), "tool");
        Directory.CreateDirectory(program);
        var deep = Path.Combine(repo, "src", "Lede.Cli");
        Directory.CreateDirectory(deep);

        Assert.Equal(gold, MetadataGold.Find([program, deep]));
    }

    [Theory]
    [InlineData("""{"id": "a"}""", "array")]
    [InlineData("""[{"title": "T", "authors": [], "language": "en"}]""", "\"id\"")]
    [InlineData("""[{"id": "a", "title": "T", "language": "en"}]""", "\"authors\"")]
    [InlineData("""[{"id": "a", "title": "T", "authors": [""], "language": "en"}]""", "author")]
    [InlineData("""[{"id": "a", "title": "T", "authors": [], "language": "en", "published": "18 Nov 2019"}]""", "18 Nov 2019")]
    [InlineData("""[{"id": "a", "title": "T", "authors": [], "language": "en"}, {"id": "a", "title": "U", "authors": [], "language": "en"}]""", "twice")]
    public void AMalformedGoldFileIsRejectedWithItsReason(string json, string reason)
    {
        var path = TempFolder.File(MetadataGold.FileName, Encoding.UTF8.GetBytes(json));

        var error = Assert.Throws<InvalidDataException>(() => MetadataGold.Load(path));
        Assert.Contains(reason, error.Message);
    }

    [Fact]
    public void ReadsEveryField()
    {
        var path = TempFolder.File(MetadataGold.FileName, Encoding.UTF8.GetBytes("""
            [{"id": "a", "url": "https://example.com/", "title": "T", "authors": ["A B", "C D"], "publisher": "P",
              "published": "2019-11-18", "siteName": "S", "language": "en", "note": "N"}]
            """));

        var page = Assert.Single(MetadataGold.Load(path));

        Assert.Equal(new GoldPage("a", "https://example.com/", "T", page.Authors, "P", new DateOnly(2019, 11, 18), "S", "en", "N"), page);
        Assert.Equal(["A B", "C D"], page.Authors);
    }
}
