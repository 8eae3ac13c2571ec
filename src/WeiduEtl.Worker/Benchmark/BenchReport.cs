using System.Diagnostics;
using System.Globalization;

namespace WeiduEtl.Worker.Benchmark;

/// <summary>How the text and synthetic benchmarks word their figures, so that every line reads the same way.</summary>
internal static class BenchReport
{
    public static string Rate(int count, TimeSpan elapsed) =>
        (count / Math.Max(elapsed.TotalSeconds, 1e-9)).ToString("F1", CultureInfo.InvariantCulture);

    public static string Seconds(TimeSpan elapsed) => elapsed.TotalSeconds.ToString("F2", CultureInfo.InvariantCulture);

    public static string Ms(double milliseconds) => milliseconds.ToString("F2", CultureInfo.InvariantCulture);

    public static string Count(long count) => count.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>CPU time the process has used on all cores so far: on a busy machine a steadier figure than the clock.</summary>
    public static TimeSpan CpuTime()
    {
        using var self = Process.GetCurrentProcess();
        return self.TotalProcessorTime;
    }

    /// <summary>The process's peak working set since it started, in MB.</summary>
    public static string PeakMb()
    {
        using var self = Process.GetCurrentProcess();
        return (self.PeakWorkingSet64 / 1024.0 / 1024.0).ToString("F0", CultureInfo.InvariantCulture);
    }
}
