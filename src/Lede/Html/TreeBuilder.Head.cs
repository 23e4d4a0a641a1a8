using static Lede.Html.KnownNames;

namespace Lede.Html;

// The modes before the body: initial, before html, before head, in head, in head noscript, after head (13.2.6.4.1–6).
internal sealed partial class TreeBuilder
{
    bool Initial()
    {
        switch (kind)
        {
            case TokenKind.Character:
                TakeRun(LeadingWhitespace());
                if (runLength == 0)
                    return true;
                break;
            case TokenKind.Comment:
                InsertComment(PageTree.Document);
                return true;
            case TokenKind.Doctype:
                InsertDoctype();
                mode = InsertionMode.BeforeHtml;
                return true;
        }
        tree.Quirks = QuirksMode.Quirks;
        mode = InsertionMode.BeforeHtml;
        return false;
    }

    void InsertDoctype()
    {
        var doctype = new DoctypeInfo(tokenizer.Data, tokenizer.PublicId, tokenizer.SystemId);
        tree.Doctype = doctype;
        int node = tree.AddNode(NodeKind.Doctype, 0, ElementNamespace.Html, doctype.Name.Start, doctype.Name.Length);
        tree.AppendChild(PageTree.Document, node);
        tree.Quirks = Quirks.Of(text, doctype, tokenizer.ForceQuirks);
    }

    bool BeforeHtml()
    {
        switch (kind)
        {
            case TokenKind.Doctype:
                return true;
            case TokenKind.Comment:
                InsertComment(PageTree.Document);
                return true;
            case TokenKind.Character:
                TakeRun(LeadingWhitespace());
                if (runLength == 0)
                    return true;
                break;
            case TokenKind.StartTag when tagName == KnownNames.Html:
                AppendHtmlRoot(withAttributes: true);
                mode = InsertionMode.BeforeHead;
                return true;
            case TokenKind.EndTag when tagName is not (Head or Body or KnownNames.Html or Br):
                return true;
        }
        AppendHtmlRoot(withAttributes: false);
        mode = InsertionMode.BeforeHead;
        return false;
    }

    void AppendHtmlRoot(bool withAttributes)
    {
        int html = CreateElement(KnownNames.Html, ElementNamespace.Html, withAttributes);
        if (options.MaxDepth > 0)
            WithinMaxDepth(PageTree.Document, -1, html);
        tree.AppendChild(PageTree.Document, html);
        open.Push(html, OpenElements.HtmlKey(KnownNames.Html));
    }

    bool BeforeHead()
    {
        switch (kind)
        {
            case TokenKind.Character:
                TakeRun(LeadingWhitespace());
                if (runLength == 0)
                    return true;
                break;
            case TokenKind.Comment:
                InsertComment();
                return true;
            case TokenKind.Doctype:
                return true;
            case TokenKind.StartTag when tagName == KnownNames.Html:
                return InBody();
            case TokenKind.StartTag when tagName == Head:
                headElement = InsertHtmlElement();
                mode = InsertionMode.InHead;
                return true;
            case TokenKind.EndTag when tagName is not (Head or Body or KnownNames.Html or Br):
                return true;
        }
        headElement = InsertHtmlElement(Head);
        mode = InsertionMode.InHead;
        return false;
    }

    // Whitespace and comments inserted where they are, a DOCTYPE ignored (a parse error): how "in head", "after head"
    // and "in column group" begin; the spec writes it out in each. True when the token is done, false when text other
    // than whitespace is left for the mode's "anything else".
    bool WhitespaceCommentOrDoctype()
    {
        switch (kind)
        {
            case TokenKind.Character:
                InsertCharacters(TakeRun(LeadingWhitespace()));
                return runLength == 0;
            case TokenKind.Comment:
                InsertComment();
                return true;
            default:
                return true;
        }
    }

    bool InHead()
    {
        switch (kind)
        {
            case TokenKind.Character or TokenKind.Comment or TokenKind.Doctype:
                if (WhitespaceCommentOrDoctype())
                    return true;
                break;
            case TokenKind.StartTag:
                switch (tagName)
                {
                    case KnownNames.Html:
                        return InBody();
                    case Base or Basefont or Bgsound or Link or Meta:
                        InsertVoidElement();
                        return true;
                    case Title:
                        ParseRawText(ContentState.RcData);
                        return true;
                    case Noscript when options.Scripting:
                    case Noframes or Style:
                        ParseRawText(ContentState.RawText);
                        return true;
                    case Noscript:
                        InsertHtmlElement();
                        mode = InsertionMode.InHeadNoscript;
                        return true;
                    case Script:
                        ParseRawText(ContentState.ScriptData);
                        return true;
                    case Template:
                        InsertHtmlElement();
                        formatting.Add(Marker);
                        framesetOk = false;
                        mode = InsertionMode.InTemplate;
                        templateModes.Add(InsertionMode.InTemplate);
                        return true;
                    case Head:
                        return true;
                }
                break;
            case TokenKind.EndTag:
                switch (tagName)
                {
                    case Head:
                        open.Pop();
                        mode = InsertionMode.AfterHead;
                        return true;
                    case Body or KnownNames.Html or Br:
                        break;
                    case Template:
                        EndTemplate();
                        return true;
                    default:
                        return true;
                }
                break;
        }
        open.Pop();
        mode = InsertionMode.AfterHead;
        return false;
    }

    void EndTemplate()
    {
        if (!TemplateIsOpen)
            return;
        GenerateAllImpliedEndTagsThoroughly();
        PopUntil(Template);
        ClearFormattingToLastMarker();
        templateModes.RemoveAt(templateModes.Count - 1);
        ResetInsertionMode();
    }

    bool InHeadNoscript()
    {
        switch (kind)
        {
            case TokenKind.Doctype:
                return true;
            case TokenKind.StartTag when tagName == KnownNames.Html:
                return InBody();
            case TokenKind.EndTag when tagName == Noscript:
                open.Pop();
                mode = InsertionMode.InHead;
                return true;
            case TokenKind.Character:
                InsertCharacters(TakeRun(LeadingWhitespace()));
                if (runLength == 0)
                    return true;
                break;
            case TokenKind.Comment:
                return InHead();
            case TokenKind.StartTag when tagName is Basefont or Bgsound or Link or Meta or Noframes or Style:
                return InHead();
            case TokenKind.StartTag when tagName is Head or Noscript:
                return true;
            case TokenKind.EndTag when tagName != Br:
                return true;
        }
        open.Pop();
        mode = InsertionMode.InHead;
        return false;
    }

    bool AfterHead()
    {
        switch (kind)
        {
            case TokenKind.Character or TokenKind.Comment or TokenKind.Doctype:
                if (WhitespaceCommentOrDoctype())
                    return true;
                break;
            case TokenKind.StartTag:
                switch (tagName)
                {
                    case KnownNames.Html:
                        return InBody();
                    case Body:
                        InsertHtmlElement();
                        framesetOk = false;
                        mode = InsertionMode.InBody;
                        return true;
                    case Frameset:
                        InsertHtmlElement();
                        mode = InsertionMode.InFrameset;
                        return true;
                    case Base or Basefont or Bgsound or Link or Meta or Noframes or Script or Style or Template or Title:
                        open.Push(headElement, OpenElements.HtmlKey(Head));
                        bool done = InHead();
                        int index = open.IndexOf(headElement);
                        if (index >= 0)
                            open.RemoveAt(index);
                        return done;
                    case Head:
                        return true;
                }
                break;
            case TokenKind.EndTag:
                switch (tagName)
                {
                    case Template:
                        return InHead();
                    case Body or KnownNames.Html or Br:
                        break;
                    default:
                        return true;
                }
                break;
        }
        InsertHtmlElement(Body);
        mode = InsertionMode.InBody;
        return false;
    }
}
