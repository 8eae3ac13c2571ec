namespace WeiduEtl.Core.Ports;

/// <summary>
/// Small durable key/value state a source keeps between passes (last fetched date, ETags, checked days) in one
/// database, scoped to one pipeline. Get one from <see cref="IStoreFactory"/>.
/// </summary>
public interface IFetchStateStore
{
    Task<string?> GetAsync(string pipeline, string key, CancellationToken cancellationToken);

    Task SetAsync(string pipeline, string key, string value, CancellationToken cancellationToken);
}
