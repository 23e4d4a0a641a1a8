using Lede.Tests.Output;
using PublicApiGenerator;

namespace Lede.Tests.PublicApi;

/// <summary>
/// The library's public API, listed by PublicApiGenerator, must match the approved listing checked in beside this file:
/// a change to the API is then a change to a file a reviewer sees. To accept a change, run
/// <c>LEDE_ACCEPT_API=1 dotnet test --filter FullyQualifiedName~PublicApiTests</c> (or copy Lede.received.txt over Lede.approved.txt).
/// </summary>
public sealed class PublicApiTests
{
    public const string AcceptVariable = "LEDE_ACCEPT_API";
    private const string Folder = "tests/Lede.Tests/PublicApi";

    [Fact]
    public void ThePublicApiIsTheApprovedOne()
    {
        string approvedPath = RepoFiles.Path($"{Folder}/Lede.approved.txt");
        string receivedPath = RepoFiles.Path($"{Folder}/Lede.received.txt");
        string api = Listing();

        if (Environment.GetEnvironmentVariable(AcceptVariable) == "1")
        {
            File.WriteAllText(approvedPath, api);
            File.Delete(receivedPath);
            return;
        }

        string approved = File.Exists(approvedPath) ? File.ReadAllText(approvedPath).ReplaceLineEndings("\n") : "";
        if (api == approved)
        {
            File.Delete(receivedPath);
            return;
        }
        File.WriteAllText(receivedPath, api);
        Assert.Fail($"""
            The public API of Lede differs from {Folder}/Lede.approved.txt; {FirstDifference(approved, api)}.
            The whole listing is in {Folder}/Lede.received.txt. If the change is meant, accept it:
              {AcceptVariable}=1 dotnet test Lede.slnx --filter FullyQualifiedName~PublicApiTests
            (or copy Lede.received.txt over Lede.approved.txt) and commit the approved file.
            """);
    }

    [Fact]
    public void TheListingHoldsTheFacadeAndNoInternals()
    {
        string api = Listing();
        Assert.Contains("public static class Extractor", api);
        Assert.Contains("public sealed class ExtractionResult", api);
        Assert.DoesNotContain("ArticlePipeline", api);
        Assert.DoesNotContain("HtmlTokenizer", api);
    }

    // Attributes of the build (version, repository, InternalsVisibleTo) are no part of the API a caller codes against.
    private static string Listing() =>
        typeof(Extractor).Assembly.GeneratePublicApi(new ApiGeneratorOptions { IncludeAssemblyAttributes = false })
            .ReplaceLineEndings("\n").TrimEnd('\n') + "\n";

    private static string FirstDifference(string approved, string received)
    {
        var a = approved.Split('\n');
        var r = received.Split('\n');
        for (int i = 0; i < Math.Max(a.Length, r.Length); i++)
        {
            string was = i < a.Length ? a[i] : "(end)";
            string now = i < r.Length ? r[i] : "(end)";
            if (was != now)
                return $"first difference at line {i + 1}: approved \"{was.Trim()}\", now \"{now.Trim()}\"";
        }
        return "they differ";
    }
}
