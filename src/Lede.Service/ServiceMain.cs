namespace Lede.Service;

/// <summary>
/// <c>dotnet Lede.Service.dll [--urls …]</c>: the service with its default options. <c>lede serve</c> is the usual way
/// to run it (with options of its own); this entry point is also where tests' WebApplicationFactory starts it, which
/// needs a public type of the assembly to name it by.
/// </summary>
public sealed class ServiceMain
{
    private ServiceMain() { }

    private static async Task Main(string[] args)
    {
        await using var app = LedeServer.Create(args);
        await app.RunAsync();
    }
}
