using System.CommandLine;
using System.Globalization;
using Lede.Cli.Eval;

namespace Lede.Cli.Commands;

/// <summary>
/// <c>lede eval dates [DIR] [--with-url] [--details]</c>: the publication day on htmldate's date-annotated pages
/// (<see cref="DatesRun"/>), as accuracy over every page and precision over the pages given a date, per collection and
/// in all. By default the pages' URLs are not passed, as htmldate's own evaluation runs.
/// </summary>
internal static class EvalDatesCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var dir = new Argument<string?>("dir")
        {
            Description = $"A folder of date-annotated pages (html/NAME.html.gz, gold.json). Default: benchmarks/htmldate-dates in the shared data (${SharedData.EnvironmentVariable}).",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var withUrl = new Option<bool>("--with-url") { Description = "Pass each page's URL to the extractor (its date in the path then counts)." };
        var details = new Option<bool>("--details") { Description = "List every page Lede gets wrong: the gold day, Lede's, and the source it took." };
        var command = new Command("dates", "Score the publication day on htmldate's date-annotated pages (accuracy and precision).")
        {
            dir, withUrl, details,
        };
        command.SetAction((parse, cancellationToken) => UserErrors.GuardAsync(parse.InvocationConfiguration.Error, () =>
        {
            var root = parse.GetValue(dir) ?? SharedData.HtmldateDates
                ?? throw new DirectoryNotFoundException($"no date-annotated pages found: pass DIR or set {SharedData.EnvironmentVariable}");
            var outcomes = DatesRun.Run(root, DatesRun.Load(root), parse.GetValue(withUrl), cancellationToken);
            Write(parse.InvocationConfiguration.Output, outcomes, parse.GetValue(withUrl), parse.GetValue(details));
            return Task.FromResult(ExitCodes.Ok);
        }));
        return command;
    }

    private static void Write(TextWriter output, List<DatedOutcome> outcomes, bool withUrl, bool details)
    {
        var c = CultureInfo.InvariantCulture;
        if (details)
            foreach (var o in outcomes.Where(o => !o.Right))
                output.WriteLine($"WRONG {o.Page.Name} {o.Page.Collection,-10} gold {o.Page.Published ?? "none",-10} lede {o.Predicted ?? "none",-10} {o.Source ?? ""}");
        output.WriteLine($"publication day on {outcomes.Count} pages ({(withUrl ? "with" : "without")} their URLs)");
        output.WriteLine($"{"collection",-12} {"pages",5} {"given",5} {"right",5} {"accuracy",9} {"precision",9}");
        foreach (var group in outcomes.GroupBy(o => o.Page.Collection).OrderBy(g => g.Key, StringComparer.Ordinal).Append(outcomes.GroupBy(_ => "all").Single()))
        {
            var s = DateScores.Of(group);
            output.WriteLine(string.Create(c, $"{group.Key,-12} {s.Pages,5} {s.Given,5} {s.Right,5} {s.Accuracy,9:0.000} {s.Precision,9:0.000}"));
        }
    }
}
