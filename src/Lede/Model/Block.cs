using System.Text.Json.Serialization;

namespace Lede;

/// <summary>One block of an article's body. The JSON form carries a <c>type</c> discriminator.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(HeadingBlock), "heading")]
[JsonDerivedType(typeof(ParagraphBlock), "paragraph")]
[JsonDerivedType(typeof(ListBlock), "list")]
[JsonDerivedType(typeof(QuoteBlock), "quote")]
[JsonDerivedType(typeof(TableBlock), "table")]
[JsonDerivedType(typeof(CodeBlock), "code")]
[JsonDerivedType(typeof(FigureBlock), "figure")]
public abstract record Block;

/// <summary>A subheading inside the story; <paramref name="Level"/> is 1–6 as in HTML.</summary>
public sealed record HeadingBlock(int Level, string Text) : Block
{
    /// <summary>The text's links and styles as runs whose texts make <see cref="Text"/>; empty when the text is all plain.</summary>
    public IReadOnlyList<InlineRun> Inlines { get => _inlines; init => _inlines = value ?? []; }

    private readonly IReadOnlyList<InlineRun> _inlines = [];

    /// <summary>Equal text and equal runs, in order.</summary>
    public bool Equals(HeadingBlock? other) =>
        other is not null && Level == other.Level && Text == other.Text && InlineRun.SameRuns(Inlines, other.Inlines);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Level, Text, Inlines.Count);
}

/// <summary>A paragraph of running text.</summary>
public sealed record ParagraphBlock(string Text) : Block
{
    /// <summary>The text's links and styles as runs whose texts make <see cref="Text"/>; empty when the text is all plain.</summary>
    public IReadOnlyList<InlineRun> Inlines { get => _inlines; init => _inlines = value ?? []; }

    private readonly IReadOnlyList<InlineRun> _inlines = [];

    /// <summary>Equal text and equal runs, in order.</summary>
    public bool Equals(ParagraphBlock? other) =>
        other is not null && Text == other.Text && InlineRun.SameRuns(Inlines, other.Inlines);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Text, Inlines.Count);
}

/// <summary>A bulleted or numbered list.</summary>
public sealed record ListBlock(bool Ordered, IReadOnlyList<ListItem> Items) : Block;

/// <summary>One list item: its own text and any lists nested in it.</summary>
public sealed record ListItem(string Text, IReadOnlyList<ListBlock> Children)
{
    /// <summary>An item with text only.</summary>
    public ListItem(string text) : this(text, []) { }

    /// <summary>The item's links and styles as runs whose texts make <see cref="Text"/>; empty when the text is all plain.</summary>
    public IReadOnlyList<InlineRun> Inlines { get => _inlines; init => _inlines = value ?? []; }

    private readonly IReadOnlyList<InlineRun> _inlines = [];
}

/// <summary>A block quotation, holding blocks of its own.</summary>
public sealed record QuoteBlock(IReadOnlyList<Block> Blocks) : Block;

/// <summary>A data table, row by row.</summary>
public sealed record TableBlock(IReadOnlyList<TableRow> Rows) : Block;

/// <summary>One table row; <paramref name="IsHeader"/> when all its cells are header cells.</summary>
public sealed record TableRow(IReadOnlyList<string> Cells, bool IsHeader)
{
    /// <summary>
    /// Each cell's links and styles, one list a cell, as runs whose texts make the cell's text (an empty list for a cell
    /// that is all plain); empty when every cell is all plain.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<InlineRun>> CellInlines { get => _cellInlines; init => _cellInlines = value ?? []; }

    private readonly IReadOnlyList<IReadOnlyList<InlineRun>> _cellInlines = [];
}

/// <summary>Preformatted text or code, whitespace kept.</summary>
public sealed record CodeBlock(string Text) : Block
{
    /// <summary>The code's language as the page names it (<c>class="language-csharp"</c>, <c>lang-js</c>, <c>data-lang</c>), lower case; null when it names none.</summary>
    public string? Language { get; init; }
}

/// <summary>Where a figure stood in the body. Its caption and credit are not body text.</summary>
public sealed record FigureBlock(Figure Figure) : Block;
