using System.CommandLine;

namespace Lede.Cli.Commands;

/// <summary>
/// Restricts a string option to a few names, read in any case and with their usual short forms (<c>md</c> for
/// <c>markdown</c>), and hands the action the canonical name. The help lists the canonical names only.
/// </summary>
internal static class Choices
{
    /// <summary>
    /// Makes <paramref name="option"/> take one of <paramref name="choices"/>: each a canonical name followed by its
    /// aliases. An unknown value is a usage error that names the canonical choices.
    /// </summary>
    public static Option<string> Restrict(Option<string> option, params string[][] choices)
    {
        var canonical = choices.Select(names => names[0]).ToArray();
        var byName = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var names in choices)
        {
            foreach (var name in names)
                byName[name] = names[0];
        }
        var listed = string.Join(", ", canonical[..^1]) + " or " + canonical[^1];
        option.HelpName = string.Join('|', canonical);
        option.CompletionSources.Add(canonical);
        option.CustomParser = result =>
        {
            var given = result.Tokens.Count > 0 ? result.Tokens[^1].Value : "";
            if (byName.TryGetValue(given.Trim(), out var name))
                return name;
            result.AddError($"{option.Name} must be {listed}, not '{given}'");
            return null;
        };
        return option;
    }
}
