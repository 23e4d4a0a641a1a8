using System.Diagnostics;
using Lede.Tests.Output;
using YamlDotNet.RepresentationModel;

namespace Lede.Tests.Batch;

/// <summary>
/// deploy/: the Kubernetes Indexed Job the README shows is the file in the repository, its indexes and task count
/// agree, and its image is the one the README builds from deploy/Dockerfile. The image itself is built only where a
/// container engine runs.
/// </summary>
public sealed class DeployFilesTests
{
    const string Manifest = "deploy/kubernetes/lede-batch-job.yaml";

    [Fact]
    public void TheReadmeShowsTheManifestInTheRepository()
    {
        var manifest = RepoFiles.Read(Manifest);
        var body = manifest[manifest.IndexOf("apiVersion:", StringComparison.Ordinal)..];
        Assert.Contains("```yaml\n" + body + "```", RepoFiles.Read("README.md").ReplaceLineEndings("\n"));
        Assert.Contains($"kubectl apply -f {Manifest}", RepoFiles.Read("README.md"));
    }

    [Fact]
    public void TheIndexedJobGivesEachPodOneShareOfTheParts()
    {
        var yaml = new YamlStream();
        yaml.Load(new StringReader(RepoFiles.Read(Manifest)));
        var job = (YamlMappingNode)yaml.Documents.Single().RootNode;
        Assert.Equal("Job", Scalar(job, "kind"));
        var spec = (YamlMappingNode)job["spec"];
        Assert.Equal("Indexed", Scalar(spec, "completionMode"));
        var completions = Scalar(spec, "completions");
        var container = (YamlMappingNode)((YamlSequenceNode)((YamlMappingNode)((YamlMappingNode)spec["template"])["spec"])["containers"])[0];
        var command = string.Join(' ', ((YamlSequenceNode)container["args"]).Select(arg => ((YamlScalarNode)arg).Value));
        Assert.Contains("lede batch ", command);
        Assert.Contains("--task-index \"$JOB_COMPLETION_INDEX\"", command);
        Assert.Contains($"--task-count {completions} ", command + " ");
        Assert.Contains("--resume", command);
        // The README builds and pushes the image under this name from deploy/Dockerfile.
        var image = Scalar(container, "image");
        Assert.Contains($"docker build -f deploy/Dockerfile -t {image} .", RepoFiles.Read("README.md"));
    }

    // Without a container engine the image cannot be built here, so what its build needs is checked from the files:
    // the restore step sees every project the command references (it copies project files alone, before the code).
    [Fact]
    public void TheImageRestoresEveryProjectTheCommandReferences()
    {
        var dockerfile = RepoFiles.Read("deploy/Dockerfile").ReplaceLineEndings("\n").Split('\n');
        int restore = Array.FindIndex(dockerfile, line => line.StartsWith("RUN dotnet restore src/Lede.Cli/Lede.Cli.csproj", StringComparison.Ordinal));
        Assert.True(restore > 0, "the Dockerfile restores the command's project");
        var copied = dockerfile[..restore].Where(line => line.StartsWith("COPY ", StringComparison.Ordinal))
            .SelectMany(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1..^1]).ToHashSet();
        var projects = ReferencedProjects("src/Lede.Cli/Lede.Cli.csproj");
        Assert.Contains("src/Lede.Service/Lede.Service.csproj", projects);
        foreach (var project in projects) Assert.True(copied.Contains(project), $"{project} is not copied before the restore");
    }

    // The image is the native command: it is published ahead of time (the restore asking for the compiler's packages,
    // which a publish without restoring cannot fetch) and runs on the runtime's dependencies alone, with no runtime.
    [Fact]
    public void TheImageIsTheNativeCommandOnTheRuntimesDependencies()
    {
        var dockerfile = RepoFiles.Read("deploy/Dockerfile").ReplaceLineEndings("\n").Split('\n');
        var restore = dockerfile.Single(line => line.StartsWith("RUN dotnet restore ", StringComparison.Ordinal));
        var publish = dockerfile.Single(line => line.StartsWith("RUN dotnet publish ", StringComparison.Ordinal));
        var final = dockerfile.Last(line => line.StartsWith("FROM ", StringComparison.Ordinal));

        Assert.Contains("-p:PublishAot=true", restore);
        Assert.Contains("-p:PublishAot=true", publish);
        Assert.Contains("--no-restore", publish);
        Assert.Contains(dockerfile, line => line.StartsWith("RUN apt-get", StringComparison.Ordinal) && line.Contains(" clang ", StringComparison.Ordinal));
        Assert.StartsWith("FROM mcr.microsoft.com/dotnet/runtime-deps:", final);
        Assert.Contains("COPY --from=build /app/lede /usr/local/bin/lede", dockerfile);
    }

    // A project and every project it references, as paths from the repository's root.
    static HashSet<string> ReferencedProjects(string project)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>([project]);
        while (pending.TryPop(out var path))
        {
            if (!found.Add(path)) continue;
            var folder = System.IO.Path.GetDirectoryName(path)!;
            var xml = System.Xml.Linq.XDocument.Parse(RepoFiles.Read(path));
            foreach (var reference in xml.Descendants("ProjectReference"))
            {
                var full = System.IO.Path.GetFullPath(System.IO.Path.Combine(RepoFiles.Path(""), folder, reference.Attribute("Include")!.Value));
                pending.Push(System.IO.Path.GetRelativePath(RepoFiles.Path(""), full).Replace('\\', '/'));
            }
        }
        return found;
    }

    [SkippableFact]
    public void TheImageBuildsAndExtracts()
    {
        Skip.IfNot(Succeeds("docker", "info"), "no container engine runs here (a docker client without a daemon): the image was not built");
        var root = RepoFiles.Path("");
        Assert.True(Succeeds("docker", "build", "-f", Path.Combine(root, "deploy/Dockerfile"), "-t", "lede-test:latest", root), "docker build failed");
        Assert.True(Succeeds("docker", "run", "--rm", "-v", $"{Path.Combine(root, "samples")}:/data:ro", "lede-test:latest", "extract", "/data/seed-article.html"),
            "the image did not extract the sample");
    }

    static string? Scalar(YamlMappingNode node, string key) => ((YamlScalarNode)node[key]).Value;

    static bool Succeeds(string file, params string[] args)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        try
        {
            using var process = Process.Start(start)!;
            var drain = Task.WhenAll(process.StandardOutput.ReadToEndAsync(), process.StandardError.ReadToEndAsync());
            if (!process.WaitForExit(TimeSpan.FromMinutes(15))) { process.Kill(entireProcessTree: true); return false; }
            drain.Wait();
            return process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false; // not installed
        }
    }
}
