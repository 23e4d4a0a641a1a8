using Lede.Html;

namespace Lede.Tests.Html;

/// <summary>The stack's constant-time answers against a plain walk down the stack, over random pushes, pops and edits.</summary>
public sealed class OpenElementsTests
{
    private static readonly (int Name, ElementNamespace Ns)[] Elements =
    [
        (KnownNames.Div, ElementNamespace.Html), (KnownNames.P, ElementNamespace.Html), (KnownNames.Table, ElementNamespace.Html),
        (KnownNames.Td, ElementNamespace.Html), (KnownNames.Button, ElementNamespace.Html), (KnownNames.Ul, ElementNamespace.Html),
        (KnownNames.Li, ElementNamespace.Html), (KnownNames.Template, ElementNamespace.Html), (KnownNames.Span, ElementNamespace.Html),
        (KnownNames.B, ElementNamespace.Html), (KnownNames.Select, ElementNamespace.Html), (KnownNames.Body, ElementNamespace.Html),
        (KnownNames.Mi, ElementNamespace.MathMl), (KnownNames.Title, ElementNamespace.Svg), (KnownNames.P, ElementNamespace.Svg),
    ];

    [Fact]
    public void ScopeAnswersMatchAWalkDownTheStack()
    {
        var random = new Random(7);
        using var tree = HtmlTreeParser.Parse("");
        var stack = new OpenElements(tree, tree.Capacity);
        var model = new List<int>();
        for (int step = 0; step < 20_000; step++)
        {
            int op = random.Next(10);
            if (op < 5 || model.Count == 0)
            {
                var (name, ns) = Elements[random.Next(Elements.Length)];
                int node = tree.AddElement(name, ns, []);
                int key = ns == ElementNamespace.Html ? OpenElements.HtmlKey(name) : OpenElements.ForeignKey(name);
                if (op == 4 && model.Count > 0)
                {
                    int at = random.Next(model.Count + 1);
                    stack.InsertAt(at, node, key);
                    model.Insert(at, node);
                }
                else
                {
                    stack.Push(node, key);
                    model.Add(node);
                }
            }
            else if (op < 8)
            {
                stack.Pop();
                model.RemoveAt(model.Count - 1);
            }
            else if (op == 8)
            {
                int at = random.Next(model.Count);
                stack.RemoveAt(at);
                model.RemoveAt(at);
            }
            else
            {
                var (name, ns) = Elements[random.Next(Elements.Length)];
                int node = tree.AddElement(name, ns, []);
                int at = random.Next(model.Count);
                stack.ReplaceAt(at, node, ns == ElementNamespace.Html ? OpenElements.HtmlKey(name) : OpenElements.ForeignKey(name));
                model[at] = node;
            }

            Assert.Equal(model.Count, stack.Count);
            foreach (var boundary in Enum.GetValues<StackBoundary>())
                Assert.Equal(WalkTopBoundary(tree, model, boundary), stack.TopBoundary(boundary));
            foreach (var (name, ns) in Elements)
                if (ns == ElementNamespace.Html)
                    Assert.Equal(model.FindLastIndex(n => tree.IsHtml(n, name)), stack.TopIndexOf(name));
            Assert.Equal(model.Any(n => tree[n].Namespace != ElementNamespace.Html), stack.HasForeign);
        }
        stack.Release();
    }

    // The spec's definitions, walked: the topmost element in the set.
    private static int WalkTopBoundary(PageTree tree, List<int> model, StackBoundary boundary)
    {
        for (int i = model.Count - 1; i >= 0; i--)
        {
            ref readonly var node = ref tree[model[i]];
            bool html = node.Namespace == ElementNamespace.Html;
            int name = node.Name;
            bool scope = html
                ? name is KnownNames.Applet or KnownNames.Caption or KnownNames.Html or KnownNames.Table or KnownNames.Td
                    or KnownNames.Th or KnownNames.Marquee or KnownNames.Object or KnownNames.Template or KnownNames.Select
                : node.Namespace == ElementNamespace.MathMl
                    ? name is KnownNames.Mi or KnownNames.Mo or KnownNames.Mn or KnownNames.Ms or KnownNames.Mtext or KnownNames.AnnotationXml
                    : name is KnownNames.ForeignObject or KnownNames.Desc or KnownNames.Title;
            bool special = (ElementCategories.Of(node.Namespace, name) & ElementFlags.Special) != 0;
            bool member = boundary switch
            {
                StackBoundary.Scope => scope,
                StackBoundary.ListItemScope => scope || (html && name is KnownNames.Ol or KnownNames.Ul),
                StackBoundary.ButtonScope => scope || (html && name == KnownNames.Button),
                StackBoundary.TableScope => html && name is KnownNames.Html or KnownNames.Table or KnownNames.Template,
                StackBoundary.Special => special,
                StackBoundary.SpecialNotAddressDivP => special && !(html && name is KnownNames.Address or KnownNames.Div or KnownNames.P),
                StackBoundary.ModeDetermining => html && name is KnownNames.Td or KnownNames.Th or KnownNames.Tr or KnownNames.Tbody
                    or KnownNames.Thead or KnownNames.Tfoot or KnownNames.Caption or KnownNames.Colgroup or KnownNames.Table
                    or KnownNames.Template or KnownNames.Head or KnownNames.Body or KnownNames.Frameset or KnownNames.Html,
                _ => html,
            };
            if (member)
                return i;
        }
        return -1;
    }
}
