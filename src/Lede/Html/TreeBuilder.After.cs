using static Lede.Html.KnownNames;

namespace Lede.Html;

// The text and template modes, and the modes after the body or frameset (13.2.6.4.8, 16–23).
internal sealed partial class TreeBuilder
{
    bool TextMode()
    {
        switch (kind)
        {
            case TokenKind.Character:
                var run = TakeRun(runLength);
                if (!tokenizer.DiscardText)
                    InsertCharacters(run);
                return true;
            case TokenKind.EndOfFile:
                open.Pop();
                mode = originalMode;
                tokenizer.DiscardText = false;
                return false;
            case TokenKind.EndTag:
                open.Pop();
                mode = originalMode;
                tokenizer.DiscardText = false;
                return true;
        }
        return true;
    }

    bool InTemplate()
    {
        switch (kind)
        {
            case TokenKind.Character or TokenKind.Comment or TokenKind.Doctype:
                return InBody();
            case TokenKind.StartTag:
                switch (tagName)
                {
                    case Base or Basefont or Bgsound or Link or Meta or Noframes or Script or Style or Template or Title:
                        return InHead();
                    case Caption or Colgroup or Tbody or Tfoot or Thead:
                        return SwitchTemplateMode(InsertionMode.InTable);
                    case Col:
                        return SwitchTemplateMode(InsertionMode.InColumnGroup);
                    case Tr:
                        return SwitchTemplateMode(InsertionMode.InTableBody);
                    case Td or Th:
                        return SwitchTemplateMode(InsertionMode.InRow);
                    default:
                        return SwitchTemplateMode(InsertionMode.InBody);
                }
            case TokenKind.EndTag:
                return tagName != Template || InHead();
            default:
                if (!TemplateIsOpen)
                {
                    StopParsing();
                    return true;
                }
                PopUntil(Template);
                ClearFormattingToLastMarker();
                templateModes.RemoveAt(templateModes.Count - 1);
                ResetInsertionMode();
                return false;
        }
    }

    bool SwitchTemplateMode(InsertionMode next)
    {
        templateModes[^1] = next;
        mode = next;
        return false;
    }

    bool AfterBody()
    {
        switch (kind)
        {
            case TokenKind.Character:
                int whitespace = LeadingWhitespace();
                if (whitespace > 0)
                {
                    ReconstructFormatting();
                    InsertCharacters(TakeRun(whitespace));
                }
                if (runLength == 0)
                    return true;
                break;
            case TokenKind.Comment:
                InsertComment(open[0]);
                return true;
            case TokenKind.Doctype:
                return true;
            case TokenKind.StartTag when tagName == KnownNames.Html:
                return InBody();
            case TokenKind.EndTag when tagName == KnownNames.Html:
                if (context < 0)
                    mode = InsertionMode.AfterAfterBody;
                return true;
            case TokenKind.EndOfFile:
                StopParsing();
                return true;
        }
        mode = InsertionMode.InBody;
        return false;
    }

    bool InFrameset()
    {
        switch (kind)
        {
            case TokenKind.Character:
                InsertCharacters(TakeRunWhitespaceOnly());
                return true;
            case TokenKind.Comment:
                InsertComment();
                return true;
            case TokenKind.StartTag:
                switch (tagName)
                {
                    case KnownNames.Html:
                        return InBody();
                    case Frameset:
                        InsertHtmlElement();
                        return true;
                    case Frame:
                        InsertVoidElement();
                        return true;
                    case Noframes:
                        return InHead();
                }
                return true;
            case TokenKind.EndTag when tagName == Frameset:
                if (open.Count == 1)
                    return true;
                open.Pop();
                if (context < 0 && !CurrentIs(Frameset))
                    mode = InsertionMode.AfterFrameset;
                return true;
            case TokenKind.EndOfFile:
                StopParsing();
                return true;
        }
        return true;
    }

    bool AfterFrameset()
    {
        switch (kind)
        {
            case TokenKind.Character:
                InsertCharacters(TakeRunWhitespaceOnly());
                return true;
            case TokenKind.Comment:
                InsertComment();
                return true;
            case TokenKind.StartTag when tagName == KnownNames.Html:
                return InBody();
            case TokenKind.StartTag when tagName == Noframes:
                return InHead();
            case TokenKind.EndTag when tagName == KnownNames.Html:
                mode = InsertionMode.AfterAfterFrameset;
                return true;
            case TokenKind.EndOfFile:
                StopParsing();
                return true;
        }
        return true;
    }

    bool AfterAfterBody()
    {
        switch (kind)
        {
            case TokenKind.Comment:
                InsertComment(PageTree.Document);
                return true;
            case TokenKind.Doctype:
                return InBody();
            case TokenKind.Character:
                int whitespace = LeadingWhitespace();
                if (whitespace > 0)
                {
                    ReconstructFormatting();
                    InsertCharacters(TakeRun(whitespace));
                }
                if (runLength == 0)
                    return true;
                break;
            case TokenKind.StartTag when tagName == KnownNames.Html:
                return InBody();
            case TokenKind.EndOfFile:
                StopParsing();
                return true;
        }
        mode = InsertionMode.InBody;
        return false;
    }

    bool AfterAfterFrameset()
    {
        switch (kind)
        {
            case TokenKind.Comment:
                InsertComment(PageTree.Document);
                return true;
            case TokenKind.Doctype:
                return InBody();
            case TokenKind.Character:
                int whitespace = LeadingWhitespace();
                var spaces = TakeRunWhitespaceOnly();
                if (spaces.Length > 0 || whitespace > 0)
                {
                    ReconstructFormatting();
                    InsertCharacters(spaces);
                }
                return true;
            case TokenKind.StartTag when tagName == KnownNames.Html:
                return InBody();
            case TokenKind.StartTag when tagName == Noframes:
                return InHead();
            case TokenKind.EndOfFile:
                StopParsing();
                return true;
        }
        return true;
    }
}
