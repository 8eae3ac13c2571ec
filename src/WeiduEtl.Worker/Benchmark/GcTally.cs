using System.Globalization;

namespace WeiduEtl.Worker.Benchmark;

/// <summary>What the garbage collector did between two moments: bytes allocated, collections per generation, time paused.</summary>
internal readonly record struct GcTally(long AllocatedBytes, int Gen0, int Gen1, int Gen2, TimeSpan Paused)
{
    public static GcTally Now() => new(
        GC.GetTotalAllocatedBytes(precise: false),
        GC.CollectionCount(0),
        GC.CollectionCount(1),
        GC.CollectionCount(2),
        GC.GetTotalPauseDuration());

    public static GcTally operator -(GcTally after, GcTally before) => new(
        after.AllocatedBytes - before.AllocatedBytes,
        after.Gen0 - before.Gen0,
        after.Gen1 - before.Gen1,
        after.Gen2 - before.Gen2,
        after.Paused - before.Paused);

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"GC: {Gen0} gen0, {Gen1} gen1, {Gen2} gen2 collections, paused {Paused.TotalSeconds:F2} s");
}
