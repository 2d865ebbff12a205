using System.Text;
using Tessera.Cli;

// JSON Lines, CSV and the tables are UTF-8 whatever the console's code page.
Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
// Standard output is buffered and written in large blocks: a console writer flushes at every write, two system calls per
// JSON Lines record. Console.Out stays the writer the commands are given, so they still tell a terminal from a pipe.
var stdout = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 1 << 16) { AutoFlush = false };
Console.SetOut(stdout);
using var stepTimes = StepTimes.Listen(Console.Error);
try
{
    return Cli.Run(args, Console.Out, Console.Error);
}
finally
{
    Console.Out.Flush();
}
