namespace Tessera.Case;

/// <summary>Creates a SQLite store's folder and empty file readable by their owner only (700 and 600 on Unix) before SQLite
/// writes a byte: a case's sources and claims are nobody else's to read, and SQLite gives its journal files the mode of the
/// database file.</summary>
internal static class StoreFile
{
    private const UnixFileMode OwnerFolder = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    private const UnixFileMode OwnerFile = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    /// <summary>The SQLite name of a store that lives in memory and is gone when it is closed.</summary>
    public const string InMemory = ":memory:";

    /// <summary>Makes the folder and the file when they are missing; an existing folder or file keeps the mode it has.</summary>
    public static void Prepare(string path)
    {
        if (path == InMemory) return;
        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full);
        if (OperatingSystem.IsWindows())
        {
            if (!string.IsNullOrEmpty(folder)) Directory.CreateDirectory(folder);
            return;
        }
        if (!string.IsNullOrEmpty(folder) && !Directory.Exists(folder)) Directory.CreateDirectory(folder, OwnerFolder);
        if (File.Exists(full)) return;
        try
        {
            // CreateNew refuses any existing path, a dangling link included, so a link planted as the store is never followed here.
            using var created = new FileStream(full, new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, UnixCreateMode = OwnerFile });
        }
        catch (IOException) when (File.Exists(full))
        {
            // Another process made the store first; it made it the same way.
        }
    }
}
