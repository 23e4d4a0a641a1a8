using System.Reflection;

namespace Lede.Cli;

/// <summary>The version of the Lede library in use, as it appears in output files.</summary>
internal static class LedeVersion
{
    /// <summary>The library's informational version without the "+commit" suffix, so output files stay the same across commits.</summary>
    public static string Value { get; } = Read();

    private static string Read()
    {
        var assembly = typeof(Extractor).Assembly;
        var version = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
            ?? assembly.GetName().Version?.ToString()
            ?? "0";
        int plus = version.IndexOf('+');
        return plus < 0 ? version : version[..plus];
    }
}
