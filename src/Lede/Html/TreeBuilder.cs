using static Lede.Html.KnownNames;

namespace Lede.Html;

/// <summary>
/// The WHATWG tree construction stage (HTML 13.2.6): takes the tokenizer's tokens one by one and builds the
/// <see cref="PageTree"/>, with one method per insertion mode (the partial files <c>TreeBuilder.*.cs</c>).
/// Character tokens are runs, not single characters: a mode that treats leading whitespace apart consumes
/// it and hands the rest on, which is what the spec's per-character processing amounts to.
/// </summary>
internal sealed partial class TreeBuilder
{
    const int Marker = -1;

    readonly HtmlTokenizer tokenizer;
    readonly PageTree tree;
    readonly PageText text;
    readonly NameTable names;
    readonly OpenElements open;
    readonly HtmlParseOptions options;
    // The list of active formatting elements; Marker for a marker.
    readonly List<int> formatting = [];
    readonly List<InsertionMode> templateModes = [];

    InsertionMode mode = InsertionMode.Initial;
    InsertionMode originalMode;
    int headElement = -1;
    int formElement = -1;
    bool framesetOk = true;
    bool fosterParenting;
    bool skipNextNewline;
    bool stopped;
    // Fragment parsing: the context element (a node outside the tree) or -1 for a document, and whether it is foreign.
    int context = -1;
    bool contextIsForeign;

    // The current token, as the tree builder sees it: the tokenizer's, or one the algorithm makes up.
    TokenKind kind;
    int tagName;
    bool selfClosing;
    bool tokenHasAttributes;
    // The unprocessed part of the current character run.
    int runStart;
    int runLength;
    bool runHasNul;

    // Pending table character tokens (in table text): their ranges, and whether any is not whitespace.
    readonly List<TextRange> pendingTableText = [];
    bool pendingTableTextHasContent;

    readonly List<PageAttribute> scratchAttributes = [];

    public TreeBuilder(HtmlTokenizer tokenizer, PageTree tree, HtmlParseOptions options)
    {
        this.tokenizer = tokenizer;
        this.tree = tree;
        text = tree.Text;
        names = tree.Names;
        this.options = options;
        open = new OpenElements(tree, tree.Capacity) { OptionPopped = OptionPopped };
    }

    /// <summary>Builds the tree from the whole input.</summary>
    public void Run(CancellationToken cancellationToken)
    {
        try
        {
            int tokens = 0;
            while (!stopped)
            {
                // A cheap check every thousand tokens keeps a hostile page within its time budget.
                if ((++tokens & 1023) == 0)
                    cancellationToken.ThrowIfCancellationRequested();
                tokenizer.AllowCData = (open.HasForeign || contextIsForeign) && AdjustedCurrentNodeIsForeign();
                LoadToken(tokenizer.Next());
                Dispatch();
                if (kind == TokenKind.EndOfFile)
                    break;
            }
        }
        finally
        {
            open.Release();
        }
    }

    void LoadToken(TokenKind next)
    {
        kind = next;
        tokenHasAttributes = false;
        switch (next)
        {
            case TokenKind.StartTag:
                tagName = tokenizer.TagName;
                selfClosing = tokenizer.SelfClosing;
                tokenHasAttributes = true;
                break;
            case TokenKind.EndTag:
                tagName = tokenizer.TagName;
                selfClosing = false;
                break;
            case TokenKind.Character:
                runStart = tokenizer.Data.Start;
                runLength = tokenizer.Data.Length;
                runHasNul = tokenizer.DataHasNul;
                if (skipNextNewline)
                {
                    skipNextNewline = false;
                    if (runLength > 0 && text.Slice(runStart, 1)[0] == '\n')
                    {
                        runStart++;
                        runLength--;
                    }
                }
                return;
        }
        skipNextNewline = false;
    }

    /// <summary>The current token's attributes (none for a token the algorithm made up).</summary>
    ReadOnlySpan<TokenAttribute> TokenAttributes => tokenHasAttributes ? tokenizer.Attributes : [];

    // The tree construction dispatcher (13.2.6): HTML rules for the current insertion mode, or the rules for foreign content.
    void Dispatch()
    {
        while (true)
        {
            if (kind == TokenKind.Character && runLength == 0)
                return;
            // The test UsesHtmlRules begins with, here too: nearly every token passes it and so costs no call.
            bool done = (!open.HasForeign && !contextIsForeign) || UsesHtmlRules() ? ProcessIn(mode) : ForeignContent();
            if (done || stopped)
                return;
        }
    }

    bool UsesHtmlRules()
    {
        // Nearly always: no SVG or MathML element is open.
        if (!open.HasForeign && !contextIsForeign)
            return true;
        if (open.Count == 0 || kind == TokenKind.EndOfFile)
            return true;
        int node = AdjustedCurrentNode;
        ref readonly var n = ref tree[node];
        if (n.Namespace == ElementNamespace.Html)
            return true;
        if (IsMathMlTextIntegrationPoint(node))
        {
            if (kind == TokenKind.StartTag && tagName != Mglyph && tagName != Malignmark)
                return true;
            if (kind == TokenKind.Character)
                return true;
        }
        if (n.Namespace == ElementNamespace.MathMl && n.Name == AnnotationXml && kind == TokenKind.StartTag && tagName == Svg)
            return true;
        return IsHtmlIntegrationPoint(node) && kind is TokenKind.StartTag or TokenKind.Character;
    }

    /// <summary>Processes the current token by the rules of <paramref name="rules"/>; false when it must be processed again (the mode changed).</summary>
    bool ProcessIn(InsertionMode rules) => rules switch
    {
        InsertionMode.Initial => Initial(),
        InsertionMode.BeforeHtml => BeforeHtml(),
        InsertionMode.BeforeHead => BeforeHead(),
        InsertionMode.InHead => InHead(),
        InsertionMode.InHeadNoscript => InHeadNoscript(),
        InsertionMode.AfterHead => AfterHead(),
        InsertionMode.InBody => InBody(),
        InsertionMode.Text => TextMode(),
        InsertionMode.InTable => InTable(),
        InsertionMode.InTableText => InTableText(),
        InsertionMode.InCaption => InCaption(),
        InsertionMode.InColumnGroup => InColumnGroup(),
        InsertionMode.InTableBody => InTableBody(),
        InsertionMode.InRow => InRow(),
        InsertionMode.InCell => InCell(),
        InsertionMode.InTemplate => InTemplate(),
        InsertionMode.AfterBody => AfterBody(),
        InsertionMode.InFrameset => InFrameset(),
        InsertionMode.AfterFrameset => AfterFrameset(),
        InsertionMode.AfterAfterBody => AfterAfterBody(),
        _ => AfterAfterFrameset(),
    };

    /// <summary>The current node, or the context element when a fragment's stack holds only its root.</summary>
    int AdjustedCurrentNode => context >= 0 && open.Count == 1 ? context : open.Current;

    int CurrentNode => open.Current;

    bool AdjustedCurrentNodeIsForeign()
    {
        if (open.Count == 0)
            return false;
        return tree[AdjustedCurrentNode].Namespace != ElementNamespace.Html;
    }

    bool CurrentIs(int name) => tree.IsHtml(open.Current, name);

    void StopParsing()
    {
        open.PopTo(0);
        stopped = true;
    }
}
