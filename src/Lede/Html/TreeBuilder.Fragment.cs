using static Lede.Html.KnownNames;

namespace Lede.Html;

// The HTML fragment parsing algorithm's set-up (13.4): markup read as the inner HTML of a context element.
internal sealed partial class TreeBuilder
{
    /// <summary>Prepares to parse a fragment in <paramref name="contextElement"/> (a detached element of the tree); returns the root whose children are the fragment.</summary>
    public int StartFragment(int contextElement)
    {
        context = contextElement;
        ref readonly var element = ref tree[contextElement];
        contextIsForeign = element.Namespace != ElementNamespace.Html;
        if (element.Namespace == ElementNamespace.Html)
        {
            tokenizer.State = element.Name switch
            {
                Title or Textarea => ContentState.RcData,
                Style or Xmp or Iframe or Noembed or Noframes => ContentState.RawText,
                Script => ContentState.ScriptData,
                Noscript when options.Scripting => ContentState.RawText,
                Plaintext => ContentState.PlainText,
                _ => ContentState.Data,
            };
        }
        int root = tree.AddElement(KnownNames.Html, ElementNamespace.Html, []);
        if (options.MaxDepth > 0)
            WithinMaxDepth(PageTree.Document, -1, root);
        tree.AppendChild(PageTree.Document, root);
        open.Push(root, OpenElements.HtmlKey(KnownNames.Html));
        if (tree.IsHtml(contextElement, Template))
            templateModes.Add(InsertionMode.InTemplate);
        ResetInsertionMode();
        return root;
    }
}
