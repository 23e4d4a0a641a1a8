using System.Buffers;

namespace Lede.Metadata;

/// <summary>Reads the date many sites put in their article URLs: "/2019/04/12/", "/2019-04-12/", "/20190412/", "-20190412-".</summary>
internal static class UrlDates
{
    public static Found<ArticleDate>? Read(string? url)
    {
        if (url is null || !MayHoldDate(url) || !Uri.TryCreate(url, UriKind.Absolute, out var uri)) return null;
        var path = uri.AbsolutePath.AsSpan();
        for (int i = 0; i + 8 <= path.Length; i++)
        {
            if (i > 0 && char.IsAsciiDigit(path[i - 1])) continue;
            if (!IsoDate.AllDigits(path.Slice(i, 4)) || path[i] is not ('1' or '2')) continue;
            int year = IsoDate.Number(path.Slice(i, 4));
            var rest = path[(i + 4)..];
            int month, day, end;
            if (rest.Length >= 6 && rest[0] is '/' or '-' or '_' && rest[3] == rest[0] && IsoDate.AllDigits(rest.Slice(1, 2)) && IsoDate.AllDigits(rest.Slice(4, 2)))
            {
                month = IsoDate.Number(rest.Slice(1, 2)); day = IsoDate.Number(rest.Slice(4, 2)); end = 6;
            }
            else if (rest.Length >= 4 && IsoDate.AllDigits(rest[..4]))
            {
                month = IsoDate.Number(rest[..2]); day = IsoDate.Number(rest.Slice(2, 2)); end = 4;
            }
            else continue;
            // The date must stand alone: "/2019/04/12/" or "-20190412.html", not inside a longer number.
            if (end < rest.Length && char.IsAsciiDigit(rest[end])) continue;
            if (IsoDate.MakeDay(year, month, day, out var date)) return new Found<ArticleDate>(new ArticleDate(date), "the URL path");
        }
        return null;
    }

    // Characters the URI parser keeps as they are in a path, or escapes to a %-code that ends in a letter.
    private static readonly SearchValues<char> Plain = SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~:/?[]*+,;=");

    // A date in the path needs four digits in a row (its year); an address without them has none, and is not parsed —
    // unless the parser might make some, decoding a %-code or escaping a space ("/x 19/04/12" reads "/x%2019/04/12").
    private static bool MayHoldDate(string url)
    {
        int run = 0;
        foreach (char c in url)
            if (!char.IsAsciiDigit(c)) run = 0;
            else if (++run == 4) return true;
        return url.AsSpan().ContainsAnyExcept(Plain);
    }
}
