using System.CommandLine;
using Tessera;
using Tessera.Output;

namespace Tessera.Cli;

/// <summary>The command line: a thin layer that parses arguments, calls the library and turns problems into exit codes.</summary>
public static class Cli
{
    /// <summary>Exit codes a script can trust: 3 is a store other writers kept busy, worth trying again.</summary>
    public const int Ok = 0, Bug = 1, BadInput = 2, Conflict = 3;

    /// <summary>The root command with every subcommand, writing to the given streams; tests read its definitions too.</summary>
    /// <param name="stdin">Where `users add` reads a password; null is the console.</param>
    public static RootCommand Root(TextWriter stdout, TextWriter stderr, TextReader? stdin = null) =>
        new("Tessera reads crisis reporting and writes an assessment that shows its work: who claims what, how sure, " +
            "and which claims are unverified, contested or predictions.")
        {
            ReadCommand.Build(stdout, stderr),
            AssessCommand.Build(stdout, stderr),
            ExportCommand.Build(stdout, stderr),
            EvalCommand.Build(stdout, stderr),
            AchCommand.Build(stdout, stderr),
            CorroborateCommand.Build(stdout, stderr),
            ForecastsCommand.Build(stdout, stderr),
            TimelineCommand.Build(stdout, stderr),
            ActorsCommand.Build(stdout, stderr),
            PipelineCommand.Build(stdout, stderr),
            InitCommand.Build(stdout, stderr),
            AddCommand.Build(stdout, stderr),
            ImportCommand.Build(stdout, stderr),
            WatchCommand.Build(stdout, stderr),
            CausesCommand.Build(stdout, stderr),
            ShowCommand.Build(stdout, stderr),
            ServeCommand.Build(stdout, stderr),
            UsersCommand.Build(stdout, stderr, stdin),
        };

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, TextReader? stdin = null)
    {
        var root = Root(stdout, stderr, stdin);
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var e in parsed.Errors) Print(stderr, $"tessera: {e.Message}");
            stderr.WriteLine("Try 'tessera --help'.");
            return BadInput;
        }
        try
        {
            return parsed.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        }
        catch (ProblemException e)
        {
            return Fail(stderr, e.Problem);
        }
        catch (Exception e) when (Environment.GetEnvironmentVariable("TESSERA_DEBUG") is null)
        {
            // A bug, not the user's mistake: one line and a distinct exit code; TESSERA_DEBUG=1 shows the stack.
            Print(stderr, $"tessera: internal error: {e.GetType().Name}: {e.Message.Split('\n')[0]} (set TESSERA_DEBUG=1 for details)");
            return Bug;
        }
    }

    /// <summary>Prints a problem as one line and gives its exit code: bad input, or a conflict over the store.</summary>
    public static int Fail(TextWriter stderr, Problem problem)
    {
        Print(stderr, problem.ToString());
        return problem.Kind == ProblemKind.Conflict ? Conflict : BadInput;
    }

    /// <summary>One line on stderr; what it quotes of a file or an argument cannot drive the terminal (see <see cref="UnsafeText"/>)
    /// nor show a password (see <see cref="Redaction"/>).</summary>
    public static void Print(TextWriter stderr, string line) => stderr.WriteLine(UnsafeText.Visible(Redaction.Secrets(line)));

    /// <summary>--db; only `assess` keeps loose files in a store of the current folder, the other commands read them in memory.</summary>
    public static Option<string?> DbOption(bool storesLooseFiles = false) => new("--db")
    {
        Description = "Where the case is stored: a SQLite file (default: <case>/.tessera/case.db" +
                      (storesLooseFiles ? ", or ./.tessera/case.db for loose files" : "; loose files are read in memory and not stored") + "), " +
                      "or a PostgreSQL connection string (\"Host=…;Database=…;Username=…\" or postgres://user@host/db) for a store a team shares.",
    };

    public static Option<string[]> LexiconOption() => new("--lexicon")
    {
        Description = "A folder of .tsv files named like the bundled ones that extend them (or, starting with a line '!replace', replace them); " +
                      "give it more than once and each folder extends what the ones before made.",
        Arity = ArgumentArity.OneOrMore,
        AllowMultipleArgumentsPerToken = false,
    };

    /// <summary>--quiet: no progress and no summary, only errors.</summary>
    public static Option<bool> QuietOption() => new("--quiet", "-q") { Description = "Print nothing but errors (no progress on stderr)." };

    /// <summary>--jobs: how many cores a command may use, for reading and extracting documents and for the analysis; the output
    /// is the same whatever the number. Every command that reads or analyses a case takes this one definition.</summary>
    public static Option<int> JobsOption()
    {
        var jobs = new Option<int>("--jobs", "-j")
        {
            Description = "How many cores to use: documents read and extracted at once, and the analysis's steps and per-claim work " +
                          "(default: every core, here " + Environment.ProcessorCount + "). The output is the same for any number.",
            DefaultValueFactory = _ => Environment.ProcessorCount,
            // Parsed here rather than by the option's own conversion, so that a word, a zero or a negative number all give the
            // one line of TSR601 (the conversion's error, and a validator reading a value that failed to convert, did not).
            CustomParser = r =>
            {
                var given = string.Join(" ", r.Tokens.Select(t => t.Value));
                if (int.TryParse(given, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && n >= 1) return n;
                r.AddError(Messages.BadJobs(given).ToString());
                return 0;
            },
        };
        return jobs;
    }

    /// <summary>The language resources of this run: the bundled files and the --lexicon folders, not yet read.</summary>
    public static LanguageResources Resources(ParseResult parsed, Option<string[]> lexicon) => new(parsed.GetValue(lexicon) ?? []);
}
