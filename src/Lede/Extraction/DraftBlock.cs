namespace Lede.Extraction;

/// <summary>A block collected from the story's container, with the measures pruning needs.</summary>
internal sealed class DraftBlock(Block block, int element, int textLength, int linkLength)
{
    public Block Block { get; set; } = block;

    /// <summary>The element the block came from.</summary>
    public int Element { get; } = element;

    public int TextLength { get; } = textLength;

    public int LinkLength { get; } = linkLength;

    public double LinkDensity => TextLength == 0 ? 0 : (double)LinkLength / TextLength;

    public bool Dropped { get; set; }

    /// <summary>The links in the block (element numbers), in order, when it has any: where its promos point.</summary>
    public List<int>? Anchors { get; set; }

    /// <summary>Lines cut from the block's edges by pruning ("Related: …" under a paragraph), when any were.</summary>
    public List<string>? DroppedLines { get; set; }

    /// <summary>The block's main text (a paragraph's or heading's text; a list's first item), for word rules.</summary>
    public string LeadText => Block switch
    {
        ParagraphBlock p => p.Text,
        HeadingBlock h => h.Text,
        ListBlock { Items.Count: > 0 } l => l.Items[0].Text,
        _ => "",
    };
}
