namespace Lede.Html;

/// <summary>Lede's HTML parser: decoded markup in, a <see cref="PageTree"/> out (WHATWG HTML 13.2).</summary>
internal static class HtmlTreeParser
{
    /// <summary>Parses a whole document. Dispose the tree when done with it: its arrays go back to the pools.</summary>
    public static PageTree Parse(string markup, HtmlParseOptions? options = null, CancellationToken cancellationToken = default)
        => Parse(new PageText(markup), options, cancellationToken);

    /// <summary>Parses a whole document from its markup's text (see <see cref="PageText"/>), which the tree then owns.</summary>
    public static PageTree Parse(PageText markup, HtmlParseOptions? options = null, CancellationToken cancellationToken = default)
    {
        var (tree, builder) = Start(markup, options ?? Defaults);
        try
        {
            builder.Run(cancellationToken);
            return tree;
        }
        catch
        {
            tree.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Parses markup as the inner HTML of a context element (the fragment parsing algorithm); the fragment's
    /// nodes are the children of the returned root, an html element under the document node.
    /// </summary>
    public static (PageTree Tree, int Root) ParseFragment(string markup, ElementNamespace contextNamespace, string contextName,
        HtmlParseOptions? options = null, CancellationToken cancellationToken = default)
    {
        var (tree, builder) = Start(new PageText(markup), options ?? Defaults);
        int context = tree.AddElement(tree.Names.Intern(contextName), contextNamespace, []);
        int root = builder.StartFragment(context);
        builder.Run(cancellationToken);
        return (tree, root);
    }

    static readonly HtmlParseOptions Defaults = new();

    static (PageTree, TreeBuilder) Start(PageText text, HtmlParseOptions options)
    {
        var names = new NameTable();
        // On the benchmark pages a node comes per 40 to 270 characters of markup (median 72), an attribute per 66 to 334
        // (median 99): start below the median and let the arrays double, which costs nothing when trees are disposed
        // (the pool hands the larger arrays back) and the least memory when they are not.
        var tree = new PageTree(text, names, text.SourceLength / 100, text.SourceLength / 140);
        var tokenizer = new HtmlTokenizer(text, names);
        return (tree, new TreeBuilder(tokenizer, tree, options));
    }
}
