using Lede.Tests.Warc;

namespace Lede.Tests.Readme;

/// <summary>Console output is process-wide: the examples that print run alone, never beside another test.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ConsoleTests
{
    public const string Name = "Console output";
}

/// <summary>
/// Every ```csharp example of README.md and of the packages' README (src/README.md) compiles as a user's program would,
/// and runs without throwing against a bundled page; one marked <c>&lt;!-- fragment --&gt;</c> is compiled only.
/// </summary>
[Collection(ConsoleTests.Name)]
public sealed class ReadmeExampleTests
{
    public static TheoryData<string, int> Examples()
    {
        var data = new TheoryData<string, int>();
        foreach (var example in CodeExamples.All())
            data.Add(example.File, example.Line);
        return data;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void TheExampleCompilesAndRuns(string file, int line)
    {
        var example = CodeExamples.All().Single(e => e.File == file && e.Line == line);
        var (assembly, errors) = ExampleCompiler.Compile(example, SampleFiles.Substitute(example.Code));
        Assert.True(errors.Count == 0, $"{example} does not compile:\n{string.Join('\n', errors)}");
        if (example.IsFragment) return;

        var printed = new StringWriter();
        var console = Console.Out;
        Console.SetOut(printed);
        try
        {
            ExampleCompiler.Run(assembly!);
        }
        catch (Exception e)
        {
            Assert.Fail($"{example} threw {e.GetType().Name}: {e.Message}\n(a file it reads must be listed in {nameof(SampleFiles)})");
        }
        finally
        {
            Console.SetOut(console);
        }
        if (example.Code.Contains("Console.WriteLine", StringComparison.Ordinal))
            Assert.True(printed.ToString().Trim().Length > 0, $"{example} printed nothing");
    }

    [Fact]
    public void TheReadmesHoldTheExamplesThisTestIsAbout()
    {
        var all = CodeExamples.All().ToList();
        Assert.True(all.Count(e => e.File == "README.md") >= 3, "fewer C# examples found in README.md than it has");
        Assert.Contains(all, e => e.File == "src/README.md");
        Assert.Contains(all, e => e.Code.Contains("\"page.html\"", StringComparison.Ordinal));
    }

    [Fact]
    public void AFragmentIsMarkedByTheCommentBeforeIt()
    {
        string[] markdown = ["text", CodeExamples.FragmentMarker, "", "```csharp", "var x = 1;", "```", "", "  ```csharp", "  var y = 2;", "  ```"];
        var examples = CodeExamples.In("test.md", markdown).ToList();
        Assert.Equal(2, examples.Count);
        Assert.True(examples[0].IsFragment);
        Assert.False(examples[1].IsFragment);
        Assert.Equal("var y = 2;\n", examples[1].Code);
        Assert.Equal(8, examples[1].Line);
    }

    [Fact]
    public void AnExampleThatDoesNotCompileIsReportedAtItsLine()
    {
        var example = new CodeExample("test.md", 10, "using Lede;\nvar r = Extractor.Extract(\"<p>x</p>\");\nConsole.WriteLine(r.Article.Title);\n", false);
        var (_, errors) = ExampleCompiler.Compile(example, example.Code);
        // Without an IsOk check, Article may be null: a nullable warning, an error here.
        Assert.Contains(errors, e => e.StartsWith("test.md:13: CS8602", StringComparison.Ordinal));
    }
}

/// <summary>The files the examples read, by the name they use, mapped to bundled samples.</summary>
internal static class SampleFiles
{
    private static readonly Lazy<Dictionary<string, string>> Paths = new(() => new()
    {
        ["page.html"] = Path.Combine(AppContext.BaseDirectory, "samples", "seed-article.html"),
        ["scrape.txt"] = Path.Combine(AppContext.BaseDirectory, "samples", "seed-article.txt"),
        ["crawl.warc.gz"] = Crawl(),
    });

    /// <summary>The code with each known file name literal ("page.html") replaced by the full path of its sample.</summary>
    public static string Substitute(string code)
    {
        foreach (var (name, path) in Paths.Value)
            code = code.Replace($"\"{name}\"", "@\"" + path.Replace("\"", "\"\"") + "\"", StringComparison.Ordinal);
        return code;
    }

    // A gzip WARC holding the seed article as an HTTP response.
    private static string Crawl()
    {
        byte[] page = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "samples", "seed-article.html"));
        byte[] warc = WarcFixture.Gzip(WarcFixture.Concat(WarcFixture.WarcInfo(WarcFixture.Id(1)), WarcFixture.Response(WarcFixture.Id(2), page)));
        return TempFolder.File("crawl.warc.gz", warc);
    }
}
