using static Lede.Html.KnownNames;

namespace Lede.Html;

// The end tags of the "in body" insertion mode (13.2.6.4.7).
internal sealed partial class TreeBuilder
{
    bool BodyEndTag()
    {
        switch (tagName)
        {
            case Template:
                return InHead();
            case Body:
                if (open.HasInScope(Body, StackBoundary.Scope))
                    mode = InsertionMode.AfterBody;
                return true;
            case KnownNames.Html:
                if (!open.HasInScope(Body, StackBoundary.Scope))
                    return true;
                mode = InsertionMode.AfterBody;
                return false;
            case Address or KnownNames.Article or Aside or Blockquote or Button or Center or Details or Dialog or Dir or Div or Dl
                or Fieldset or Figcaption or KnownNames.Figure or Footer or Header or Hgroup or Listing or Main or Menu or Nav or Ol
                or Pre or Search or Section or Select or Summary or Ul:
                if (!open.HasInScope(tagName, StackBoundary.Scope))
                    return true;
                GenerateImpliedEndTags();
                PopUntil(tagName);
                return true;
            case Form:
                EndForm();
                return true;
            case P:
                if (!open.HasInScope(P, StackBoundary.ButtonScope))
                    InsertHtmlElement(P);
                ClosePElement();
                return true;
            case Li:
                if (!open.HasInScope(Li, StackBoundary.ListItemScope))
                    return true;
                GenerateImpliedEndTags(Li);
                PopUntil(Li);
                return true;
            case Dd or Dt:
                if (!open.HasInScope(tagName, StackBoundary.Scope))
                    return true;
                GenerateImpliedEndTags(tagName);
                PopUntil(tagName);
                return true;
            case H1 or H2 or H3 or H4 or H5 or H6:
                int heading = TopHeading();
                if (heading < 0 || heading < open.TopBoundary(StackBoundary.Scope))
                    return true;
                GenerateImpliedEndTags();
                PopUntilHeading();
                return true;
            case A or B or Big or Code or Em or Font or I or Nobr or S or Small or Strike or Strong or Tt or U:
                if (!AdoptionAgency(tagName))
                    AnyOtherEndTag();
                return true;
            case Applet or Marquee or KnownNames.Object:
                if (!open.HasInScope(tagName, StackBoundary.Scope))
                    return true;
                GenerateImpliedEndTags();
                PopUntil(tagName);
                ClearFormattingToLastMarker();
                return true;
            case Br:
                // An end tag </br> is read as a start tag <br> with no attributes.
                kind = TokenKind.StartTag;
                tokenHasAttributes = false;
                selfClosing = false;
                return false;
            default:
                AnyOtherEndTag();
                return true;
        }
    }

    void EndForm()
    {
        if (!TemplateIsOpen)
        {
            int node = formElement;
            formElement = -1;
            if (node < 0 || !open.HasNodeInScope(node, StackBoundary.Scope))
                return;
            GenerateImpliedEndTags();
            open.RemoveAt(open.IndexOf(node));
            return;
        }
        if (!open.HasInScope(Form, StackBoundary.Scope))
            return;
        GenerateImpliedEndTags();
        PopUntil(Form);
    }

    /// <summary>
    /// "Any other end tag": closes the topmost open HTML element of that name, unless a special element is open
    /// above it — found at once from the stack's name and boundary indexes, not by walking down it.
    /// </summary>
    void AnyOtherEndTag()
    {
        int match = open.TopIndexOf(tagName);
        if (match < 0 || match < open.TopBoundary(StackBoundary.Special))
            return;
        GenerateImpliedEndTags(tagName);
        open.PopTo(match);
    }
}
