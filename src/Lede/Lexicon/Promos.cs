
namespace Lede.Lexicon;

/// <summary>
/// The one promo matcher of both paths: what labels a line as a call to action or a notice about the page rather than
/// the story ("Subscribe to our newsletter", "Follow us on …", "We use cookies", "Tags:"), and the labels of widgets
/// ("Advertisement", "Share this", "More From The Post"). The words are the lexicon's (<see cref="Section.Promo"/>,
/// <see cref="Section.WidgetLabels"/>, <see cref="Section.WidgetOpeners"/>), matched by <see cref="LabelSet"/>'s rule.
/// Links to other stories are <see cref="RelatedLabels"/>; pictures' credits, <see cref="Figures.CreditLine"/>.
/// </summary>
internal static class Promos
{
    /// <summary>A widget's label opened by a widget word ("More from …") is a heading of a few words.</summary>
    private const int MaxOpenedLabelChars = 40;

    private static readonly LabelSet PromoLabels = LabelSet.Of(Section.Promo);
    private static readonly LabelSet WidgetLabels = LabelSet.Of(Section.WidgetLabels);
    private static readonly LabelSet WidgetOpeners = LabelSet.Of(Section.WidgetOpeners);

    /// <summary>True when a promo label opens the text: "Subscribe to …", "Share this:", "Lesen Sie auch" is related, not this.</summary>
    public static bool Opens(string text) => PromoLabels.Opens(text);

    /// <summary>True when the whole text is a widget's label ("Advertisement", "Partager :") or a short heading a widget word opens ("More From The Post").</summary>
    public static bool IsWidgetLabel(string text)
        => WidgetLabels.IsWhole(text) || text.AsSpan().Trim().Length <= MaxOpenedLabelChars && WidgetOpeners.Opens(text);

    /// <summary>"Home | News | Contact": short links or labels separated by bars, with no sentence in them.</summary>
    public static bool IsNavigationLine(string text)
    {
        if (text.Length > 100 || !text.Contains(" | ", StringComparison.Ordinal)) return false;
        foreach (var part in text.Split(" | "))
            if (TextMeasure.CountWords(part) > 5 || part.TrimEnd().EndsWith('.')) return false;
        return true;
    }
}
