using System.Globalization;
using Tessera.Bench;
using Tessera.Bench.Corpus;

return BenchCommand.Execute(args, Console.Out, Console.Error);

namespace Tessera.Bench
{
    /// <summary>The bench's command line: generate a corpus, run the benchmark on one, or profile the stages.</summary>
    internal static class BenchCommand
    {
        /// <summary>The default seed: the first day of the Kazakhstan unrest, the project's worked example.</summary>
        public const ulong DefaultSeed = 20220102;

        private const string Usage = """
            tessera-bench: measures Tessera's read pipeline on generated crisis-news text.

            Usage:
              tessera-bench generate --mb N --out DIR [--seed S] [--force]
              tessera-bench run --corpus DIR [--warmup-mb M] [--samples K] [--passes P]
              tessera-bench profile --corpus DIR [--warmup-mb M] [--passes P]
              tessera-bench steps --corpus DIR [--warmup-mb M] [--passes P] [--store]
              tessera-bench corroborate --corpus DIR --claims N[,N...]
              tessera-bench claims-page --corpus DIR --case DIR [--claims N] [--requests R]
              tessera-bench --help

            Commands:
              generate   Writes a corpus of about N MiB as doc-000001.txt ... (5-20 KB each) and manifest.tsv in DIR.
                         The same seed gives the same bytes; a smaller corpus is the first files of a larger one.
                         An up-to-date corpus is left as it is; --force writes it again.
              run        Streams every .txt file of DIR through read -> extract -> JSONL (to a null stream) on one
                         thread, after a warm-up, and prints words per second, allocation, peak working set and
                         the live heap sampled during the run. The last line (RESULT ...) is for scripts.
              profile    Times each stage of the pipeline on its own over DIR, with bytes allocated per stage;
                         shows the fastest of P passes (default 5).
              steps      Times each step of the document pipeline that assess runs (units, claims, date, times,
                         events, figures, outcomes, causes) on its own over DIR on one thread, with CPU seconds and
                         bytes allocated; the pass that took least CPU of P (default 3); --store also times writing
                         every annotated document into a new SQLite store, as assess stores them.
              corroborate  Extracts the first N claims of DIR (the largest N asked for) and times corroboration alone on
                         the first N of them for each N, with the heap it held and a fingerprint of the groups found.
              claims-page  Makes a case of the corpus's first documents until it holds N claims (default 100000) in
                         --case DIR (kept for the next run, with its store), serves it with the workbench and asks
                         the claims page R times (default 1000) over HTTP, a rotation of filters, orders and pages;
                         prints answer times and memory per 100 requests and per query.

            Options:
              --mb N          corpus size in MiB (1 to 1024)
              --out DIR       folder to write the corpus into
              --seed S        generator seed, a non-negative integer (default 20220102)
              --force         replace what DIR holds
              --corpus DIR    folder of .txt files to read
              --warmup-mb M   MiB read before measuring, from the start of the corpus and round again if it is
                              smaller, so the JIT has settled (default 10; 0 for none)
              --samples K     memory samples over the first measured pass (default 20)
              --claims N,...  claim counts for corroborate, smallest first (each 10 to 1,000,000)
              --passes P      measured passes; throughput is the fastest, as other work on the machine only
                              slows a pass down; with more than one, the first samples memory and does not
                              count for throughput (default 1 for run, 5 for profile)

            Exit codes: 0 success, 1 some files could not be read, 2 a usage error or a missing corpus.
            """;

        public static int Execute(string[] args, TextWriter o, TextWriter err)
        {
            if (args.Length == 0 || args[0] is "--help" or "-h" or "help")
            {
                o.WriteLine(Usage);
                return args.Length == 0 ? 2 : 0;
            }
            var command = args[0];
            var (options, error) = Options.Parse(args.AsSpan(1));
            if (options is not null && options.Has("help"))
            {
                o.WriteLine(Usage);
                return 0;
            }
            if (error is null && options is not null)
            {
                try
                {
                    return command switch
                    {
                        "generate" => Generate(options, o, err),
                        "run" => Run(options, o, err),
                        "profile" => Profile(options, o, err),
                        "steps" => Steps(options, o, err),
                        "corroborate" => Corroborate(options, o, err),
                        "claims-page" => ClaimsPage(options, o, err),
                        _ => Fail(err, $"unknown command '{command}'"),
                    };
                }
                catch (UsageException e)
                {
                    error = e.Message;
                }
            }
            return Fail(err, error!);
        }

        private static int Fail(TextWriter err, string message)
        {
            err.WriteLine($"tessera-bench: {message}");
            err.WriteLine("Run 'tessera-bench --help' for usage.");
            return 2;
        }

        private static int Generate(Options options, TextWriter o, TextWriter err)
        {
            options.Only("mb", "out", "seed", "force");
            var mb = options.Int("mb", null, 1, 1024);
            var dir = options.Required("out");
            var seed = options.Seed("seed", DefaultSeed);
            var manifest = CorpusWriter.Write(dir, mb, seed, options.Has("force"), o, out var error);
            return manifest is null ? Fail(err, error!) : 0;
        }

        private static int Run(Options options, TextWriter o, TextWriter err)
        {
            options.Only("corpus", "warmup-mb", "samples", "passes");
            var corpus = CorpusFolder.Open(options.Required("corpus"), out var error);
            if (corpus is null) return Fail(err, error!);
            var warmup = options.Double("warmup-mb", 10, 0, 1024);
            var samples = options.Int("samples", 20, 1, 1000);
            var passes = options.Int("passes", 1, 1, 100);
            var result = PipelineBenchmark.Run(corpus, (long)(warmup * Units.Mebibyte), samples, passes);
            PipelineBenchmark.Print(result, o);
            return result.Failures.Count == 0 ? 0 : 1;
        }

        private static int Profile(Options options, TextWriter o, TextWriter err)
        {
            options.Only("corpus", "warmup-mb", "passes");
            var corpus = CorpusFolder.Open(options.Required("corpus"), out var error);
            if (corpus is null) return Fail(err, error!);
            StageProfile.Run(corpus, (long)(options.Double("warmup-mb", 10, 0, 1024) * Units.Mebibyte), options.Int("passes", 5, 1, 100), o);
            return 0;
        }

        private static int Steps(Options options, TextWriter o, TextWriter err)
        {
            options.Only("corpus", "warmup-mb", "passes", "store");
            var corpus = CorpusFolder.Open(options.Required("corpus"), out var error);
            if (corpus is null) return Fail(err, error!);
            AssessSteps.Run(corpus, (long)(options.Double("warmup-mb", 10, 0, 1024) * Units.Mebibyte), options.Int("passes", 3, 1, 100), options.Has("store"), o);
            return 0;
        }

        private static int Corroborate(Options options, TextWriter o, TextWriter err)
        {
            options.Only("corpus", "claims");
            var corpus = CorpusFolder.Open(options.Required("corpus"), out var error);
            if (corpus is null) return Fail(err, error!);
            var sizes = new List<int>();
            foreach (var part in options.Required("claims").Split(','))
                sizes.Add(int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 10 and <= 1_000_000
                    ? n : throw new UsageException($"--claims '{part}' is not a whole number from 10 to 1000000"));
            foreach (var run in CorroborationBenchmark.Run(corpus, sizes)) CorroborationBenchmark.Print(run, o);
            return 0;
        }

        private static int ClaimsPage(Options options, TextWriter o, TextWriter err)
        {
            options.Only("corpus", "case", "claims", "requests");
            var corpus = CorpusFolder.Open(options.Required("corpus"), out var error);
            if (corpus is null) return Fail(err, error!);
            var claims = options.Int("claims", 100_000, 100, 1_000_000);
            var requests = options.Int("requests", 1000, 100, 100_000);
            var (folder, found, sources) = ClaimsPageBenchmark.MakeCase(corpus, Path.GetFullPath(options.Required("case")), claims, new LanguageResources());
            o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"CASE folder={folder} claims_read={found} sources={sources}"));
            return ClaimsPageBenchmark.Run(folder, requests, warmup: 2 * ClaimsPageBenchmark.Queries.Length, stretch: 100, o).GetAwaiter().GetResult();
        }
    }

    /// <summary>A user's mistake on the command line, reported with the option it concerns.</summary>
    internal sealed class UsageException(string message) : Exception(message);

    /// <summary>"--name value" pairs and "--flag" switches; every value is checked where a command reads it.</summary>
    internal sealed class Options
    {
        private static readonly HashSet<string> Flags = new(StringComparer.Ordinal) { "force", "help", "store" };
        private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);

        public static (Options?, string?) Parse(ReadOnlySpan<string> args)
        {
            var options = new Options();
            for (var i = 0; i < args.Length; i++)
            {
                var a = args[i];
                if (a is "-h") a = "--help";
                if (!a.StartsWith("--", StringComparison.Ordinal) || a.Length == 2) return (null, $"unexpected argument '{a}'");
                var name = a[2..];
                if (Flags.Contains(name))
                {
                    options._values[name] = "";
                    continue;
                }
                if (i + 1 >= args.Length || args[i + 1].StartsWith("--", StringComparison.Ordinal)) return (null, $"option --{name} needs a value");
                if (!options._values.TryAdd(name, args[++i])) return (null, $"option --{name} is given twice");
            }
            return (options, null);
        }

        public bool Has(string name) => _values.ContainsKey(name);

        /// <summary>Rejects options the command does not know, so a typo is not silently ignored.</summary>
        public void Only(params string[] known)
        {
            foreach (var name in _values.Keys)
                if (!known.Contains(name)) throw new UsageException($"unknown option --{name} for this command");
        }

        public string Required(string name) =>
            _values.TryGetValue(name, out var v) && v.Length > 0 ? v : throw new UsageException($"option --{name} is required");

        public int Int(string name, int? fallback, int min, int max)
        {
            if (!_values.TryGetValue(name, out var v))
                return fallback ?? throw new UsageException($"option --{name} is required");
            return int.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max
                ? n : throw new UsageException($"--{name} '{v}' is not a whole number from {min} to {max}");
        }

        public double Double(string name, double fallback, double min, double max)
        {
            if (!_values.TryGetValue(name, out var v)) return fallback;
            return double.TryParse(v, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var d) && d >= min && d <= max
                ? d : throw new UsageException($"--{name} '{v}' is not a number from {min} to {max}");
        }

        public ulong Seed(string name, ulong fallback)
        {
            if (!_values.TryGetValue(name, out var v)) return fallback;
            return ulong.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out var s)
                ? s : throw new UsageException($"--{name} '{v}' is not a non-negative whole number");
        }
    }
}
