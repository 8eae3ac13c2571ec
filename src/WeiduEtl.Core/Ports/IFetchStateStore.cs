namespace WeiduEtl.Core.Ports;

/// <summary>
/// Small durable key/value state a source keeps between passes (last fetched date, ETags, checked days),
/// scoped to one pipeline.
/// </summary>
public interface IFetchStateStore
{
    Task<string?> GetAsync(string databasePath, string pipeline, string key, CancellationToken cancellationToken);

    Task SetAsync(string databasePath, string pipeline, string key, string value, CancellationToken cancellationToken);
}
