namespace Lede.Cli.Batch;

/// <summary>What an input file holds.</summary>
internal enum InputKind
{
    /// <summary>A WARC or ARC archive, plain or gzip.</summary>
    Archive,

    /// <summary>JSON Lines: one object a line with <c>html</c> or <c>text</c>, and optional <c>url</c> and <c>id</c>.</summary>
    Jsonl,

    /// <summary>One HTML page, plain or gzip.</summary>
    Html,

    /// <summary>One plain text (a naive scrape), plain or gzip: cleaned with <see cref="Extractor.Clean(ReadOnlySpan{byte}, ExtractionOptions?, CancellationToken)"/>.</summary>
    Text,
}
