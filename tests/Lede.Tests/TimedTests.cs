namespace Lede.Tests;

/// <summary>Tests whose assertions include a time bound run in this collection, never in parallel with others.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TimedTests
{
    public const string Name = "Timed tests";
}
