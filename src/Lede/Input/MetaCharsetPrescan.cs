using System.Text;

namespace Lede.Input;

/// <summary>
/// Finds the charset a page declares in its own markup (<c>&lt;meta charset&gt;</c> or
/// <c>&lt;meta http-equiv="Content-Type" content="…; charset=…"&gt;</c>) with a byte scan that follows the
/// WHATWG "prescan a byte stream to determine its encoding" algorithm: comments and other tags are stepped
/// over (their quoted attribute values too), so a charset in a script or comment is not taken for a declaration.
/// </summary>
internal static class MetaCharsetPrescan
{
    // The standard stops at 1024 bytes so a streaming parser never has to restart. We hold the whole page, and
    // real heads run longer: of the 181 benchmark pages, 27 declare their charset past byte 1024 and 8 past 8 KB
    // (after inline styles and scripts). So scan the head up to 64 KB and stop at <body>, where no declaration
    // belongs (one there is usually a quoted snippet of another page).
    internal const int Limit = 64 * 1024;

    /// <summary>The declared encoding, or null when there is none (or its label is unknown).</summary>
    public static PageEncoding? Find(ReadOnlySpan<byte> bytes)
    {
        var s = bytes[..Math.Min(bytes.Length, Limit)];
        int i = 0;
        while (true)
        {
            int lt = s[i..].IndexOf((byte)'<');
            if (lt < 0)
                return null;
            i += lt;
            var rest = s[i..];
            if (rest.StartsWith("<!--"u8))
            {
                // The comment's own "--" may serve as both ends of "<!-->", as in a browser.
                int end = rest[2..].IndexOf("-->"u8);
                if (end < 0)
                    return null;
                i += end + 5;
            }
            else if (StartsWithTag(rest, "meta"u8))
            {
                i += 5;
                if (ReadMeta(s, ref i) is { } found)
                    return found;
            }
            else if (StartsWithTag(rest, "body"u8))
            {
                return null;
            }
            else if (StartsWithTag(rest, "script"u8) || StartsWithTag(rest, "style"u8))
            {
                // Unlike the standard's scan, which reads 1024 bytes, this one reaches past the inline scripts of
                // a long head, where a quoted "<meta charset" in a string is more likely; it is not a declaration.
                bool script = rest[2] is (byte)'c' or (byte)'C';
                i += script ? 7 : 6;
                while (ReadAttribute(s, ref i, out _, out _)) { }
                int close = IndexOfIgnoreCase(s[i..], script ? "</script"u8 : "</style"u8);
                if (close < 0)
                    return null;
                i += close + 2;
            }
            else if (rest.Length > 1 && (IsAsciiLetter(rest[1]) || (rest[1] == '/' && rest.Length > 2 && IsAsciiLetter(rest[2]))))
            {
                // Another tag: step over its name and attributes, so a quoted "<meta" inside a value is not seen.
                i += rest[1] == '/' ? 2 : 1;
                while (i < s.Length && !IsSpace(s[i]) && s[i] != '>')
                    i++;
                while (ReadAttribute(s, ref i, out _, out _)) { }
            }
            else if (rest.Length > 1 && rest[1] is (byte)'!' or (byte)'/' or (byte)'?')
            {
                int end = rest.IndexOf((byte)'>');
                if (end < 0)
                    return null;
                i += end + 1;
            }
            else
            {
                i++;
            }
        }
    }

    // The attributes of one <meta>: a charset attribute wins at once; a content attribute's charset counts
    // only with http-equiv="content-type" beside it (in either order).
    private static PageEncoding? ReadMeta(ReadOnlySpan<byte> s, ref int i)
    {
        bool gotPragma = false, needPragma = false, seenCharset = false, seenContent = false, seenHttpEquiv = false;
        PageEncoding? charset = null;
        while (ReadAttribute(s, ref i, out var name, out var value))
        {
            if (Ascii.EqualsIgnoreCase(name, "http-equiv"u8) && !seenHttpEquiv)
            {
                seenHttpEquiv = true;
                gotPragma = Ascii.EqualsIgnoreCase(value, "content-type"u8);
            }
            else if (Ascii.EqualsIgnoreCase(name, "content"u8) && !seenContent)
            {
                seenContent = true;
                if (charset is null && CharsetInContent(value) is { } label && Label(label) is { } fromContent)
                {
                    charset = fromContent;
                    needPragma = true;
                }
            }
            else if (Ascii.EqualsIgnoreCase(name, "charset"u8) && !seenCharset)
            {
                seenCharset = true;
                charset = Label(value);
                needPragma = false;
            }
        }
        if (charset is null || (needPragma && !gotPragma))
            return null;
        // A page that can be read by this ASCII scan is not UTF-16, whatever it says.
        return charset.IsUtf16 ? PageEncoding.Utf8 : charset;
    }

    private static PageEncoding? Label(ReadOnlySpan<byte> label)
    {
        if (label.Length > 32 || Ascii.IsValid(label) is false)
            return null;
        Span<char> chars = stackalloc char[label.Length];
        Ascii.ToUtf16(label, chars, out _);
        return PageEncoding.FromLabel(chars);
    }

    /// <summary>The WHATWG "extract a character encoding from a meta element" step: the value after "charset=".</summary>
    internal static ReadOnlySpan<byte> CharsetInContent(ReadOnlySpan<byte> content)
    {
        while (true)
        {
            int at = IndexOfIgnoreCase(content, "charset"u8);
            if (at < 0)
                return default;
            content = content[(at + 7)..];
            var afterSpace = content.TrimStart(" \t\n\f\r"u8);
            if (afterSpace.IsEmpty || afterSpace[0] != '=')
            {
                content = afterSpace;
                continue;
            }
            var value = afterSpace[1..].TrimStart(" \t\n\f\r"u8);
            if (value.IsEmpty)
                return default;
            if (value[0] is (byte)'"' or (byte)'\'')
            {
                int close = value[1..].IndexOf(value[0]);
                return close < 0 ? default : value.Slice(1, close);
            }
            int end = value.IndexOfAny(" \t\n\f\r;"u8);
            return end < 0 ? value : value[..end];
        }
    }

    /// <summary>
    /// The WHATWG prescan's "get an attribute": reads one attribute at <paramref name="i"/> (callers compare its
    /// name ignoring ASCII case). Returns false at the tag's '&gt;' or the end of the input.
    /// </summary>
    private static bool ReadAttribute(ReadOnlySpan<byte> s, ref int i, out ReadOnlySpan<byte> name, out ReadOnlySpan<byte> value)
    {
        name = value = default;
        while (i < s.Length && (IsSpace(s[i]) || s[i] == '/'))
            i++;
        if (i >= s.Length || s[i] == '>')
        {
            i = Math.Min(i + 1, s.Length);
            return false;
        }
        int start = i;
        // The first character may be '=' (it is then part of the name).
        i++;
        while (i < s.Length && !IsSpace(s[i]) && s[i] is not ((byte)'/' or (byte)'>' or (byte)'='))
            i++;
        name = s[start..i];
        while (i < s.Length && IsSpace(s[i]))
            i++;
        if (i >= s.Length || s[i] != '=')
            return true;
        i++;
        while (i < s.Length && IsSpace(s[i]))
            i++;
        if (i >= s.Length)
            return false;
        if (s[i] is (byte)'"' or (byte)'\'')
        {
            int close = s[(i + 1)..].IndexOf(s[i]);
            if (close < 0)
            {
                i = s.Length;
                return false;
            }
            value = s.Slice(i + 1, close);
            i += close + 2;
            return true;
        }
        start = i;
        while (i < s.Length && !IsSpace(s[i]) && s[i] != '>')
            i++;
        value = s[start..i];
        return true;
    }

    private static bool StartsWithTag(ReadOnlySpan<byte> s, ReadOnlySpan<byte> lowerName)
        => s.Length > lowerName.Length + 1
            && Ascii.EqualsIgnoreCase(s.Slice(1, lowerName.Length), lowerName)
            && (IsSpace(s[lowerName.Length + 1]) || s[lowerName.Length + 1] is (byte)'/' or (byte)'>');

    private static int IndexOfIgnoreCase(ReadOnlySpan<byte> s, ReadOnlySpan<byte> lowerWord)
    {
        byte first = lowerWord[0];
        byte firstUpper = IsAsciiLetter(first) ? (byte)(first & ~0x20) : first;
        for (int i = 0; i + lowerWord.Length <= s.Length; i++)
        {
            int at = s[i..].IndexOfAny(first, firstUpper);
            if (at < 0 || i + at + lowerWord.Length > s.Length)
                return -1;
            i += at;
            if (Ascii.EqualsIgnoreCase(s.Slice(i, lowerWord.Length), lowerWord))
                return i;
        }
        return -1;
    }

    private static bool IsAsciiLetter(byte b) => (uint)((b | 0x20) - 'a') <= 'z' - 'a';

    private static bool IsSpace(byte b) => b is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\f' or (byte)'\r';
}
