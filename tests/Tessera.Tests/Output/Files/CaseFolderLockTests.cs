using Tessera.Output;

namespace Tessera.Tests.Output.Files;

/// <summary>Changes of case.yaml run one at a time under the case's lock, so an edit that reads, checks and writes never writes
/// over another's unseen.</summary>
public class CaseFolderLockTests
{
    [Fact]
    public void Edits_from_many_threads_each_see_the_one_before_and_none_is_lost()
    {
        using var dir = Fixtures.TempFolder();
        dir.Write("case.yaml", "title: Harbour strike\n");

        // Each edit reads the text, pauses to give another every chance to cross it, and appends its own line.
        Parallel.For(0, 24, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i =>
            Assert.Null(CaseFolderWrite.Edit(dir.Path, text =>
            {
                Thread.Sleep(5);
                return text + $"# edit {i}\n";
            })));

        var lines = File.ReadAllLines(Path.Combine(dir.Path, "case.yaml"));
        Assert.Equal(25, lines.Length);
        Assert.Equal(Enumerable.Range(0, 24).Select(i => $"# edit {i}").Order(), lines.Skip(1).Order());
    }

    [Fact]
    public void An_edit_that_gives_a_problem_writes_nothing()
    {
        using var dir = Fixtures.TempFolder();
        var path = dir.Write("case.yaml", "title: Harbour strike\n");
        var problem = CaseFolderWrite.Edit(dir.Path, _ => Messages.StaleEdit("ministry"));
        Assert.Equal("TSR762", problem!.Code);
        Assert.Equal("title: Harbour strike\n", File.ReadAllText(path));
    }
}
