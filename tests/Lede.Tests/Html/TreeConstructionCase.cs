namespace Lede.Tests.Html;

/// <summary>The namespace of a fragment case's context element.</summary>
internal enum ContextNamespace
{
    /// <summary>The HTML namespace (a bare name such as <c>td</c>).</summary>
    Html,

    /// <summary>The SVG namespace (<c>svg path</c>).</summary>
    Svg,

    /// <summary>The MathML namespace (<c>math mi</c>).</summary>
    MathML,
}

/// <summary>The context element of a fragment case: the element whose inner HTML the markup is parsed as.</summary>
/// <param name="Namespace">The element's namespace.</param>
/// <param name="LocalName">The element's local name, as the suite spells it (<c>foreignObject</c> keeps its case).</param>
internal sealed record FragmentContext(ContextNamespace Namespace, string LocalName)
{
    /// <summary>Reads a <c>#document-fragment</c> line: <c>td</c>, <c>svg path</c>, <c>math mi</c>.</summary>
    public static FragmentContext Parse(string line)
        => line.StartsWith("svg ", StringComparison.Ordinal) ? new(ContextNamespace.Svg, line[4..])
            : line.StartsWith("math ", StringComparison.Ordinal) ? new(ContextNamespace.MathML, line[5..])
            : new(ContextNamespace.Html, line);

    /// <summary>The line as the suite writes it.</summary>
    public override string ToString() => Namespace switch
    {
        ContextNamespace.Svg => "svg " + LocalName,
        ContextNamespace.MathML => "math " + LocalName,
        _ => LocalName,
    };
}

/// <summary>The scripting modes a case holds in.</summary>
internal enum ScriptingMode
{
    /// <summary>No <c>#script-on</c> or <c>#script-off</c> line: the case holds either way.</summary>
    Both,

    /// <summary><c>#script-on</c>: the case holds only with scripting enabled.</summary>
    OnOnly,

    /// <summary><c>#script-off</c>: the case holds only with scripting disabled.</summary>
    OffOnly,
}

/// <summary>
/// One html5lib tree-construction case. <see cref="Expected"/> is the <c>#document</c> section in this harness's
/// canonical form: its lines joined with <c>\n</c> (no final newline), each node line without its <c>| </c> prefix
/// and kept exactly as it follows the prefix (so indentation starts at zero spaces), and the lines that continue a
/// multi-line text node kept whole. <see cref="AngleSharpTreeDump"/> writes the same form.
/// </summary>
/// <param name="File">The <c>.dat</c> file's name (<c>tests1.dat</c>).</param>
/// <param name="Index">The case's 1-based position in its file.</param>
/// <param name="Data">The markup: the <c>#data</c> lines joined with <c>\n</c>, the final newline removed.</param>
/// <param name="Errors">How many parse errors the case lists (<c>#errors</c> plus <c>#new-errors</c>); information only.</param>
/// <param name="Fragment">The context element for a fragment case; null for a document case.</param>
/// <param name="Scripting">The scripting modes the case holds in.</param>
/// <param name="Expected">The expected tree, in the canonical form described above.</param>
internal sealed record TreeConstructionCase(
    string File, int Index, string Data, int Errors, FragmentContext? Fragment, ScriptingMode Scripting, string Expected)
{
    /// <summary>The case's name in reports: <c>tests1.dat #12</c>.</summary>
    public string Name => $"{File} #{Index}";
}
