using System.Globalization;

namespace WeiduEtl.Worker.Benchmark;

/// <summary>Processor time the calling thread has run: Linux's scheduler statistics, else the process's (other systems).</summary>
internal static class ThreadCpu
{
    private const string SchedStat = "/proc/thread-self/schedstat";

    public static TimeSpan Now()
    {
        if (File.Exists(SchedStat))
        {
            // Nanoseconds on the processor, the first of three fields.
            var fields = File.ReadAllText(SchedStat).Split(' ');
            return TimeSpan.FromTicks(long.Parse(fields[0], CultureInfo.InvariantCulture) / 100);
        }
        return BenchReport.CpuTime();
    }
}
