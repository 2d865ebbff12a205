using System.CommandLine;
using System.Text;
using Tessera.Workbench;

namespace Tessera.Cli;

/// <summary>`tessera users add FILE NAME`: sets an analyst's password in a users file for `tessera serve --users`.</summary>
public static class UsersCommand
{
    /// <summary>The password comes from standard input, never from the arguments, which other users of the machine can list.</summary>
    public static Command Build(TextWriter stdout, TextWriter stderr, TextReader? stdin)
    {
        var file = new Argument<string>("file") { Description = "The users file (made, readable by its owner only, when missing)." };
        var name = new Argument<string>("name") { Description = "The analyst's name, as edits will be credited." };
        var add = new Command("add", "Add an analyst, or set a known one's password: the password is read from standard input (typed without " +
                                     $"echo at a terminal, else its first line), {UserList.MinPassword} to {UserList.MaxPassword} characters, and only its hash is stored.")
        {
            file, name,
        };
        add.SetAction(parsed =>
        {
            var path = parsed.GetValue(file)!;
            string text;
            try
            {
                text = File.Exists(path) ? File.ReadAllText(path, new UTF8Encoding(false, throwOnInvalidBytes: true)) : "";
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or DecoderFallbackException)
            {
                return Cli.Fail(stderr, Messages.Unreadable(path, e.Message));
            }
            var password = ReadPassword(stdin, stderr, parsed.GetValue(name)!);
            var updated = UserList.WithUser(path, text, parsed.GetValue(name)!, password ?? "");
            if (!updated.Ok) return Cli.Fail(stderr, updated.Problem!);
            if (UserList.Write(path, updated.Value.Text) is { } problem) return Cli.Fail(stderr, problem);
            stdout.WriteLine($"{(updated.Value.Added ? "Added" : "Changed the password of")} {parsed.GetValue(name)} in {path}.");
            return Cli.Ok;
        });
        return new Command("users", "Manage the analysts who may sign in to `tessera serve --users FILE`.") { add };
    }

    private static string? ReadPassword(TextReader? stdin, TextWriter stderr, string name)
    {
        if (stdin is not null || Console.IsInputRedirected) return (stdin ?? Console.In).ReadLine();
        stderr.Write($"Password for {name}: ");
        var typed = new StringBuilder();
        while (Console.ReadKey(intercept: true) is var key && key.Key != ConsoleKey.Enter)
        {
            if (key.Key == ConsoleKey.Backspace) { if (typed.Length > 0) typed.Length--; }
            else if (!char.IsControl(key.KeyChar)) typed.Append(key.KeyChar);
        }
        stderr.WriteLine();
        return typed.ToString();
    }
}
