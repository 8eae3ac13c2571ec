using System.Diagnostics;

namespace WeiduEtl.Worker.Benchmark;

/// <summary>Wall time and the process's CPU time together: on a shared machine the CPU time is the steadier of the two.</summary>
internal sealed class BenchClock
{
    private readonly Stopwatch _wall = Stopwatch.StartNew();
    private TimeSpan _cpuAtStart = BenchReport.CpuTime();

    public TimeSpan Elapsed => _wall.Elapsed;

    public TimeSpan Cpu => BenchReport.CpuTime() - _cpuAtStart;

    /// <summary>"12.34 s (CPU 20.00 s)".</summary>
    public string Both => $"{BenchReport.Seconds(Elapsed)} s (CPU {BenchReport.Seconds(Cpu)} s)";

    public void Restart()
    {
        _cpuAtStart = BenchReport.CpuTime();
        _wall.Restart();
    }
}
