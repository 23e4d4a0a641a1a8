namespace Lede.Content;

/// <summary>The inline styles a block's text keeps, as bits: a run may be emphasised and strong and code at once.</summary>
[Flags]
internal enum InlineStyle : byte
{
    None = 0,
    Emphasis = 1,
    Strong = 2,
    Code = 4,
}

/// <summary>Which inline elements give which style.</summary>
internal static class InlineStyles
{
    /// <summary>The style an element adds to the text under it; none for any other element.</summary>
    public static InlineStyle Of(string tag) => tag switch
    {
        "em" or "i" or "cite" or "dfn" => InlineStyle.Emphasis,
        "strong" or "b" => InlineStyle.Strong,
        "code" or "kbd" or "samp" or "tt" => InlineStyle.Code,
        _ => InlineStyle.None,
    };
}
