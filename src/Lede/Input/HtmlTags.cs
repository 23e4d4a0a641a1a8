using System.Collections.Frozen;

namespace Lede.Input;

/// <summary>What the HTML tree builder does with a tag, as far as element nesting is concerned.</summary>
[Flags]
internal enum TagTraits : ushort
{
    None = 0,

    /// <summary>Never has content or an end tag (br, img, meta, …).</summary>
    Void = 1 << 0,

    /// <summary>Content is text up to the matching end tag (script, style, textarea, title, …).</summary>
    RawText = 1 << 1,

    /// <summary>Everything after it is text.</summary>
    PlainText = 1 << 2,

    /// <summary>Its start tag closes an open &lt;p&gt; (block-level elements).</summary>
    ClosesP = 1 << 3,

    /// <summary>The spec's "special" category: an end tag for an ordinary element stops here.</summary>
    Special = 1 << 4,

    /// <summary>Bounds "has an element in scope" (applet, caption, html, table, td, th, marquee, object, template).</summary>
    Scope = 1 << 5,

    /// <summary>Bounds "has an element in table scope" (html, table, template).</summary>
    TableScope = 1 << 6,

    /// <summary>Inline formatting elements, reconstructed across blocks by the adoption agency algorithm.</summary>
    Formatting = 1 << 7,

    /// <summary>h1–h6.</summary>
    Heading = 1 << 8,

    /// <summary>svg and math: inside them "/&gt;" closes an element.</summary>
    Foreign = 1 << 9,

    /// <summary>Table parts a new row, cell or section closes (tr, td, th, tbody, thead, tfoot).</summary>
    TablePart = 1 << 10,
}

/// <summary>
/// Tag names as 64-bit keys (a hash of the ASCII-lower-cased name, so matching ignores case without a string)
/// and the traits of the names the tree builder treats specially. Every other name is an ordinary element.
/// </summary>
internal static class HtmlTags
{
    public static readonly ulong P = Key("p"), Li = Key("li"), Dd = Key("dd"), Dt = Key("dt"), A = Key("a"), Nobr = Key("nobr"),
        Button = Key("button"), Option = Key("option"), Optgroup = Key("optgroup"), Html = Key("html"), Head = Key("head"),
        Body = Key("body"), Td = Key("td"), Th = Key("th"), Tr = Key("tr"), Tbody = Key("tbody"), Thead = Key("thead"),
        Tfoot = Key("tfoot"), Table = Key("table"), Ol = Key("ol"), Ul = Key("ul"), Address = Key("address"), Div = Key("div"),
        Script = Key("script"), Style = Key("style");

    // The lists follow the tree-construction rules of the HTML standard ("in body" insertion mode and
    // the element categories), keeping only what changes how deep elements nest.
    private static readonly FrozenDictionary<ulong, TagTraits> Traits = Build(
        (TagTraits.Void, "area base basefont bgsound br col embed frame hr image img input keygen link meta param source track wbr"),
        // noscript is parsed as markup: the parser runs with scripting off.
        (TagTraits.RawText, "script style textarea title xmp iframe noembed noframes"),
        (TagTraits.PlainText, "plaintext"),
        (TagTraits.ClosesP, "address article aside blockquote center details dialog dir div dl fieldset figcaption figure footer form"
            + " header hgroup main menu nav ol p search section summary ul h1 h2 h3 h4 h5 h6 pre listing table hr xmp plaintext li dd dt"),
        (TagTraits.Special, "address applet area article aside base basefont bgsound blockquote body br button caption center col"
            + " colgroup dd details dir div dl dt embed fieldset figcaption figure footer form frame frameset h1 h2 h3 h4 h5 h6 head"
            + " header hgroup hr html iframe img input keygen li link listing main marquee menu meta nav noembed noframes noscript"
            + " object ol p param plaintext pre script search section select source style summary table tbody td template textarea"
            + " tfoot th thead title tr track ul wbr xmp"),
        (TagTraits.Scope, "applet caption html table td th marquee object template"),
        (TagTraits.TableScope, "html table template"),
        (TagTraits.Formatting, "a b big code em font i nobr s small strike strong tt u"),
        (TagTraits.Heading, "h1 h2 h3 h4 h5 h6"),
        (TagTraits.Foreign, "svg math"),
        (TagTraits.TablePart, "tr td th tbody thead tfoot"));

    // The lower-case names of the raw-text elements, to find where their text ends.
    private static readonly FrozenDictionary<ulong, string> RawTextNames =
        "script style textarea title xmp iframe noembed noframes".Split(' ').ToFrozenDictionary(Key, n => n);

    public static TagTraits Of(ulong key) => Traits.GetValueOrDefault(key);

    public static string RawTextName(ulong key) => RawTextNames[key];

    /// <summary>FNV-1a over the name with ASCII letters lower-cased; the low bit is left clear for callers' flags.</summary>
    public static ulong Key(ReadOnlySpan<char> name)
    {
        ulong hash = 14695981039346656037;
        foreach (char c in name)
            hash = (hash ^ (uint)(c is >= 'A' and <= 'Z' ? c | 0x20 : c)) * 1099511628211;
        return hash & ~1UL;
    }

    private static ulong Key(string name) => Key(name.AsSpan());

    private static FrozenDictionary<ulong, TagTraits> Build(params (TagTraits Trait, string Names)[] lists)
    {
        var traits = new Dictionary<ulong, TagTraits>();
        foreach (var (trait, names) in lists)
            foreach (var name in names.Split(' '))
                traits[Key(name)] = traits.GetValueOrDefault(Key(name)) | trait;
        return traits.ToFrozenDictionary();
    }
}
