using static Lede.Html.KnownNames;

namespace Lede.Html;

// Creating and inserting nodes (13.2.6.1) and the stack operations every mode shares.
internal sealed partial class TreeBuilder
{
    // MathML annotation-xml elements that are HTML integration points (their encoding is text/html or XHTML).
    HashSet<int>? htmlAnnotations;

    /// <summary>The appropriate place for inserting a node (13.2.6.1): a parent, and the child to insert before (-1: last).</summary>
    (int Parent, int Before) AppropriatePlace(int target = -1)
    {
        if (target < 0)
            target = CurrentNode;
        int parent = target, before = -1;
        if (!fosterParenting)
            return tree[parent].Kind == NodeKind.Element && tree[parent].Name == Template && tree[parent].Namespace == ElementNamespace.Html
                ? (tree[parent].FirstChild, -1) : (parent, -1);
        if (IsTablePart(target))
        {
            int lastTemplate = open.TopIndexOf(Template);
            int lastTable = open.TopIndexOf(Table);
            if (lastTemplate >= 0 && (lastTable < 0 || lastTemplate > lastTable))
                parent = open[lastTemplate];
            else if (lastTable < 0)
                parent = open[0]; // fragment case
            else
            {
                int table = open[lastTable];
                if (tree[table].Parent >= 0)
                {
                    parent = tree[table].Parent;
                    before = table;
                }
                else
                    parent = open[lastTable - 1];
            }
        }
        if (tree.IsHtml(parent, Template))
            parent = tree[parent].FirstChild; // the template's contents
        return (parent, before);
    }

    // Elements nested deeper than MaxDepth (html is depth 1) go into the element at that depth instead, last, as
    // browsers bound their trees; depths are noted as elements are placed (a node moved later keeps its depth).
    int[]? depths;

    (int Parent, int Before) WithinMaxDepth(int parent, int before, int element)
    {
        if (depths is null || depths.Length <= System.Math.Max(parent, element))
            System.Array.Resize(ref depths, System.Math.Max(System.Math.Max(parent, element) + 1, System.Math.Max(depths?.Length * 2 ?? 0, 256)));
        int depth = tree[parent].Kind == NodeKind.Element ? depths[parent] : 0;
        if (depth >= options.MaxDepth)
        {
            parent = tree[parent].Parent;
            before = -1;
            depth--;
        }
        depths[element] = depth + 1;
        return (parent, before);
    }

    bool IsTablePart(int node)
    {
        ref readonly var n = ref tree[node];
        return n.Namespace == ElementNamespace.Html && n.Name is Table or Tbody or Tfoot or Thead or Tr;
    }

    /// <summary>Creates an element for the current token (attributes adjusted for foreign content) without inserting it.</summary>
    int CreateElement(int name, ElementNamespace ns, bool withAttributes = true)
    {
        var attrs = withAttributes ? TokenAttributes : [];
        if (ns == ElementNamespace.Html)
            return Created(tree.AddElement(name, attrs), name, ns);
        scratchAttributes.Clear();
        foreach (var attribute in attrs)
            scratchAttributes.Add(ForeignAttributes.Adjust(names, ns, attribute));
        int element = tree.AddElement(name, ns, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(scratchAttributes));
        return Created(element, name, ns);
    }

    int Created(int element, int name, ElementNamespace ns)
    {
        if (ns == ElementNamespace.Html)
        {
            if (name == Template)
                tree.AppendChild(element, tree.AddNode(NodeKind.TemplateContent, 0, ElementNamespace.Html, 0, 0));
            return element;
        }
        if (ns == ElementNamespace.MathMl && name == AnnotationXml)
        {
            var encoding = tree.Attribute(element, Encoding);
            if (encoding.Exists && (text[encoding].Equals("text/html", StringComparison.OrdinalIgnoreCase)
                || text[encoding].Equals("application/xhtml+xml", StringComparison.OrdinalIgnoreCase)))
                (htmlAnnotations ??= []).Add(element);
        }
        return element;
    }

    /// <summary>Inserts an HTML element for the current token and pushes it (the spec's "insert an HTML element").</summary>
    int InsertHtmlElement() => InsertElement(tagName, ElementNamespace.Html, OpenElements.HtmlKey(tagName), withAttributes: true);

    /// <summary>Inserts an HTML element with no attributes, as for a start tag the markup left out; the current token stays.</summary>
    int InsertHtmlElement(int name) => InsertElement(name, ElementNamespace.Html, OpenElements.HtmlKey(name), withAttributes: false);

    int InsertElement(int name, ElementNamespace ns, int key, bool withAttributes)
    {
        var (parent, before) = AppropriatePlace();
        int element = CreateElement(name, ns, withAttributes);
        if (options.MaxDepth > 0)
            (parent, before) = WithinMaxDepth(parent, before, element);
        tree.InsertBefore(parent, element, before);
        open.Push(element, key);
        OnElementInserted(element);
        return element;
    }

    /// <summary>Inserts an HTML element for the current token and pops it at once (void elements); acknowledges the self-closing flag.</summary>
    void InsertVoidElement()
    {
        InsertHtmlElement();
        open.Pop();
    }

    void InsertCharacters(TextRange run)
    {
        if (run.Length == 0)
            return;
        var (parent, before) = AppropriatePlace();
        if (tree[parent].Kind == NodeKind.Document)
            return;
        tree.InsertText(parent, before, run);
    }

    void InsertComment(int parent = -1)
    {
        int before = -1;
        if (parent < 0)
            (parent, before) = AppropriatePlace();
        var data = tokenizer.Data;
        int comment = tree.AddNode(NodeKind.Comment, 0, ElementNamespace.Html, data.Start, data.Length);
        tree.InsertBefore(parent, comment, before);
    }

    // The generic raw text and RCDATA element parsing algorithms (13.2.6.2).
    void ParseRawText(ContentState state)
    {
        int element = InsertHtmlElement();
        tokenizer.State = state;
        bool keep = options.KeepScriptText || (tree[element].Name != Script && tree[element].Name != Style) || IsJsonLd(element);
        tokenizer.DiscardText = !keep;
        originalMode = mode;
        mode = InsertionMode.Text;
    }

    bool IsJsonLd(int script)
    {
        var type = tree.Attribute(script, KnownNames.Type);
        return type.Exists && text[type].Trim().Equals("application/ld+json", StringComparison.OrdinalIgnoreCase);
    }

    void GenerateImpliedEndTags(int except = 0)
    {
        while (open.Count > 0 && (open.FlagsAt(open.Count - 1) & ElementFlags.ImpliedEnd) != 0 && !CurrentIs(except))
            open.Pop();
    }

    void GenerateAllImpliedEndTagsThoroughly()
    {
        while (open.Count > 0 && (open.FlagsAt(open.Count - 1) & ElementFlags.ImpliedEndThorough) != 0)
            open.Pop();
    }

    /// <summary>Pops elements until an HTML element with this name has been popped (it must be open).</summary>
    void PopUntil(int name)
    {
        int index = open.TopIndexOf(name);
        open.PopTo(System.Math.Max(index, 0));
    }

    /// <summary>Pops elements until an HTML element with one of these names has been popped.</summary>
    void PopUntilAny(int a, int b)
    {
        int index = open.TopIndexOfAny(a, b);
        open.PopTo(System.Math.Max(index, 0));
    }

    void PopUntilHeading()
    {
        int index = TopHeading();
        open.PopTo(System.Math.Max(index, 0));
    }

    int TopHeading()
    {
        int top = -1;
        foreach (int h in Headings)
            top = System.Math.Max(top, open.TopIndexOf(h));
        return top;
    }

    static readonly int[] Headings = [H1, H2, H3, H4, H5, H6];

    static bool IsHeading(int name) => name is H1 or H2 or H3 or H4 or H5 or H6;

    void ClosePElement()
    {
        GenerateImpliedEndTags(P);
        PopUntil(P);
    }

    void ClosePIfInButtonScope()
    {
        if (open.HasInScope(P, StackBoundary.ButtonScope))
            ClosePElement();
    }

    void ClearStackBackTo(int a, int b, int c)
    {
        while (!(CurrentIs(a) || CurrentIs(b) || CurrentIs(c) || CurrentIs(Template) || CurrentIs(KnownNames.Html)))
            open.Pop();
    }

    void ClearStackBackToTableContext() => ClearStackBackTo(Table, Table, Table);

    void ClearStackBackToTableBodyContext() => ClearStackBackTo(Tbody, Tfoot, Thead);

    void ClearStackBackToTableRowContext() => ClearStackBackTo(Tr, Tr, Tr);

    /// <summary>Resets the insertion mode appropriately (13.2.4.1), from the nearest element that decides it.</summary>
    void ResetInsertionMode()
    {
        int index = open.TopBoundary(StackBoundary.ModeDetermining);
        bool last = index <= 0;
        int node = last ? (context >= 0 ? context : open[0]) : open[index];
        ref readonly var n = ref tree[node];
        int name = n.Namespace == ElementNamespace.Html ? n.Name : 0;
        mode = name switch
        {
            Td or Th when !last => InsertionMode.InCell,
            Tr => InsertionMode.InRow,
            Tbody or Thead or Tfoot => InsertionMode.InTableBody,
            Caption => InsertionMode.InCaption,
            Colgroup => InsertionMode.InColumnGroup,
            Table => InsertionMode.InTable,
            Template => templateModes[^1],
            Head when !last => InsertionMode.InHead,
            Body => InsertionMode.InBody,
            Frameset => InsertionMode.InFrameset,
            KnownNames.Html => headElement < 0 ? InsertionMode.BeforeHead : InsertionMode.AfterHead,
            _ => InsertionMode.InBody,
        };
    }

    bool IsMathMlTextIntegrationPoint(int node)
    {
        ref readonly var n = ref tree[node];
        return n.Namespace == ElementNamespace.MathMl && n.Name is Mi or Mo or Mn or Ms or Mtext;
    }

    bool IsHtmlIntegrationPoint(int node)
    {
        ref readonly var n = ref tree[node];
        if (n.Namespace == ElementNamespace.Svg)
            return n.Name is ForeignObject or Desc or Title;
        return n.Namespace == ElementNamespace.MathMl && n.Name == AnnotationXml && htmlAnnotations is not null && htmlAnnotations.Contains(node);
    }

    bool TemplateIsOpen => open.TopIndexOf(Template) >= 0;

    static bool IsWhitespace(char c) => c is ' ' or '\t' or '\n' or '\f' or '\r';

    ReadOnlySpan<char> RunText => text.Slice(runStart, runLength);

    /// <summary>How many whitespace characters the current run starts with.</summary>
    int LeadingWhitespace()
    {
        var run = RunText;
        int i = 0;
        while (i < run.Length && IsWhitespace(run[i]))
            i++;
        return i;
    }

    /// <summary>Takes the first <paramref name="length"/> characters off the current run and returns them.</summary>
    TextRange TakeRun(int length)
    {
        var taken = new TextRange(runStart, length);
        runStart += length;
        runLength -= length;
        return taken;
    }

    /// <summary>The whole run, with U+0000 dropped (<paramref name="replacement"/> '\0') or replaced, copied only when it holds one.</summary>
    TextRange TakeRunWithoutNul(char replacement)
    {
        var whole = TakeRun(runLength);
        if (!runHasNul || text.Slice(whole.Start, whole.Length).IndexOf('\0') < 0)
            return whole;
        int start = text.End;
        for (int i = 0; i < whole.Length; i++)
        {
            char c = text.Slice(whole.Start + i, 1)[0];
            if (c != '\0')
                text.Append(c);
            else if (replacement != '\0')
                text.Append(replacement);
        }
        return new TextRange(start, text.End - start);
    }

    /// <summary>The whitespace characters of the current run, in order, all of it consumed (frameset modes keep only those).</summary>
    TextRange TakeRunWhitespaceOnly()
    {
        var whole = TakeRun(runLength);
        var chars = text.Slice(whole.Start, whole.Length);
        int firstOther = -1;
        for (int i = 0; i < chars.Length; i++)
            if (!IsWhitespace(chars[i]))
            {
                firstOther = i;
                break;
            }
        if (firstOther < 0)
            return whole;
        int start = text.End;
        for (int i = 0; i < whole.Length; i++)
        {
            char c = text.Slice(whole.Start + i, 1)[0];
            if (IsWhitespace(c))
                text.Append(c);
        }
        return new TextRange(start, text.End - start);
    }
}
