using Microsoft.Extensions.Hosting;
using System.CommandLine;
using Tessera.Workbench;

namespace Tessera.Cli;

/// <summary>`tessera serve CASE_DIR`: the workbench, the case in a browser on this machine.</summary>
public static class ServeCommand
{
    public static Command Build(TextWriter stdout, TextWriter stderr)
    {
        var folder = new Argument<string>("case") { Description = "A case folder with case.yaml." };
        var listen = new Option<string>("--listen")
        {
            Description = "The address to listen on, host:port (default 127.0.0.1:5000; port 0 picks a free one). Without --users only a " +
                          "loopback address: a workbench without sign-in refuses to be reachable from other machines.",
            DefaultValueFactory = _ => "127.0.0.1:5000",
        };
        var users = new Option<string?>("--users")
        {
            Description = "A users file (name<TAB>hash lines, written by `tessera users add`): every page then asks for sign-in, edits are " +
                          "credited to the analyst signed in, and --listen may name any address.",
        };
        var db = Cli.DbOption();
        var lexicon = Cli.LexiconOption();
        var jobs = Cli.JobsOption();
        var command = new Command("serve", "Open a case in the browser: the overview of the brief, every claim filtered and paged, each claim's " +
                                           "provenance (the `show` view), and the sources, with uploads of new ones. Reading needs no JavaScript.")
        {
            folder, listen, db, lexicon, users, jobs,
        };
        command.SetAction(async (parsed, cancel) =>
        {
            // The users file and the address are checked before the case is assessed, so a mistake in either costs nothing.
            SignIn? signIn = null;
            if (parsed.GetValue(users) is { } usersFile)
            {
                var list = UserList.Load(usersFile);
                if (!list.Ok) return Cli.Fail(stderr, list.Problem!);
                signIn = new SignIn(list.Value!);
            }
            if (Workbench.Workbench.Address(parsed.GetValue(listen)!, signIn is not null) is { Ok: false } refused) return Cli.Fail(stderr, refused.Problem!);
            var session = new CaseSession(parsed.GetValue(folder)!, parsed.GetValue(db), Cli.Resources(parsed, lexicon).Load(), parsed.GetValue(jobs));
            if (session.Load() is { } problem) return Cli.Fail(stderr, problem);
            var app = Workbench.Workbench.Create(session, parsed.GetValue(listen)!, signIn);
            if (!app.Ok) return Cli.Fail(stderr, app.Problem!);
            var address = await Workbench.Workbench.StartAsync(app.Value!);
            stdout.WriteLine($"Tessera workbench for {session.Current.Opened.File.Title}: {address} (Ctrl+C stops)");
            stdout.Flush();
            await app.Value!.WaitForShutdownAsync(cancel);
            return Cli.Ok;
        });
        return command;
    }
}
