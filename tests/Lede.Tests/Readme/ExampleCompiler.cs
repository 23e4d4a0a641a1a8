using System.Reflection;
using System.Reflection.PortableExecutable;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Lede.Tests.Readme;

/// <summary>
/// Compiles an example as a user's console program would be: top-level statements, the SDK's implicit usings, nullable
/// on, every warning an error, against the runtime and the library's assemblies (Lede, AngleSharp, UTF.Unknown).
/// </summary>
internal static class ExampleCompiler
{
    // What `<ImplicitUsings>enable</ImplicitUsings>` gives a Microsoft.NET.Sdk console project.
    private const string ImplicitUsings = """
        global using System;
        global using System.Collections.Generic;
        global using System.IO;
        global using System.Linq;
        global using System.Net.Http;
        global using System.Threading;
        global using System.Threading.Tasks;
        """;

    private static readonly Lazy<List<MetadataReference>> References = new(() =>
    {
        var runtime = Directory.GetFiles(Path.GetDirectoryName(typeof(object).Assembly.Location)!, "*.dll").Where(IsManaged);
        var library = new[] { "Lede.dll", "Lede.Fetch.dll", "Lede.Service.dll", "AngleSharp.dll", "UtfUnknown.dll" }.Select(name => Path.Combine(AppContext.BaseDirectory, name));
        // The service's example embeds it in an ASP.NET Core application: that shared framework too.
        var aspNetCore = Directory.GetFiles(Path.GetDirectoryName(typeof(Microsoft.AspNetCore.Builder.WebApplication).Assembly.Location)!, "*.dll").Where(IsManaged);
        return [.. runtime.Concat(aspNetCore).Concat(library).Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))];
    });

    /// <summary>The compiled program, or the compiler's errors with their lines in the Markdown file.</summary>
    public static (byte[]? Assembly, List<string> Errors) Compile(CodeExample example, string code)
    {
        var parse = new CSharpParseOptions(LanguageVersion.Latest);
        var compilation = CSharpCompilation.Create(
            "ReadmeExample_" + example.Line,
            [CSharpSyntaxTree.ParseText(ImplicitUsings, parse), CSharpSyntaxTree.ParseText(code, parse, path: example.File)],
            References.Value,
            new CSharpCompilationOptions(OutputKind.ConsoleApplication,
                nullableContextOptions: NullableContextOptions.Enable,
                generalDiagnosticOption: ReportDiagnostic.Error));

        using var output = new MemoryStream();
        var result = compilation.Emit(output);
        var errors = result.Diagnostics
            .Where(d => d.Severity == DiagnosticSeverity.Error)
            .Select(d => $"{example.File}:{example.Line + d.Location.GetLineSpan().StartLinePosition.Line + 1}: {d.Id} {d.GetMessage()}")
            .ToList();
        return (result.Success ? output.ToArray() : null, errors);
    }

    /// <summary>Runs a compiled example's entry point in a context of its own (unloaded afterwards); its exception, if any, is thrown.</summary>
    public static void Run(byte[] assembly)
    {
        var context = new AssemblyLoadContext("readme-example", isCollectible: true);
        try
        {
            var entry = context.LoadFromStream(new MemoryStream(assembly)).EntryPoint!;
            object?[] args = entry.GetParameters().Length == 0 ? [] : [Array.Empty<string>()];
            object? returned;
            try
            {
                returned = entry.Invoke(null, args);
            }
            catch (TargetInvocationException e) when (e.InnerException is not null)
            {
                throw e.InnerException;
            }
            if (returned is Task task)
                task.GetAwaiter().GetResult();
        }
        finally
        {
            context.Unload();
        }
    }

    // The runtime folder also holds native libraries (on Windows with a .dll name); only assemblies can be referenced.
    private static bool IsManaged(string path)
    {
        try
        {
            using var reader = new PEReader(File.OpenRead(path));
            return reader.HasMetadata;
        }
        catch (BadImageFormatException)
        {
            return false;
        }
    }
}
