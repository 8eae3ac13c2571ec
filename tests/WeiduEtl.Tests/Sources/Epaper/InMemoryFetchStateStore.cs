using System.Collections.Concurrent;
using WeiduEtl.Core.Ports;

namespace WeiduEtl.Tests.Sources.Epaper;

/// <summary>Fetch state in a dictionary, counting writes (a dry run must make none).</summary>
public sealed class InMemoryFetchStateStore : IFetchStateStore
{
    private readonly ConcurrentDictionary<(string, string, string), string> _values = new();
    private int _writes;

    public int Writes => _writes;

    public IReadOnlyDictionary<string, string> Values => _values.ToDictionary(kv => kv.Key.Item3, kv => kv.Value);

    public Task<string?> GetAsync(string databasePath, string pipeline, string key, CancellationToken cancellationToken) =>
        Task.FromResult(_values.TryGetValue((databasePath, pipeline, key), out var value) ? value : null);

    public Task SetAsync(string databasePath, string pipeline, string key, string value, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _writes);
        _values[(databasePath, pipeline, key)] = value;
        return Task.CompletedTask;
    }
}
