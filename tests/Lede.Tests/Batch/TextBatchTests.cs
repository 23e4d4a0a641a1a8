using System.Text;
using System.Text.Json;
using Lede.Cli.Batch;
using Lede.Tests.Cli;
using Lede.Tests.PlainText;
using Lede.Tests.Warc;
using static Lede.Tests.Batch.BatchInputs;

namespace Lede.Tests.Batch;

/// <summary>
/// <c>lede batch</c> over plain texts: <c>.txt</c> and <c>.txt.gz</c> files, alone or in folders beside pages, and JSONL
/// <c>text</c> lines, each cleaned as <see cref="Extractor.Clean(ReadOnlySpan{byte}, ExtractionOptions?, CancellationToken)"/>
/// cleans it, while pages are still extracted. What a text's article holds is the cleaner's business; these tests
/// check that each document takes the right path, by comparing with the library's own result.
/// </summary>
public sealed class TextBatchTests
{
    private static byte[] SeedText => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "samples", "seed-article.txt"));

    private static byte[] English => Encoding.UTF8.GetBytes(CleanTexts.English);

    private static CliRun Batch(params string[] args) => CliProcess.Run(["batch", .. args, "--quiet"]);

    [Fact]
    public void AFolderMixingPagesAndTextsExtractsThePagesAndCleansTheTexts()
    {
        var root = Path.Combine(TempFolder.Create(), "mixed");
        Directory.CreateDirectory(Path.Combine(root, "s"));
        File.WriteAllText(Path.Combine(root, "p.html"), Page(1));
        File.WriteAllBytes(Path.Combine(root, "s", "t.txt"), SeedText);
        File.WriteAllBytes(Path.Combine(root, "s", "u.txt.gz"), WarcFixture.Gzip(English));
        File.WriteAllText(Path.Combine(root, "notes.md"), "neither a page nor a text");
        var output = TempFolder.Create();

        var run = Batch(root, "-o", output);

        Assert.Equal(0, run.ExitCode);
        var lines = Lines(Path.Combine(output, "mixed-00000.jsonl"));
        Assert.Equal(["p.html", "s/t.txt", "s/u.txt.gz"], lines.Select(l => l.GetProperty("id").GetString()));
        AssertExtracted(Encoding.UTF8.GetBytes(Page(1)), lines[0]);
        AssertCleaned(SeedText, lines[1]);
        AssertCleaned(English, lines[2]);
        Assert.Contains("3 documents: 3 ok", run.Stderr);
    }

    [Fact]
    public void JsonlTextLinesAreCleanedAndLinesWithBothOrNeitherAreErrors()
    {
        var input = Path.Combine(TempFolder.Create(), "texts.jsonl");
        var text = Encoding.UTF8.GetString(SeedText);
        File.WriteAllLines(input,
        [
            JsonSerializer.Serialize(new { id = "t", url = "https://news.example/t", text }),
            JsonLine(2),
            JsonSerializer.Serialize(new { id = "both", html = Page(3), text }),
            JsonSerializer.Serialize(new { id = "neither", url = "https://news.example/n" }),
            JsonSerializer.Serialize(new { id = "number", text = 5 }),
        ]);
        var output = TempFolder.Create();

        var run = Batch(input, "-o", output);

        Assert.Equal(0, run.ExitCode);
        var lines = Lines(Path.Combine(output, "texts.jsonl.jsonl"));
        Assert.Equal(["t", "doc-2", "texts.jsonl:3", "texts.jsonl:4", "texts.jsonl:5"], lines.Select(l => l.GetProperty("id").GetString()));
        Assert.Equal("https://news.example/t", lines[0].GetProperty("url").GetString());
        AssertCleaned(SeedText, lines[0]);
        Assert.Equal("ok", lines[1].GetProperty("status").GetString());
        Assert.Equal(["error", "error", "error"], lines.Skip(2).Select(l => l.GetProperty("status").GetString()));
        Assert.Equal("line 3: both \"html\" and \"text\"; a document is one or the other", lines[2].GetProperty("reason").GetString());
        Assert.Equal("line 4: no \"html\" or \"text\" string", lines[3].GetProperty("reason").GetString());
        Assert.Equal("line 5: \"text\" is not a string", lines[4].GetProperty("reason").GetString());
        Assert.Contains("5 documents: 2 ok", run.Stderr);
    }

    [Fact]
    public void TextFilesGivenDirectlyAreCleanedWhateverTheyStartWith()
    {
        var folder = TempFolder.Create();
        var gz = Path.Combine(folder, "story.txt.gz");
        var markup = Path.Combine(folder, "markup.txt");
        // Starts like a page; its name says it is a text, and a text it is.
        var looksLikeHtml = Encoding.UTF8.GetBytes("<b>Notice</b>\n\n" + CleanTexts.English);
        File.WriteAllBytes(gz, WarcFixture.Gzip(SeedText));
        File.WriteAllBytes(markup, looksLikeHtml);
        var output = TempFolder.Create();

        Assert.Equal(0, Batch(gz, markup, "-o", output).ExitCode);

        AssertCleaned(SeedText, Assert.Single(Lines(Path.Combine(output, "story.txt.gz.jsonl"))));
        AssertCleaned(looksLikeHtml, Assert.Single(Lines(Path.Combine(output, "markup.txt.jsonl"))));
    }

    [Fact]
    public void StdinWithoutMarkupIsATextAndWithMarkupAPage()
    {
        var text = TempFolder.Create();
        var page = TempFolder.Create();

        Assert.Equal(0, CliProcess.Run(English, "batch", "-", "-o", text, "--quiet").ExitCode);
        Assert.Equal(0, CliProcess.Run(Encoding.UTF8.GetBytes(Page(4)), "batch", "-", "-o", page, "--quiet").ExitCode);

        AssertCleaned(English, Assert.Single(Lines(Path.Combine(text, "stdin.jsonl"))));
        AssertExtracted(Encoding.UTF8.GetBytes(Page(4)), Assert.Single(Lines(Path.Combine(page, "stdin.jsonl"))));
    }

    [Fact]
    public void AMixedFolderGivesTheSameLinesWithOneJobOrTwoRunAgainOrResumed()
    {
        var root = Folder(6);
        for (int n = 0; n < 4; n++)
            File.WriteAllBytes(Path.Combine(root, $"section{n % 3}", $"text{n}.txt"), n % 2 == 0 ? SeedText : English);
        var one = TempFolder.Create();
        // Text output is .txt files; inside the input folder, the next run must not take them for inputs.
        var inside = Path.Combine(root, "out");

        Assert.Equal(0, Batch(root, "-o", one, "--jobs", "1").ExitCode);
        Assert.Equal(0, Batch(root, "-o", inside, "--jobs", "2", "--format", "text").ExitCode);
        var first = File.ReadAllLines(Path.Combine(inside, "site-00000", "index.jsonl"));
        Assert.Equal(0, Batch(root, "-o", inside, "--jobs", "2", "--format", "text").ExitCode);
        var resumed = Batch(root, "-o", inside, "--format", "text", "--resume");

        var lines = Lines(Path.Combine(one, "site-00000.jsonl"));
        Assert.Equal(10, lines.Count);
        Assert.Equal(4, lines.Count(l => l.GetProperty("id").GetString()!.EndsWith(".txt", StringComparison.Ordinal)));
        Assert.All(lines, l => Assert.Equal("ok", l.GetProperty("status").GetString()));
        Assert.Equal(File.ReadAllLines(Path.Combine(one, "site-00000.jsonl")).Select(IdAndStatus), first.Select(IdAndStatus));
        Assert.Equal(first, File.ReadAllLines(Path.Combine(inside, "site-00000", "index.jsonl")));
        Assert.Equal(0, resumed.ExitCode);
        Assert.Contains("0 written, 1 already complete", resumed.Stderr);
    }

    // The id and status of a line: what the index of a text-format part shares with a JSONL part.
    private static string IdAndStatus(string line)
    {
        var json = JsonDocument.Parse(line).RootElement;
        return $"{json.GetProperty("id").GetString()} {json.GetProperty("status").GetString()}";
    }

    private static void AssertCleaned(byte[] text, JsonElement line) => AssertSame(Extractor.Clean(text), line);

    private static void AssertExtracted(byte[] html, JsonElement line) => AssertSame(Extractor.Extract(html), line);

    private static void AssertSame(ExtractionResult expected, JsonElement line)
    {
        Assert.Equal(BatchStatus.Of(expected.Status), line.GetProperty("status").GetString());
        if (expected.Article is { } article)
            Assert.Equal(JsonArticleWriter.Write(article, indented: false), line.GetProperty("article").GetRawText());
        else
            Assert.False(line.TryGetProperty("article", out _));
    }
}
