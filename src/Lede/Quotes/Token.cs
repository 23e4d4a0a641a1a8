namespace Lede.Quotes;

/// <summary>A word or a punctuation character of the body text, by offset.</summary>
internal readonly record struct Token(int Start, int End, bool IsWord)
{
    public int Length => End - Start;

    public ReadOnlySpan<char> In(string text) => text.AsSpan(Start, End - Start);

    public bool IsChar(string text, char c) => !IsWord && text[Start] == c;

    /// <summary>True for a word that opens with a capital letter.</summary>
    public bool IsCapitalised(string text) => IsWord && char.IsUpper(text[Start]);
}
