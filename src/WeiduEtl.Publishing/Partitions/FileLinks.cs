using System.Runtime.InteropServices;

namespace WeiduEtl.Publishing.Partitions;

/// <summary>
/// Puts a file of the previous snapshot into the new one: a hard link where the file system allows it (no bytes
/// copied, and pruning the old snapshot leaves the new one's file intact), else a copy.
/// </summary>
internal static partial class FileLinks
{
    public static void LinkOrCopy(string source, string target)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        if (OperatingSystem.IsWindows() || !TryLink(source, target))
        {
            File.Copy(source, target);
        }
    }

    private static bool TryLink(string source, string target)
    {
        try
        {
            return Link(source, target) == 0;
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            // A system without a loadable libc under that name: copying is slower, never wrong.
            return false;
        }
    }

    [LibraryImport("libc", EntryPoint = "link", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int Link(string oldPath, string newPath);
}
