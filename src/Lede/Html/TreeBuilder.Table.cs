using static Lede.Html.KnownNames;

namespace Lede.Html;

// The table modes: in table, in table text, in caption, in column group, in table body, in row, in cell (13.2.6.4.9–15).
internal sealed partial class TreeBuilder
{
    bool InTable()
    {
        switch (kind)
        {
            case TokenKind.Character when IsTablePart(CurrentNode) || CurrentIs(Template):
                pendingTableText.Clear();
                pendingTableTextHasContent = false;
                originalMode = mode;
                mode = InsertionMode.InTableText;
                return false;
            case TokenKind.Comment:
                InsertComment();
                return true;
            case TokenKind.Doctype:
                return true;
            case TokenKind.StartTag:
                switch (tagName)
                {
                    case Caption:
                        ClearStackBackToTableContext();
                        formatting.Add(Marker);
                        InsertHtmlElement();
                        mode = InsertionMode.InCaption;
                        return true;
                    case Colgroup:
                        ClearStackBackToTableContext();
                        InsertHtmlElement();
                        mode = InsertionMode.InColumnGroup;
                        return true;
                    case Col:
                        ClearStackBackToTableContext();
                        InsertHtmlElement(Colgroup);
                        mode = InsertionMode.InColumnGroup;
                        return false;
                    case Tbody or Tfoot or Thead:
                        ClearStackBackToTableContext();
                        InsertHtmlElement();
                        mode = InsertionMode.InTableBody;
                        return true;
                    case Td or Th or Tr:
                        ClearStackBackToTableContext();
                        InsertHtmlElement(Tbody);
                        mode = InsertionMode.InTableBody;
                        return false;
                    case Table:
                        if (!open.HasInScope(Table, StackBoundary.TableScope))
                            return true;
                        PopUntil(Table);
                        ResetInsertionMode();
                        return false;
                    case Style or Script or Template:
                        return InHead();
                    case KnownNames.Input when IsHiddenInput():
                        InsertVoidElement();
                        return true;
                    case Form:
                        if (TemplateIsOpen || formElement >= 0)
                            return true;
                        formElement = InsertHtmlElement();
                        open.Pop();
                        return true;
                }
                break;
            case TokenKind.EndTag:
                switch (tagName)
                {
                    case Table:
                        if (!open.HasInScope(Table, StackBoundary.TableScope))
                            return true;
                        PopUntil(Table);
                        ResetInsertionMode();
                        return true;
                    case Body or Caption or Col or Colgroup or KnownNames.Html or Tbody or Td or Tfoot or Th or Thead or Tr:
                        return true;
                    case Template:
                        return InHead();
                }
                break;
            case TokenKind.EndOfFile:
                return InBody();
        }
        return InTableAnythingElse();
    }

    // "Anything else" in table: processed as in body, with foster parenting on.
    bool InTableAnythingElse()
    {
        fosterParenting = true;
        bool done = InBody();
        fosterParenting = false;
        return done;
    }

    bool InTableText()
    {
        if (kind == TokenKind.Character)
        {
            var run = TakeRunWithoutNul('\0');
            if (run.Length > 0)
            {
                pendingTableText.Add(run);
                if (!pendingTableTextHasContent)
                    foreach (char c in text[run])
                        if (!IsWhitespace(c))
                        {
                            pendingTableTextHasContent = true;
                            break;
                        }
            }
            return true;
        }
        FlushPendingTableText();
        mode = originalMode;
        return false;
    }

    void FlushPendingTableText()
    {
        if (pendingTableTextHasContent)
        {
            // Processed as "anything else" in table: in body, foster-parented.
            fosterParenting = true;
            ReconstructFormatting();
            foreach (var run in pendingTableText)
                InsertCharacters(run);
            framesetOk = false;
            fosterParenting = false;
        }
        else
            foreach (var run in pendingTableText)
                InsertCharacters(run);
        pendingTableText.Clear();
        pendingTableTextHasContent = false;
    }

    bool InCaption()
    {
        switch (kind)
        {
            case TokenKind.EndTag when tagName == Caption:
                if (open.HasInScope(Caption, StackBoundary.TableScope))
                    CloseCaption();
                return true;
            case TokenKind.StartTag when tagName is Caption or Col or Colgroup or Tbody or Td or Tfoot or Th or Thead or Tr:
            case TokenKind.EndTag when tagName == Table:
                if (!open.HasInScope(Caption, StackBoundary.TableScope))
                    return true;
                CloseCaption();
                return false;
            case TokenKind.EndTag when tagName is Body or Col or Colgroup or KnownNames.Html or Tbody or Td or Tfoot or Th or Thead or Tr:
                return true;
        }
        return InBody();
    }

    void CloseCaption()
    {
        GenerateImpliedEndTags();
        PopUntil(Caption);
        ClearFormattingToLastMarker();
        mode = InsertionMode.InTable;
    }

    bool InColumnGroup()
    {
        switch (kind)
        {
            case TokenKind.Character or TokenKind.Comment or TokenKind.Doctype:
                if (WhitespaceCommentOrDoctype())
                    return true;
                break;
            case TokenKind.StartTag when tagName == KnownNames.Html:
                return InBody();
            case TokenKind.StartTag when tagName == Col:
                InsertVoidElement();
                return true;
            case TokenKind.EndTag when tagName == Colgroup:
                if (CurrentIs(Colgroup))
                {
                    open.Pop();
                    mode = InsertionMode.InTable;
                }
                return true;
            case TokenKind.EndTag when tagName == Col:
                return true;
            case TokenKind.StartTag when tagName == Template:
            case TokenKind.EndTag when tagName == Template:
                return InHead();
            case TokenKind.EndOfFile:
                return InBody();
        }
        if (!CurrentIs(Colgroup))
            return true;
        open.Pop();
        mode = InsertionMode.InTable;
        return false;
    }

    bool InTableBody()
    {
        switch (kind)
        {
            case TokenKind.StartTag when tagName == Tr:
                ClearStackBackToTableBodyContext();
                InsertHtmlElement();
                mode = InsertionMode.InRow;
                return true;
            case TokenKind.StartTag when tagName is Th or Td:
                ClearStackBackToTableBodyContext();
                InsertHtmlElement(Tr);
                mode = InsertionMode.InRow;
                return false;
            case TokenKind.EndTag when tagName is Tbody or Tfoot or Thead:
                if (!open.HasInScope(tagName, StackBoundary.TableScope))
                    return true;
                ClearStackBackToTableBodyContext();
                open.Pop();
                mode = InsertionMode.InTable;
                return true;
            case TokenKind.StartTag when tagName is Caption or Col or Colgroup or Tbody or Tfoot or Thead:
            case TokenKind.EndTag when tagName == Table:
                if (!open.HasInScope(Tbody, StackBoundary.TableScope) && !open.HasInScope(Thead, StackBoundary.TableScope)
                    && !open.HasInScope(Tfoot, StackBoundary.TableScope))
                    return true;
                ClearStackBackToTableBodyContext();
                open.Pop();
                mode = InsertionMode.InTable;
                return false;
            case TokenKind.EndTag when tagName is Body or Caption or Col or Colgroup or KnownNames.Html or Td or Th or Tr:
                return true;
        }
        return InTable();
    }

    bool InRow()
    {
        switch (kind)
        {
            case TokenKind.StartTag when tagName is Th or Td:
                ClearStackBackToTableRowContext();
                InsertHtmlElement();
                mode = InsertionMode.InCell;
                formatting.Add(Marker);
                return true;
            case TokenKind.EndTag when tagName == Tr:
                if (open.HasInScope(Tr, StackBoundary.TableScope))
                    CloseRow();
                return true;
            case TokenKind.StartTag when tagName is Caption or Col or Colgroup or Tbody or Tfoot or Thead or Tr:
            case TokenKind.EndTag when tagName == Table:
                if (!open.HasInScope(Tr, StackBoundary.TableScope))
                    return true;
                CloseRow();
                return false;
            case TokenKind.EndTag when tagName is Tbody or Tfoot or Thead:
                if (!open.HasInScope(tagName, StackBoundary.TableScope) || !open.HasInScope(Tr, StackBoundary.TableScope))
                    return true;
                CloseRow();
                return false;
            case TokenKind.EndTag when tagName is Body or Caption or Col or Colgroup or KnownNames.Html or Td or Th:
                return true;
        }
        return InTable();
    }

    void CloseRow()
    {
        ClearStackBackToTableRowContext();
        open.Pop();
        mode = InsertionMode.InTableBody;
    }

    bool InCell()
    {
        switch (kind)
        {
            case TokenKind.EndTag when tagName is Td or Th:
                if (!open.HasInScope(tagName, StackBoundary.TableScope))
                    return true;
                GenerateImpliedEndTags();
                PopUntil(tagName);
                ClearFormattingToLastMarker();
                mode = InsertionMode.InRow;
                return true;
            case TokenKind.StartTag when tagName is Caption or Col or Colgroup or Tbody or Td or Tfoot or Th or Thead or Tr:
                if (!open.HasInScope(Td, StackBoundary.TableScope) && !open.HasInScope(Th, StackBoundary.TableScope))
                    return true;
                CloseCell();
                return false;
            case TokenKind.EndTag when tagName is Body or Caption or Col or Colgroup or KnownNames.Html:
                return true;
            case TokenKind.EndTag when tagName is Table or Tbody or Tfoot or Thead or Tr:
                if (!open.HasInScope(tagName, StackBoundary.TableScope))
                    return true;
                CloseCell();
                return false;
        }
        return InBody();
    }

    void CloseCell()
    {
        GenerateImpliedEndTags();
        PopUntilAny(Td, Th);
        ClearFormattingToLastMarker();
        mode = InsertionMode.InRow;
    }
}
