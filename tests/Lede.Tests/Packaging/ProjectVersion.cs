using System.Text.RegularExpressions;
using Lede.Tests.Output;

namespace Lede.Tests.Packaging;

/// <summary>The version as the repository sets it, in its one place: VersionPrefix in Directory.Build.props.</summary>
internal static partial class ProjectVersion
{
    public static string Prefix { get; } = Read();

    private static string Read()
    {
        var match = VersionPrefix().Match(RepoFiles.Read("Directory.Build.props"));
        Assert.True(match.Success, "Directory.Build.props sets no <VersionPrefix>");
        return match.Groups[1].Value.Trim();
    }

    [GeneratedRegex("<VersionPrefix>([^<]+)</VersionPrefix>")]
    private static partial Regex VersionPrefix();
}
