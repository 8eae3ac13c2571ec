using System.Diagnostics;
using System.Globalization;

namespace WeiduEtl.IntegrationTests.Faults;

/// <summary>A tmpfs of a chosen size, resizable while mounted, unmounted and removed at the end.</summary>
public sealed class SmallTmpfs : IDisposable
{
    public SmallTmpfs(long bytes)
    {
        Path = Directory.CreateTempSubdirectory("weidu-tmpfs-").FullName;
        Mount($"size={Kilobytes(bytes)}k", "tmpfs", Path);
    }

    public string Path { get; }

    public long Used => new DriveInfo(Path).TotalSize - new DriveInfo(Path).AvailableFreeSpace;

    public void Resize(long bytes) => Mount("-o", $"remount,size={Kilobytes(bytes)}k", Path);

    public void Dispose()
    {
        Run("umount", Path);
        Directory.Delete(Path);
    }

    private static long Kilobytes(long bytes) => (bytes + 4095) / 4096 * 4;

    private static void Mount(string option, string source, string target)
    {
        if (option.StartsWith("size=", StringComparison.Ordinal))
        {
            Run("mount", "-t", "tmpfs", "-o", option, source, target);
        }
        else
        {
            Run("mount", option, source, target);
        }
    }

    private static void Run(string command, params string[] args)
    {
        using var process = Process.Start(new ProcessStartInfo(command, args) { RedirectStandardError = true })!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{command} {string.Join(' ', args)}: exit {process.ExitCode.ToString(CultureInfo.InvariantCulture)}: {error}");
    }
}
