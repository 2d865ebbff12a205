using System.Collections.Concurrent;
using System.Diagnostics;

namespace Tessera.Tests.Cli;

/// <summary>The built program run as a user runs it, in a process of its own, for the commands that run until stopped
/// (watch, serve): every line it prints is gathered, stderr's marked as such.</summary>
public static class ProgramProcess
{
    /// <summary>Starts the program; the caller waits on <paramref name="lines"/> and stops the process.</summary>
    public static Process Start(string[] args, ConcurrentQueue<string> lines)
    {
        var process = new Process
        {
            StartInfo = new ProcessStartInfo(Path.Combine(AppContext.BaseDirectory, "tessera"), args)
            {
                RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
            },
        };
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lines.Enqueue(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lines.Enqueue("stderr: " + e.Data); };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }
}
