using System.CommandLine;
using System.CommandLine.Parsing;

namespace Lede.Cli;

/// <summary>
/// How a usage error is told: one line <c>lede: what is wrong</c> and one line <c>try 'lede COMMAND --help'</c> on
/// stderr, exit code <see cref="ExitCodes.Usage"/>, nothing on stdout. The whole help is for <c>--help</c> alone: a
/// typo must not fill a file that stdout was sent to with help text.
/// </summary>
internal static class UsageErrors
{
    /// <summary>Reports the parse errors of <paramref name="parse"/>, the first in full and how many more; returns <see cref="ExitCodes.Usage"/>.</summary>
    public static int Report(ParseResult parse, TextWriter error)
    {
        // A word the parser did not know says most ("lede frobnicate" is a typo, more than a missing command).
        var messages = parse.Errors.Select(e => e.Message).Distinct()
            .OrderBy(m => parse.UnmatchedTokens.Any(token => m.Contains($"'{token}'", StringComparison.Ordinal)) ? 0 : 1)
            .ToList();
        var message = messages[0].TrimEnd('.');
        if (messages.Count > 1)
            message += $" (and {messages.Count - 1} more)";
        return Fail(error, message, CommandPath(parse.CommandResult));
    }

    /// <summary>Writes a usage error found by a command itself; returns <see cref="ExitCodes.Usage"/>.</summary>
    public static int Fail(TextWriter error, string message, string commandPath)
    {
        UserErrors.Line(error, message.TrimEnd('.'));
        error.WriteLine($"try '{commandPath} --help'");
        return ExitCodes.Usage;
    }

    /// <summary><c>lede</c> then the names of the subcommands down to <paramref name="command"/>: <c>lede eval dates</c>.</summary>
    public static string CommandPath(CommandResult command)
    {
        var names = new List<string>();
        // The root is always called lede here, whatever the executable's name (dotnet Lede.Cli.dll, a tool shim).
        for (SymbolResult? at = command; at is CommandResult { Parent: not null } sub; at = sub.Parent)
            names.Add(sub.Command.Name);
        names.Add("lede");
        names.Reverse();
        return string.Join(' ', names);
    }

    /// <summary>The command path of the command <paramref name="parse"/> ran.</summary>
    public static string CommandPath(ParseResult parse) => CommandPath(parse.CommandResult);
}
