using static Lede.Html.KnownNames;

namespace Lede.Html;

// The "in body" insertion mode (13.2.6.4.7): characters, comments and start tags; end tags are in TreeBuilder.BodyEnd.cs.
internal sealed partial class TreeBuilder
{
    bool InBody()
    {
        switch (kind)
        {
            case TokenKind.Character:
                BodyCharacters();
                return true;
            case TokenKind.Comment:
                InsertComment();
                return true;
            case TokenKind.Doctype:
                return true;
            case TokenKind.EndOfFile:
                if (templateModes.Count > 0)
                    return InTemplate();
                StopParsing();
                return true;
            case TokenKind.StartTag:
                return BodyStartTag();
            default:
                return BodyEndTag();
        }
    }

    void BodyCharacters()
    {
        var run = TakeRunWithoutNul('\0');
        if (run.Length == 0)
            return;
        ReconstructFormatting();
        InsertCharacters(run);
        if (framesetOk)
            foreach (char c in text[run])
                if (!IsWhitespace(c))
                {
                    framesetOk = false;
                    break;
                }
    }

    bool BodyStartTag()
    {
        switch (tagName)
        {
            case KnownNames.Html:
                if (!TemplateIsOpen)
                    tree.AddMissingAttributes(open[0], ToPageAttributes(TokenAttributes));
                return true;
            case Base or Basefont or Bgsound or Link or Meta or Noframes or Script or Style or Template or Title:
                return InHead();
            case Body:
                if (open.Count == 1 || !tree.IsHtml(open[1], Body) || TemplateIsOpen)
                    return true;
                framesetOk = false;
                tree.AddMissingAttributes(open[1], ToPageAttributes(TokenAttributes));
                return true;
            case Frameset:
                if (open.Count == 1 || !tree.IsHtml(open[1], Body) || !framesetOk)
                    return true;
                tree.Detach(open[1]);
                open.PopTo(1);
                InsertHtmlElement();
                mode = InsertionMode.InFrameset;
                return true;
            case Address or KnownNames.Article or Aside or Blockquote or Center or Details or Dialog or Dir or Div or Dl or Fieldset
                or Figcaption or KnownNames.Figure or Footer or Header or Hgroup or Main or Menu or Nav or Ol or P or Search or Section
                or Summary or Ul:
                ClosePIfInButtonScope();
                InsertHtmlElement();
                return true;
            case H1 or H2 or H3 or H4 or H5 or H6:
                ClosePIfInButtonScope();
                if (tree[CurrentNode].Namespace == ElementNamespace.Html && IsHeading(tree[CurrentNode].Name))
                    open.Pop();
                InsertHtmlElement();
                return true;
            case Pre or Listing:
                ClosePIfInButtonScope();
                InsertHtmlElement();
                skipNextNewline = true;
                framesetOk = false;
                return true;
            case Form:
                if (formElement >= 0 && !TemplateIsOpen)
                    return true;
                ClosePIfInButtonScope();
                int form = InsertHtmlElement();
                if (!TemplateIsOpen)
                    formElement = form;
                return true;
            case Li:
                framesetOk = false;
                if (open.TopIndexOf(Li) >= open.TopBoundary(StackBoundary.SpecialNotAddressDivP) && open.TopIndexOf(Li) >= 0)
                {
                    GenerateImpliedEndTags(Li);
                    PopUntil(Li);
                }
                ClosePIfInButtonScope();
                InsertHtmlElement();
                return true;
            case Dd or Dt:
                framesetOk = false;
                int item = open.TopIndexOfAny(Dd, Dt);
                if (item >= 0 && item >= open.TopBoundary(StackBoundary.SpecialNotAddressDivP))
                {
                    int found = tree[open[item]].Name;
                    GenerateImpliedEndTags(found);
                    PopUntil(found);
                }
                ClosePIfInButtonScope();
                InsertHtmlElement();
                return true;
            case Plaintext:
                ClosePIfInButtonScope();
                InsertHtmlElement();
                tokenizer.State = ContentState.PlainText;
                return true;
            case Button:
                if (open.HasInScope(Button, StackBoundary.Scope))
                {
                    GenerateImpliedEndTags();
                    PopUntil(Button);
                }
                ReconstructFormatting();
                InsertHtmlElement();
                framesetOk = false;
                return true;
            case A:
                int a = LastFormattingAfterMarker(A);
                if (a >= 0)
                {
                    int element = formatting[a];
                    AdoptionAgency(A);
                    RemoveFormatting(element);
                    int index = open.IndexOf(element);
                    if (index >= 0)
                        open.RemoveAt(index);
                }
                ReconstructFormatting();
                PushFormatting(InsertHtmlElement());
                return true;
            case B or Big or Code or Em or Font or I or S or Small or Strike or Strong or Tt or U:
                ReconstructFormatting();
                PushFormatting(InsertHtmlElement());
                return true;
            case Nobr:
                ReconstructFormatting();
                if (open.HasInScope(Nobr, StackBoundary.Scope))
                {
                    if (!AdoptionAgency(Nobr))
                        AnyOtherEndTag();
                    ReconstructFormatting();
                }
                PushFormatting(InsertHtmlElement());
                return true;
            case Applet or Marquee or KnownNames.Object:
                ReconstructFormatting();
                InsertHtmlElement();
                formatting.Add(Marker);
                framesetOk = false;
                return true;
            case Table:
                if (tree.Quirks != QuirksMode.Quirks)
                    ClosePIfInButtonScope();
                InsertHtmlElement();
                framesetOk = false;
                mode = InsertionMode.InTable;
                return true;
            case Area or Br or Embed or Img or Keygen or Wbr:
                ReconstructFormatting();
                InsertVoidElement();
                framesetOk = false;
                return true;
            case KnownNames.Input:
                return BodyInput();
            case Param or Source or Track:
                InsertVoidElement();
                return true;
            case Hr:
                ClosePIfInButtonScope();
                if (open.HasInScope(Select, StackBoundary.Scope))
                    GenerateImpliedEndTags();
                InsertVoidElement();
                framesetOk = false;
                return true;
            case Image:
                tagName = Img;
                return false;
            case Textarea:
                InsertHtmlElement();
                skipNextNewline = true;
                tokenizer.State = ContentState.RcData;
                originalMode = mode;
                framesetOk = false;
                mode = InsertionMode.Text;
                return true;
            case Xmp:
                ClosePIfInButtonScope();
                ReconstructFormatting();
                framesetOk = false;
                ParseRawText(ContentState.RawText);
                return true;
            case Iframe:
                framesetOk = false;
                ParseRawText(ContentState.RawText);
                return true;
            case Noembed:
                ParseRawText(ContentState.RawText);
                return true;
            case Noscript when options.Scripting:
                ParseRawText(ContentState.RawText);
                return true;
            case Select:
                return BodySelect();
            case Option:
                if (open.HasInScope(Select, StackBoundary.Scope))
                    GenerateImpliedEndTags(Optgroup);
                else if (CurrentIs(Option))
                    open.Pop();
                ReconstructFormatting();
                InsertHtmlElement();
                return true;
            case Optgroup:
                if (open.HasInScope(Select, StackBoundary.Scope))
                    GenerateImpliedEndTags();
                else if (CurrentIs(Option))
                    open.Pop();
                ReconstructFormatting();
                InsertHtmlElement();
                return true;
            case Rb or Rtc:
                if (open.HasInScope(Ruby, StackBoundary.Scope))
                    GenerateImpliedEndTags();
                InsertHtmlElement();
                return true;
            case Rp or Rt:
                if (open.HasInScope(Ruby, StackBoundary.Scope))
                    GenerateImpliedEndTags(Rtc);
                InsertHtmlElement();
                return true;
            case KnownNames.Math:
                ReconstructFormatting();
                InsertForeignElement(KnownNames.Math, ElementNamespace.MathMl);
                return true;
            case Svg:
                ReconstructFormatting();
                InsertForeignElement(Svg, ElementNamespace.Svg);
                return true;
            case Caption or Col or Colgroup or Frame or Head or Tbody or Td or Tfoot or Th or Thead or Tr:
                return true;
            default:
                ReconstructFormatting();
                InsertHtmlElement();
                return true;
        }
    }

    bool BodyInput()
    {
        if (context >= 0 && tree.IsHtml(context, Select))
            return true;
        if (open.HasInScope(Select, StackBoundary.Scope))
            PopUntil(Select);
        ReconstructFormatting();
        InsertVoidElement();
        if (!IsHiddenInput())
            framesetOk = false;
        return true;
    }

    bool BodySelect()
    {
        if (context >= 0 && tree.IsHtml(context, Select))
            return true;
        if (open.HasInScope(Select, StackBoundary.Scope))
        {
            PopUntil(Select);
            return true;
        }
        ReconstructFormatting();
        InsertHtmlElement();
        framesetOk = false;
        return true;
    }

    bool IsHiddenInput()
    {
        foreach (var attribute in TokenAttributes)
            if (attribute.Name == KnownNames.Type)
                return text[attribute.Value].Equals("hidden", StringComparison.OrdinalIgnoreCase);
        return false;
    }

    PageAttribute[] ToPageAttributes(ReadOnlySpan<TokenAttribute> attrs)
    {
        var result = new PageAttribute[attrs.Length];
        for (int i = 0; i < attrs.Length; i++)
            result[i] = new PageAttribute(attrs[i].Name, attrs[i].Value);
        return result;
    }
}
