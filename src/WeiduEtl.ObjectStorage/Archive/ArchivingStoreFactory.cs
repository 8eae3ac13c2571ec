using System.Collections.Concurrent;
using WeiduEtl.Core.Ports;

namespace WeiduEtl.ObjectStorage.Archive;

/// <summary>The registered store factory with every dataset store wrapped in an <see cref="ArchivingIssueStore"/>.</summary>
public sealed class ArchivingStoreFactory(IStoreFactory inner, SourceArchives archives) : IStoreFactory, IAsyncDisposable, IDisposable
{
    private readonly ConcurrentDictionary<string, IIssueStore> _issues = new(StringComparer.Ordinal);

    public IIssueStore Issues(string database) => _issues.GetOrAdd(database, d => new ArchivingIssueStore(inner.Issues(d), archives));

    public IRunLedgerStore Runs(string database) => inner.Runs(database);

    public IFetchStateStore FetchState(string database) => inner.FetchState(database);

    /// <summary>The wrapped factory holds the connections; it goes when this does.</summary>
    public async ValueTask DisposeAsync()
    {
        if (inner is IAsyncDisposable disposable)
        {
            await disposable.DisposeAsync();
        }
    }

    public void Dispose()
    {
        if (inner is IDisposable disposable)
        {
            disposable.Dispose();
        }
    }
}
