using System.CommandLine;

namespace Tessera.Cli;

/// <summary>What the ach, corroborate and forecasts commands share: the case argument, --format, --db, --lexicon and --jobs.</summary>
internal static class AnalysisOptions
{
    public static (Argument<string> Folder, Option<string> Format, Option<string?> Store, Option<string[]> Lexicon, Option<int> Jobs) Options(string csvMeaning)
    {
        var folder = new Argument<string>("case") { Description = "A case folder with case.yaml." };
        var format = new Option<string>("--format", "-f")
        {
            Description = $"table (for people), jsonl (one JSON object per line) or {csvMeaning}",
            DefaultValueFactory = _ => "table",
        };
        format.AcceptOnlyFromAmong("table", "jsonl", "csv");
        return (folder, format, Cli.DbOption(), Cli.LexiconOption(), Cli.JobsOption());
    }
}
