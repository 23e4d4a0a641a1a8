using System.Net;
using System.Net.Sockets;

namespace Lede.Tests.Cli;

/// <summary>The CLI fetching from a small HTTP server on the loopback: redirects, charset, errors, size.</summary>
public sealed class FetchTests : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly string _base;
    private readonly Task _serving;

    public FetchTests()
    {
        _base = $"http://127.0.0.1:{FreePort()}/";
        _listener.Prefixes.Add(_base);
        _listener.Start();
        _serving = Task.Run(ServeAsync);
    }

    [Fact]
    public void FollowsRedirectsAndUsesTheFinalUrl()
    {
        var run = CliProcess.Run("extract", _base + "moved", "--format", "json", "--allow-private-addresses");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains(TestPages.Sentence, run.Stdout);
        Assert.Contains(_base + "story", run.Stdout);
    }

    [SkippableFact]
    public void PassesTheContentTypeCharset()
    {
        ExtractCommandTests.SkipUnlessTheLibraryHonoursCharset();

        var run = CliProcess.Run("extract", _base + "latin1", "--allow-private-addresses");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("café", run.Stdout);
    }

    [Fact]
    public void ErrorStatusIsOneLineAndExitOne()
    {
        var run = CliProcess.Run("extract", _base + "gone", "--allow-private-addresses");
        var json = CliProcess.Run("extract", _base + "gone", "--format", "json", "--allow-private-addresses");

        Assert.Equal(1, run.ExitCode);
        CliAssert.OneErrorLine(run, "404");
        // A failed fetch has no extraction result (no page was there): nothing on stdout, even for JSON.
        Assert.Equal(1, json.ExitCode);
        Assert.Equal("", json.Stdout);
        CliAssert.OneErrorLine(json, "404");
    }

    public void Dispose()
    {
        _listener.Close();
        // The serve loop ends when the listener closes; its exception then is expected.
        try { _serving.Wait(TimeSpan.FromSeconds(5)); } catch (AggregateException) { }
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            var context = await _listener.GetContextAsync();
            var response = context.Response;
            switch (context.Request.Url?.AbsolutePath)
            {
                case "/moved":
                    response.Redirect(_base + "story");
                    break;
                case "/story":
                    response.ContentType = "text/html; charset=utf-8";
                    await response.OutputStream.WriteAsync(TestPages.Story);
                    break;
                case "/latin1":
                    response.ContentType = "text/html; charset=ISO-8859-1";
                    await response.OutputStream.WriteAsync(TestPages.Latin1Story);
                    break;
                default:
                    response.StatusCode = 404;
                    break;
            }
            response.Close();
        }
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
