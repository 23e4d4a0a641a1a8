using System.Text;
using System.Text.Json;
using Lede.Cli.Batch;

namespace Lede.Tests.Batch;

/// <summary>The JSONL line of a document, written with a buffer each thread keeps from one line to the next.</summary>
public sealed class OutputLineTests
{
    private static readonly BatchPart Part = new("pages", "/in/pages", null, 0);

    [Fact]
    public void EachLineHoldsOnlyItsOwnDocumentWhateverCameBefore()
    {
        var longArticle = new Article { Title = "Long", Blocks = [new ParagraphBlock(new string('a', 50_000))] };
        var shortArticle = new Article { Title = "Short", Blocks = [new ParagraphBlock("Short.")] };

        var first = Line(Job("long"), "ok", null, longArticle);
        var second = Line(Job("short"), "ok", null, shortArticle);
        var third = Line(Job("failed"), "timeout", "past 30 s", null);

        Assert.Equal(JsonArticleWriter.Write(longArticle, indented: false), Article(first));
        Assert.Equal("""{"id":"short","url":"https://news.example/short","status":"ok","article":""" + JsonArticleWriter.Write(shortArticle, indented: false) + "}", second);
        Assert.Equal("""{"id":"failed","url":"https://news.example/failed","status":"timeout","reason":"past 30 s"}""", third);
    }

    [Fact]
    public void ALineLongerThanTheKeptBufferIsWholeAndSoIsTheNext()
    {
        var huge = new Article { Blocks = [new ParagraphBlock(new string('b', 3_000_000))] };
        var small = new Article { Blocks = [new ParagraphBlock("Small.")] };

        var hugeLine = Line(Job("huge"), "ok", null, huge);
        var smallLine = Line(Job("small"), "ok", null, small);

        Assert.Equal(JsonArticleWriter.Write(huge, indented: false), Article(hugeLine));
        Assert.Equal(JsonArticleWriter.Write(small, indented: false), Article(smallLine));
    }

    [Fact]
    public void LinesWrittenOnManyThreadsAtOnceEachHoldTheirOwnDocument()
    {
        var lines = new string[400];
        Parallel.For(0, lines.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
            lines[i] = Line(Job("doc" + i), "ok", null, new Article { Blocks = [new ParagraphBlock(new string('c', i * 37) + i)] }));
        for (int i = 0; i < lines.Length; i++)
        {
            using var doc = JsonDocument.Parse(lines[i]);
            Assert.Equal("doc" + i, doc.RootElement.GetProperty("id").GetString());
            Assert.Equal(new string('c', i * 37) + i, doc.RootElement.GetProperty("article").GetProperty("text").GetString());
        }
    }

    private static BatchJob Job(string id) => new() { Part = Part, Index = 0, Id = id, Url = "https://news.example/" + id };

    private static string Line(BatchJob job, string status, string? reason, Article? article)
        => Encoding.UTF8.GetString(OutputLine.Write(job, status, reason, article));

    // The article object of a line, as written.
    private static string Article(string line)
    {
        using var doc = JsonDocument.Parse(line);
        return doc.RootElement.GetProperty("article").GetRawText();
    }
}
