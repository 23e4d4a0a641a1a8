using System.Globalization;
using System.Text;

namespace Lede.Fetch;

/// <summary>
/// The rules of one robots.txt for one product token, as RFC 9309 reads them: the groups naming the token (case
/// insensitively) merged, else the <c>*</c> groups merged; the longest matching <c>allow</c>/<c>disallow</c> path wins,
/// <c>allow</c> on a tie; <c>*</c> matches any run of characters and a final <c>$</c> the end of the path.
/// </summary>
internal sealed class RobotsRules
{
    /// <summary>RFC 9309 §2.5: parsers must read at least the first 500 KiB; the rest is ignored.</summary>
    public const int MaxBytes = 500 * 1024;

    private readonly List<(string Pattern, bool Allow)> _rules;

    private RobotsRules(List<(string, bool)> rules, TimeSpan? crawlDelay, string? blanket)
    {
        _rules = rules;
        CrawlDelay = crawlDelay;
        Blanket = blanket;
    }

    /// <summary>Rules that allow everything (no robots.txt, or one answering 4xx).</summary>
    public static RobotsRules AllowAll { get; } = new([], null, null);

    /// <summary>Rules that disallow everything, with the reason (robots.txt unreachable).</summary>
    public static RobotsRules DisallowAll(string reason) => new([("/", false)], null, reason);

    /// <summary>The <c>Crawl-delay</c> of the group used, if it gave one.</summary>
    public TimeSpan? CrawlDelay { get; }

    /// <summary>Why everything is disallowed, when it is for want of a robots.txt; null for rules read from one.</summary>
    public string? Blanket { get; }

    /// <summary>Reads robots.txt <paramref name="text"/> for <paramref name="productToken"/>.</summary>
    public static RobotsRules Parse(string text, string productToken)
    {
        var mine = new List<(string, bool)>();
        var anyone = new List<(string, bool)>();
        TimeSpan? myDelay = null, anyDelay = null;
        bool foundMine = false, inAgents = false, forMe = false, forAnyone = false;
        foreach (var raw in text.Split('\n'))
        {
            var line = raw;
            int hash = line.IndexOf('#');
            if (hash >= 0) line = line[..hash];
            int colon = line.IndexOf(':');
            if (colon < 0) continue;
            var key = line[..colon].Trim().ToLowerInvariant();
            var value = line[(colon + 1)..].Trim();
            if (key is "user-agent" or "useragent")
            {
                // A user-agent line after rules opens a new group.
                if (!inAgents) forMe = forAnyone = false;
                inAgents = true;
                var agent = value.Split('/')[0].Trim();
                if (agent.Equals(productToken, StringComparison.OrdinalIgnoreCase)) { forMe = true; foundMine = true; }
                if (agent == "*") forAnyone = true;
                continue;
            }
            if (key is not ("allow" or "disallow" or "crawl-delay")) continue;
            inAgents = false;
            if (key == "crawl-delay")
            {
                if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds >= 0 && seconds < 86400)
                {
                    if (forMe) myDelay = TimeSpan.FromSeconds(seconds);
                    if (forAnyone) anyDelay = TimeSpan.FromSeconds(seconds);
                }
                continue;
            }
            // An empty disallow allows everything: it is no rule at all.
            if (value.Length == 0) continue;
            var rule = (Encode(value), key == "allow");
            if (forMe) mine.Add(rule);
            if (forAnyone) anyone.Add(rule);
        }
        return foundMine ? new RobotsRules(mine, myDelay, null) : new RobotsRules(anyone, anyDelay, null);
    }

    /// <summary>Whether <paramref name="pathAndQuery"/> (as sent: percent-encoded, from <c>/</c>) may be fetched.</summary>
    public bool Allows(string pathAndQuery)
    {
        // §2.2.2: /robots.txt itself is always allowed.
        if (pathAndQuery == "/robots.txt") return true;
        int best = -1;
        bool allow = true;
        foreach (var (pattern, isAllow) in _rules)
        {
            int length = pattern.Length;
            if (length < best || !Matches(pattern, pathAndQuery)) continue;
            if (length > best || isAllow) allow = isAllow;
            best = length;
        }
        return allow;
    }

    // Patterns and paths compare in their percent-encoded form: a pattern's non-ASCII characters are encoded as UTF-8.
    private static string Encode(string pattern)
    {
        if (pattern.All(char.IsAscii)) return pattern;
        var text = new StringBuilder();
        Span<byte> bytes = stackalloc byte[4];
        foreach (var rune in pattern.EnumerateRunes())
        {
            if (rune.IsAscii) { text.Append((char)rune.Value); continue; }
            int n = rune.EncodeToUtf8(bytes);
            foreach (var b in bytes[..n]) text.Append(CultureInfo.InvariantCulture, $"%{b:X2}");
        }
        return text.ToString();
    }

    // Wildcard match from the path's start: '*' any run, '$' at the pattern's end anchors it. Iterative with one
    // backtrack point (the last '*'), so a pattern of many stars cannot blow up.
    internal static bool Matches(string pattern, string path)
    {
        bool anchored = pattern.EndsWith('$');
        if (anchored) pattern = pattern[..^1];
        int p = 0, s = 0, star = -1, mark = 0;
        while (true)
        {
            if (p == pattern.Length)
            {
                if (!anchored || s == path.Length) return true;
            }
            else if (pattern[p] == '*')
            {
                star = p++;
                mark = s;
                continue;
            }
            else if (s < path.Length && pattern[p] == path[s])
            {
                p++;
                s++;
                continue;
            }
            if (star < 0 || mark >= path.Length) return false;
            p = star + 1;
            s = ++mark;
        }
    }
}
