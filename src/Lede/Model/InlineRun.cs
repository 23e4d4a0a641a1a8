using System.Text.Json.Serialization;

namespace Lede;

/// <summary>
/// A stretch of a block's text with one inline style: plain, or a link, emphasis, strong emphasis or code, in any
/// combination (a bold word inside a link is a run with both). A block's runs, concatenated, are exactly its text;
/// a line break (&lt;br&gt;) is a <c>\n</c> inside a run, as it is in the text.
/// </summary>
/// <param name="Text">The run's text, whitespace collapsed as in the block's text.</param>
public sealed record InlineRun(string Text)
{
    /// <summary>The link's target, absolute (resolved against the page's base URL); null outside a link, or for a link with no usable address.</summary>
    public string? Link { get; init; }

    /// <summary>Emphasis: &lt;em&gt;, &lt;i&gt;, &lt;cite&gt;.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool Emphasis { get; init; }

    /// <summary>Strong emphasis: &lt;strong&gt;, &lt;b&gt;.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool Strong { get; init; }

    /// <summary>Code: &lt;code&gt;, &lt;kbd&gt;, &lt;samp&gt;, &lt;tt&gt;.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool Code { get; init; }

    /// <summary>True when the run is plain text: no link, no style.</summary>
    [JsonIgnore]
    public bool IsPlain => Link is null && !Emphasis && !Strong && !Code;

    /// <summary>Whether this run has the same link and style as <paramref name="other"/>.</summary>
    public bool SameStyle(InlineRun other) =>
        Link == other.Link && Emphasis == other.Emphasis && Strong == other.Strong && Code == other.Code;

    /// <summary>Whether two lists of runs hold equal runs in the same order.</summary>
    internal static bool SameRuns(IReadOnlyList<InlineRun> a, IReadOnlyList<InlineRun> b)
    {
        if (a.Count != b.Count) return false;
        for (int i = 0; i < a.Count; i++)
            if (a[i] != b[i]) return false;
        return true;
    }
}
