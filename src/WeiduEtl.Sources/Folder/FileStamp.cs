namespace WeiduEtl.Sources.Folder;

/// <summary>What a file looked like when it was last read: its size, last write time (UTC ticks) and the sha256 of its bytes.</summary>
internal sealed record FileStamp(long Size, long Modified, string Sha256)
{
    /// <summary>The file's size and last write time now, without reading it; null when it cannot be looked at.</summary>
    public static (long Size, long Modified)? Look(string fullPath)
    {
        try
        {
            // FileInfo describes a link itself, not the file it leads to: a link is stamped as the file a read would open.
            FileSystemInfo info = new FileInfo(fullPath);
            if (info.Attributes.HasFlag(FileAttributes.ReparsePoint))
            {
                info = info.ResolveLinkTarget(returnFinalTarget: true) ?? info;
            }
            return info is FileInfo { Exists: true } file ? (file.Length, file.LastWriteTimeUtc.Ticks) : null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    public bool Matches((long Size, long Modified) look) => Size == look.Size && Modified == look.Modified;
}
