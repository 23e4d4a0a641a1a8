using Lede.Pages;
using Lede.Lexicon;
namespace Lede.Extraction;

/// <summary>The state one extraction's stages share: the page, the options, the decisions so far and the trace.</summary>
internal sealed class ExtractionContext
{
    public ExtractionContext(PageDocument page, string? url, ExtractionOptions options, Tuning tuning, CancellationToken cancellationToken)
    {
        Page = page;
        Url = url;
        Options = options;
        Tuning = tuning;
        CancellationToken = cancellationToken;
    }

    public PageDocument Page { get; }
    public string? Url { get; }
    public ExtractionOptions Options { get; }
    public Tuning Tuning { get; }
    public CancellationToken CancellationToken { get; }

    /// <summary>
    /// Per element, whether it holds or sits inside a story-body hint (protected from class-based removal), and whether
    /// the hints hold enough text to be trusted over the prose measure; read by <c>MarkBodyHints</c>.
    /// </summary>
    public (bool[] Protected, bool Trusted) BodyHints { get; set; } = ([], false);

    /// <summary>The element chosen as the story's container.</summary>
    public int Root { get; set; }

    /// <summary>
    /// Per element, the good paragraph text and the doubtful text of its subtree with the chrome removed, as
    /// <c>FindContentRoot</c> measured them; the fallback cascade ranks its other containers by the same numbers.
    /// </summary>
    public (double[] Good, double[] Bad) Prose { get; set; } = ([], []);

    /// <summary>The removed &lt;noscript&gt; with the most text (its markup is parsed: scripting is off), or -1; noted by <c>CleanPage</c>.</summary>
    public int LargestNoscript { get; set; } = -1;

    /// <summary>Characters of prose the body holds (<c>ProseYield.BodyOf</c>), as the fallback cascade measured it last; read again by <c>JudgeKind</c>.</summary>
    public int BodyProse { get; set; }

    /// <summary>What the page is — an article, a listing of other pages, something else — and how sure that is (0–1).</summary>
    public (ArticleKind Kind, double Confidence) Kind { get; set; } = (ArticleKind.Other, 0);

    public string? Title { get; set; }

    /// <summary>What the page says about the article, read by <c>ReadMetadata</c> before anything is pruned.</summary>
    public ArticleMetadata Metadata { get; } = new();

    /// <summary>The blocks collected from the root, before pruning.</summary>
    public List<DraftBlock> Blocks { get; } = [];

    public List<TraceEntry> Trace { get; } = [];

    /// <summary>Forgets what the body stages wrote — blocks and related links — and sets the container they start from, for a retry.</summary>
    public void ResetBody(int root)
    {
        Root = root;
        Blocks.Clear();
        Related.Clear();
    }

    /// <summary>Links promoted inside or beside the story, found by <c>CollectRelated</c>.</summary>
    public List<RelatedLink> Related { get; } = [];

    /// <summary>Resolves image and link addresses against the page URL and its &lt;base&gt;; made on first use.</summary>
    public UrlResolver Urls => _urls ??= UrlResolver.For(Page, Url);

    private UrlResolver? _urls;

    public bool Explaining => Options.Explain;

    /// <summary>Records why something went, when the caller asked for an explanation.</summary>
    public void Explain(string stage, int element, string why)
    {
        if (Explaining) Trace.Add(new TraceEntry(stage, Describe(element), why));
    }

    public void Explain(string stage, string what, string why)
    {
        if (Explaining) Trace.Add(new TraceEntry(stage, what, why));
    }

    /// <summary>"div.share-bar#tools “Share this story…”": tag, first class, id and first words.</summary>
    public string Describe(int element)
    {
        var sb = new System.Text.StringBuilder(Page.Tag[element]);
        var cls = Page.ClassName(element);
        if (!string.IsNullOrWhiteSpace(cls)) sb.Append('.').Append(cls.Trim().Split(' ', 2)[0]);
        var id = Page.Id(element);
        if (id.Length > 0) sb.Append('#').Append(id);
        var text = Page.TextContent(element);
        if (!string.IsNullOrWhiteSpace(text))
        {
            var words = new System.Text.StringBuilder();
            TextMeasure.AppendCollapsed(words, text.AsSpan(0, Math.Min(text.Length, 400)));
            var snippet = words.ToString().Trim();
            if (snippet.Length > 60) snippet = snippet[..60] + "…";
            sb.Append(" “").Append(snippet).Append('”');
        }
        return sb.ToString();
    }
}
