namespace Lede.Cli.Batch;

/// <summary>What one document came to: its status, its output line (UTF-8 JSON, no newline) and, for text output, its text.</summary>
/// <param name="Status">ok, empty, not-html, too-large, timeout or error; archive-problem for a line that reports damage in an archive rather than a document.</param>
/// <param name="Line">The JSONL line, without its newline.</param>
/// <param name="Text">The plain text of an article with body text, for <c>--format text</c>; otherwise null.</param>
internal sealed record DocumentOutcome(string Status, byte[] Line, string? Text);
