namespace Lede.Pages;

/// <summary>How the content stages treat HTML tags.</summary>
internal static class TagKinds
{
    private static readonly HashSet<string> BlockTags = new(StringComparer.Ordinal)
    {
        "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "dialog", "dir", "div", "dl", "dt",
        "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr",
        "html", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead",
        "tr", "ul", "caption", "menu", "legend", "option", "noscript",
    };

    /// <summary>Block-level: starts a new line of text in a browser.</summary>
    public static bool IsBlock(string tag) => BlockTags.Contains(tag);

    // The known names' answers by id, for stages that ask of every element: an array read instead of a string hash.
    private static readonly bool[] BlockByName = [.. Enumerable.Range(0, Html.KnownNames.Count).Select(id => IsBlock(Html.KnownNames.Spelling(id)))];

    /// <summary>Block-level, as <see cref="IsBlock(string)"/> says of the element's tag; names no page table knows are looked up by spelling.</summary>
    public static bool IsBlock(PageDocument page, int element)
    {
        int name = page.NameOf(element);
        return name < BlockByName.Length ? BlockByName[name] : IsBlock(page.Tag[element]);
    }

    /// <summary>Block-level, by a tree node's name id: every block-level tag is a known name, so another id is none.</summary>
    public static bool IsBlockName(int name) => name < BlockByName.Length && BlockByName[name];

    /// <summary>h1–h6: the heading level, else 0.</summary>
    public static int HeadingLevel(string tag)
        => tag.Length == 2 && tag[0] == 'h' && tag[1] is >= '1' and <= '6' ? tag[1] - '0' : 0;
}
