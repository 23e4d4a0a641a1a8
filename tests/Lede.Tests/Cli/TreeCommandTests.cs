using System.Text;

namespace Lede.Tests.Cli;

/// <summary><c>lede tree</c> run as a process, as a user would.</summary>
public sealed class TreeCommandTests
{
    [Fact]
    public void PrintsEachFilesTreeAfterItsName()
    {
        var folder = TempFolder.Create();
        string first = Path.Combine(folder, "a.html"), second = Path.Combine(folder, "b.html");
        File.WriteAllText(first, "<!DOCTYPE html><title>T</title><p class=x id=y>One<b>two");
        File.WriteAllText(second, "<table><td>cell");

        var run = CliProcess.Run("tree", first, second);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Stderr);
        Assert.Equal(
            $"#file {first}\n| <!DOCTYPE html>\n| <html>\n|   <head>\n|     <title>\n|       \"T\"\n|   <body>\n|     <p>\n" +
            "|       class=\"x\"\n|       id=\"y\"\n|       \"One\"\n|       <b>\n|         \"two\"\n" +
            $"#file {second}\n| <html>\n|   <head>\n|   <body>\n|     <table>\n|       <tbody>\n|         <tr>\n|           <td>\n|             \"cell\"\n",
            run.Stdout);
    }

    [Fact]
    public void FragmentContextsInEveryNamespace()
    {
        var cell = CliProcess.Run(Encoding.UTF8.GetBytes("<td>x</td>"), "tree", "--fragment", "tr", "-");
        var svg = CliProcess.Run(Encoding.UTF8.GetBytes("<path/><foreignobject/>"), "tree", "--fragment", "svg svg", "-");

        Assert.Equal(0, cell.ExitCode);
        Assert.Equal("#file -\n| <td>\n|   \"x\"\n", cell.Stdout);
        Assert.Equal("#file -\n| <svg path>\n| <svg foreignObject>\n", svg.Stdout);
    }

    [Fact]
    public void ScriptTextIsShownUnlessAsExtracted()
    {
        byte[] page = Encoding.UTF8.GetBytes("<script>var a = 1;</script><script type=application/ld+json>{}</script>");

        var full = CliProcess.Run(page, "tree", "-");
        var extracted = CliProcess.Run(page, "tree", "--as-extracted", "-");

        Assert.Contains("\"var a = 1;\"", full.Stdout);
        Assert.DoesNotContain("var a", extracted.Stdout);
        Assert.Contains("\"{}\"", extracted.Stdout); // JSON-LD is kept
    }

    [Fact]
    public void CharsetOptionDecodesTheBytes()
    {
        var folder = TempFolder.Create();
        string path = Path.Combine(folder, "latin.html");
        File.WriteAllBytes(path, [.. Encoding.ASCII.GetBytes("<p>caf"), 0xE9]);

        var run = CliProcess.Run("tree", "--charset", "iso-8859-1", path);

        Assert.Contains("\"café\"", run.Stdout);
    }

    [Fact]
    public void AMissingFileIsBadInputAndTheOthersAreStillWritten()
    {
        var folder = TempFolder.Create();
        string present = Path.Combine(folder, "here.html");
        File.WriteAllText(present, "<p>x");

        var run = CliProcess.Run("tree", Path.Combine(folder, "absent.html"), present);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("absent.html", run.Stderr);
        Assert.Contains($"#file {present}\n", run.Stdout);
    }
}
