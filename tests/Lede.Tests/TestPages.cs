using Lede.Html;
using Lede.Pages;

namespace Lede.Tests;

/// <summary>Pages built from markup with Lede's own parser, for tests of the stages that read a <see cref="PageDocument"/>.</summary>
internal static class TestPages
{
    /// <summary>The page of <paramref name="markup"/>, parsed and numbered.</summary>
    public static PageDocument Parse(string markup) => PageDocument.Build(HtmlTreeParser.Parse(markup), CancellationToken.None);

    /// <summary>The number of the page's first element named <paramref name="name"/> (a <see cref="KnownNames"/> id), or -1.</summary>
    public static int First(PageDocument page, int name)
    {
        for (int i = 0; i < page.Count; i++)
            if (page.NameOf(i) == name) return i;
        return -1;
    }
}
