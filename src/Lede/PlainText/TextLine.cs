namespace Lede.PlainText;

/// <summary>One unit of a plain text: a line, or the lines of a hard-wrapped paragraph joined.</summary>
/// <param name="Text">The text, whitespace runs collapsed to one space and trimmed.</param>
/// <param name="Number">The 1-based number of its first line in the input, for the trace.</param>
/// <param name="Block">The index of its block: the run of lines between blank lines it stood in.</param>
internal sealed record TextLine(string Text, int Number, int Block)
{
    /// <summary>A short form of the line for the trace: its number and first words.</summary>
    public string Describe() => $"line {Number} “{(Text.Length > 60 ? Text[..60] + "…" : Text)}”";
}
