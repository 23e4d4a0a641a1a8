using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;
using Lede.Tests.Cli;
using Lede.Tests.Fetch;

namespace Lede.Tests.Service;

/// <summary>
/// <c>lede serve</c> run as a user runs it, the built command on a real port: its answers are the bytes
/// <c>lede extract --format json</c> writes, it stops gracefully on SIGTERM, and its usage errors are one line.
/// </summary>
public sealed partial class ServeCommandTests
{
    [Fact]
    public async Task TheSamplePageGivesTheSameBytesAsLedeExtract()
    {
        var sample = Path.Combine(AppContext.BaseDirectory, "samples", "seed-article.html");
        await using var serve = await ServeProcess.StartAsync();

        using var client = new HttpClient { BaseAddress = new Uri(serve.Url) };
        using var content = new ByteArrayContent(await File.ReadAllBytesAsync(sample));
        using var response = await client.PostAsync("/v1/extract", content);
        var served = await response.Content.ReadAsByteArrayAsync();
        var cli = CliProcess.Run("extract", "--format", "json", sample);

        Assert.Equal(0, cli.ExitCode);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Encoding.UTF8.GetBytes(cli.Stdout), served);
    }

    [SkippableFact]
    public async Task SigtermLetsARequestInFlightFinish()
    {
        Skip.If(OperatingSystem.IsWindows(), "SIGTERM is a Unix signal");
        using var site = new LocalSite();
        await using var serve = await ServeProcess.StartAsync("--allow-private-addresses");
        using var client = new HttpClient { BaseAddress = new Uri(serve.Url) };

        // /slow answers after 4 s: longer than System.CommandLine's own 2 s grace, so a forced exit would show.
        var inFlight = client.PostAsync("/v1/extract", new StringContent($"{{\"url\": \"{site.Url("slow")}\"}}", Encoding.UTF8, "application/json"));
        for (int i = 0; i < 200 && site.Hits("/slow") == 0; i++)
            await Task.Delay(25);
        Assert.Equal(1, site.Hits("/slow"));
        serve.Signal("TERM");

        using var answer = await inFlight;
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Contains("\"status\": \"ok\"", await answer.Content.ReadAsStringAsync());
        Assert.Equal(0, await serve.ExitAsync());
        Assert.Contains("POST /v1/extract 200", serve.Output);
    }

    [Theory]
    [InlineData("--urls", "ftp://127.0.0.1:21", "--urls takes http(s) URLs")]
    [InlineData("--urls", ";", "--urls needs at least one http(s) URL")]
    [InlineData("--max-concurrency", "0", "--max-concurrency must be at least 1")]
    public void AUsageErrorIsOneLineAndAHint(string option, string value, string message)
    {
        var run = CliProcess.Run("serve", option, value);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Stdout);
        Assert.Equal($"lede: {message}", run.Stderr.Split('\n')[0][..(message.Length + 6)]);
        Assert.Contains("try 'lede serve --help'", run.Stderr);
    }

    [Fact]
    public void APortAlreadyTakenIsOneLineNotAStackTrace()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        int port = ((IPEndPoint)taken.LocalEndpoint).Port;

        var run = CliProcess.Run("serve", "--urls", $"http://127.0.0.1:{port}");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"lede: Failed to bind to address http://127.0.0.1:{port}", run.Stderr);
        Assert.DoesNotContain("   at ", run.Stderr + run.Stdout);
    }
}
