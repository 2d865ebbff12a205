using System.Text;

namespace Tessera.Output;

/// <summary>Writes an output file (a brief, an export) for every command, through a temporary file, so that a failed write
/// never leaves half a file where the old one was.</summary>
public static class OutputFile
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static Problem? Write(string path, string content) => Write(path, Utf8.GetBytes(content));

    public static Problem? Write(string path, byte[] content)
    {
        try
        {
            var full = Path.GetFullPath(path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            var temp = full + ".tmp";
            File.WriteAllBytes(temp, content);
            File.Move(temp, full, overwrite: true);
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            return Messages.CannotWrite(path, e.Message);
        }
    }
}
