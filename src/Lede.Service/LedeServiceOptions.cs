using Lede.Fetch;

namespace Lede.Service;

/// <summary>
/// How the HTTP API works: its limits, how it extracts and how it fetches. Immutable; <c>new()</c> gives the defaults,
/// change them with <c>with { … }</c>.
/// </summary>
public sealed record LedeServiceOptions
{
    /// <summary>The defaults.</summary>
    public static LedeServiceOptions Default { get; } = new();

    /// <summary>
    /// Extractions and cleanings running at once; a request past this is answered 429 at once rather than queued, so a
    /// burst cannot pile up memory or latency. Default: the number of processors (extraction is CPU work).
    /// </summary>
    public int MaxConcurrency { get; init; } = Environment.ProcessorCount;

    /// <summary>
    /// The extraction defaults each request starts from; a request chooses only the preset and the trace.
    /// <see cref="ExtractionOptions.MaxInputBytes"/> caps a request's page (a JSON body may be up to twice that, for
    /// its escapes) and <see cref="ExtractionOptions.TimeBudget"/> caps the extraction. Default: <see cref="ExtractionOptions.Default"/>.
    /// </summary>
    public ExtractionOptions Extraction { get; init; } = ExtractionOptions.Default;

    /// <summary>
    /// How <c>{"url": …}</c> requests are fetched. Default: <see cref="FetchOptions.Default"/> — robots.txt obeyed,
    /// loopback, private, link-local and multicast addresses refused (checked on the connected address, redirects
    /// included), a 30 s time cap, the fixed <see cref="FetchOptions.DefaultUserAgent"/>. Its
    /// <see cref="FetchOptions.MaxResponseBytes"/> is held to <see cref="ExtractionOptions.MaxInputBytes"/> at most.
    /// </summary>
    public FetchOptions Fetch { get; init; } = FetchOptions.Default;

    /// <summary>Throws for options the service cannot work with.</summary>
    internal void Validate()
    {
        if (MaxConcurrency < 1)
            throw new ArgumentOutOfRangeException(nameof(MaxConcurrency), MaxConcurrency, "must be at least 1");
        ArgumentNullException.ThrowIfNull(Extraction);
        ArgumentNullException.ThrowIfNull(Fetch);
    }

    /// <summary>The fetch options as the service uses them: the body cap no larger than the extractor's.</summary>
    internal FetchOptions EffectiveFetch => Fetch with { MaxResponseBytes = Math.Min(Fetch.MaxResponseBytes, Extraction.MaxInputBytes) };
}
