using System.Globalization;

namespace WeiduEtl.Worker.Benchmark;

/// <summary>Latencies in milliseconds, summarised as p50, p95, p99 and the slowest (nearest rank).</summary>
internal sealed class Percentiles(IEnumerable<double> milliseconds)
{
    private readonly double[] _sorted = [.. milliseconds.Order()];

    public int Count => _sorted.Length;

    public double At(double percent) =>
        _sorted.Length == 0 ? 0 : _sorted[Math.Clamp((int)Math.Ceiling(percent / 100 * _sorted.Length) - 1, 0, _sorted.Length - 1)];

    public override string ToString() => _sorted.Length == 0
        ? "none"
        : string.Create(CultureInfo.InvariantCulture, $"p50 {At(50):F1} ms, p95 {At(95):F1} ms, p99 {At(99):F1} ms, max {_sorted[^1]:F1} ms");
}
