using System.CommandLine;
using System.Text;
using Lede.Cli;
using Lede.Cli.Commands;

// Articles are UTF-8 whatever the terminal's code page (on Windows it is not UTF-8 by default).
Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

var root = new RootCommand("lede: the main article out of a news web page.")
{
    ExtractCommand.Create(),
    CleanCommand.Create(),
    EvalCommand.Create(),
    BatchCommand.Create(),
    TreeCommand.Create(),
};
var parsed = root.Parse(args);
// A usage error is told in two lines on stderr, not with the whole help on stdout (see UsageErrors).
if (parsed.Errors.Count > 0)
    return UsageErrors.Report(parsed, Console.Error);
return await parsed.InvokeAsync();
