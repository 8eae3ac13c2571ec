namespace WeiduEtl.Serving;

/// <summary>
/// Turns a file path from a URL into a real file inside one snapshot folder, or refuses. Checked twice:
/// the text (no "..", ".", hidden names, backslashes, percent signs, colons or absolute paths), then the
/// real path with every symbolic link resolved, which must stay under the snapshot's own real path.
/// </summary>
internal static class SafePath
{
    private const int MaxLength = 512;
    private const int MaxLinkDepth = 32;

    /// <summary>The text check alone, for snapshots with no real path (object storage); null when the text may name a file.</summary>
    public static SafePathResult? CheckText(string? relative)
    {
        if (string.IsNullOrEmpty(relative))
        {
            return SafePathResult.NotFound;
        }
        if (relative.Length > MaxLength || relative[0] == '/' || relative.Any(c => c is '\\' or '%' or ':' || char.IsControl(c)))
        {
            return SafePathResult.BadRequest;
        }
        var segments = relative.Split('/');
        if (segments.Any(s => s.Length == 0 || s is "." or ".."))
        {
            return SafePathResult.BadRequest;
        }
        return segments.Any(s => s[0] == '.') ? SafePathResult.NotFound : null;
    }

    /// <returns>The outcome and, when found, the real path of the file to open.</returns>
    public static (SafePathResult Result, string? RealPath) Resolve(string snapshotFolder, string? relative)
    {
        if (CheckText(relative) is { } refused)
        {
            return (refused, null);
        }
        var segments = relative!.Split('/');
        var root = Path.GetFullPath(snapshotFolder);
        var candidate = Path.GetFullPath(Path.Combine(root, Path.Combine(segments)));
        if (!IsUnder(candidate, root))
        {
            return (SafePathResult.BadRequest, null);
        }
        var realRoot = RealPath(root, 0);
        var realFile = RealPath(candidate, 0);
        if (realRoot is null || realFile is null || !IsUnder(realFile, realRoot) || !File.Exists(realFile))
        {
            return (SafePathResult.NotFound, null);
        }
        return (SafePathResult.Found, realFile);
    }

    /// <summary>
    /// True when <paramref name="path"/>, with links resolved, is inside <paramref name="container"/> with
    /// its links resolved. A snapshot folder or latest.json linked to elsewhere is not served.
    /// </summary>
    public static bool StaysInside(string path, string container)
    {
        var real = RealPath(Path.GetFullPath(path), 0);
        var realContainer = RealPath(Path.GetFullPath(container), 0);
        return real is not null && realContainer is not null && IsUnder(real, realContainer);
    }

    private static bool IsUnder(string path, string folder) =>
        path.StartsWith(Path.TrimEndingDirectorySeparator(folder) + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    /// <summary>
    /// The path with every symbolic link along it replaced by its target (what realpath(3) gives);
    /// null when a part is missing or links loop.
    /// </summary>
    internal static string? RealPath(string fullPath, int depth)
    {
        if (depth > MaxLinkDepth)
        {
            return null;
        }
        var root = Path.GetPathRoot(fullPath);
        if (string.IsNullOrEmpty(root))
        {
            return null;
        }
        var current = root;
        foreach (var part in fullPath[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            var next = Path.Combine(current, part);
            var target = new FileInfo(next).LinkTarget;
            if (target is null)
            {
                if (!Path.Exists(next))
                {
                    return null;
                }
                current = next;
                continue;
            }
            var resolved = RealPath(Path.GetFullPath(target, current), depth + 1);
            if (resolved is null)
            {
                return null;
            }
            current = resolved;
        }
        return current;
    }
}
