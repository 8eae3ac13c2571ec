namespace WeiduEtl.IntegrationTests.Faults;

/// <summary>A fact that mounts a small tmpfs, which needs root on Linux (CI runs as root); skipped saying so elsewhere.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class TmpfsFactAttribute : FactAttribute
{
    public TmpfsFactAttribute()
    {
        if (!OperatingSystem.IsLinux() || Environment.UserName != "root" || !File.Exists("/bin/mount"))
        {
            Skip = "needs root on Linux to mount a small tmpfs (CI runs as root); run the tests as root to include the full-disk case";
        }
    }
}
