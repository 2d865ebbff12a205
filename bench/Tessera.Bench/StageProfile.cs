using System.Diagnostics;
using Tessera.Claims;
using Tessera.Language;
using Tessera.Output;
using Tessera.Reading;
using Tessera.Recognition;
using Tessera.Stance;
using static Tessera.Bench.Units;

namespace Tessera.Bench;

/// <summary>Where the read pipeline spends its time: each stage called on its own over the corpus, with time and bytes allocated.</summary>
/// <remarks>The stages are rebuilt here from their public classes the way ClaimExtractor composes them, so the sum of the
/// stages can be set against a full Extract; what Extract does beyond them (composing claims, the quotation and epigraph
/// passes) shows as the difference.</remarks>
internal static class StageProfile
{
    private sealed class Stage(string name, int depth = 0)
    {
        public string Name { get; } = name;
        public int Depth { get; } = depth;
        public long Ticks { get; set; }
        public long Allocated { get; set; }
        public double Seconds => Stopwatch.GetElapsedTime(0, Ticks).TotalSeconds;
    }

    private sealed class Stages
    {
        public readonly Stage Read = new("read (DocumentReader.Read)");
        public readonly Stage FileBytes = new("file bytes", 1);
        public readonly Stage Decode = new("UTF-8 decode", 1);
        public readonly Stage Fingerprint = new("new Document (SHA-256 fingerprint)", 1);
        public readonly Stage TitleSplit = new("text.Split('\\n'), as FirstLineTitle does", 1);
        public readonly Stage Segment = new("segment (Segmenter)");
        public readonly Stage Tokenise = new("tokenise (TokenizedUnit.Of)");
        public readonly Stage TokenizeOnly = new("Tokenizer.Tokenize alone", 1);
        public readonly Stage Recognise = new("recognise (ActorRecognizer)");
        public readonly Stage Stance = new("stance (EpistemicAnalyzer)");
        public readonly Stage Attribute = new("attribute (Attributor)");
        public readonly Stage Extract = new("Extract, whole (ClaimExtractor)");
        public readonly Stage Jsonl = new("JSONL (ClaimJsonl.Write)");
        public readonly Stage Actors = new("Claim.Actors of every claim (computed once per claim)", 1);
        public readonly Stage[] Matchers =
        [
            new("hedges", 1), new("boosters", 1), new("estimative", 1), new("unverified", 1), new("future", 1), new("reporting verbs", 1),
        ];
    }

    public static void Run(CorpusFolder corpus, long warmupBytes, int passes, TextWriter o)
    {
        var resources = new LanguageResources();
        var words = resources.FunctionWords;
        var lexicon = resources.Stance;
        var pipeline = new Pipeline(resources.Segmenter, new ActorRecognizer(resources.Gazetteer, words, resources.Data),
            new EpistemicAnalyzer(lexicon, words), new Attributor(lexicon, words), lexicon, resources.Claims);

        foreach (var f in corpus.Warmup(warmupBytes)) pipeline.Once(f.Path, new Stages());

        // Other work on the machine only slows a pass down, so the pass with the shortest whole pipeline is shown.
        Stages? best = null;
        long wordCount = 0;
        for (var p = 0; p < passes; p++)
        {
            var pass = new Stages();
            wordCount = 0;
            foreach (var f in corpus.Files) wordCount += pipeline.Once(f.Path, pass);
            if (best is null || Whole(pass) < Whole(best)) best = pass;
        }
        var stages = best!;
        var whole = Whole(stages);
        var staged = stages.Segment.Seconds + stages.Tokenise.Seconds + stages.Recognise.Seconds + stages.Stance.Seconds + stages.Attribute.Seconds;
        var rows = new List<string[]>();
        void Row(Stage s) => rows.Add(Cells(new string(' ', 2 * s.Depth) + s.Name, s.Seconds, s.Allocated, whole, wordCount));
        Row(stages.Read);
        Row(stages.FileBytes);
        Row(stages.Decode);
        Row(stages.Fingerprint);
        Row(stages.TitleSplit);
        Row(stages.Segment);
        Row(stages.Tokenise);
        Row(stages.TokenizeOnly);
        Row(stages.Recognise);
        Row(stages.Stance);
        foreach (var m in stages.Matchers.Take(5)) Row(m);
        Row(stages.Attribute);
        Row(stages.Matchers[5]);
        var rest = stages.Extract.Seconds - staged;
        rows.Add(Cells("compose and post-passes (by difference)", rest, null, whole, wordCount));
        Row(stages.Extract);
        Row(stages.Jsonl);
        Row(stages.Actors);
        rows.Add(Cells("read + Extract + JSONL", whole, stages.Read.Allocated + stages.Extract.Allocated + stages.Jsonl.Allocated, whole, wordCount));

        o.WriteLine($"Stage profile of the read pipeline on {corpus.Path}: {corpus.Files.Count:N0} files, {Mb(corpus.Bytes)} MB, {N0(wordCount)} words");
        o.WriteLine($"Each stage timed on its own (Stopwatch) after a warm-up; the fastest of {passes} passes; indented rows are parts of the row above them.");
        o.WriteLine("Matcher rows time the lexicon's phrase matching alone, which the stage above them includes.");
        o.WriteLine();
        Table.Print(o, ["stage", "seconds", "share", "words/s alone", "allocated MB", "bytes/word"], rows);
    }

    private static double Whole(Stages s) => s.Read.Seconds + s.Extract.Seconds + s.Jsonl.Seconds;

    private static string[] Cells(string name, double seconds, long? allocated, double whole, long words) =>
    [
        name, F(seconds, 3), $"{F(100 * seconds / whole, 1)}%", seconds > 0 ? N0(words / seconds) : "-",
        allocated is { } a ? F(a / Mebibyte, 1) : "-",
        allocated is { } b ? N0((double)b / Math.Max(1, words)) : "-",
    ];

    /// <summary>The pipeline's stages, called one at a time.</summary>
    private sealed class Pipeline(Segmenter segmenter, ActorRecognizer recognizer, EpistemicAnalyzer epistemic, Attributor attributor,
        StanceLexicon lexicon, ClaimExtractor extractor)
    {
        /// <summary>Runs every stage on one file and adds its time to the stages; returns the file's word count.</summary>
        public long Once(string path, Stages s)
        {
            var read = Time(s.Read, () => DocumentReader.Read(path));
            if (!read.Ok) return 0;
            var document = read.Value!;
            var bytes = Time(s.FileBytes, () => File.ReadAllBytes(path));
            var decoded = Time(s.Decode, () => DocumentReader.Decode(path, bytes));
            Time(s.Fingerprint, () => new Document(document.Id, path, DocumentFormat.Text, decoded.Value!, document.Title, "", null, SourceGrade.Unknown));
            Time(s.TitleSplit, () => decoded.Value!.Split('\n').Length);

            var text = document.Text;
            var units = Time(s.Segment, () => segmenter.Segment(text));
            var tokenized = Time(s.Tokenise, () => TokenizedUnit.Of(text, units).ToList());
            Time(s.TokenizeOnly, () =>
            {
                var n = 0;
                foreach (var u in units) n += Tokenizer.Tokenize(text, u.Start, u.End).Count;
                return n;
            });
            var memory = new ActorRecognizer.Memory();
            var mentions = Time(s.Recognise, () => tokenized.Select(u => recognizer.Recognize(u, memory)).ToList());
            Time(s.Stance, () => tokenized.Select(epistemic.Analyze).ToList());
            Time(s.Attribute, () =>
            {
                var discourse = new Discourse();
                var n = 0;
                for (var i = 0; i < tokenized.Count; i++)
                {
                    var a = tokenized[i].Unit.CanClaim ? attributor.Attribute(tokenized[i], mentions[i], discourse) : Attribution.None;
                    discourse.Update(mentions[i], a);
                    n += a.Speakers.Count;
                }
                return n;
            });
            Matches(s.Matchers[0], tokenized, lexicon.Hedges);
            Matches(s.Matchers[1], tokenized, lexicon.Boosters);
            Matches(s.Matchers[2], tokenized, lexicon.Estimative);
            Matches(s.Matchers[3], tokenized, lexicon.Unverified);
            Matches(s.Matchers[4], tokenized, lexicon.Future);
            Matches(s.Matchers[5], tokenized, lexicon.Reporting);

            var claims = Time(s.Extract, () => extractor.Extract(document));
            Time(s.Jsonl, () =>
            {
                ClaimJsonl.Write(TextWriter.Null, claims);
                return 0;
            });
            Time(s.Actors, () => claims.Sum(c => c.Actors.Count));

            return WordCount.Of(text);
        }

        private static void Matches<T>(Stage s, List<TokenizedUnit> units, PhraseMatcher<T> matcher) =>
            Time(s, () =>
            {
                var n = 0;
                foreach (var u in units) n += matcher.Matches(u).Count();
                return n;
            });

        private static T Time<T>(Stage s, Func<T> work)
        {
            var allocated = GC.GetAllocatedBytesForCurrentThread();
            var t0 = Stopwatch.GetTimestamp();
            var result = work();
            s.Ticks += Stopwatch.GetTimestamp() - t0;
            s.Allocated += GC.GetAllocatedBytesForCurrentThread() - allocated;
            return result;
        }
    }
}
