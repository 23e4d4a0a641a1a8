namespace Lede.Cli.Eval;

/// <summary>One gold quotation: the quoted words' span in the article text and the span(s) of its attributed source.</summary>
internal sealed record GoldQuote(TextSpan Span, IReadOnlyList<TextSpan> Source);

/// <summary>One PolNeAR article: its text and its gold quotations.</summary>
internal sealed record PolnearArticle(string Name, string Text, IReadOnlyList<GoldQuote> Quotes);

/// <summary>
/// Reads a PolNeAR split (<c>SPLIT/text/NAME.txt</c>, <c>SPLIT/attributions/NAME_ANNOTATOR.ann</c>, brat standoff) into
/// gold quotations.
/// </summary>
/// <remarks>
/// <para>An article with several annotators' files is read from the first by file name, so the gold is one person's
/// reading. Every <c>E</c> line is an attribution; its <c>Content</c> roles (<c>Content</c>, <c>Content2</c>, …) give the
/// content's fragments and its <c>Source</c> roles the source's.</para>
/// <para>The gold quotations of an attribution are the stretches of its content in quotation marks (“…”, "…",
/// „…“, «…», and ‘…’ when not inside a double quotation): each from just after an opening mark to just before its closing mark, both marks lying inside the
/// content fragment or on the character just outside either end (annotators differ on whether the marks belong to the
/// content). A quotation open at a line end goes on when the next line opens with a mark (the multi-paragraph
/// convention), else it ends there; one still open at the fragment's end ends there. Marks inside a quotation are not
/// read, so a quotation inside a quotation is part of its parent. Stretches without a letter are ignored. When several
/// attributions' contents hold the same quoted stretch (an attribution reported inside another), the one with the
/// shortest content — the innermost speaker — gives its source.</para>
/// </remarks>
internal static class PolnearGold
{
    public static IReadOnlyList<PolnearArticle> Load(string root, string split)
    {
        var textDir = Path.Combine(root, split, "text");
        var annDir = Path.Combine(root, split, "attributions");
        if (!Directory.Exists(textDir) || !Directory.Exists(annDir))
            throw new DirectoryNotFoundException($"no PolNeAR split at {Path.Combine(root, split)} (text/ and attributions/ expected)");
        var annotations = Directory.GetFiles(annDir, "*.ann").Order(StringComparer.Ordinal).ToList();
        var articles = new List<PolnearArticle>();
        foreach (var textPath in Directory.GetFiles(textDir, "*.txt").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileNameWithoutExtension(textPath);
            var ann = annotations.Find(a => Path.GetFileName(a).StartsWith(name + "_", StringComparison.Ordinal));
            if (ann is null) continue;
            var text = File.ReadAllText(textPath);
            articles.Add(new PolnearArticle(name, text, Read(text, File.ReadAllLines(ann))));
        }
        return articles;
    }

    /// <summary>The gold quotations of one article from its text and its .ann lines.</summary>
    internal static IReadOnlyList<GoldQuote> Read(string text, IEnumerable<string> annLines)
    {
        var spans = new Dictionary<string, List<TextSpan>>(StringComparer.Ordinal);
        var relations = new List<string[]>();
        foreach (var line in annLines)
        {
            var fields = line.Split('\t');
            if (fields.Length < 2) continue;
            if (line.StartsWith('T')) spans[fields[0]] = Fragments(fields[1]);
            else if (line.StartsWith('E')) relations.Add(fields[1].Split(' ', StringSplitOptions.RemoveEmptyEntries));
        }
        var best = new Dictionary<TextSpan, (int ContentLength, List<TextSpan> Source)>();
        foreach (var roles in relations)
        {
            var content = new List<TextSpan>();
            var source = new List<TextSpan>();
            foreach (var role in roles)
            {
                int colon = role.IndexOf(':');
                if (colon < 0 || !spans.TryGetValue(role[(colon + 1)..], out var fragments)) continue;
                if (role.StartsWith("Content", StringComparison.Ordinal)) content.AddRange(fragments);
                else if (role.StartsWith("Source", StringComparison.Ordinal)) source.AddRange(fragments);
            }
            int contentLength = content.Sum(c => c.Length);
            foreach (var fragment in content)
            {
                foreach (var quoted in QuotedIn(text, fragment))
                {
                    if (!best.TryGetValue(quoted, out var held) || contentLength < held.ContentLength) best[quoted] = (contentLength, source);
                }
            }
        }
        return best.OrderBy(b => b.Key.Start).Select(b => new GoldQuote(b.Key, b.Value.Source)).ToList();
    }

    // "Content 1948 1958;1974 2071" → two spans.
    private static List<TextSpan> Fragments(string typeAndOffsets)
    {
        var result = new List<TextSpan>();
        int space = typeAndOffsets.IndexOf(' ');
        if (space < 0) return result;
        foreach (var part in typeAndOffsets[(space + 1)..].Split(';'))
        {
            var ends = part.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (ends.Length == 2 && int.TryParse(ends[0], out int start) && int.TryParse(ends[1], out int end) && end > start)
                result.Add(new TextSpan(start, end - start));
        }
        return result;
    }

    /// <summary>The double-quoted stretches of one content fragment (see the class remarks).</summary>
    internal static List<TextSpan> QuotedIn(string text, TextSpan fragment)
    {
        var found = new List<TextSpan>();
        int from = Math.Max(0, fragment.Start - 1), to = Math.Min(text.Length, fragment.End + 1);
        int open = -1;
        bool single = false;
        for (int i = from; i < to; i++)
        {
            char c = text[i];
            if (c == '\n' && open >= 0)
            {
                int next = i;
                while (next < to && char.IsWhiteSpace(text[next])) next++;
                if (next < to && IsOpening(text, next))
                {
                    i = next;
                    continue;
                }
                Add(found, text, open, TrimEnd(text, open, i));
                open = -1;
                continue;
            }
            if (c is '‘' or '’')
            {
                // Single curly marks quote at the top level (headlines: Clinton ‘talks to the press’); inside a
                // double quotation they are part of it, and between letters they are apostrophes.
                if (open < 0 && c == '‘' && IsOpening(text, i)) (open, single) = (i + 1, true);
                else if (open >= 0 && single && c == '’' && !(i + 1 < text.Length && char.IsLetter(text[i + 1])))
                {
                    Add(found, text, open, i);
                    open = -1;
                }
                continue;
            }
            if (!IsDoubleMark(c) || single && open >= 0) continue;
            if (open < 0)
            {
                if (IsOpening(text, i)) (open, single) = (i + 1, false);
            }
            else if (!IsOpening(text, i) || c is '”' or '»')
            {
                Add(found, text, open, i);
                open = -1;
            }
        }
        if (open >= 0) Add(found, text, open, TrimEnd(text, open, Math.Min(to, fragment.End)));
        return found;
    }

    private static bool IsDoubleMark(char c) => c is '“' or '”' or '"' or '„' or '«' or '»';

    private static bool IsOpening(string text, int i)
    {
        char c = text[i];
        if (c is '”' or '»') return false;
        if (c is '„' or '«') return true;
        if (c == '‘') return !char.IsWhiteSpace(i + 1 < text.Length ? text[i + 1] : ' ') && (i == 0 || !char.IsLetterOrDigit(text[i - 1]));
        char before = i > 0 ? text[i - 1] : ' ';
        char after = i + 1 < text.Length ? text[i + 1] : ' ';
        if (c == '“') return !char.IsWhiteSpace(after);
        return !char.IsWhiteSpace(after) && (char.IsWhiteSpace(before) || before is '(' or '[' or '—' or '–' or '-' or ':' or '/');
    }

    private static int TrimEnd(string text, int start, int end)
    {
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        return end;
    }

    private static void Add(List<TextSpan> found, string text, int start, int end)
    {
        for (int i = start; i < end; i++)
        {
            if (char.IsLetter(text[i]))
            {
                found.Add(new TextSpan(start, end - start));
                return;
            }
        }
    }
}
