using System.Diagnostics;

namespace WeiduEtl.IntegrationTests.Serving;

/// <summary>
/// A file of a snapshot folder whose reads fail with EIO, as on a failing disk: a kernel attribute file that opens,
/// has a size, and answers every read with EIO (runtime power management's autosuspend_delay_ms of a device that
/// does not autosuspend) bind-mounted over it. Needs root and the right to mount; unmounted at the end.
/// </summary>
public sealed class UnreadableFile : IDisposable
{
    private static readonly string[] Candidates =
    [
        "/sys/devices/software/power/autosuspend_delay_ms",
        "/sys/devices/platform/power/autosuspend_delay_ms",
        "/sys/devices/system/cpu/power/autosuspend_delay_ms",
    ];

    private static readonly Lazy<string?> Source = new(FindSource);

    private UnreadableFile(string path) => Path = path;

    public string Path { get; }

    /// <summary>Why the case cannot be made here, or null when it can.</summary>
    public static string? WhyNot => Source.Value is null
        ? "needs root on Linux with the right to bind-mount, and a kernel attribute file that fails reads with EIO"
        : null;

    /// <summary>Makes <paramref name="path"/> (an existing file) fail every read.</summary>
    public static UnreadableFile Over(string path)
    {
        Run("mount", "--bind", Source.Value!, path);
        return new UnreadableFile(path);
    }

    public void Dispose() => Run("umount", Path);

    private static string? FindSource()
    {
        if (!OperatingSystem.IsLinux() || Environment.UserName != "root")
        {
            return null;
        }
        foreach (var candidate in Candidates)
        {
            // A missing one would throw FileNotFoundException, an IOException too, and pass for a read failing with EIO.
            if (!File.Exists(candidate))
            {
                continue;
            }
            try
            {
                if (new FileInfo(candidate).Length > 0)
                {
                    File.ReadAllBytes(candidate);
                }
            }
            catch (IOException) when (CanBind(candidate))
            {
                return candidate;
            }
            catch (IOException)
            {
                // Fails reads but cannot be bind-mounted here: the next candidate may be.
            }
            catch (UnauthorizedAccessException)
            {
            }
        }
        return null;
    }

    private static bool CanBind(string source)
    {
        var probe = System.IO.Path.GetTempFileName();
        try
        {
            Run("mount", "--bind", source, probe);
            Run("umount", probe);
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
        finally
        {
            File.Delete(probe);
        }
    }

    private static void Run(string command, params string[] args)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo(command, args) { RedirectStandardError = true })!;
            var error = process.StandardError.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"{command} {string.Join(' ', args)}: {error}");
            }
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            throw new InvalidOperationException($"{command}: {ex.Message}", ex);
        }
    }
}
