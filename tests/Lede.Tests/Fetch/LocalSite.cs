using System.Collections.Concurrent;
using System.Diagnostics;
using System.IO.Compression;
using System.Net;
using System.Net.Sockets;
using System.Text;
using CliPages = Lede.Tests.Cli.TestPages;

namespace Lede.Tests.Fetch;

/// <summary>
/// A small web site on 127.0.0.1 for the fetcher's tests: a story, redirects, robots.txt, a 429 with Retry-After,
/// a 503 that recovers, a slow page, an oversized body, gzip and Brotli. It records every request it gets.
/// </summary>
internal sealed class LocalSite : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Task _serving;
    private readonly ConcurrentDictionary<string, int> _hits = new();
    private readonly ConcurrentQueue<(string Path, TimeSpan At)> _log = new();
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private int _inFlight;
    private int _maxInFlight;

    /// <param name="robots">The body of /robots.txt, or null for a 404; <see cref="RobotsStatus"/> overrides.</param>
    public LocalSite(string? robots = null)
    {
        Robots = robots;
        Port = FreePort();
        Base = $"http://127.0.0.1:{Port}/";
        _listener.Prefixes.Add(Base);
        _listener.Start();
        _serving = Task.Run(ServeAsync);
    }

    public int Port { get; }

    /// <summary>The site's root URL, with its final slash.</summary>
    public string Base { get; }

    public string? Robots { get; set; }

    /// <summary>When set, /robots.txt answers this status with no body.</summary>
    public int? RobotsStatus { get; set; }

    /// <summary>Where /away redirects to.</summary>
    public string Away { get; set; } = "http://127.0.0.1:1/";

    /// <summary>How many times <paramref name="path"/> was asked for.</summary>
    public int Hits(string path) => _hits.GetValueOrDefault(path);

    /// <summary>The most requests the site was answering at once.</summary>
    public int MaxInFlight => Volatile.Read(ref _maxInFlight);

    /// <summary>When each request to <paramref name="path"/> arrived, from the site's start.</summary>
    /// <summary>The site's clock now, on the scale of <see cref="Arrivals"/>.</summary>
    public TimeSpan Now => _clock.Elapsed;

    public List<TimeSpan> Arrivals(string path) => _log.Where(e => e.Path == path).Select(e => e.At).ToList();

    public string Url(string path) => Base + path.TrimStart('/');

    public void Dispose()
    {
        _listener.Close();
        try { _serving.Wait(TimeSpan.FromSeconds(5)); } catch (AggregateException) { }
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try { context = await _listener.GetContextAsync(); }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException) { return; }
            _ = Task.Run(() => AnswerAsync(context));
        }
    }

    private async Task AnswerAsync(HttpListenerContext context)
    {
        var path = context.Request.Url!.AbsolutePath;
        int hit = _hits.AddOrUpdate(path, 1, (_, n) => n + 1);
        _log.Enqueue((path, _clock.Elapsed));
        int now = Interlocked.Increment(ref _inFlight);
        for (int seen; now > (seen = Volatile.Read(ref _maxInFlight)) && Interlocked.CompareExchange(ref _maxInFlight, now, seen) != seen;) { }
        var response = context.Response;
        try
        {
            await RouteAsync(context.Request, response, path, hit);
            response.Close();
        }
        catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or IOException)
        {
            // The client went away (a timeout, a capped read): nothing to answer.
        }
        finally
        {
            Interlocked.Decrement(ref _inFlight);
        }
    }

    private async Task RouteAsync(HttpListenerRequest request, HttpListenerResponse response, string path, int hit)
    {
        switch (path)
        {
            case "/robots.txt":
                if (RobotsStatus is { } status) { response.StatusCode = status; return; }
                if (Robots is null) { response.StatusCode = 404; return; }
                await Write(response, "text/plain", Encoding.UTF8.GetBytes(Robots));
                return;
            case "/story" or "/private/story" or "/a" or "/b" or "/c":
                await Write(response, "text/html; charset=utf-8", CliPages.Story);
                return;
            case "/echo-agent":
                await Write(response, "text/plain", Encoding.UTF8.GetBytes(request.UserAgent ?? ""));
                return;
            case "/latin1":
                await Write(response, "text/html; charset=ISO-8859-1", CliPages.Latin1Story);
                return;
            case "/moved":
                response.Redirect(Url("story"));
                return;
            case "/moved-relative":
                response.StatusCode = 301;
                response.Headers["Location"] = "/story";
                return;
            case "/loop":
                response.Redirect(Url("loop"));
                return;
            case "/to-private":
                response.Redirect(Url("private/story"));
                return;
            case "/away":
                response.Redirect(Away);
                return;
            case "/to-file":
                response.StatusCode = 302;
                response.Headers["Location"] = "file:///etc/passwd";
                return;
            case "/busy-once":
                // 429 with Retry-After: 1 the first time, then the page.
                if (hit == 1) { response.StatusCode = 429; response.Headers["Retry-After"] = "1"; return; }
                await Write(response, "text/html; charset=utf-8", CliPages.Story);
                return;
            case "/busy-long":
                response.StatusCode = 429;
                response.Headers["Retry-After"] = "3600";
                return;
            case "/flaky":
                if (hit == 1) { response.StatusCode = 503; return; }
                await Write(response, "text/html; charset=utf-8", CliPages.Story);
                return;
            case "/down":
                response.StatusCode = 503;
                return;
            case "/slow":
                await Task.Delay(TimeSpan.FromSeconds(4));
                await Write(response, "text/html; charset=utf-8", CliPages.Story);
                return;
            case "/pause":
                await Task.Delay(TimeSpan.FromMilliseconds(300));
                await Write(response, "text/html; charset=utf-8", CliPages.Story);
                return;
            case "/huge":
                // 2 MB of page sent in chunks with no Content-Length: the cap must stop the read, not a header.
                response.ContentType = "text/html";
                response.SendChunked = true;
                var block = Encoding.ASCII.GetBytes(new string('x', 64 * 1024));
                for (int i = 0; i < 32; i++)
                    await response.OutputStream.WriteAsync(block);
                return;
            case "/huge-declared":
                response.ContentType = "text/html";
                response.ContentLength64 = 2 * 1024 * 1024;
                await response.OutputStream.WriteAsync(new byte[2 * 1024 * 1024]);
                return;
            case "/gzip" or "/br":
                response.ContentType = "text/html; charset=utf-8";
                response.Headers["Content-Encoding"] = path == "/gzip" ? "gzip" : "br";
                await Write(response, null, path == "/gzip" ? CliPages.Gzip(CliPages.Story) : Brotli(CliPages.Story));
                return;
            default:
                response.StatusCode = 404;
                return;
        }
    }

    private static async Task Write(HttpListenerResponse response, string? contentType, byte[] body)
    {
        if (contentType is not null) response.ContentType = contentType;
        response.ContentLength64 = body.Length;
        await response.OutputStream.WriteAsync(body);
    }

    private static byte[] Brotli(byte[] bytes)
    {
        using var buffer = new MemoryStream();
        using (var brotli = new BrotliStream(buffer, CompressionLevel.Fastest))
            brotli.Write(bytes);
        return buffer.ToArray();
    }

    /// <summary>A port nothing listens on at the moment.</summary>
    public static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
