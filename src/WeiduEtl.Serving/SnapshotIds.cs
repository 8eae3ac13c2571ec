using System.Text.RegularExpressions;

namespace WeiduEtl.Serving;

/// <summary>
/// What a snapshot id may look like in a URL or in latest.json: the publisher's UTC time with an
/// optional -N suffix. Nothing with a dot, slash or percent sign can name a folder, so hidden
/// temporary folders (.tmp-…) and traversal never match.
/// </summary>
internal static partial class SnapshotIds
{
    public static bool IsValid(string? id) => id is { Length: > 0 and <= 64 } && Pattern().IsMatch(id);

    [GeneratedRegex("^[0-9A-Za-z][0-9A-Za-z_-]*$")]
    private static partial Regex Pattern();
}
