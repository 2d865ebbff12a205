using Tessera.Workbench;

namespace Tessera.Tests.Workbench;

/// <summary>What the workbench serves while a case's reading is unfinished: the last snapshot built from a whole reading.</summary>
public sealed class CaseSessionTests
{
    [Fact]
    public void A_load_stopped_by_a_bad_source_keeps_serving_the_last_whole_snapshot()
    {
        using var dir = Fixtures.TempFolder();
        dir.Write("case.yaml", "title: Harbour case\nsources:\n  - id: first\n    file: first.txt\n  - id: second\n    file: second.txt\n");
        dir.Write("first.txt", "The harbour closed on Monday.");
        dir.Write("second.txt", "Dockers reportedly walked out.");
        var session = new CaseSession(dir.Path, Path.Combine(dir.Path, "case.db"), Fixtures.Bundled);
        Assert.Null(session.Load());
        var whole = session.Current;

        // The first source is read again and stored; the second stops the reading, which is left unfinished.
        dir.Write("first.txt", "The harbour reopened on Friday.");
        File.WriteAllBytes(Path.Combine(dir.Path, "second.txt"), [0x00, 0x01]);
        var problem = session.Load();

        Assert.NotNull(problem);
        Assert.EndsWith("second.txt", problem.File);
        Assert.Same(whole, session.Current);
        Assert.Contains(session.Current.Opened.Case.Claims, c => c.Text == "The harbour closed on Monday.");
        using var store = Tessera.Case.CaseStore.OpenSqlite(session.Store).Value!;
        Assert.True(store.ReadingUnfinished());
        Assert.Contains(store.Claims(Fixtures.Bundled.Stance.Bands), c => c.Text == "The harbour reopened on Friday.");
    }
}
