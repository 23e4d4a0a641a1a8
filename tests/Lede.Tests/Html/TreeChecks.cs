using Lede.Html;

namespace Lede.Tests.Html;

/// <summary>Checks a page tree's links: every node reached once from the document, each child's parent and sibling links agreeing.</summary>
internal static class TreeChecks
{
    /// <summary>Fails when a link is inconsistent; returns the deepest element depth (html = 1).</summary>
    public static int AssertConsistent(PageTree tree)
    {
        var seen = new bool[tree.Count];
        var pending = new Stack<(int Node, int Depth)>();
        pending.Push((PageTree.Document, 0));
        int deepest = 0;
        while (pending.Count > 0)
        {
            var (node, depth) = pending.Pop();
            Assert.False(seen[node], $"node {node} reached twice");
            seen[node] = true;
            if (tree[node].Kind == NodeKind.Element)
                deepest = Math.Max(deepest, depth);
            int previous = -1;
            for (int child = tree[node].FirstChild; child >= 0; child = tree[child].NextSibling)
            {
                Assert.Equal(node, tree[child].Parent);
                Assert.Equal(previous, tree[child].PreviousSibling);
                if (tree[child].Kind == NodeKind.Text)
                    Assert.True(tree[child].DataLength > 0, "an empty text node");
                pending.Push((child, depth + 1));
                previous = child;
            }
            Assert.Equal(previous, tree[node].LastChild);
        }
        // Nodes not reached are allowed: a fragment's context element, a body the frameset rule took out with its children.
        return deepest;
    }
}
