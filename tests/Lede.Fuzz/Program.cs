using Lede.Fuzz;
using SharpFuzz;

// lede-fuzz TARGET                  run under afl-fuzz (fuzz.sh instruments Lede.dll and starts it)
// lede-fuzz replay TARGET PATH…     run files (or every file of folders) through TARGET in process; 1 if any fails
// lede-fuzz seeds REPO OUT [WARCS]  write each target's seed corpus under OUT/<target>/
const string Usage = "usage: Lede.Fuzz TARGET | replay TARGET PATH... | seeds REPO OUT [SHARED-WARC-FOLDER]; targets: ";
string targets = string.Join(", ", FuzzTargets.All.Keys);

switch (args)
{
    case ["seeds", var repo, var output, ..]:
        SeedCorpus.Write(repo, output, args.Length > 3 ? args[3] : null);
        return 0;
    case ["replay", var name, .. var paths] when FuzzTargets.All.TryGetValue(name, out var target):
        return Replay(target, paths);
    case [var name] when FuzzTargets.All.TryGetValue(name, out var target):
        // Out of process: a stack overflow or a timeout kills only the child, which the fork server restarts.
        Fuzzer.OutOfProcess.Run(stream =>
        {
            using var memory = new MemoryStream();
            stream.CopyTo(memory);
            target(memory.ToArray());
        });
        return 0;
    default:
        Console.Error.WriteLine(Usage + targets);
        return 2;
}

static int Replay(Action<byte[]> target, string[] paths)
{
    var files = paths.SelectMany(p => Directory.Exists(p) ? Directory.GetFiles(p).Order(StringComparer.Ordinal) : (IEnumerable<string>)[p])
        .Where(f => Path.GetFileName(f) != "README.txt").ToList();
    int failed = 0;
    foreach (var file in files)
    {
        var started = System.Diagnostics.Stopwatch.StartNew();
        try
        {
            target(File.ReadAllBytes(file));
        }
        catch (Exception e)
        {
            failed++;
            Console.WriteLine($"FAIL {file}: {e.GetType().Name}: {e.Message}");
            Console.WriteLine(e.StackTrace);
            continue;
        }
        if (started.Elapsed > TimeSpan.FromSeconds(5))
            Console.WriteLine($"SLOW {file}: {started.Elapsed.TotalSeconds:F1} s");
    }
    Console.WriteLine($"{files.Count} inputs, {failed} failed");
    return failed == 0 ? 0 : 1;
}
