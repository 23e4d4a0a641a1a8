namespace Lede;

/// <summary>Heading levels under an article's title, for the writers that put the title on top as a level-1 heading.</summary>
internal static class HeadingLevels
{
    // How far to push body headings down so that the highest one sits below the title's level 1.
    public static int ShiftBelowTitle(IReadOnlyList<Block> blocks)
    {
        int highest = HighestHeading(blocks);
        return highest < 2 ? 2 - highest : 0;
    }

    private static int HighestHeading(IReadOnlyList<Block> blocks)
    {
        int highest = int.MaxValue;
        foreach (var block in blocks)
        {
            int level = block switch
            {
                HeadingBlock heading when !string.IsNullOrWhiteSpace(heading.Text) => Math.Clamp(heading.Level, 1, 6),
                QuoteBlock quote => HighestHeading(quote.Blocks),
                _ => int.MaxValue,
            };
            highest = Math.Min(highest, level);
        }
        return highest;
    }
}
