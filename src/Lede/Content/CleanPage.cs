using Lede.Html;
using Lede.Pages;
using Lede.Extraction;
namespace Lede.Content;

/// <summary>
/// Stage: marks what is plainly not the story — scripts and styles, forms and controls, navigation,
/// page headers and footers, asides, hidden parts, and elements whose class or id names chrome
/// (comments, share bars, ads, newsletter boxes, cookie banners). Reads the page, the class signals and body hints
/// <see cref="MarkBodyHints"/> read; writes the Removed flag and the largest removed &lt;noscript&gt;. It only removes.
/// </summary>
internal static class CleanPage
{
    public static void Run(ExtractionContext context)
    {
        var page = context.Page;
        int bodyText = Math.Max(1, page.Text[page.Body]);
        var (prose, _) = ProseMeasure.Compute(context);
        double bodyProse = prose[page.Body];
        // Elements that hold or sit inside a story-body hint are protected from class-based removal (MarkBodyHints).
        var protectedByHint = context.BodyHints.Protected;
        bool trustHints = context.BodyHints.Trusted;
        var hiding = new HidingNames(page.Tree.Names.Find("hidden"), page.Tree.Names.Find("aria-hidden"));

        for (int i = 0; i < page.Count; i++)
        {
            if ((i & 0x3FF) == 0) context.CancellationToken.ThrowIfCancellationRequested();
            if (i == page.Body || i == 0) continue;
            // A container with most of the page's prose is the story's, whatever its class says ("content-with-sidebar").
            bool holdsStory = protectedByHint[i] || (!trustHints && bodyProse > 0 && prose[i] * 2 > bodyProse);
            var why = WhyRemove(context, i, bodyText, holdsStory, hiding);
            // Inside the story's hinted body, a part with most of its prose is the story, whatever its class says
            // ("subscription-replace-entire-article" around a paywalled article's paragraphs).
            if (why is not null && !holdsStory && trustHints && HoldsMostOfItsBody(page, prose, i)) why = WhyRemove(context, i, bodyText, holdsBody: true, hiding);
            if (why is null) continue;
            page.Flags[i] |= NodeFlags.Removed;
            if (page.Text[i] > 0)
            {
                context.Explain(nameof(CleanPage), i, why);
                if (page.NameOf(i) == KnownNames.Noscript && (context.LargestNoscript < 0 || page.Text[i] > page.Text[context.LargestNoscript])) context.LargestNoscript = i;
            }
            i = page.SubtreeEnd[i] - 1; // the subtree goes with it
        }
    }

    private static bool HoldsForeignText(PageDocument page, int svg)
    {
        for (int i = svg + 1; i < page.SubtreeEnd[svg]; i++)
            if (page.NameOf(i) == KnownNames.ForeignObject && page.Text[i] > 0) return true;
        return false;
    }

    private static bool HoldsMostOfItsBody(PageDocument page, double[] prose, int element)
    {
        for (int a = page.Parent[element]; a > page.Body; a = page.Parent[a])
            if ((page.Flags[a] & NodeFlags.BodyHint) != 0) return prose[a] > 0 && prose[element] * 2 > prose[a];
        return false;
    }

    // The ids of the attributes asked of every element that are not known names, looked up once for the page; 0 when the
    // page never uses one.
    private readonly record struct HidingNames(int Hidden, int AriaHidden);

    private static string? WhyRemove(ExtractionContext context, int i, int bodyText, bool holdsBody, HidingNames hiding)
    {
        var page = context.Page;
        // By name id, not spelling: every element passes here, and a switch over spellings hashes each tag.
        switch (page.NameOf(i))
        {
            case KnownNames.Svg when HoldsForeignText(page, i):
                return null; // HTML inside a <foreignObject> is shown as the page's text, a story sometimes
            case KnownNames.Script or KnownNames.Style or KnownNames.Noscript or KnownNames.Template or KnownNames.Svg or KnownNames.Math
                or KnownNames.Canvas or KnownNames.Iframe or KnownNames.Object or KnownNames.Embed or KnownNames.Video or KnownNames.Audio
                or KnownNames.Button or KnownNames.Input or KnownNames.Select or KnownNames.Option or KnownNames.Textarea or KnownNames.Dialog
                or KnownNames.Link or KnownNames.Meta or KnownNames.Head or KnownNames.Title:
                return "not text";
            case KnownNames.Nav or KnownNames.Menu:
                return holdsBody ? null : "navigation";
            case KnownNames.Aside:
                return holdsBody ? null : "aside";
            case KnownNames.Footer:
                return holdsBody || page.Text[i] * 2 > bodyText ? null : "footer";
            case KnownNames.Header:
                return holdsBody || page.Text[i] * 2 > bodyText ? null : "header";
            case KnownNames.Form:
                // Whole-page forms (ASP.NET wraps the body in one) are kept; small ones are search and sign-up boxes.
                return holdsBody || page.Text[i] * 3 > bodyText ? null : "form";
        }

        if (hiding.Hidden != 0 && page.HasAttribute(i, hiding.Hidden))
            return "hidden";
        if (IsHiddenStyle(page.AttributeSpan(i, KnownNames.Style, out _)))
            return "hidden by style";
        if (hiding.AriaHidden != 0 && page.AttributeSpan(i, hiding.AriaHidden, out _) is "true" && page.Text[i] < 200)
            return "hidden from readers";
        if (page.AttributeSpan(i, KnownNames.Role, out _) is "navigation" or "complementary" or "banner" or "contentinfo" or "search" && !holdsBody)
            return "role " + page.Attribute(i, "role");

        // (A page-wide wrapper whose class merely mentions a sidebar, "has-sidebar", holds the story: holdsBody.)
        // Figures are never chrome by class, nor are caption boxes holding an image ("wp-caption"): they are read as
        // figures, and their captions stay out of the text when blocks are collected.
        if (page.Signal[i] == ClassSignal.Chrome && !holdsBody && page.Tag[i] is not ("article" or "main" or "body" or "html" or "figure")
            && !Figures.FigureReader.IsCaptionBox(page, i))
            return "class or id names chrome";
        return null;
    }

    private static bool IsHiddenStyle(ReadOnlySpan<char> s)
    {
        return Contains(s, "display:none") || Contains(s, "display: none") || Contains(s, "visibility:hidden") || Contains(s, "visibility: hidden");

        static bool Contains(ReadOnlySpan<char> s, string what) => s.Contains(what, StringComparison.OrdinalIgnoreCase);
    }
}
