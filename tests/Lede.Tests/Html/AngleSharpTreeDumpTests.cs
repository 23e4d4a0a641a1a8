namespace Lede.Tests.Html;

/// <summary>The html5lib format as <see cref="AngleSharpTreeDump"/> writes it, one feature at a time.</summary>
public sealed class AngleSharpTreeDumpTests
{
    [Fact]
    public void WritesDoctypeCommentsTextAndIndentation()
    {
        string dump = AngleSharpTreeParser.Dump("<!DOCTYPE html><!--c--><p>a\nb</p>", null);

        Assert.Equal("<!DOCTYPE html>\n<!-- c -->\n<html>\n  <head>\n  <body>\n    <p>\n      \"a\nb\"", dump);
    }

    [Theory]
    // Public and system identifiers are written when either is present; a nameless doctype keeps its space.
    [InlineData("<!DOCTYPE html SYSTEM \"about:legacy-compat\">", "<!DOCTYPE html \"\" \"about:legacy-compat\">\n<html>")]
    [InlineData("<!DOCTYPE>", "<!DOCTYPE >\n<html>")]
    // Attributes sort by name alone, ordinally: by whole lines a-b="" would come before a="" ('-' sorts before '='),
    // and "_" (0x5F) sorts before "a".
    [InlineData("<p a-b=1 a=2 _x=3>", "<p>\n      _x=\"3\"\n      a=\"2\"\n      a-b=\"1\"")]
    // Foreign elements and namespaced attributes get their prefixes; "xlink:href" in no namespace would not.
    [InlineData("<svg xlink:href=a xml:lang=b xmlns:xlink=c viewbox=d><foreignObject/></svg><math><mi>",
        "<svg svg>\n      viewBox=\"d\"\n      xlink href=\"a\"\n      xml lang=\"b\"\n      xmlns xlink=\"c\"\n"
        + "      <svg foreignObject>\n    <math math>\n      <math mi>")]
    // A template's contents go under a "content" line, after its attributes.
    [InlineData("<template id=t><b>x</b></template>", "<template>\n      id=\"t\"\n      content\n        <b>\n          \"x\"\n  <body>")]
    public void WritesEachKindOfLine(string markup, string expectedPart)
        => Assert.Contains(expectedPart, AngleSharpTreeParser.Dump(markup, null));

    [Fact]
    public void WritesAFragmentsNodesAtTheTopLevelInTheContextsNamespace()
    {
        Assert.Equal("<tr>\n  <td>\n    \"x\"", AngleSharpTreeParser.Dump("<tr><td>x", new FragmentContext(ContextNamespace.Html, "tbody")));
        // Inside an SVG element a <path> stays SVG; inside an HTML <div> it would be an HTML element.
        Assert.Equal("<svg path>", AngleSharpTreeParser.Dump("<path>", new FragmentContext(ContextNamespace.Svg, "g")));
        Assert.Equal("<path>", AngleSharpTreeParser.Dump("<path>", new FragmentContext(ContextNamespace.Html, "div")));
    }

    [Fact]
    public void DumpsDeepTreesWithoutRecursion()
    {
        string dump = AngleSharpTreeParser.Dump(string.Concat(Enumerable.Repeat("<div>", 400)), null);

        Assert.EndsWith(new string(' ', 2 * (400 + 1)) + "<div>", dump);
    }
}
