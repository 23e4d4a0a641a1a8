namespace Lede.Metadata;

/// <summary>
/// A site's name as the site declares it often carries a tagline or a list of topics after a separator
/// ("LinkNaija | Nigeria's popular news platform", "Autoracing | F1 | Indy | MotoGP"): the name is the first part.
/// </summary>
internal static class SiteNames
{
    // Spaced separators only: "80/90", "Spokesman-Review" and "E!Online" keep their marks.
    private static readonly string[] Separators = [" | ", " – ", " — ", " - ", " · ", " :: ", " • "];

    public static string Clean(string name)
    {
        int cut = name.Length;
        foreach (var separator in Separators)
        {
            int at = name.IndexOf(separator, StringComparison.Ordinal);
            if (at > 0 && at < cut) cut = at;
        }
        if (cut == name.Length) return name;
        var first = name[..cut].Trim();
        // A first part without two letters ("24 | News") is not a name by itself.
        int letters = 0;
        foreach (char c in first) if (char.IsLetter(c)) letters++;
        return letters >= 2 ? first : name;
    }
}
