using System.Text.Json;
using Lede.Tests.Fetch;

namespace Lede.Tests.Cli;

/// <summary><c>lede extract</c> over several inputs, files and URLs mixed, and its fetch options.</summary>
public sealed class ExtractManyTests : IDisposable
{
    private readonly LocalSite _site = new("User-agent: OtherBot\nDisallow: /\n");

    public void Dispose() => _site.Dispose();

    [Fact]
    public void JsonIsOneLinePerInputInOrder()
    {
        var file = TempFolder.File("story.html", TestPages.Story);

        var run = CliProcess.Run("extract", file, _site.Url("moved"), "--format", "json", "--allow-private-addresses");

        Assert.Equal(0, run.ExitCode);
        var lines = run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        var fromUrl = JsonDocument.Parse(lines[1]).RootElement;
        Assert.Equal("ok", fromUrl.GetProperty("status").GetString());
        Assert.Contains(_site.Url("story"), lines[1]);
        Assert.Equal("ok", JsonDocument.Parse(lines[0]).RootElement.GetProperty("status").GetString());
    }

    [Fact]
    public void TextPutsAHeaderBeforeEachArticleAndGoesOnPastABadInput()
    {
        var file = TempFolder.File("story.html", TestPages.Story);

        var run = CliProcess.Run("extract", file, _site.Url("gone"), _site.Url("story"), "--allow-private-addresses");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(2, run.Stdout.Split(TestPages.Sentence).Length - 1);
        Assert.Contains($"==> {file} <==\n", run.Stdout);
        Assert.Contains($"\n\n==> {_site.Url("story")} <==\n", run.Stdout);
        Assert.DoesNotContain(_site.Url("gone"), run.Stdout);
        CliAssert.OneErrorLine(run, $"{_site.Url("gone")}: ");
        Assert.Contains("http-error", run.Stderr);
    }

    [Fact]
    public void NoArticleInOneOfSeveralIsExitThree()
    {
        var run = CliProcess.Run("extract", TempFolder.File("story.html", TestPages.Story), TempFolder.File("blank.html", TestPages.Blank));

        Assert.Equal(3, run.ExitCode);
        CliAssert.OneErrorLine(run, "no article text found");
    }

    [Fact]
    public void UrlWithSeveralInputsIsAUsageError()
    {
        var run = CliProcess.Run("extract", "a.html", "b.html", "--url", "https://example.org/");

        CliAssert.UsageError(run, "--url", "lede extract");
    }

    [Fact]
    public void TheLoopbackIsRefusedByDefault()
    {
        var run = CliProcess.Run("extract", _site.Url("story"));

        Assert.Equal(1, run.ExitCode);
        CliAssert.OneErrorLine(run, "refused");
        Assert.Equal(0, _site.Hits("/story"));
    }

    [Fact]
    public void TheUserAgentIsTheNameLookedUpInRobotsTxt()
    {
        var run = CliProcess.Run("extract", _site.Url("story"), "--allow-private-addresses", "--user-agent", "OtherBot/1.0");

        Assert.Equal(1, run.ExitCode);
        CliAssert.OneErrorLine(run, "robots-disallowed");
        Assert.Equal(0, _site.Hits("/story"));
    }
}
