namespace Lede.Tests.Quotes;

/// <summary>A small story with an attributed, interrupted quotation holding a nested one: the JSON example of docs/json-schema.md.</summary>
internal static class QuoteSamples
{
    /// <summary>The story's body, as docs/json-schema.md shows it.</summary>
    public const string Body = """
        <p>Mayor Ann Lee visited the harbour on Friday morning, after the storm had cut power to most of the town overnight.</p>
        <p>“We were ready,” Lee told reporters in a statement. “The crews shouted ‘Hold the line!’ and they did.”</p>
        """;

    public static ExtractionResult Result() => Extractor.Extract("<html><body><article>\n" + Body + "\n</article></body></html>");
}
