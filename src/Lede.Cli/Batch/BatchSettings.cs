namespace Lede.Cli.Batch;

/// <summary>What <c>lede batch</c> was asked to do, parsed and checked.</summary>
internal sealed record BatchSettings
{
    /// <summary>Files, folders, or <c>-</c> for standard input.</summary>
    public required IReadOnlyList<string> Inputs { get; init; }

    /// <summary>Files of URLs, one a line (<c>-i</c>): each list is one part, its URLs fetched with <see cref="Fetch"/>.</summary>
    public IReadOnlyList<string> UrlLists { get; init; } = [];

    /// <summary>How URLs are fetched: agent, politeness, caps, address refusal.</summary>
    public Lede.Fetch.FetchOptions Fetch { get; init; } = Lede.Fetch.FetchOptions.Default;

    /// <summary>
    /// URL fetches in flight at once, across hosts (each host is still limited by <see cref="Fetch"/>). Fetches run
    /// ahead of extraction by up to this many URLs, so the workers rarely wait for the network.
    /// </summary>
    public int MaxFetches { get; init; } = 16;

    /// <summary>The folder the parts are written to.</summary>
    public required string Output { get; init; }

    /// <summary><c>jsonl</c> (one file per part) or <c>text</c> (one folder of .txt files per part).</summary>
    public string Format { get; init; } = "jsonl";

    /// <summary>Parallel extraction workers.</summary>
    public int Jobs { get; init; } = Environment.ProcessorCount;

    /// <summary>Write documents as they finish rather than in input order.</summary>
    public bool Unordered { get; init; }

    /// <summary>Skip parts already complete in <see cref="Output"/>.</summary>
    public bool Resume { get; init; }

    /// <summary>This process takes every <see cref="TaskCount"/>-th part starting at this index.</summary>
    public int TaskIndex { get; init; }

    /// <summary>How many processes share the inputs.</summary>
    public int TaskCount { get; init; } = 1;

    /// <summary>No live progress; the summary only.</summary>
    public bool Quiet { get; init; }

    /// <summary>The options every document is extracted with (size cap, time budget, preset).</summary>
    public ExtractionOptions Extraction { get; init; } = ExtractionOptions.Default;

    /// <summary>Page bytes the workers extract at once (see <see cref="ExtractionBudget"/>); 0 for the default.</summary>
    public long MaxInFlightBytes { get; init; }

    /// <summary>
    /// The budget in force: as given, else half a megabyte a worker — several times a typical page (Common Crawl
    /// cuts its captures at 1 MB), so workers rarely wait, while the largest pages take turns.
    /// </summary>
    public long InFlightBytes => MaxInFlightBytes > 0 ? MaxInFlightBytes : Jobs * DefaultInFlightPerJob;

    public const long DefaultInFlightPerJob = 512 * 1024;

    /// <summary>
    /// Documents between the reader and the writer at most: bounds memory, and the reorder window of ordered
    /// output. Four per worker keeps every worker fed while one slow page holds the head of the line.
    /// </summary>
    public int Window => Math.Max(8, Jobs * 4);
}
