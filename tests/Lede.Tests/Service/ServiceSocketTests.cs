using System.Net.Sockets;
using System.Text;
using Lede.Service;
using Microsoft.AspNetCore.Builder;

namespace Lede.Tests.Service;

/// <summary>
/// The service as <see cref="LedeServer"/> builds it, on a real port, fed bytes no HTTP client would send: a broken
/// request body is a JSON error body, never a stack trace.
/// </summary>
public sealed class ServiceSocketTests
{
    [Fact]
    public async Task ABrokenChunkedBodyIsA400ErrorBody()
    {
        await using var app = LedeServer.Create(["--urls", "http://127.0.0.1:0"]);
        await app.StartAsync();
        var address = new Uri(app.Urls.First());

        // "ZZ" is no chunk size: the server finds out while the handler reads the body.
        var answer = await SendRawAsync(address, "POST /v1/extract HTTP/1.1\r\nHost: x\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\nZZ\r\n<p>x</p>\r\n0\r\n\r\n");
        await app.StopAsync();

        Assert.StartsWith("HTTP/1.1 400", answer);
        Assert.Contains("Content-Type: application/json; charset=utf-8", answer);
        Assert.Contains("\"status\": \"badRequest\"", answer);
        Assert.DoesNotContain("   at ", answer);
    }

    private static async Task<string> SendRawAsync(Uri address, string request)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(address.Host, address.Port);
        var stream = client.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes(request));
        using var reader = new StreamReader(stream, Encoding.UTF8);
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        return await reader.ReadToEndAsync(limit.Token);
    }
}
