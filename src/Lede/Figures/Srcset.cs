namespace Lede.Figures;

/// <summary>One image candidate of a <c>srcset</c>: its address and its width (<c>800w</c>) or density (<c>2x</c>).</summary>
internal readonly record struct SrcsetCandidate(string Url, int Width, double Density);

/// <summary>
/// Reads <c>srcset</c> values ("a.jpg 480w, b.jpg 1024w", "a.jpg, b.jpg 2x") and picks the largest sensible
/// candidate. Parsed as the HTML standard's algorithm does, on spans: an address runs to whitespace (so commas
/// inside it, as image CDNs write "w_300,h_200", are kept), a trailing comma ends it, descriptors run to a comma.
/// </summary>
internal static class Srcset
{
    /// <summary>
    /// Wider than this is an original upload, not a rendition meant for a page; it is taken only when nothing
    /// narrower is offered. 4096 px covers a full-width image on a 2x screen.
    /// </summary>
    internal const int MaxSensibleWidth = 4096;

    /// <summary>Adds the candidates of one srcset value to <paramref name="into"/>.</summary>
    public static void Parse(ReadOnlySpan<char> value, List<SrcsetCandidate> into)
    {
        if (value.IsWhiteSpace()) return;
        var s = value;
        int i = 0;
        while (i < s.Length)
        {
            while (i < s.Length && (IsSpace(s[i]) || s[i] == ',')) i++;
            if (i >= s.Length) break;
            int start = i;
            while (i < s.Length && !IsSpace(s[i])) i++;
            var url = s[start..i];
            bool urlEndsCandidate = false;
            while (url.Length > 0 && url[^1] == ',') { url = url[..^1]; urlEndsCandidate = true; }
            int width = 0;
            double density = 0;
            if (!urlEndsCandidate)
            {
                int descriptorsStart = i;
                int depth = 0;
                while (i < s.Length && (s[i] != ',' || depth > 0))
                {
                    if (s[i] == '(') depth++;
                    else if (s[i] == ')' && depth > 0) depth--;
                    i++;
                }
                ReadDescriptors(s[descriptorsStart..i], out width, out density);
                if (width < 0) continue; // an invalid descriptor drops the candidate, as browsers do
            }
            if (url.Length > 0) into.Add(new SrcsetCandidate(url.ToString(), width, density));
        }
    }

    /// <summary>
    /// The largest candidate: by width when any candidate gives one, else by density (no descriptor is 1x).
    /// Widths past <see cref="MaxSensibleWidth"/> lose to any narrower candidate. Null when there is none.
    /// </summary>
    public static SrcsetCandidate? Largest(List<SrcsetCandidate> candidates)
    {
        if (candidates.Count == 0) return null;
        bool anyWidth = candidates.Exists(c => c.Width > 0);
        SrcsetCandidate? best = null;
        foreach (var c in candidates)
        {
            if (best is not { } b) { best = c; continue; }
            if (anyWidth ? Better(c.Width, b.Width) : DensityOf(c) > DensityOf(b)) best = c;
        }
        return best;

        static double DensityOf(SrcsetCandidate c) => c.Density > 0 ? c.Density : 1;

        static bool Better(int width, int than)
        {
            if (width <= 0) return false;
            if (than <= 0) return true;
            bool sensible = width <= MaxSensibleWidth, thanSensible = than <= MaxSensibleWidth;
            if (sensible != thanSensible) return sensible;
            return sensible ? width > than : width < than;
        }
    }

    // "800w", "2x", "1.5x"; a height descriptor ("600h") is allowed beside a width. -1 width marks an invalid one.
    private static void ReadDescriptors(ReadOnlySpan<char> text, out int width, out double density)
    {
        width = 0;
        density = 0;
        foreach (var range in text.Split(' '))
        {
            var d = text[range].Trim();
            if (d.Length < 2) continue;
            var number = d[..^1];
            switch (d[^1])
            {
                case 'w' or 'W' when int.TryParse(number, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int w) && w > 0:
                    width = w;
                    break;
                case 'x' or 'X' when double.TryParse(number, System.Globalization.NumberStyles.AllowDecimalPoint, System.Globalization.CultureInfo.InvariantCulture, out double x) && x > 0:
                    density = x;
                    break;
                case 'h' or 'H':
                    break;
                default:
                    width = -1;
                    return;
            }
        }
    }

    private static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\f';
}
