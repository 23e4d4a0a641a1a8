using System.CommandLine;
using Lede.Html;

namespace Lede.Cli.Commands;

/// <summary>
/// <c>lede tree [--charset NAME] [--fragment CONTEXT] FILE…</c>: each page's tree as Lede's own parser builds it,
/// after a line <c>#file PATH</c>, in the html5lib-tests <c>#document</c> format — to see why a page was read as it
/// was, or to compare the parser with another. Exit codes: 0 done; 1 a file could not be read (the others are still
/// written); 2 a usage error.
/// </summary>
internal static class TreeCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var inputs = new Argument<string[]>("files") { Description = "HTML files (or .gz), - for standard input, or http(s) URLs.", Arity = ArgumentArity.OneOrMore };
        var charset = new Option<string?>("--charset") { Description = "The pages' charset. Default: a byte-order mark, else <meta charset>, else detected — as extract decides." };
        var fragment = new Option<string?>("--fragment") { Description = "Parse each file as the inner HTML of this element: td, svg path, math mi (html5lib's #document-fragment)." };
        var asExtracted = new Option<bool>("--as-extracted") { Description = "Leave out script and style text as extraction does (JSON-LD kept); by default the tree holds it, as html5lib's tests write trees." };
        var command = new Command("tree", "Print each page's tree as Lede's parser builds it, in html5lib's test format, after a line #file PATH (exit code 0 done, 1 a file could not be read, 2 usage error).")
        {
            inputs, charset, fragment, asExtracted,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            var options = new HtmlParseOptions { KeepScriptText = !parse.GetValue(asExtracted) };
            int code = ExitCodes.Ok;
            foreach (string input in parse.GetValue(inputs)!)
            {
                int status = await UserErrors.GuardAsync(error, async () =>
                {
                    var source = await PageSource.LoadAsync(input, new ExtractionOptions().MaxInputBytes, cancellationToken);
                    string tree = HtmlTree.Write(source.Bytes, parse.GetValue(charset) ?? source.Charset, parse.GetValue(fragment), options, cancellationToken);
                    await output.WriteAsync($"#file {input}\n{tree}");
                    return ExitCodes.Ok;
                });
                code = Math.Max(code, status);
            }
            return code;
        });
        return command;
    }
}
