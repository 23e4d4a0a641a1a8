using System.Diagnostics;

namespace Lede.Fetch;

/// <summary>
/// What the fetcher keeps about one origin (scheme, host, port): the requests in flight to it, when the next may
/// start, and its robots.txt, fetched once.
/// </summary>
internal sealed class HostState(FetchOptions options)
{
    private readonly SemaphoreSlim _slots = new(options.MaxConcurrencyPerHost, options.MaxConcurrencyPerHost);
    private readonly Lock _gate = new();
    private long _nextStart = Stopwatch.GetTimestamp();
    private TimeSpan _delay = options.DelayPerHost;

    /// <summary>The robots.txt of the origin, started by the first URL that needs it and shared by the rest.</summary>
    public Task<RobotsOutcome>? Robots { get; set; }

    /// <summary>The lock that guards <see cref="Robots"/>.</summary>
    public Lock RobotsGate { get; } = new();

    /// <summary>Waits for a slot among the requests in flight to this origin; dispose the result to give it back.</summary>
    public async Task<IDisposable> EnterAsync(CancellationToken cancellationToken)
    {
        await _slots.WaitAsync(cancellationToken).ConfigureAwait(false);
        return new Slot(_slots);
    }

    /// <summary>Waits until a request may start: <see cref="FetchOptions.DelayPerHost"/> (or the crawl delay) after the last one's start.</summary>
    public Task PaceAsync(CancellationToken cancellationToken)
    {
        long start;
        lock (_gate)
        {
            long now = Stopwatch.GetTimestamp();
            start = Math.Max(now, _nextStart);
            _nextStart = start + (long)(_delay.TotalSeconds * Stopwatch.Frequency);
        }
        var wait = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), start);
        return wait > TimeSpan.Zero ? Task.Delay(wait, cancellationToken) : Task.CompletedTask;
    }

    /// <summary>Takes the robots.txt <c>Crawl-delay</c> when it asks for more than the configured delay (up to the cap).</summary>
    public void UseCrawlDelay(TimeSpan crawlDelay)
    {
        var delay = crawlDelay < options.MaxCrawlDelay ? crawlDelay : options.MaxCrawlDelay;
        lock (_gate)
        {
            if (delay > _delay) _delay = delay;
        }
    }

    private sealed class Slot(SemaphoreSlim slots) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0) slots.Release();
        }
    }
}

/// <summary>What fetching an origin's robots.txt came to: its rules, or a refusal of the origin's address.</summary>
internal sealed record RobotsOutcome(RobotsRules Rules, string? Refused);
