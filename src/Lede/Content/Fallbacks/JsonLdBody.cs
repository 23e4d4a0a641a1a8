using System.Net;
using System.Text;
using Lede.Lexicon;
using Lede.Extraction;

namespace Lede.Content.Fallbacks;

/// <summary>
/// Fallback: the story as the page's JSON-LD declares it (<c>articleBody</c>, read with the rest of the structured data
/// by <see cref="Metadata.ReadMetadata"/>, from the same parse), its lines as paragraphs. Some pages put the whole story
/// there and show readers only a teaser of it, or build the visible text with scripts. Markup that slipped into the
/// value (<c>&lt;p&gt;</c>, <c>&lt;br&gt;</c>) breaks lines; other tags are left out and entities decoded.
/// </summary>
internal static class JsonLdBody
{
    public static IEnumerable<FallbackCandidate> Find(ExtractionContext context)
    {
        // Only a body longer than what the container kept can give more.
        if (context.Metadata.ArticleBody is not { } body || ProseLength(body) <= context.BodyProse) return [];
        int root = context.Root; // related rails are placed against the container the page shows its story in
        return [new FallbackCandidate(null, root, c => Collect(c, body, root))];
    }

    /// <summary>The length of the body's text: tags left out, whitespace runs counted once. One scan, nothing allocated.</summary>
    public static int ProseLength(string body)
    {
        int length = 0;
        bool inSpace = true, inTag = false;
        for (int i = 0; i < body.Length; i++)
        {
            char c = body[i];
            if (inTag) { inTag = c != '>'; continue; }
            if (OpensTag(body, i)) { inTag = true; continue; }
            bool space = TextMeasure.IsSpace(c);
            if (!space || !inSpace) length++;
            inSpace = space;
        }
        return length;
    }

    private static void Collect(ExtractionContext context, string body, int root)
    {
        foreach (var line in Lines(body))
            context.Blocks.Add(new DraftBlock(new ParagraphBlock(line), root, line.Length, 0));
    }

    /// <summary>The body's lines, whitespace collapsed, empty ones left out.</summary>
    internal static List<string> Lines(string body)
    {
        var text = new StringBuilder(body.Length);
        for (int i = 0; i < body.Length; i++)
        {
            if (!OpensTag(body, i)) { text.Append(body[i]); continue; }
            int end = body.IndexOf('>', i);
            if (end < 0) break;
            if (BreaksLine(body.AsSpan(i + 1, end - i - 1))) text.Append('\n');
            i = end;
        }
        var decoded = text.ToString();
        if (decoded.Contains('&')) decoded = WebUtility.HtmlDecode(decoded);
        var lines = new List<string>();
        var line = new StringBuilder();
        foreach (var part in decoded.Split('\n'))
        {
            line.Clear();
            TextMeasure.AppendCollapsed(line, part);
            var trimmed = line.ToString().Trim();
            if (trimmed.Length > 0) lines.Add(trimmed);
        }
        return lines;
    }

    // "<p", "</p", "<br": a tag, not a "<" of the text ("a < b", "<3").
    private static bool OpensTag(string text, int i)
        => text[i] == '<' && i + 1 < text.Length && (char.IsAsciiLetter(text[i + 1]) || (text[i + 1] == '/' && i + 2 < text.Length && char.IsAsciiLetter(text[i + 2])));

    private static bool BreaksLine(ReadOnlySpan<char> tag)
    {
        tag = tag.TrimStart('/');
        int end = 0;
        while (end < tag.Length && char.IsAsciiLetterOrDigit(tag[end])) end++;
        var name = tag[..end];
        return name.Equals("p", StringComparison.OrdinalIgnoreCase) || name.Equals("br", StringComparison.OrdinalIgnoreCase)
            || name.Equals("div", StringComparison.OrdinalIgnoreCase) || name.Equals("li", StringComparison.OrdinalIgnoreCase)
            || name.Equals("blockquote", StringComparison.OrdinalIgnoreCase)
            || (name.Length == 2 && (name[0] is 'h' or 'H') && name[1] is >= '1' and <= '6');
    }
}
