namespace Lede.Html;

/// <summary>Lede's HTML parser: decoded markup in, a <see cref="PageTree"/> out (WHATWG HTML 13.2).</summary>
internal static class HtmlTreeParser
{
    /// <summary>Parses a whole document. Dispose the tree when done with it: its arrays go back to the pools.</summary>
    public static PageTree Parse(string markup, HtmlParseOptions? options = null, CancellationToken cancellationToken = default)
    {
        var (tree, builder) = Start(markup, options ?? Defaults);
        builder.Run(cancellationToken);
        return tree;
    }

    /// <summary>
    /// Parses markup as the inner HTML of a context element (the fragment parsing algorithm); the fragment's
    /// nodes are the children of the returned root, an html element under the document node.
    /// </summary>
    public static (PageTree Tree, int Root) ParseFragment(string markup, ElementNamespace contextNamespace, string contextName,
        HtmlParseOptions? options = null, CancellationToken cancellationToken = default)
    {
        var (tree, builder) = Start(markup, options ?? Defaults);
        int context = tree.AddElement(tree.Names.Intern(contextName), contextNamespace, []);
        int root = builder.StartFragment(context);
        builder.Run(cancellationToken);
        return (tree, root);
    }

    static readonly HtmlParseOptions Defaults = new();

    static (PageTree, TreeBuilder) Start(string markup, HtmlParseOptions options)
    {
        var text = new PageText(markup);
        var names = new NameTable();
        // Measured on the benchmark pages: about a node per 40 characters of markup, an attribute per 60.
        var tree = new PageTree(text, names, markup.Length / 40, markup.Length / 60);
        var tokenizer = new HtmlTokenizer(text, names);
        return (tree, new TreeBuilder(tokenizer, tree, options));
    }
}
