using System.Text.Json;
using Lede.Cli.Eval;

namespace Lede.Tests.Eval;

public sealed class PredictionsFileTests
{
    [Fact]
    public void WritesTheBenchmarkFormatAndReadsItBack()
    {
        var path = Path.Combine(TempFolder.Create(), "sub", "lede.json");
        var predictions = new Dictionary<string, string> { ["b2"] = "Zweiter „Text“", ["a1"] = "First <text> & more" };

        PredictionsFile.Write(path, "1.2.3", predictions);

        using var json = JsonDocument.Parse(File.ReadAllBytes(path));
        Assert.Equal("1.2.3", json.RootElement.GetProperty("version").GetString());
        var output = json.RootElement.GetProperty("output");
        Assert.Equal(["a1", "b2"], output.EnumerateObject().Select(p => p.Name));
        Assert.Equal("First <text> & more", output.GetProperty("a1").GetProperty("articleBody").GetString());
        Assert.Equal(predictions, PredictionsFile.Read(path));
    }

    [Fact]
    public void ReadsTheBareShapeAndMissingBodiesAsEmpty()
    {
        var path = TempFolder.File("peer.json", """{"a1": {"articleBody": "Text"}, "b2": {"articleBody": null}, "c3": {}}"""u8.ToArray());

        var predictions = PredictionsFile.Read(path);

        Assert.Equal("Text", predictions["a1"]);
        Assert.Equal("", predictions["b2"]);
        Assert.Equal("", predictions["c3"]);
    }

    [Fact]
    public void MissingPageScoresAsEmpty()
    {
        var truth = new Dictionary<string, string> { ["a1"] = "one two three four five", ["b2"] = "six seven eight nine ten" };
        var predictions = new Dictionary<string, string> { ["a1"] = "one two three four five" };

        var scored = ScoredSubject.Score("peer", truth, predictions);

        Assert.Equal(1, scored.Pages["a1"].F1);
        Assert.Equal(0, scored.Pages["b2"].Recall);
        Assert.Equal(0.5, scored.Total.Recall, 12);
        Assert.Equal(1, scored.Total.Precision);
    }
}
