using System.Diagnostics;
using System.Globalization;

namespace WeiduEtl.Worker.Benchmark;

/// <summary>
/// What the parse of the pages in a pass cost, added up from the parsing threads: the clock, the thread's own processor
/// time and its allocations. The clock counts the time a loaded machine takes the thread's core away; the processor time
/// does not. The first and second half of the pages are kept apart: the runtime compiles hot methods again, optimised,
/// some time after their first calls, so early pages run slower code than late ones.
/// </summary>
internal sealed class ParseTally(int pages)
{
    private readonly Half _first = new();
    private readonly Half _second = new();

    /// <summary>Runs the parse of page <paramref name="index"/> and adds its cost to its half.</summary>
    public T Measure<T>(int index, Func<T> parse)
    {
        var (wall, cpu, bytes) = (Stopwatch.GetTimestamp(), ThreadCpu.Now(), GC.GetAllocatedBytesForCurrentThread());
        var result = parse();
        (index < pages / 2 ? _first : _second).Add(
            Stopwatch.GetTimestamp() - wall, ThreadCpu.Now() - cpu, GC.GetAllocatedBytesForCurrentThread() - bytes);
        return result;
    }

    public double WallMsAPage => (_first.WallTicks + _second.WallTicks) * 1000.0 / Stopwatch.Frequency / Math.Max(_first.Pages + _second.Pages, 1);

    /// <summary>"CPU 2.10 ms a page (first half 3.00, second 1.20), 1,234 KB allocated a page".</summary>
    public override string ToString()
    {
        var all = _first.Pages + _second.Pages;
        var cpu = (_first.Cpu + _second.Cpu).TotalMilliseconds / Math.Max(all, 1);
        var kb = (_first.Bytes + _second.Bytes) / 1024.0 / Math.Max(all, 1);
        return string.Create(CultureInfo.InvariantCulture,
            $"CPU {BenchReport.Ms(cpu)} ms a page (first half of the pages {BenchReport.Ms(_first.CpuMsAPage)}, second {BenchReport.Ms(_second.CpuMsAPage)}), {kb:N0} KB allocated a page");
    }

    private sealed class Half
    {
        private long _wallTicks;
        private long _cpuTicks;
        private long _bytes;
        private int _pages;

        public long WallTicks => Interlocked.Read(ref _wallTicks);
        public TimeSpan Cpu => TimeSpan.FromTicks(Interlocked.Read(ref _cpuTicks));
        public long Bytes => Interlocked.Read(ref _bytes);
        public int Pages => Volatile.Read(ref _pages);
        public double CpuMsAPage => Cpu.TotalMilliseconds / Math.Max(Pages, 1);

        public void Add(long wallTicks, TimeSpan cpu, long bytes)
        {
            Interlocked.Add(ref _wallTicks, wallTicks);
            Interlocked.Add(ref _cpuTicks, cpu.Ticks);
            Interlocked.Add(ref _bytes, bytes);
            Interlocked.Increment(ref _pages);
        }
    }
}
