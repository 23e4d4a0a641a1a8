using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using Lede.Service;
using Microsoft.AspNetCore.Builder;
using Xunit.Abstractions;

namespace Lede.Tests.Service;

/// <summary>Alone, so that no other test's work shows in its timings or its memory.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class LoadCollection
{
    public const string Name = "service load";
}

/// <summary>
/// The service on a real port of 127.0.0.1 under load: 2,000 requests, 16 at a time, over three sample pages. Every
/// answer must be exactly the library's; throughput and p50/p99 latency are written to the test output beside the
/// in-process <see cref="Extractor.Extract(byte[], string?, ExtractionOptions?, CancellationToken)"/> rate at the same
/// parallelism, and the managed heap after the run must stay near where it was after warm-up.
/// </summary>
[Collection(LoadCollection.Name)]
public sealed class ServiceLoadTests(ITestOutputHelper output)
{
    private const int Requests = 2000;
    private const int Parallel = 16;
    private const int WarmUp = 200;
    // Growth of the managed heap over the run, after full collections. A leak of the answers alone (2,000 × ~20 KB
    // of JSON, more with the pages) would pass this; pools and JIT'd code settle during warm-up.
    private const long HeapGrowthBound = 24L * 1024 * 1024;

    [Fact]
    public async Task TwoThousandRequestsSixteenAtATimeAreAllRightAndMemoryStaysFlat()
    {
        var pages = new[] { "seed-article.html", "tech-blog-post.html", "local-news-comments.html" }
            .Select(name => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "samples", name)))
            .ToArray();
        var expected = pages.Select(page => ServiceApp.Expected(Extractor.Extract(page))).ToArray();

        await using var app = LedeServer.Create(["--urls", "http://127.0.0.1:0", "--Logging:LogLevel:Default=Warning"],
            LedeServiceOptions.Default with { MaxConcurrency = Parallel });
        await app.StartAsync();
        using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = Parallel }) { BaseAddress = new Uri(app.Urls.First()) };

        await RunAsync(client, pages, expected, WarmUp);
        long heapBefore = SettledHeap();
        var clock = Stopwatch.StartNew();
        var latencies = await RunAsync(client, pages, expected, Requests);
        clock.Stop();
        long heapAfter = SettledHeap();
        await app.StopAsync();

        double served = Requests / clock.Elapsed.TotalSeconds;
        double inProcess = InProcessRate(pages);
        latencies.Sort();
        output.WriteLine($"service: {Requests} requests, {Parallel} at a time, in {clock.Elapsed.TotalSeconds:0.00} s: {served:0} requests/s");
        output.WriteLine($"latency: p50 {Percentile(latencies, 0.50):0.0} ms, p99 {Percentile(latencies, 0.99):0.0} ms, max {latencies[^1]:0.0} ms");
        output.WriteLine($"in-process Extract, {Parallel} at a time: {inProcess:0} pages/s; the service gives {served / inProcess:P0} of it");
        output.WriteLine($"managed heap after warm-up {heapBefore / 1048576.0:0.0} MB, after the run {heapAfter / 1048576.0:0.0} MB");
        Assert.True(heapAfter - heapBefore < HeapGrowthBound, $"the heap grew by {(heapAfter - heapBefore) / 1048576.0:0.0} MB over the run");
    }

    // Sends `count` requests, `Parallel` at a time, checking each answer's bytes; the latencies in milliseconds.
    private static async Task<List<double>> RunAsync(HttpClient client, byte[][] pages, string[] expected, int count)
    {
        var latencies = new ConcurrentBag<double>();
        var wrong = new ConcurrentQueue<string>();
        await System.Threading.Tasks.Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = Parallel }, async (i, cancellationToken) =>
        {
            int which = i % pages.Length;
            long start = Stopwatch.GetTimestamp();
            using var response = await client.PostAsync("/v1/extract", new ByteArrayContent(pages[which]), cancellationToken);
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            latencies.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            if (response.StatusCode != HttpStatusCode.OK || body != expected[which])
                wrong.Enqueue($"request {i}: {(int)response.StatusCode} {body[..Math.Min(200, body.Length)]}");
        });
        Assert.True(wrong.IsEmpty, $"{wrong.Count} wrong answers; the first: {wrong.FirstOrDefault()}");
        return [.. latencies];
    }

    // The library alone, on the same pages, as many at a time: the ceiling the service's transport is measured against.
    private static double InProcessRate(byte[][] pages)
    {
        const int count = Requests / 2;
        var clock = Stopwatch.StartNew();
        System.Threading.Tasks.Parallel.For(0, count, new ParallelOptions { MaxDegreeOfParallelism = Parallel },
            i => Assert.Equal(ExtractionStatus.Ok, Extractor.Extract(pages[i % pages.Length]).Status));
        return count / clock.Elapsed.TotalSeconds;
    }

    private static long SettledHeap()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        return GC.GetTotalMemory(forceFullCollection: true);
    }

    private static double Percentile(List<double> sorted, double p) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
}
