namespace Tessera.Reading;

/// <summary>Where a path really leads, with every symbolic link on the way followed as the operating system follows it.</summary>
/// <remarks>A received case folder is untrusted: "sources/a.txt" may be a link to /etc/passwd, and "link/../x" means the
/// parent of the link's target, not of the link. So links are resolved one component at a time, never by string rules.</remarks>
public static class FilePaths
{
    /// <summary>As Linux's SYMLOOP_MAX: more links than this on one path is a loop.</summary>
    private const int MaxLinks = 40;

    /// <summary>The absolute path with no links left in it, or null when its links loop; parts that do not exist stay as written.</summary>
    public static string? RealPath(string path)
    {
        var absolute = Path.IsPathRooted(path) ? path : Path.Join(Directory.GetCurrentDirectory(), path);
        var root = Path.GetPathRoot(absolute)!;
        var pending = new Stack<string>(Parts(absolute[root.Length..]).Reverse());
        var current = root;
        var links = 0;
        while (pending.TryPop(out var part))
        {
            if (part == ".") continue;
            if (part == "..") { current = Path.GetDirectoryName(current) ?? root; continue; }
            var next = Path.Join(current, part);
            var target = LinkTarget(next);
            if (target is null) { current = next; continue; }
            if (++links > MaxLinks) return null;
            if (Path.IsPathRooted(target)) current = Path.GetPathRoot(target)!;
            // A relative target is read from the folder holding the link; its parts replace the link's own.
            foreach (var p in Parts(target[Path.GetPathRoot(target)!.Length..]).Reverse()) pending.Push(p);
        }
        return current;
    }

    /// <summary>Whether a real path lies inside a real folder (the folder itself does not count).</summary>
    public static bool IsInside(string realPath, string realFolder)
    {
        var comparison = OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        var folder = Path.TrimEndingDirectorySeparator(realFolder);
        if (!Path.EndsInDirectorySeparator(folder)) folder += Path.DirectorySeparatorChar;
        return realPath.StartsWith(folder, comparison) && realPath.Length > folder.Length;
    }

    private static IEnumerable<string> Parts(string path) =>
        path.Split([Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar], StringSplitOptions.RemoveEmptyEntries);

    private static string? LinkTarget(string path)
    {
        try
        {
            return new FileInfo(path).LinkTarget;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
