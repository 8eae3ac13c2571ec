using WeiduEtl.Core.Ports;

namespace WeiduEtl.Tests.Sources.Epaper;

/// <summary>A store factory for a source under test: every database's fetch state is the one given; it has no dataset or ledger.</summary>
public sealed class FetchStateOnlyStores(IFetchStateStore state) : IStoreFactory
{
    public IIssueStore Issues(string database) => throw new NotSupportedException("a source does not use the dataset");

    public IRunLedgerStore Runs(string database) => throw new NotSupportedException("a source does not use the run ledger");

    public IFetchStateStore FetchState(string database) => state;
}
