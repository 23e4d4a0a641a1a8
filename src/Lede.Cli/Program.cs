using System.CommandLine;
using System.CommandLine.Help;
using System.Text;
using Lede.Cli;
using Lede.Cli.Commands;

// Articles are UTF-8 whatever the terminal's code page (on Windows it is not UTF-8 by default).
Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

// A RootCommand takes its name from the entry assembly's path (Lede.Cli.dll, even under the tool's `lede` launcher),
// and help and usage errors would say "Lede.Cli". A command named "lede" with RootCommand's two options is what users type;
// the one thing it lacks is the [suggest] directive of dotnet-suggest shell completion.
var root = new Command("lede", "lede: the main article out of a news web page.")
{
    new HelpOption(),
    new VersionOption(),
    ExtractCommand.Create(),
    CleanCommand.Create(),
    EvalCommand.Create(),
    BatchCommand.Create(),
    TreeCommand.Create(),
    ServeCommand.Create(),
};
var parsed = root.Parse(args);
// A usage error is told in two lines on stderr, not with the whole help on stdout (see UsageErrors).
if (parsed.Errors.Count > 0)
    return UsageErrors.Report(parsed, Console.Error);
return await parsed.InvokeAsync();
