using Tessera.Analysis;
using Tessera.Events;
using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Spectre.Console;
using Tessera.Analysis.Events;
using Tessera.Analysis.Timeline;
using Tessera.Case;
using Tessera.Claims;

namespace Tessera.Cli;

/// <summary>`tessera timeline`: events and dated claims of a case or files in time order, grouped by day, with disagreements.</summary>
public static class TimelineCommand
{
    public static Command Build(TextWriter stdout, TextWriter stderr)
    {
        var inputs = AnalysisInput.Options();
        var format = inputs.Format;
        var command = inputs.AddTo(new Command("timeline", "Show events and dated claims in time order, grouped by day, with the figures and dates sources disagree on."));
        command.SetAction(parsed =>
        {
            var input = AnalysisInput.Load(parsed, inputs);
            if (!input.Ok) return Cli.Fail(stderr, input.Problem!);
            var (_, events, resources) = input.Value;
            var timeline = Timeline.Build(events);
            switch (parsed.GetValue(format))
            {
                case "jsonl": WriteJsonl(stdout, timeline); break;
                case "csv": WriteCsv(stdout, timeline); break;
                default:
                    AnalysisInput.WarnUndated(stderr, events);
                    WriteTable(stdout, timeline);
                    break;
            }
            return Cli.Ok;
        });
        return command;
    }

    private static string How(EventTimeSource how) => how switch
    {
        EventTimeSource.Stated => "stated",
        EventTimeSource.Story => "story",
        _ => "report",
    };

    /// <summary>The words a time came from; for a time dated by the report, where the report's date came from.</summary>
    private static string Words(TimelineEntry e) => e.How == EventTimeSource.Document ? "(dated by the report)" : e.Time.Text;

    internal static void WriteTable(TextWriter stdout, Timeline timeline)
    {
        var console = AnalysisInput.Console(stdout);
        var table = new Table().Border(TableBorder.Rounded).Title("[bold]Timeline[/]");
        table.AddColumn("when").AddColumn("time words").AddColumn("what happened, and the claim").AddColumn("claim");
        foreach (var g in timeline.Groups)
        {
            var first = true;
            foreach (var e in g.Entries)
            {
                var what = string.Join("\n", e.Events.Select(x => "[bold]" + Markup.Escape(AnalysisInput.EventLine(x)) + "[/]"));
                table.AddRow(
                    new Markup(first ? $"[bold]{Markup.Escape(g.Label)}[/]\n[grey]{g.When.Precision.ToString().ToLowerInvariant()}[/]" : ""),
                    new Markup(Markup.Escape(Words(e)) + (e.How == EventTimeSource.Story ? "\n[grey](the story's time)[/]" : "")),
                    new Markup((what.Length > 0 ? what + "\n" : "") + Markup.Escape(AnalysisInput.Clip(e.Claim.Text, 200))),
                    new Markup(Markup.Escape(e.ClaimId) + "\n" + AnalysisInput.Stance(e.Claim)));
                first = false;
            }
        }
        console.Write(table);
        if (timeline.Undated.Count > 0)
        {
            var undated = new Table().Border(TableBorder.Rounded).Title("[bold]Events without a date[/]");
            undated.AddColumn("event").AddColumn("claim");
            foreach (var e in timeline.Undated) undated.AddRow(Markup.Escape(AnalysisInput.EventLine(e)), Markup.Escape(e.ClaimId));
            console.Write(undated);
        }
        if (timeline.Disagreements.Count > 0)
        {
            var d = new Table().Border(TableBorder.Rounded).Title("[bold]Where sources disagree[/]");
            d.AddColumn("on").AddColumn("value").AddColumn("sources").AddColumn("claims");
            foreach (var x in timeline.Disagreements)
            {
                var first = true;
                foreach (var s in x.Sides)
                {
                    d.AddRow(
                        new Markup(first ? $"[bold]{Markup.Escape(x.Topic)}[/] [grey]({x.Kind})[/]" : ""),
                        new Markup(Markup.Escape(s.Value) + (s.Retracted ? " [red](retracted)[/]" : "")),
                        new Markup(Markup.Escape(string.Join(", ", s.SourceIds))),
                        new Markup(Markup.Escape(string.Join(", ", s.ClaimIds))));
                    first = false;
                }
            }
            console.Write(d);
        }
    }

    internal static void WriteJsonl(TextWriter stdout, Timeline timeline)
    {
        foreach (var g in timeline.Groups)
            foreach (var e in g.Entries)
                AnalysisOutput.JsonLine(stdout, w =>
                {
                    w.WriteString("type", "entry");
                    w.WriteString("when", g.When.ToString());
                    w.WriteString("from", g.When.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                    w.WriteString("to", g.When.To.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                    w.WriteString("precision", g.When.Precision.ToString().ToLowerInvariant());
                    w.WriteString("label", g.Label);
                    w.WriteString("words", e.How == EventTimeSource.Document ? null : e.Time.Text);
                    w.WriteString("how", How(e.How));
                    AnalysisInput.WriteClaim(w, e.Claim);
                    w.WriteStartArray("events");
                    foreach (var x in e.Events) AnalysisInput.WriteEvent(w, x);
                    w.WriteEndArray();
                });
        foreach (var e in timeline.Undated)
            AnalysisOutput.JsonLine(stdout, w =>
            {
                w.WriteString("type", "undated");
                w.WritePropertyName("event");
                AnalysisInput.WriteEvent(w, e);
            });
        foreach (var d in timeline.Disagreements)
            AnalysisOutput.JsonLine(stdout, w =>
            {
                w.WriteString("type", "disagreement");
                w.WriteString("topic", d.Topic);
                w.WriteString("kind", d.Kind);
                w.WriteStartArray("sides");
                foreach (var s in d.Sides)
                {
                    w.WriteStartObject();
                    w.WriteString("value", s.Value);
                    w.WriteBoolean("retracted", s.Retracted);
                    AnalysisOutput.WriteStrings(w, "words", s.Words);
                    AnalysisOutput.WriteStrings(w, "sources", s.SourceIds);
                    AnalysisOutput.WriteStrings(w, "claims", s.ClaimIds);
                    w.WriteEndObject();
                }
                w.WriteEndArray();
            });
    }

    internal static void WriteCsv(TextWriter stdout, Timeline timeline)
    {
        AnalysisOutput.CsvRow(stdout, "type", "when", "from", "to", "precision", "words", "how", "claim", "source", "status", "events", "text");
        foreach (var g in timeline.Groups)
            foreach (var e in g.Entries)
                AnalysisOutput.CsvRow(stdout, "entry", g.When.ToString(), g.When.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    g.When.To.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), g.When.Precision.ToString().ToLowerInvariant(),
                    e.How == EventTimeSource.Document ? "" : e.Time.Text, How(e.How), e.ClaimId, e.SourceId, e.Claim.Status.ToString().ToLowerInvariant(),
                    string.Join("; ", e.Events.Select(AnalysisInput.EventLine)), e.Claim.Text);
        foreach (var d in timeline.Disagreements)
            foreach (var s in d.Sides)
                AnalysisOutput.CsvRow(stdout, "disagreement", d.Topic, "", "", d.Kind, s.Value + (s.Retracted ? " (retracted)" : ""), "",
                    string.Join(" ", s.ClaimIds), string.Join(" ", s.SourceIds), "", "", string.Join(" | ", s.Words));
    }
}

/// <summary>What the timeline and actors commands share: reading a case folder or files, and writing claims and events.</summary>
internal static class AnalysisInput
{
    /// <summary>The arguments and options both commands take.</summary>
    public sealed record Inputs(Argument<string[]> Paths, Option<string> Format, Option<string?> Date, Option<string?> Db, Option<string[]> Lexicon)
    {
        public Command AddTo(Command command)
        {
            command.Add(Paths);
            foreach (var option in new Option[] { Format, Date, Db, Lexicon }) command.Add(option);
            return command;
        }
    }

    public static Inputs Options()
    {
        var format = new Option<string>("--format", "-f") { Description = "table (for people), jsonl or csv.", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "jsonl", "csv");
        return new Inputs(
            new Argument<string[]>("paths") { Description = "A case folder (with case.yaml) or text, Markdown, HTML or PDF files.", Arity = ArgumentArity.OneOrMore },
            format,
            new Option<string?>("--date") { Description = "The date (YYYY-MM-DD) of documents that give none of their own (no case.yaml date, metadata, dateline or front matter)." },
            Cli.DbOption(),
            Cli.LexiconOption());
    }

    /// <summary>Assesses a case folder, or loose files as a case of their own, into its store (see <see cref="CaseInput"/>), and
    /// reads its events and dates with the run's language resources (the --lexicon folders' time words too).</summary>
    public static Result<(AssessedCase Case, CaseEvents Events, LanguageResources Resources)> Load(ParseResult parsed, Inputs inputs)
    {
        DateOnly? given = null;
        if (parsed.GetValue(inputs.Date) is { } date)
        {
            if (!DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return Messages.BadGivenDate(date);
            given = d;
        }
        var resources = Cli.Resources(parsed, inputs.Lexicon).Load();
        var opened = CaseInput.Open(parsed.GetValue(inputs.Paths)!, parsed.GetValue(inputs.Db), resources, fallbackDate: given);
        if (!opened.Ok) return opened.Problem!;
        var assessed = opened.Value!.Case;
        return (assessed, CaseEvents.Of(assessed), resources);
    }

    public static void WarnUndated(TextWriter stderr, CaseEvents events)
    {
        foreach (var d in events.Documents.Where(d => d.DateProblem is not null && d.Date is null))
            stderr.WriteLine(d.DateProblem);
    }

    /// <summary>A console for tables; written to a file or a pipe, it is wide enough for the tables not to wrap every word.</summary>
    public static IAnsiConsole Console(TextWriter stdout)
    {
        var console = Terminal.Console(stdout);
        if (!ReferenceEquals(stdout, System.Console.Out) || System.Console.IsOutputRedirected) console.Profile.Width = Math.Max(console.Profile.Width, 180);
        return console;
    }

    public static string Clip(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";

    public static string EventLine(ActorEvent e) =>
        $"{e.Source} → {e.Target ?? "?"}: {e.Cameo.Code} {e.Cameo.Name}{(e.Future ? " (announced)" : "")}{(e.Unconfirmed ? " (unconfirmed)" : "")}";

    /// <summary>A claim's stance as coloured words: hedged, boosted, its likelihood band, prediction, unverified.</summary>
    public static string Stance(Claim c) => string.Join(" ", new[]
    {
        c.Hedged ? "[yellow]hedged[/]" : null,
        c.Boosted ? "[magenta]boosted[/]" : null,
        c.Band is not null ? $"[cyan]{Markup.Escape(c.Band.Name)}[/]" : null,
        c.Prediction ? "[blue]prediction[/]" : null,
        c.Unverified ? "[red]unverified[/]" : null,
        c.Speakers.Count > 0 ? $"[grey]{Markup.Escape(string.Join("; ", c.Speakers))}[/]" : null,
    }.Where(s => s is not null));

    public static void WriteClaim(Utf8JsonWriter w, Claim c)
    {
        w.WriteString("claim", c.Id);
        w.WriteString("source", c.DocumentId);
        w.WriteString("status", c.Status.ToString().ToLowerInvariant());
        w.WriteBoolean("hedged", c.Hedged);
        w.WriteBoolean("boosted", c.Boosted);
        if (c.Band is null) w.WriteNull("probability"); else w.WriteString("probability", c.Band.Name);
        w.WriteBoolean("prediction", c.Prediction);
        w.WriteBoolean("unverified", c.Unverified);
        AnalysisOutput.WriteStrings(w, "speakers", c.Speakers);
        w.WriteString("text", c.Text);
    }

    public static void WriteEvent(Utf8JsonWriter w, ActorEvent e)
    {
        w.WriteStartObject();
        w.WriteString("source", e.Source);
        w.WriteString("action", e.Action);
        w.WriteString("target", e.Target);
        w.WriteString("cameo", e.CameoCode);
        w.WriteString("root", e.Root);
        w.WriteString("name", e.Cameo.Name);
        w.WriteNumber("quad", (int)e.QuadClass);
        w.WriteNumber("goldstein", e.Goldstein);
        if (e.Time?.Range is { } r) w.WriteString("when", r.ToString()); else w.WriteNull("when");
        w.WriteString("when_from", e.Time?.Source.ToString().ToLowerInvariant());
        w.WriteString("place", e.Place);
        w.WriteBoolean("hedged", e.Hedged);
        w.WriteBoolean("unverified", e.Unverified);
        w.WriteBoolean("future", e.Future);
        w.WriteString("claim", e.ClaimId);
        w.WriteNumber("start", e.Start);
        w.WriteNumber("end", e.End);
        w.WriteEndObject();
    }

    /// <summary>One CSV row after RFC 4180: a field with a comma, quote or line break is quoted, quotes doubled.</summary>
}
