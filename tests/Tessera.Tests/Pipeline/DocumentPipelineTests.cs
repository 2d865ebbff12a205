using System.Diagnostics.Metrics;
using Tessera.Analysis;
using Tessera.Case;
using Tessera.Pipeline;
using Tessera.Reading;

namespace Tessera.Tests.Pipeline;

/// <summary>The extraction pipeline: its steps in order, each unit tokenised once, and analysis reading layers, not text.</summary>
public class DocumentPipelineTests
{
    private const string Wire = """
        ALMATY, Jan 9 – Protesters stormed the mayor's office on Wednesday. Officials said 164 people had died.
        Kazakhstan asked Russia for help. "Our men are ready," the commander said. Tokayev emerged from the crisis stronger.
        """;

    /// <summary>Characters the tokenizer cut on this thread while <paramref name="work"/> ran (tests on other threads do not count).</summary>
    private static long Tokenised(Action work)
    {
        var thread = Environment.CurrentManagedThreadId;
        long chars = 0;
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Name == "tessera.tokenizer.chars") l.EnableMeasurementEvents(instrument);
        };
        listener.SetMeasurementEventCallback<long>((_, value, _, _) =>
        {
            if (Environment.CurrentManagedThreadId == thread) chars += value;
        });
        listener.Start();
        work();
        return chars;
    }

    private static Document Doc(string text, string id = "wire") =>
        new(id, id + ".txt", DocumentFormat.Text, text, "", "", new DateOnly(2022, 1, 10), SourceGrade.Unknown);

    [Fact]
    public void The_steps_run_in_the_order_data_flows()
    {
        var steps = new DocumentPipeline(Fixtures.Bundled).Steps(default).Select(s => s.Name);
        Assert.Equal(["units", "claims", "date", "times", "events", "figures", "outcomes", "causes"], steps);
    }

    [Fact]
    public void Every_unit_is_tokenised_once_whatever_the_number_of_steps_that_read_it()
    {
        var pipeline = new DocumentPipeline(Fixtures.Bundled);
        pipeline.Run(Doc("Warm-up: the readers load their lexicons now. Officials said 3 people had died."));
        AnnotatedDocument? annotated = null;

        var chars = Tokenised(() => annotated = pipeline.Run(Doc(Wire)));

        Assert.Equal(annotated!.Units.Sum(u => (long)(u.Unit.End - u.Unit.Start)), chars);
        Assert.NotEmpty(annotated.Events);
        Assert.NotEmpty(annotated.Figures);
        Assert.NotEmpty(annotated.Outcomes);
    }

    [Fact]
    public void Assessing_an_unchanged_case_and_analysing_it_tokenises_nothing()
    {
        using var dir = Fixtures.TempFolder();
        dir.Write("case.yaml", "title: Once\nsources:\n  - id: wire\n    file: wire.txt\n    date: 2022-01-10\n");
        dir.Write("wire.txt", Wire);
        var db = Path.Combine(dir.Path, "case.db");
        Findings Analyse()
        {
            var opened = CaseInput.Analyse([dir.Path], db, Fixtures.Bundled);
            Assert.True(opened.Ok, opened.Problem?.ToString());
            return Findings.Of(opened.Value.Analysis, Fixtures.Bundled);
        }
        var first = Analyse();

        Findings? second = null;
        var chars = Tokenised(() => second = Analyse());

        Assert.Equal(0, chars);
        Assert.Equal(first.Timeline.Groups.Count, second!.Timeline.Groups.Count);
        Assert.Equal(first.Corroboration.Groups.Count, second.Corroboration.Groups.Count);
        Assert.NotEmpty(second.Events.Events);
    }
}

/// <summary>`tessera pipeline` lists the steps from the pipeline itself, so the list cannot drift from what runs.</summary>
public class PipelineCommandTests
{
    [Fact]
    public void The_command_lists_every_step_in_order_with_what_it_reads()
    {
        var run = Tessera.Tests.Cli.CliRunner.Invoke("pipeline");
        Assert.Equal((0, ""), (run.Exit, run.Err));
        var names = run.Out.Split('\n').Where(l => l.Length > 0 && char.IsDigit(l[0])).Select(l => l[(l.IndexOf(' ') + 1)..l.IndexOf(':')]);
        Assert.Equal(new DocumentPipeline(Fixtures.Bundled).Steps(default).Select(s => s.Name), names);
        Assert.Contains("reads cameo/*", run.Out);
    }
}
