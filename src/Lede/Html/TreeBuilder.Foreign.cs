using static Lede.Html.KnownNames;

namespace Lede.Html;

// The rules for parsing tokens in foreign content, SVG and MathML (13.2.6.5).
internal sealed partial class TreeBuilder
{
    bool ForeignContent()
    {
        switch (kind)
        {
            case TokenKind.Character:
                var run = TakeRunWithoutNul('\uFFFD');
                InsertCharacters(run);
                if (framesetOk)
                    foreach (char c in text[run])
                        if (!IsWhitespace(c) && c != '\uFFFD')
                        {
                            framesetOk = false;
                            break;
                        }
                return true;
            case TokenKind.Comment:
                InsertComment();
                return true;
            case TokenKind.Doctype:
                return true;
            case TokenKind.StartTag when BreaksOutOfForeignContent():
            case TokenKind.EndTag when tagName is Br or P:
                while (!IsMathMlTextIntegrationPoint(CurrentNode) && !IsHtmlIntegrationPoint(CurrentNode)
                       && tree[CurrentNode].Namespace != ElementNamespace.Html)
                    open.Pop();
                return ProcessIn(mode);
            case TokenKind.StartTag:
                var ns = tree[AdjustedCurrentNode].Namespace;
                InsertForeignElement(tagName, ns);
                return true;
            default:
                return ForeignEndTag();
        }
    }

    bool BreaksOutOfForeignContent()
    {
        switch (tagName)
        {
            case B or Big or Blockquote or Body or Br or Center or Code or Dd or Div or Dl or Dt or Em or Embed
                or H1 or H2 or H3 or H4 or H5 or H6 or Head or Hr or I or Img or Li or Listing or Menu or Meta or Nobr
                or Ol or P or Pre or Ruby or S or Small or Span or Strong or Strike or Sub or Sup or Table or Tt or U
                or Ul or Var:
                return true;
            case Font:
                foreach (var attribute in TokenAttributes)
                    if (attribute.Name is Color or Face or KnownNames.Size)
                        return true;
                return false;
            default:
                return false;
        }
    }

    /// <summary>Inserts a foreign element for the current start tag (its name and attributes adjusted), popping it when self-closing.</summary>
    void InsertForeignElement(int tokenName, ElementNamespace ns)
    {
        int name = ns == ElementNamespace.Svg ? ForeignAttributes.SvgElementName(names, tokenName) : tokenName;
        InsertElement(name, ns, ns == ElementNamespace.Html ? OpenElements.HtmlKey(name) : OpenElements.ForeignKey(tokenName), withAttributes: true);
        if (selfClosing)
            open.Pop();
    }

    // "Any other end tag" in foreign content: the topmost foreign element of that name above every HTML element
    // is closed; if there is none the token goes to the current insertion mode.
    bool ForeignEndTag()
    {
        if (open.Count == 1)
            return true;
        int match = open.TopByKey(OpenElements.ForeignKey(tagName));
        int html = open.TopBoundary(StackBoundary.Html);
        if (match > html && match > 0)
        {
            open.PopTo(match);
            return true;
        }
        return ProcessIn(mode);
    }
}
