using System.Globalization;
using System.Runtime;

namespace WeiduEtl.Worker.Benchmark;

/// <summary>
/// Methods the JIT compiled and the time it spent (all threads, tiering's background compiles included) between two
/// moments: on a short bench a good part of the CPU is the JIT recompiling hot code, which a long pass pays once.
/// </summary>
internal readonly record struct JitTally(long Methods, TimeSpan Time)
{
    public static JitTally Now() => new(JitInfo.GetCompiledMethodCount(currentThread: false), JitInfo.GetCompilationTime(currentThread: false));

    public static JitTally operator -(JitTally after, JitTally before) => new(after.Methods - before.Methods, after.Time - before.Time);

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"JIT: {Methods:N0} methods compiled in {Time.TotalSeconds:F2} s");
}
