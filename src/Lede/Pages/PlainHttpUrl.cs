namespace Lede.Pages;

/// <summary>
/// Recognises an absolute http(s) address that <see cref="Uri"/> would give back unchanged — the common case of a
/// page's links and images — so that resolving it needs no <see cref="Uri"/> at all (building one costs more than the
/// rest of reading a link). Anything <see cref="Uri"/> might rewrite is left to it: a percent sign, a port, a
/// user, a numeric or uppercase host, dot segments, no path after the host, characters it escapes, non-ASCII.
/// </summary>
internal static class PlainHttpUrl
{
    public static bool Is(string address)
    {
        int hostStart = address.StartsWith("https://", StringComparison.Ordinal) ? 8
            : address.StartsWith("http://", StringComparison.Ordinal) ? 7 : -1;
        if (hostStart < 0) return false;
        int slash = address.IndexOf('/', hostStart);
        if (slash < 0 || !IsPlainHost(address.AsSpan(hostStart, slash - hostStart))) return false;
        bool inPath = true, fragment = false;
        for (int i = slash; i < address.Length; i++)
        {
            char c = address[i];
            if (c == '?') inPath = false;
            else if (c == '#')
            {
                if (fragment) return false;
                fragment = true;
                inPath = false;
            }
            else if (!IsPlain(c)) return false;
            // "/." may start a dot segment ("/./", "/../", "/.."), which the path is resolved through.
            if (inPath && c == '/' && i + 1 < address.Length && address[i + 1] == '.') return false;
        }
        return true;
    }

    // Lowercase letters, digits, dots and hyphens, starting with a letter and ending with a letter or digit: no port,
    // no user, no address in digits (which Uri may rewrite), nothing to lowercase.
    private static bool IsPlainHost(ReadOnlySpan<char> host)
    {
        if (host.IsEmpty || !char.IsAsciiLetterLower(host[0]) || !char.IsAsciiLetterLower(host[^1]) && !char.IsAsciiDigit(host[^1])) return false;
        foreach (char c in host)
            if (!(char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c is '.' or '-')) return false;
        return !host.Contains("..", StringComparison.Ordinal);
    }

    // Unreserved characters and the delimiters Uri leaves as they are in a path, query or fragment.
    private static bool IsPlain(char c)
        => char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '_' or '~' or '/' or ':' or '@' or '!' or '$' or '&' or '\'' or '(' or ')' or '*' or '+' or ',' or ';' or '=';
}
