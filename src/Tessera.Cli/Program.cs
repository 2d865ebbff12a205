using System.Text;
using Tessera.Cli;

// JSON Lines, CSV and the tables are UTF-8 whatever the console's code page.
Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
return Cli.Run(args, Console.Out, Console.Error);
