using System.Diagnostics;
using System.Text;
using Tessera.Case;
using Tessera.Reading;
using static Tessera.Tests.Reading.HostileFiles;

namespace Tessera.Tests.Reading;

/// <summary>A corpus of hostile input, generated here: every file or case folder is read within its bounds or refused with one
/// line that names a problem code, and nothing else escapes (no exception, no hang, no crash). Each row says which.</summary>
public class HostileInputTests
{
    /// <summary>Bounds far below the defaults, so that each input stays small and each test fast.</summary>
    private static readonly ReadingLimits Small = new()
    {
        MaxFileBytes = 8 * 1024 * 1024,
        MaxTextChars = 200_000,
        MaxHtmlDepth = 64,
        MaxHtmlElements = 50_000,
        MaxPdfDecodedBytes = 1024 * 1024,
        MaxPdfPages = 10,
        MaxYamlDepth = 16,
    };

    private const string Read = "read";

    /// <summary>Kind of input, how to make it (a file, or a folder holding case.yaml), and what must become of it.</summary>
    private static readonly Dictionary<string, (Func<TempFolder, string?> Make, string Expect)> Corpus = new()
    {
        ["html nested 10,000 deep"] = (d => Html(d, "deep.html", Repeat("<div><span>", 5_000) + "x"), "TSR403"),
        ["html tag spam <div></x>"] = (d => Html(d, "spam.html", Repeat("<div></x>", 20_000) + "text."), "TSR403"),
        ["html <li><ul></li> spam"] = (d => Html(d, "lists.html", Repeat("<li><ul></li>", 5_000) + "text."), "TSR403"),
        ["html <div></body> spam"] = (d => Html(d, "body.html", Repeat("<div></body>", 5_000) + "text."), "TSR403"),
        ["html <form><div></form> spam"] = (d => Html(d, "form.html", Repeat("<form><div></form>", 5_000) + "text."), "TSR403"),
        ["html formatting clones"] = (d => Html(d, "clones.html", string.Concat(Enumerable.Range(0, 100).Select(i => $"<div><b id={i}></div>")) + Repeat("<p>x</p>", 2_000)), "TSR403"),
        ["html formatting clones, shallow"] = (d => Html(d, "clones2.html", string.Concat(Enumerable.Range(0, 40).Select(i => $"<div><b id={i}></div>")) + Repeat("<p>x</p>", 2_000)), "TSR410"),
        ["html sloppy but real"] = (d => Html(d, "sloppy.html", Repeat("<p>Para", 2_000) + "<ul>" + Repeat("<li>Item", 2_000) + "</ul><table>" +
                                                   Repeat("<tr><td><font>a<td><font>b", 1_000) + "</table>" + Repeat("<div><span>Text.</div>", 2_000) +
                                                   "<svg>" + Repeat("<path d='M0'/>", 2_000) + "</svg>" + Repeat("<b>bold<p>para</b>", 1_000) +
                                                   Repeat("<p><font>old style</p>", 1_000)), Read),
        ["a megabyte line of sentences"] = (d => d.Write("line.txt", Repeat("The minister said troops were sent. ", 5_000)), Read),
        ["a line without punctuation"] = (d => d.Write("nopunct.txt", Repeat("protests spread across the region and ", 5_000)), Read),
        ["text over the length bound"] = (d => d.Write("long.txt", Repeat("Protests spread. ", 20_000)), "TSR402"),
        ["file over the size bound"] = (d => d.Write("huge.md", Repeat("# Heading\n\n", 1_000_000)), "TSR004"),
        ["binary"] = (d => d.WriteBytes("binary.txt", [.. Enumerable.Range(0, 4096).Select(i => (byte)(i * 7919 % 256))]), "TSR003"),
        ["NUL bytes in text"] = (d => d.WriteBytes("nul.txt", Encoding.UTF8.GetBytes("Troops withdrew.\0\0\0 Talks resumed.")), "TSR003"),
        ["invalid UTF-8"] = (d => d.WriteBytes("latin1.txt", [0x63, 0x61, 0x66, 0xE9, 0x20, 0x6E, 0x6F, 0x69, 0x72]), "TSR003"),
        ["UTF-8 with a byte-order mark"] = (d => d.WriteBytes("bom8.txt", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes("Troops withdrew.")]), Read),
        ["UTF-16 LE with a byte-order mark"] = (d => d.WriteBytes("bom16le.txt", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("Troops withdrew.")]), Read),
        ["UTF-16 BE with a byte-order mark"] = (d => d.WriteBytes("bom16be.txt", [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes("Troops withdrew.")]), Read),
        ["UTF-16 with a broken surrogate"] = (d => d.WriteBytes("bad16.txt", [0xFF, 0xFE, 0x41, 0x00, 0x00, 0xD8, 0x42, 0x00]), "TSR003"),
        ["control characters"] = (d => d.Write("control.txt", "Alarm\a raised. \u001b[31mRed\u001b[0m text.\b\v\f Done."), Read),
        ["invisible characters"] = (d => d.Write("zw.txt", "\uFEFF\u200B\u200B\u202E\u2066 Tok\u200Bayev spoke."), Read),
        ["empty file"] = (d => d.Write("empty.txt", ""), "TSR002"),
        ["0-byte PDF"] = (d => d.Write("empty.pdf", ""), "TSR002"),
        ["PDF without a header"] = (d => d.Write("fake.pdf", "plain text pretending"), "TSR007"),
        ["truncated PDF"] = (d => d.WriteBytes("truncated.pdf", OnePagePdf()[..300]), "any"),
        ["PDF bomb (1 MB bound, 4 MB inflated)"] = (d => d.WriteBytes("bomb.pdf", BombPdf(4)), "TSR405"),
        ["PDF with too many pages"] = (d => d.WriteBytes("pages.pdf", ManyPagesPdf(25)), "TSR406"),
        ["a folder"] = (d => Directory.CreateDirectory(Path.Combine(d.Path, "folder.txt")).FullName, "TSR005"),
        ["a FIFO"] = (d => Fifo(d, "pipe.txt"), "TSR002"),
        ["/dev/zero"] = (_ => File.Exists("/dev/zero") ? "/dev/zero" : null, "TSR002"),
        ["/dev/urandom"] = (_ => File.Exists("/dev/urandom") ? "/dev/urandom" : null, "TSR002"),
        ["case.yaml nested 100,000 deep"] = (d => CaseFolder(d, "title: t\nsources: " + new string('[', 100_000)), "TSR408"),
        ["case.yaml with a second document"] = (d => CaseFolder(d, "title: t\nsources:\n  - file: sources/a.txt\n---\ntitle: u\n", ("sources/a.txt", "Text.")), "TSR409"),
        ["case.yaml not UTF-8"] = (d => CaseBytes(d, [.. Encoding.UTF8.GetBytes("title: caf"), 0xE9, .. Encoding.UTF8.GetBytes("\nsources:\n  - file: sources/a.txt\n")]), "TSR003"),
        ["case.yaml in UTF-16"] = (d => CaseBytes(d, [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("title: t\nsources:\n  - file: sources/a.txt\n")]), Read),
        ["case.yaml key with a newline and an escape"] = (d => CaseFolder(d, "title: t\n\"bad\\nkey\\e[31m\": 1\nsources:\n  - file: sources/a.txt\n", ("sources/a.txt", "Text.")), "TSR011"),
        ["source /etc/passwd"] = (d => CaseOf(d, "/etc/passwd"), "TSR401"),
        ["source ../../../../etc/passwd"] = (d => CaseOf(d, "../../../../../../../../etc/passwd"), "TSR401"),
        ["source /proc/self/status"] = (d => CaseOf(d, "/proc/self/status"), "TSR401"),
        ["source a link out of the folder"] = (d => LinkOut(d, "sources/link.txt"), "TSR401"),
        ["source through a linked folder and .."] = (d => LinkedFolderUp(d), "TSR401"),
        ["case.yaml a link out of the folder"] = (d => LinkOut(d, "case.yaml"), "TSR401"),
        ["source a FIFO in the folder"] = (d => Fifo(d, "case/sources/pipe.txt") is null ? null : CaseOf(d, "sources/pipe.txt"), "TSR002"),
    };

    public static TheoryData<string> Kinds => [.. Corpus.Keys];

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task Hostile_input_is_read_within_bounds_or_refused_with_one_line(string kind)
    {
        using var dir = Fixtures.TempFolder();
        var (make, expect) = Corpus[kind];
        var path = make(dir);
        if (path is null) return; // not on this system (no FIFOs on Windows)

        // A pipe must be refused at once, never waited on; no other read here is timed.
        var cancel = TestContext.Current.CancellationToken;
        var reading = Task.Run(() => Attempt(path), cancel);
        Assert.Same(reading, await Task.WhenAny(reading, Task.Delay(TimeSpan.FromSeconds(60), cancel)));
        var problem = await reading;

        if (expect == Read) Assert.True(problem is null, $"{kind}: refused: {problem}");
        else if (expect != "any") Assert.Equal(expect, problem?.Code);
        if (problem is null) return;
        Assert.Matches("^TSR[0-9]{3}$", problem.Code);
        Assert.DoesNotContain('\n', problem.ToString());
        Assert.False(string.IsNullOrEmpty(problem.File), $"{kind}: the problem names no file");
    }

    /// <summary>Reads a file, or a case folder and then each of its sources as an assessment would; the problem if refused.</summary>
    private static Problem? Attempt(string path)
    {
        try
        {
            if (!Directory.Exists(path) || !File.Exists(Path.Combine(path, "case.yaml"))) return Check(DocumentReader.Read(path, limits: Small));
            var loaded = CaseYaml.Load(path, Small);
            if (!loaded.Ok) return loaded.Problem;
            foreach (var source in loaded.Value!.Sources)
                if (Check(DocumentReader.Read(source.File, source.Info, Small)) is { } p) return p;
            return null;
        }
        catch (ProblemException e)
        {
            return e.Problem;
        }
    }

    private static Problem? Check(Result<Document> read)
    {
        if (!read.Ok) return read.Problem;
        Assert.InRange(read.Value!.Text.Length, 1, Small.MaxTextChars);
        return null;
    }

    private static string CaseBytes(TempFolder dir, byte[] yaml)
    {
        var folder = CaseFolder(dir, "", ("sources/a.txt", "Text."));
        File.WriteAllBytes(Path.Combine(folder, "case.yaml"), yaml);
        return folder;
    }

    /// <summary>A case whose <paramref name="name"/> is a symbolic link to a file beside the case folder, outside it.</summary>
    private static string LinkOut(TempFolder dir, string name)
    {
        var secret = dir.Write("secret.txt", "title: stolen\nsources:\n  - file: secret.txt\n");
        var folder = CaseOf(dir, "sources/link.txt");
        var link = Path.Combine(folder, name);
        File.Delete(link);
        File.CreateSymbolicLink(link, secret);
        return folder;
    }

    /// <summary>"sources/in/../../secret.txt" where "in" links to a folder two levels inside the case: as text the path stays
    /// inside, followed it leads out. The path read must be the path checked.</summary>
    private static string LinkedFolderUp(TempFolder dir)
    {
        dir.Write("secret.txt", "The secret.");
        var folder = CaseOf(dir, "sources/in/../../../secret.txt");
        Directory.CreateDirectory(Path.Combine(folder, "deep", "er"));
        Directory.CreateSymbolicLink(Path.Combine(folder, "sources", "in"), Path.Combine(folder, "deep", "er"));
        File.WriteAllText(Path.Combine(folder, "secret.txt"), "Inside, if the path were read as text.");
        return folder;
    }

    public static TheoryData<string> LoopingPdfs => ["page attribute", "page tree", "object stream"];

    [Theory]
    [MemberData(nameof(LoopingPdfs))]
    public async Task A_pdf_whose_objects_refer_to_each_other_in_a_loop_is_refused_with_one_line_out_of_process(string where)
    {
        // Out of process: if the guard ever fails, the stack overflow ends that process with exit 134, not the test host.
        using var dir = Fixtures.TempFolder();
        var pdf = dir.WriteBytes("loop.pdf", where switch { "page attribute" => LoopingPdf(), "page tree" => LoopingKidsPdf(), _ => PackedLoopPdf() });
        var cli = Path.Combine(AppContext.BaseDirectory, "tessera.dll");
        using var process = Process.Start(new ProcessStartInfo("dotnet", [cli, "read", pdf])
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        })!;
        var cancel = TestContext.Current.CancellationToken;
        var stderr = process.StandardError.ReadToEndAsync(cancel);
        var stdout = process.StandardOutput.ReadToEndAsync(cancel);
        await process.WaitForExitAsync(cancel);
        Assert.Equal(2, process.ExitCode);
        var lines = (await stderr).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Single(lines);
        Assert.Contains("loop.pdf", lines[0]);
        Assert.Contains("[TSR407]", lines[0]);
        Assert.Equal("", await stdout);
    }

    [Fact]
    public void A_case_naming_a_file_outside_its_folder_exits_2_with_one_line_naming_the_entry()
    {
        using var dir = Fixtures.TempFolder();
        var folder = CaseFolder(dir, "title: t\nsources:\n  - file: sources/a.txt\n  - file: ../../../../../../../etc/passwd\n", ("sources/a.txt", "Text."));
        var run = Tessera.Tests.Cli.CliRunner.Invoke("assess", folder);
        Assert.Equal(2, run.Exit);
        var line = Assert.Single(run.Err.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("case.yaml: line 4: '../../../../../../../etc/passwd' resolves to /etc/passwd, outside the case folder", line);
        Assert.EndsWith("[TSR401]", line.TrimEnd());
        Assert.False(Directory.Exists(Path.Combine(folder, ".tessera")), "nothing is stored for a refused case");
    }

    [Fact]
    public void A_well_formed_pdf_made_by_hand_is_read()
    {
        using var dir = Fixtures.TempFolder();
        Assert.Equal("Troops withdrew on Friday.", DocumentReader.Read(dir.WriteBytes("ok.pdf", OnePagePdf()), limits: Small).Value!.Text);
    }

    [Fact]
    public void A_utf16_source_reads_as_the_same_text_as_utf8()
    {
        using var dir = Fixtures.TempFolder();
        const string text = "Президент Токаев said: “calm”.";
        var le = DocumentReader.Read(dir.WriteBytes("le.txt", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)])).Value!;
        var be = DocumentReader.Read(dir.WriteBytes("be.txt", [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(text)])).Value!;
        Assert.Equal(text, le.Text);
        Assert.Equal(text, be.Text);
    }
}
