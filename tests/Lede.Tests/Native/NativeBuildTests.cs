using System.Net;
using System.Text;
using Lede.Cli.Eval;
using Lede.Tests.Cli;
using Lede.Tests.Output;
using Lede.Tests.Service;

namespace Lede.Tests.Native;

/// <summary>
/// The native command does what the tool does, byte for byte: the ahead-of-time build has no reflection and no JIT, so
/// anything that leaned on either (JSON, the command line, the service's endpoints and its OpenAPI document) would
/// show here as a difference or a failure.
/// </summary>
[Collection(NativeBuildCollection.Name)]
public sealed class NativeBuildTests(NativeBuild native)
{
    [SkippableFact]
    public void PublishingGivesTheLedeBinaryAndNoWarning()
    {
        Skip.If(native.SkipReason is not null, native.SkipReason);
        var publish = native.Publish!;
        var output = publish.Stdout + publish.Stderr;

        Assert.True(publish.ExitCode == 0, output);
        Assert.DoesNotContain("warning", output, StringComparison.OrdinalIgnoreCase);
        Assert.True(File.Exists(native.Command), $"no lede in {native.Folder}");
        Assert.False(File.Exists(Path.Combine(native.Folder, "Lede.Cli")), "the binary kept the project's name");
        // The command and its native symbols, and nothing the binary would never read (libraries' .pdb and .xml files,
        // a referenced project's runtimeconfig.json).
        var files = Directory.GetFiles(native.Folder).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["Lede.Cli.dbg", "lede"], files);
    }

    [SkippableFact]
    public void TheNativeBatchWritesTheToolsLines()
    {
        Skip.If(native.SkipReason is not null, native.SkipReason);
        List<string> inputs = [RepoFiles.Path("tests/pages"), RepoFiles.Path("samples")];
        // The benchmark's archive, when ../shared is there: 181 more pages, read from a WARC.
        if (SharedData.Directory is { } shared && File.Exists(Path.Combine(shared, "benchmarks", "warc-samples", "scrapinghub-181.warc.gz")))
            inputs.Add(Path.Combine(shared, "benchmarks", "warc-samples", "scrapinghub-181.warc.gz"));
        var toolOutput = TempFolder.Create();
        var nativeOutput = TempFolder.Create();

        var tool = CliProcess.Run(["batch", .. inputs, "-o", toolOutput, "--quiet"]);
        var run = native.Run(["batch", .. inputs, "-o", nativeOutput, "--quiet"]);

        Assert.Equal(0, tool.ExitCode);
        Assert.Equal(0, run.ExitCode);
        var parts = Directory.GetFiles(toolOutput).Select(Path.GetFileName).Order().ToList();
        Assert.Equal(parts, Directory.GetFiles(nativeOutput).Select(Path.GetFileName).Order().ToList());
        Assert.True(parts.Count >= inputs.Count, $"{parts.Count} parts for {inputs.Count} inputs");
        foreach (var part in parts)
        {
            var expected = File.ReadAllLines(Path.Combine(toolOutput, part!));
            var actual = File.ReadAllLines(Path.Combine(nativeOutput, part!));
            Assert.Equal(expected.Length, actual.Length);
            for (int i = 0; i < expected.Length; i++)
                Assert.True(expected[i] == actual[i], $"{part} line {i + 1} differs:\n{expected[i][..Math.Min(300, expected[i].Length)]}\n{actual[i][..Math.Min(300, actual[i].Length)]}");
        }
    }

    [SkippableTheory]
    [InlineData("extract", "--format", "json", "--explain", "samples/seed-article.html")]
    [InlineData("extract", "--format", "markdown", "samples/tech-blog-post.html")]
    [InlineData("extract", "--format", "html", "samples/local-news-comments.html")]
    [InlineData("clean", "--format", "json", "samples/seed-article.txt")]
    [InlineData("extract", "--format", "json", "samples/README.md")]
    [InlineData("extract", "--no-such-option")]
    [InlineData("--help")]
    public void TheNativeCommandAnswersAsTheToolDoes(params string[] args)
    {
        Skip.If(native.SkipReason is not null, native.SkipReason);
        var withPaths = args.Select(arg => arg.StartsWith("samples/", StringComparison.Ordinal) ? RepoFiles.Path(arg) : arg).ToArray();

        var tool = CliProcess.Run(withPaths);
        var run = native.Run(withPaths);

        Assert.Equal(tool.ExitCode, run.ExitCode);
        Assert.Equal(tool.Stdout, run.Stdout);
        Assert.Equal(tool.Stderr, run.Stderr);
    }

    [SkippableFact]
    public async Task TheNativeServiceAnswersAsTheToolsDoes()
    {
        Skip.If(native.SkipReason is not null, native.SkipReason);
        Assert.True(native.Publish is { ExitCode: 0 }, "the native build failed");
        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } path ? path : "dotnet";
        await using var tool = await ServeProcess.StartCommandAsync([host, Path.Combine(AppContext.BaseDirectory, "Lede.Cli.dll")]);
        await using var served = await ServeProcess.StartCommandAsync([native.Command]);
        var page = await File.ReadAllTextAsync(RepoFiles.Path("samples/seed-article.html"));
        var json = System.Text.Json.JsonSerializer.Serialize(new Dictionary<string, object> { ["html"] = page, ["url"] = "https://example.com/a", ["explain"] = true });

        foreach (var (method, target, body, type) in new (string, string, string?, string?)[]
        {
            ("GET", "/openapi/v1.json", null, null),
            ("GET", "/healthz", null, null),
            ("GET", "/", null, null),
            ("POST", "/v1/extract", json, "application/json"),
            ("POST", "/v1/extract?preset=precision", page, "text/html"),
            ("POST", "/v1/clean", await File.ReadAllTextAsync(RepoFiles.Path("samples/seed-article.txt")), "text/plain"),
            ("POST", "/v1/extract", "{\"url\": \"not a url\"}", "application/json"),
            ("POST", "/v1/extract", "{\"html\": 5}", "application/json"),
        })
        {
            var (toolStatus, toolBody) = await SendAsync(tool.Url, method, target, body, type);
            var (status, answer) = await SendAsync(served.Url, method, target, body, type);
            Assert.Equal(toolStatus, status);
            Assert.Equal(toolBody.Replace(tool.Url, "URL", StringComparison.Ordinal), answer.Replace(served.Url, "URL", StringComparison.Ordinal));
            if (target == "/openapi/v1.json")
                Assert.Contains("\"/v1/extract\"", answer);
        }
    }

    private static async Task<(HttpStatusCode, string)> SendAsync(string url, string method, string target, string? body, string? type)
    {
        using var client = new HttpClient { BaseAddress = new Uri(url) };
        using var request = new HttpRequestMessage(new HttpMethod(method), target);
        if (body is not null)
            request.Content = new StringContent(body, Encoding.UTF8, type!);
        using var response = await client.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }
}
