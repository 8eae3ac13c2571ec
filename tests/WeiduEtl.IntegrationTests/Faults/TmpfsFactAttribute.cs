using System.Diagnostics;

namespace WeiduEtl.IntegrationTests.Faults;

/// <summary>
/// A fact that mounts a small tmpfs, which needs root on Linux with the right to mount (CI runs as root); skipped,
/// saying why, where that is not so.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class TmpfsFactAttribute : FactAttribute
{
    private static readonly Lazy<string?> Missing = new(WhyNot);

    public TmpfsFactAttribute()
    {
        if (Missing.Value is { } reason)
        {
            Skip = reason;
        }
    }

    private static string? WhyNot()
    {
        if (!OperatingSystem.IsLinux() || Environment.UserName != "root")
        {
            return "needs root on Linux to mount a small tmpfs (CI runs as root); run the tests as root to include the full-disk case";
        }
        var probe = Directory.CreateTempSubdirectory("weidu-tmpfs-probe-").FullName;
        try
        {
            if (!Succeeds("mount", "-t", "tmpfs", "-o", "size=4k", "tmpfs", probe))
            {
                return "root here cannot mount a tmpfs (a container without CAP_SYS_ADMIN?); the full-disk case is skipped";
            }
            Succeeds("umount", probe);
            return null;
        }
        finally
        {
            Directory.Delete(probe);
        }
    }

    private static bool Succeeds(string command, params string[] args)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo(command, args) { RedirectStandardError = true })!;
            process.StandardError.ReadToEnd();
            process.WaitForExit();
            return process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }
}
