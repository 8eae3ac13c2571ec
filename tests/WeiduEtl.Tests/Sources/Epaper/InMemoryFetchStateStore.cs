using System.Collections.Concurrent;
using WeiduEtl.Core.Ports;

namespace WeiduEtl.Tests.Sources.Epaper;

/// <summary>Fetch state in a dictionary, counting writes (a dry run must make none).</summary>
public sealed class InMemoryFetchStateStore : IFetchStateStore
{
    private readonly ConcurrentDictionary<(string, string), string> _values = new();
    private int _writes;

    public int Writes => _writes;

    public IReadOnlyDictionary<string, string> Values => _values.ToDictionary(kv => kv.Key.Item2, kv => kv.Value);

    public Task<string?> GetAsync(string pipeline, string key, CancellationToken cancellationToken) =>
        Task.FromResult(_values.TryGetValue((pipeline, key), out var value) ? value : null);

    public Task SetAsync(string pipeline, string key, string value, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _writes);
        _values[(pipeline, key)] = value;
        return Task.CompletedTask;
    }
}
