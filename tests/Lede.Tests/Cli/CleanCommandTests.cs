using System.Text;
using System.Text.Json;
using Lede.Tests.PlainText;

namespace Lede.Tests.Cli;

/// <summary><c>lede clean</c> run as a process, as a user would.</summary>
public sealed class CleanCommandTests
{
    private static string SeedText => Path.Combine(AppContext.BaseDirectory, "samples", "seed-article.txt");

    [Fact]
    public void SeedTextAsJsonMeetsTheBar()
    {
        var run = CliProcess.Run("clean", SeedText, "--format", "json");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Stderr);
        using var json = JsonDocument.Parse(run.Stdout);
        var article = json.RootElement.GetProperty("article");
        Assert.Equal("ok", json.RootElement.GetProperty("status").GetString());
        Assert.Equal("Alec Baldwin and Hilaria Baldwin Open Up About Their Miscarriage", article.GetProperty("title").GetString());
        Assert.StartsWith("Hilaria Baldwin has always been open", article.GetProperty("standfirst").GetString());
        var figures = article.GetProperty("figures").EnumerateArray().ToList();
        Assert.Equal(3, figures.Count);
        Assert.All(figures, f => Assert.Equal("Instagram/ Hilaria Baldwin", f.GetProperty("credit").GetString()));
        Assert.Equal(2, article.GetProperty("related").GetArrayLength());
        var text = article.GetProperty("text").GetString()!;
        foreach (var noise in new[] { "Image source", "Support Journal Post", "Related:", "Also Read", "alec and hilaria", "More From The Post" })
            Assert.DoesNotContain(noise, text);
    }

    [Fact]
    public void TextIsTheBodyAndExplainGoesToStderr()
    {
        var run = CliProcess.Run("clean", SeedText, "--explain");

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("Alec Baldwin and Hilaria Baldwin opened up", run.Stdout);
        Assert.EndsWith("The couple also suffered a miscarriage back in April.\n", run.Stdout);
        var lines = run.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(10, lines.Length);
        Assert.Contains(lines, l => l.StartsWith("[LineNoise] line 15 “Support Journal Post” — a widget label"));
    }

    [Fact]
    public void MarkdownWithFiguresAndRelated()
    {
        var run = CliProcess.Run(Encoding.UTF8.GetBytes(CleanTexts.English), "clean", "-", "--format", "markdown", "--related");
        var bare = CliProcess.Run(Encoding.UTF8.GetBytes(CleanTexts.English), "clean", "-", "--format", "markdown", "--no-front-matter");
        var plain = CliProcess.Run(Encoding.UTF8.GetBytes(CleanTexts.English), "clean", "-", "--figures");

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("---\ntitle: City Council Approves New Bike Lanes Downtown\n", run.Stdout);
        Assert.Contains("*Cyclists gather outside City Hall before the vote on Tuesday.* (Jane Doe/Reuters)", run.Stdout);
        Assert.Contains("## What the plan includes", run.Stdout);
        Assert.EndsWith("## Related\n\n- [Council delays vote on downtown parking rules](https://example.com/news/parking-vote)\n", run.Stdout);
        Assert.StartsWith("# City Council Approves New Bike Lanes Downtown\n", bare.Stdout);
        Assert.Contains("Jane Doe/Reuters", plain.Stdout);
    }

    [Fact]
    public void AllNoiseIsExitThree()
    {
        var run = CliProcess.Run("clean", TempFolder.File("noise.txt", Encoding.UTF8.GetBytes(CleanTexts.AllNoise)));
        var json = CliProcess.Run("clean", TempFolder.File("noise.txt", Encoding.UTF8.GetBytes(CleanTexts.AllNoise)), "--format", "json");

        Assert.Equal(3, run.ExitCode);
        Assert.Equal("lede: no article text found", run.Stderr.TrimEnd());
        Assert.Equal("", run.Stdout);
        Assert.Equal(3, json.ExitCode);
        Assert.Equal("empty", JsonDocument.Parse(json.Stdout).RootElement.GetProperty("status").GetString());
    }

    [Fact]
    public void EmptyInputIsExitThree()
    {
        var run = CliProcess.Run(Array.Empty<byte>(), "clean", "-");

        Assert.Equal(3, run.ExitCode);
    }

    [Fact]
    public void BinaryAndMissingFilesAreExitOne()
    {
        byte[] png = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13];
        var binary = CliProcess.Run("clean", TempFolder.File("image.txt", png));
        var missing = CliProcess.Run("clean", Path.Combine(TempFolder.Create(), "nowhere.txt"));

        Assert.Equal(1, binary.ExitCode);
        CliAssert.OneErrorLine(binary, "not text");
        Assert.Equal(1, missing.ExitCode);
        CliAssert.OneErrorLine(missing, "nowhere.txt");
    }

    [Fact]
    public void HelpListsTheSharedOptions()
    {
        var root = CliProcess.Run("--help");
        var clean = CliProcess.Run("clean", "--help");

        Assert.Contains("clean", root.Stdout);
        foreach (var option in new[] { "--format", "--explain", "--figures", "--related", "--no-front-matter" })
            Assert.Contains(option, clean.Stdout);
        Assert.Equal(2, CliProcess.Run("clean", SeedText, "--format", "pdf").ExitCode);
    }
}
