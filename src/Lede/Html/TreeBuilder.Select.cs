using static Lede.Html.KnownNames;

namespace Lede.Html;

// A customizable select's selectedcontent (HTML 4.10.7 "maybe clone an option into selectedcontent"): when
// the parser pops an option element, the select's selected option is cloned into its selectedcontent.
internal sealed partial class TreeBuilder
{
    // Per open select: its first option, whether any option had the selected attribute, and its selectedcontent.
    Dictionary<int, SelectState>? selects;

    sealed class SelectState
    {
        public int FirstOption = -1;
        public int LastMarkedSelected = -1;
        public int SelectedContent = -1;
    }

    void OnElementInserted(int element)
    {
        ref readonly var node = ref tree[element];
        if (node.Namespace != ElementNamespace.Html || (node.Name != Option && node.Name != Selectedcontent))
            return;
        int selectIndex = open.TopIndexOf(Select);
        if (selectIndex < 0)
            return;
        int select = open[selectIndex];
        if (tree.Attribute(select, names.Find("multiple")).Exists)
            return;
        selects ??= [];
        if (!selects.TryGetValue(select, out var state))
            selects[select] = state = new SelectState();
        if (node.Name == Selectedcontent)
        {
            if (state.SelectedContent < 0)
                state.SelectedContent = element;
            return;
        }
        if (state.FirstOption < 0)
            state.FirstOption = element;
        if (tree.Attribute(element, names.Find("selected")).Exists)
            state.LastMarkedSelected = element;
    }


    void OptionPopped(int option)
    {
        if (selects is null)
            return;
        int selectIndex = open.TopIndexOf(Select);
        if (selectIndex < 0 || !selects.TryGetValue(open[selectIndex], out var state) || state.SelectedContent < 0)
            return;
        int selected = state.LastMarkedSelected >= 0 ? state.LastMarkedSelected : state.FirstOption;
        if (selected != option)
            return;
        // Clone first, then replace: the selectedcontent may sit inside the option being cloned.
        var copies = new List<int>();
        for (int child = tree[option].FirstChild; child >= 0; child = tree[child].NextSibling)
            copies.Add(tree.Copy(child));
        tree.RemoveChildren(state.SelectedContent);
        foreach (int copy in copies)
            tree.AppendChild(state.SelectedContent, copy);
    }
}
