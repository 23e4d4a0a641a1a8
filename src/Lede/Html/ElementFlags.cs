using static Lede.Html.KnownNames;

namespace Lede.Html;

/// <summary>
/// The categories of elements the tree builder asks about (WHATWG HTML 13.2.4.2–3 and the insertion modes),
/// as bits per element, so that each question is one mask test.
/// </summary>
[Flags]
internal enum ElementFlags : ushort
{
    None = 0,
    /// <summary>The "special" category.</summary>
    Special = 1 << 0,
    /// <summary>Ends "has an element in scope" (and so the list item and button scopes too).</summary>
    ScopeBoundary = 1 << 1,
    /// <summary>Ends "in list item scope" besides the scope boundaries: ol, ul.</summary>
    ListItemBoundary = 1 << 2,
    /// <summary>Ends "in button scope" besides the scope boundaries: button.</summary>
    ButtonBoundary = 1 << 3,
    /// <summary>Ends "in table scope": html, table, template.</summary>
    TableBoundary = 1 << 4,
    /// <summary>The formatting elements (a, b, big, code, em, font, i, nobr, s, small, strike, strong, tt, u).</summary>
    Formatting = 1 << 5,
    /// <summary>Closed by "generate implied end tags": dd, dt, li, optgroup, option, p, rb, rp, rt, rtc.</summary>
    ImpliedEnd = 1 << 6,
    /// <summary>Closed by "generate all implied end tags thoroughly": the implied-end ones and the table parts.</summary>
    ImpliedEndThorough = 1 << 7,
    /// <summary>An element "reset the insertion mode appropriately" decides by.</summary>
    ModeDetermining = 1 << 8,
    /// <summary>Special, but not address, div or p: ends the search for an open li, dd or dt.</summary>
    SpecialNotAddressDivP = 1 << 9,
    /// <summary>Any element in the HTML namespace.</summary>
    Html = 1 << 10,
    /// <summary>An HTML option element (its popping may fill a select's selectedcontent).</summary>
    Option = 1 << 11,
}

/// <summary>The flags of each element, by namespace and name.</summary>
internal static class ElementCategories
{
    static readonly ElementFlags[] HtmlFlags = BuildHtml();

    /// <summary>The flags of an element.</summary>
    public static ElementFlags Of(ElementNamespace ns, int name)
    {
        if (ns == ElementNamespace.Html)
            return name < HtmlFlags.Length ? HtmlFlags[name] : ElementFlags.Html;
        // MathML text integration points and annotation-xml, SVG HTML integration points: special, and scope boundaries.
        bool boundary = ns == ElementNamespace.MathMl
            ? name is Mi or Mo or Mn or Ms or Mtext or AnnotationXml
            : name is ForeignObject or Desc or Title;
        return boundary ? ElementFlags.Special | ElementFlags.SpecialNotAddressDivP | ElementFlags.ScopeBoundary : ElementFlags.None;
    }

    static ElementFlags[] BuildHtml()
    {
        var flags = new ElementFlags[KnownNames.Count];
        Array.Fill(flags, ElementFlags.Html);
        void Add(ElementFlags flag, params int[] names)
        {
            foreach (int name in names)
                flags[name] |= flag;
        }

        int[] special =
        [
            Address, Applet, Area, KnownNames.Article, Aside, Base, Basefont, Bgsound, Blockquote, Body, Br, Button, Caption, Center,
            Col, Colgroup, Dd, Details, Dir, Div, Dl, Dt, Embed, Fieldset, Figcaption, KnownNames.Figure, Footer, Form, Frame,
            Frameset, H1, H2, H3, H4, H5, H6, Head, Header, Hgroup, Hr, KnownNames.Html, Iframe, Img, KnownNames.Input, Keygen, Li,
            Link, Listing, Main, Marquee, Menu, Meta, Nav, Noembed, Noframes, Noscript, KnownNames.Object, Ol, P, Param,
            Plaintext, Pre, Script, Search, Section, Select, Source, Style, Summary, Table, Tbody, Td, Template,
            Textarea, Tfoot, Th, Thead, Title, Tr, Track, Ul, Wbr, Xmp,
        ];
        Add(ElementFlags.Special, special);
        foreach (int name in special)
            if (name is not (Address or Div or P))
                flags[name] |= ElementFlags.SpecialNotAddressDivP;
        Add(ElementFlags.ScopeBoundary, Applet, Caption, KnownNames.Html, Table, Td, Th, Marquee, KnownNames.Object, Template, Select);
        Add(ElementFlags.ListItemBoundary, Ol, Ul);
        Add(ElementFlags.ButtonBoundary, Button);
        Add(ElementFlags.TableBoundary, KnownNames.Html, Table, Template);
        Add(ElementFlags.Formatting, A, B, Big, Code, Em, Font, I, Nobr, S, Small, Strike, Strong, Tt, U);
        Add(ElementFlags.ImpliedEnd, Dd, Dt, Li, Optgroup, KnownNames.Option, P, Rb, Rp, Rt, Rtc);
        Add(ElementFlags.ImpliedEndThorough, Dd, Dt, Li, Optgroup, KnownNames.Option, P, Rb, Rp, Rt, Rtc,
            Caption, Colgroup, Tbody, Td, Tfoot, Th, Thead, Tr);
        Add(ElementFlags.ModeDetermining, Td, Th, Tr, Tbody, Thead, Tfoot, Caption, Colgroup, Table, Template, Head,
            Body, Frameset, KnownNames.Html);
        Add(ElementFlags.Option, KnownNames.Option);
        return flags;
    }
}
