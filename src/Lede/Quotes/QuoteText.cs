namespace Lede.Quotes;

/// <summary>
/// The body text as the quotation stages read it: its tokens, the sentence each token belongs to, and whether a
/// token stands inside a quotation. Built once per article.
/// </summary>
internal sealed class QuoteText
{
    public QuoteText(string text, IReadOnlyList<RawQuote> quotes)
    {
        Text = text;
        Tokens = Tokenizer.Tokenize(text);
        Sentence = new int[Tokens.Length];
        InQuote = new bool[Tokens.Length];
        MarkQuotes(quotes);
        MarkSentences();
    }

    public string Text { get; }

    public Token[] Tokens { get; }

    /// <summary>The sentence index of each token.</summary>
    public int[] Sentence { get; }

    /// <summary>True for tokens inside a quotation (marks excluded).</summary>
    public bool[] InQuote { get; }

    /// <summary>For the first token of a person mention, the mention's last token; -1 elsewhere. Set once mentions are resolved.</summary>
    public int[] MentionLast { get; private set; } = [];

    public void SetMentions(IReadOnlyList<Mention> mentions)
    {
        MentionLast = new int[Tokens.Length];
        Array.Fill(MentionLast, -1);
        foreach (var m in mentions) if (m.Kind != MentionKind.Description || m.Person is not null) MentionLast[m.FirstToken] = m.LastToken;
    }

    public ReadOnlySpan<char> Word(int t) => Tokens[t].In(Text);

    public bool IsChar(int t, char c) => t >= 0 && t < Tokens.Length && Tokens[t].IsChar(Text, c);

    public bool IsWord(int t) => t >= 0 && t < Tokens.Length && Tokens[t].IsWord;

    public bool IsQuoteMark(int t) => t >= 0 && t < Tokens.Length && !Tokens[t].IsWord && QuoteMarks.IsMark(Text[Tokens[t].Start]);

    /// <summary>The index of the first token that starts at or after <paramref name="offset"/>.</summary>
    public int TokenAt(int offset)
    {
        int lo = 0, hi = Tokens.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (Tokens[mid].Start < offset) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    private void MarkQuotes(IReadOnlyList<RawQuote> quotes)
    {
        foreach (var quote in quotes)
        {
            for (int t = TokenAt(quote.Start); t < Tokens.Length && Tokens[t].Start < quote.End; t++) InQuote[t] = true;
        }
    }

    // A sentence ends at a line break, or at . ! ? before a capitalised word or a quotation mark, unless the dot closes
    // a title or an initial ("Sen.", "J."). A closing mark right after the stop stays with the sentence it closes.
    private void MarkSentences()
    {
        int sentence = 0;
        for (int t = 0; t < Tokens.Length; t++)
        {
            Sentence[t] = sentence;
            if (EndsSentence(t)) sentence++;
        }
    }

    private bool EndsSentence(int t)
    {
        var token = Tokens[t];
        if (token.IsWord) return false;
        char c = Text[token.Start];
        if (c == '\n') return true;
        if (IsQuoteMark(t) && t > 0 && IsStop(t - 1)) return NextStartsSentence(t + 1);
        if (!IsStop(t)) return false;
        if (IsQuoteMark(t + 1) && InQuote[Math.Max(t, 0)]) return false;
        return NextStartsSentence(t + 1);
    }

    private bool IsStop(int t)
    {
        if (t < 0 || Tokens[t].IsWord) return false;
        char c = Text[Tokens[t].Start];
        if (c is '!' or '?') return true;
        if (c != '.') return false;
        if (t == 0 || !Tokens[t - 1].IsWord) return true;
        var before = Word(t - 1);
        if (before.Length == 1 && char.IsUpper(before[0])) return false;
        return before.Length > 4 || !PersonWords.IsTitle(before, out _);
    }

    private bool NextStartsSentence(int t)
    {
        if (t >= Tokens.Length) return true;
        var token = Tokens[t];
        if (token.IsWord) return char.IsUpper(Text[token.Start]) || char.IsDigit(Text[token.Start]);
        return QuoteMarks.IsMark(Text[token.Start]) || Text[token.Start] is '(' or '\n' or '[';
    }
}
