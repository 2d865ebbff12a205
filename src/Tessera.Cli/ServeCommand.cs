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
            Description = "The address to listen on, host:port (default 127.0.0.1:5000; port 0 picks a free one). Only a loopback address: " +
                          "the workbench has no sign-in yet, so it refuses to be reachable from other machines.",
            DefaultValueFactory = _ => "127.0.0.1:5000",
        };
        var db = Cli.DbOption();
        var lexicon = Cli.LexiconOption();
        var command = new Command("serve", "Open a case in the browser: the overview of the brief, every claim filtered and paged, each claim's " +
                                           "provenance (the `show` view), and the sources, with uploads of new ones. Reading needs no JavaScript.")
        {
            folder, listen, db, lexicon,
        };
        command.SetAction(async (parsed, cancel) =>
        {
            var session = new CaseSession(parsed.GetValue(folder)!, parsed.GetValue(db), Cli.Resources(parsed, lexicon).Load());
            // The address is checked before the case is assessed, so a refused address costs nothing.
            if (Workbench.Workbench.Address(parsed.GetValue(listen)!) is { Ok: false } refused) return Cli.Fail(stderr, refused.Problem!);
            if (session.Load() is { } problem) return Cli.Fail(stderr, problem);
            var app = Workbench.Workbench.Create(session, parsed.GetValue(listen)!);
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
