using System.Text;
using System.Text.Json;
using Lede.Tests.PlainText;
using Lede.Tests.Warc;

namespace Lede.Tests.Cli;

/// <summary><c>lede clean</c> run as a process, as a user would.</summary>
public sealed class CleanCommandTests
{
    private static string SeedText => Path.Combine(AppContext.BaseDirectory, "samples", "seed-article.txt");

    private static byte[] English => Encoding.UTF8.GetBytes(CleanTexts.English);

    // Blank lines only: "no article" whatever the cleaner's line model decides.
    private static readonly byte[] Blank = Encoding.UTF8.GetBytes("\n  \n\n");

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

    [Theory]
    [InlineData("text", ".txt")]
    [InlineData("markdown", ".md")]
    [InlineData("json", ".json")]
    public void SeveralFilesGoToTheFolderEachAsItsOwnRunPrintsIt(string format, string extension)
    {
        var story = TempFolder.File("story.txt", File.ReadAllBytes(SeedText));
        var sameName = TempFolder.File("story.txt.gz", WarcFixture.Gzip(English));
        var output = Path.Combine(TempFolder.Create(), "out");

        var run = CliProcess.Run("clean", story, sameName, "-o", output, "--format", format);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Stderr);
        Assert.Equal(["story-2" + extension, "story" + extension], Files(output, "*"));
        foreach (var (input, name) in new[] { (story, "story"), (sameName, "story-2") })
        {
            var alone = CliProcess.Run("clean", input, "--format", format);
            Assert.Equal(0, alone.ExitCode);
            Assert.Equal(alone.Stdout, File.ReadAllText(Path.Combine(output, name + extension)));
        }
    }

    [Fact]
    public void AMissingFileAmongGoodOnesIsOneLineAndTheOthersAreWritten()
    {
        var folder = TempFolder.Create();
        var first = Path.Combine(folder, "first.txt");
        var missing = Path.Combine(folder, "missing.txt");
        var last = Path.Combine(folder, "last.txt");
        File.Copy(SeedText, first);
        File.WriteAllBytes(last, English);
        var output = TempFolder.Create();

        var run = CliProcess.Run("clean", first, missing, last, "-o", output);

        Assert.Equal(1, run.ExitCode);
        CliAssert.OneErrorLine(run, $"lede: {missing}: no such file");
        Assert.Equal(["first.txt", "last.txt"], Files(output, "*"));
        Assert.Equal("", run.Stdout);
    }

    [Fact]
    public void TheExitCodeIsTheMostSevereOfAll()
    {
        byte[] png = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13];
        var blank = TempFolder.File("blank.txt", Blank);
        var image = TempFolder.File("image.txt", png);

        var noArticle = CliProcess.Run("clean", SeedText, blank, "-o", TempFolder.Create());
        var bad = CliProcess.Run("clean", blank, image, SeedText, "-o", TempFolder.Create());

        Assert.Equal(3, noArticle.ExitCode);
        CliAssert.OneErrorLine(noArticle, $"lede: {blank}: no article text found");
        Assert.Equal(1, bad.ExitCode);
        Assert.Equal([$"lede: {blank}: no article text found", $"lede: {image}: a PNG image, not text"], bad.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void SeveralInputsWithoutAFolderAreAUsageErrorInOneLineAndAHint()
    {
        var several = CliProcess.Run("clean", SeedText, SeedText);
        var folder = CliProcess.Run("clean", TempFolder.Create());
        var twiceStdin = CliProcess.Run("clean", "-", "-", "-o", TempFolder.Create());

        foreach (var (run, mentions) in new[] { (several, "2 inputs need -o DIR"), (folder, "is a folder: give -o DIR"), (twiceStdin, "can be given only once") })
            CliAssert.UsageError(run, mentions, "lede clean");
    }

    [Fact]
    public void AFolderIsSearchedForTextsAndItsPathsAreMirrored()
    {
        var root = TempFolder.Create();
        Directory.CreateDirectory(Path.Combine(root, "2024", "jan"));
        File.Copy(SeedText, Path.Combine(root, "2024", "jan", "a.txt"));
        File.WriteAllBytes(Path.Combine(root, "2024", "b.txt.gz"), WarcFixture.Gzip(English));
        File.WriteAllBytes(Path.Combine(root, "c.txt"), Blank);
        File.WriteAllText(Path.Combine(root, "page.html"), "<p>Not a text.</p>");
        File.WriteAllText(Path.Combine(root, "notes.md"), "Not a text either.");
        var output = TempFolder.Create();

        var json = CliProcess.Run("clean", root, "-o", output, "--format", "json");
        var text = CliProcess.Run("clean", root, "-o", Path.Combine(output, "text"));

        // c.txt has no article: with JSON it still gets its file (status empty), and it is reported either way.
        Assert.Equal(3, json.ExitCode);
        CliAssert.OneErrorLine(json, $"lede: {Path.Combine(root, "c.txt")}: no article text found");
        Assert.Equal(["2024/b.json", "2024/jan/a.json", "c.json"], Files(output, "*.json"));
        Assert.Equal("ok", Status(Path.Combine(output, "2024", "jan", "a.json")));
        Assert.Equal("empty", Status(Path.Combine(output, "c.json")));
        Assert.Equal(CliProcess.Run("clean", Path.Combine(root, "2024", "jan", "a.txt"), "--format", "json").Stdout, File.ReadAllText(Path.Combine(output, "2024", "jan", "a.json")));
        Assert.Equal(3, text.ExitCode);
        Assert.Equal(["2024/b.txt", "2024/jan/a.txt"], Files(Path.Combine(output, "text"), "*"));
    }

    [Fact]
    public void AnOutputFolderInsideTheInputIsNotReadBackOnTheNextRun()
    {
        var root = TempFolder.Create();
        File.Copy(SeedText, Path.Combine(root, "a.txt"));
        var output = Path.Combine(root, "out");

        var first = CliProcess.Run("clean", root, "-o", output);
        var again = CliProcess.Run("clean", root, "-o", output);

        Assert.Equal((0, ""), (first.ExitCode, first.Stderr));
        Assert.Equal((0, ""), (again.ExitCode, again.Stderr));
        Assert.Equal(["a.txt"], Files(output, "*"));
    }

    [Fact]
    public void AnOutputThatWouldOverwriteAnInputIsRefused()
    {
        var input = TempFolder.File("story.txt", File.ReadAllBytes(SeedText));

        var run = CliProcess.Run("clean", input, "-o", Path.GetDirectoryName(input)!, "--format", "text");

        CliAssert.UsageError(run, "would overwrite an input", "lede clean");
        Assert.Equal(File.ReadAllBytes(SeedText), File.ReadAllBytes(input));
    }

    [Fact]
    public void StandardInputCanBeOneOfTheInputs()
    {
        var output = TempFolder.Create();

        var run = CliProcess.Run(English, "clean", SeedText, "-", "-o", output, "--format", "markdown");
        var alone = CliProcess.Run(English, "clean", "-", "--format", "markdown");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["seed-article.md", "stdin.md"], Files(output, "*"));
        Assert.Equal(alone.Stdout, File.ReadAllText(Path.Combine(output, "stdin.md")));
    }

    [Fact]
    public void ExplainLinesOfSeveralInputsSayWhichInputTheyAreAbout()
    {
        var copy = TempFolder.File("copy.txt", File.ReadAllBytes(SeedText));
        var alone = CliProcess.Run("clean", SeedText, "--explain").Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);

        var run = CliProcess.Run("clean", SeedText, copy, "-o", TempFolder.Create(), "--explain");

        Assert.Equal(0, run.ExitCode);
        Assert.NotEmpty(alone);
        Assert.Equal([.. alone.Select(line => $"{SeedText}: {line}"), .. alone.Select(line => $"{copy}: {line}")], run.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    // The files under a folder, as sorted '/'-separated relative paths.
    private static List<string> Files(string folder, string pattern)
        => [.. Directory.GetFiles(folder, pattern, SearchOption.AllDirectories).Select(path => Path.GetRelativePath(folder, path).Replace('\\', '/')).Order(StringComparer.Ordinal)];

    private static string? Status(string jsonFile) => JsonDocument.Parse(File.ReadAllText(jsonFile)).RootElement.GetProperty("status").GetString();
}
