using Lede.Cli.Eval;

namespace Lede.Tests.Html;

/// <summary>The <c>.dat</c> reader, on small inline samples and on the whole suite when it is present.</summary>
public sealed class TreeConstructionCasesTests
{
    [Fact]
    public void ReadsADocumentCase()
    {
        const string text = "#data\n<p>One<p>Two\n#errors\n(1,3): expected-doctype-but-got-start-tag\n#document\n"
            + "| <html>\n|   <head>\n|   <body>\n|     <p>\n|       \"One\"\n|     <p>\n|       \"Two\"\n";

        var only = Assert.Single(TreeConstructionCases.Read("sample.dat", text));

        Assert.Equal(("sample.dat", 1, "sample.dat #1"), (only.File, only.Index, only.Name));
        Assert.Equal("<p>One<p>Two", only.Data);
        Assert.Equal(1, only.Errors);
        Assert.Null(only.Fragment);
        Assert.Equal(ScriptingMode.Both, only.Scripting);
        Assert.Equal("<html>\n  <head>\n  <body>\n    <p>\n      \"One\"\n    <p>\n      \"Two\"", only.Expected);
    }

    [Fact]
    public void KeepsBlankLinesInTheDataAndMultiLineTextInTheDocument()
    {
        // The data ends in a blank line (so its last character is a newline) and the text node spans three lines,
        // one of them blank: neither may end the case.
        const string text = "#data\n<pre>a\n\nb\n\n#errors\n#document\n| <html>\n|   <head>\n|   <body>\n|     <pre>\n|       \"a\n\nb\n\"\n";

        var only = Assert.Single(TreeConstructionCases.Read("blank.dat", text));

        Assert.Equal("<pre>a\n\nb\n", only.Data);
        Assert.Equal(0, only.Errors);
        Assert.Equal("<html>\n  <head>\n  <body>\n    <pre>\n      \"a\n\nb\n\"", only.Expected);
    }

    [Fact]
    public void ReadsFragmentContextsScriptingAndNewErrorsAcrossSeveralCases()
    {
        const string text = "#data\n<td>x\n#errors\none\ntwo\n#new-errors\nthree\n#document-fragment\ntd\n#document\n| \"x\"\n\n"
            + "#data\n<path/>\n#errors\n#document-fragment\nsvg path\n#script-off\n#document\n| <svg path>\n\n"
            + "#data\n<mi>\n#errors\n#script-on\n#document-fragment\nmath mi\n#document\n| <math mi>\n\n"
            + "#data\n\n#errors\n#document\n| <html>\n";

        var cases = TreeConstructionCases.Read("mixed.dat", text);

        Assert.Equal([1, 2, 3, 4], cases.Select(c => c.Index));
        Assert.Equal(3, cases[0].Errors);
        Assert.Equal(new FragmentContext(ContextNamespace.Html, "td"), cases[0].Fragment);
        Assert.Equal("\"x\"", cases[0].Expected);
        Assert.Equal(new FragmentContext(ContextNamespace.Svg, "path"), cases[1].Fragment);
        Assert.Equal(ScriptingMode.OffOnly, cases[1].Scripting);
        Assert.Equal(new FragmentContext(ContextNamespace.MathML, "mi"), cases[2].Fragment);
        Assert.Equal("math mi", cases[2].Fragment!.ToString());
        Assert.Equal(ScriptingMode.OnOnly, cases[2].Scripting);
        Assert.Equal("", cases[3].Data);
        Assert.Null(cases[3].Fragment);
        Assert.Equal("<html>", cases[3].Expected);
    }

    [Fact]
    public void KeepsCarriageReturnsInTheData()
    {
        var only = Assert.Single(TreeConstructionCases.Read("cr.dat", "#data\na\rb\r\n#errors\n#document\n| \"a\nb\n\"\n"));

        Assert.Equal("a\rb\r", only.Data);
    }

    [Theory]
    [InlineData("<p>\n#errors\n#document\n| <p>\n")]
    [InlineData("#data\n<p>\n#errors\n")]
    [InlineData("#data\n<p>\n#errors\n\n#document\n| <p>\n")]
    public void RejectsMalformedFiles(string text)
        => Assert.Throws<FormatException>(() => TreeConstructionCases.Read("bad.dat", text));

    [SkippableFact]
    public void ReadsTheWholeSuite()
    {
        var root = SharedData.Html5libTests;
        Skip.If(root is null, $"the html5lib tests are absent (set {SharedData.EnvironmentVariable} or put shared/benchmarks beside the repository)");

        var cases = TreeConstructionCases.Load(root);

        // The counts the suite's README gives for tree-construction/ (its 12 script-on cases include 4 in scripted/).
        Assert.Equal(1792, cases.Count);
        Assert.Equal(57, cases.Select(c => c.File).Distinct().Count());
        Assert.Equal(192, cases.Count(c => c.Fragment is not null));
        Assert.Equal(8, cases.Count(c => c.Scripting == ScriptingMode.OnOnly));
        Assert.Equal(27, cases.Count(c => c.Scripting == ScriptingMode.OffOnly));
        Assert.All(cases, c => Assert.NotEqual("", c.Expected));
    }
}
