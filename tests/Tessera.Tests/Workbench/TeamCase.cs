using Tessera.Workbench;

namespace Tessera.Tests.Workbench;

/// <summary>A small case of two harbour sources and a users file of two analysts, for the tests of sign-in and of a team's edits;
/// a workbench on it is built with <see cref="Serve"/>.</summary>
public sealed class TeamCase : IDisposable
{
    private readonly TempFolder _folder = Fixtures.TempFolder();

    public const string Yaml = """
        title: Harbour strike   # the desk's name for it
        sources:
          # the ministry's statement, as sent
          - id: ministry
            file: sources/ministry.txt
            publisher: Ministry of Transport
            date: 2024-03-11
            grade: C3
          - id: wire
            file: sources/wire.txt
            publisher: Harbour Wire
            date: 2024-03-12

        """;

    public static readonly (string Name, string Password)[] Analysts = [("amira", "harbour-lights-7"), ("boris", "quayside-fog-42")];

    public TeamCase()
    {
        _folder.Write("case/sources/ministry.txt", "The transport ministry said that the port would reopen on Monday.\n");
        _folder.Write("case/sources/wire.txt", "Dock workers said the strike would continue until wages were paid.\n");
        _folder.Write("case/case.yaml", Yaml);
        var text = "";
        foreach (var (name, password) in Analysts) text = UserList.WithUser(UsersFile, text, name, password).Value.Text;
        _folder.Write("users.tsv", text);
    }

    public string Folder => Path.Combine(_folder.Path, "case");
    public string YamlPath => Path.Combine(Folder, "case.yaml");
    public string UsersFile => Path.Combine(_folder.Path, "users.tsv");
    public string SqliteStore => Path.Combine(_folder.Path, "case.db");

    /// <summary>A started workbench on this case and the given store, with sign-in; the caller stops it.</summary>
    public async Task<(Microsoft.AspNetCore.Builder.WebApplication App, CaseSession Session, string Address)> Serve(string store, int attemptsPerMinute = 100, string listen = "127.0.0.1:0")
    {
        var session = new CaseSession(Folder, store, Fixtures.Bundled);
        Assert.Null(session.Load());
        var app = Tessera.Workbench.Workbench.Create(session, listen, new SignIn(UserList.Load(UsersFile).Value!, attemptsPerMinute));
        Assert.True(app.Ok, app.Problem?.ToString());
        var address = (await Tessera.Workbench.Workbench.StartAsync(app.Value!)).TrimEnd('/');
        return (app.Value!, session, address);
    }

    public void Dispose() => _folder.Dispose();
}
