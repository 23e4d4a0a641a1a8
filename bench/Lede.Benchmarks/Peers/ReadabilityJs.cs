using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace Lede.Benchmarks.Peers;

/// <summary>
/// Runs bench/peers-js/readability-bench.mjs (Readability.js 0.6.0 on jsdom 27) on the same decoded pages, handed
/// over as a JSONL file, and reads back its pass times. Needs Node and `npm ci --prefix bench/peers-js` once.
/// </summary>
internal static class ReadabilityJs
{
    private const int Passes = 2;

    public static PeerRate? Run(List<WarcPage> pages)
    {
        var dir = Corpus.Ancestors.FindAbove(d => Path.Combine(d, "bench", "peers-js") is var p && File.Exists(Path.Combine(p, "readability-bench.mjs")) ? p : null);
        if (dir is null || !Directory.Exists(Path.Combine(dir, "node_modules", "jsdom")))
        {
            Console.WriteLine("  Readability.js: skipped — run `npm ci --prefix bench/peers-js` (needs Node) to include it");
            return null;
        }
        var input = Path.GetTempFileName();
        try
        {
            using (var writer = new StreamWriter(input, false, new UTF8Encoding(false)))
                foreach (var page in pages)
                    writer.WriteLine(JsonSerializer.Serialize(new Dictionary<string, string?> { ["html"] = page.Html, ["url"] = page.Url }));
            var start = new ProcessStartInfo("node", ["--max-old-space-size=4096", Path.Combine(dir, "readability-bench.mjs"), input, Passes.ToString()])
            {
                RedirectStandardOutput = true,
                WorkingDirectory = dir,
            };
            using var node = Process.Start(start)!;
            var output = node.StandardOutput.ReadToEnd();
            node.WaitForExit();
            if (node.ExitCode != 0)
            {
                Console.WriteLine($"  Readability.js: node exited with {node.ExitCode}");
                return null;
            }
            using var report = JsonDocument.Parse(output.Trim().Split('\n')[^1]);
            var seconds = report.RootElement.GetProperty("seconds").EnumerateArray().Select(s => s.GetDouble()).Order().ToList();
            foreach (var s in seconds) Console.WriteLine($"  Readability.js: pass {s:0.000} s");
            double median = seconds[seconds.Count / 2];
            int ok = report.RootElement.GetProperty("ok").GetInt32();
            return new PeerRate("Readability.js 0.6.0", pages.Count / median, $"{ok}/{pages.Count} with text; jsdom 27; median of {Passes} passes");
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or JsonException or IOException)
        {
            Console.WriteLine($"  Readability.js: skipped — {e.Message}");
            return null;
        }
        finally
        {
            File.Delete(input);
        }
    }
}
