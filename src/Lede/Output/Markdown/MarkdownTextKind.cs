namespace Lede;

/// <summary>Where a piece of escaped text lands in the Markdown; decides which constructs it could set off.</summary>
internal enum MarkdownTextKind
{
    /// <summary>Paragraph or list-item text: each line start could open a block (heading, list, quote, fence),
    /// and a line break is kept as a hard break.</summary>
    Block,

    /// <summary>ATX heading content: one line, and a trailing run of <c>#</c> must not read as a closing sequence.</summary>
    Heading,

    /// <summary>A GFM table cell: one line, and <c>|</c> would end the cell.</summary>
    TableCell,

    /// <summary>A figure's caption (inside <c>*…*</c>) or credit, which share one line: every <c>*</c>, <c>_</c>, <c>~</c>,
    /// backtick and <c>[</c> is escaped, since each could pair with one in the other part or end the emphasis early.</summary>
    Emphasis,

    /// <summary>Image alt text inside <c>![…]</c>: one line, and brackets are escaped so they cannot close it.</summary>
    LinkText,
}
