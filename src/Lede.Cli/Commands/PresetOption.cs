using System.CommandLine;

namespace Lede.Cli.Commands;

/// <summary>The <c>--preset</c> option both commands share, and its mapping to <see cref="Focus"/>.</summary>
internal static class PresetOption
{
    /// <summary>A new <c>--preset balanced|precision|recall</c> option, in any case (an option belongs to one command).</summary>
    public static Option<string> Create()
    {
        var option = new Option<string>("--preset", "-p")
        {
            Description = "What to favour when a part of the page is doubtful.",
            DefaultValueFactory = _ => "balanced",
        };
        Choices.Restrict(option, ["balanced"], ["precision"], ["recall"]);
        return option;
    }

    /// <summary>The focus a preset name stands for; the names were validated by the parser.</summary>
    public static Focus ToFocus(string preset) => preset switch
    {
        "precision" => Focus.Precision,
        "recall" => Focus.Recall,
        _ => Focus.Balanced,
    };
}
