using WeiduEtl.Core.Options;

namespace WeiduEtl.Core.Ports;

/// <summary>
/// The stores of a pipeline's <c>database</c> (a SQLite file or a PostgreSQL connection). The same database value
/// gives the same stores, so callers ask each time instead of keeping them.
/// </summary>
public interface IStoreFactory
{
    /// <summary>The published dataset: issues, articles and the rest of the contract's tables.</summary>
    IIssueStore Issues(string database);

    /// <summary>The run ledger: passes and document outcomes.</summary>
    IRunLedgerStore Runs(string database);

    /// <summary>Sources' state between passes.</summary>
    IFetchStateStore FetchState(string database);

    /// <summary>The pipeline's dataset.</summary>
    IIssueStore Issues(PipelineOptions pipeline) => Issues(pipeline.Database);

    /// <summary>The pipeline's run ledger.</summary>
    IRunLedgerStore Runs(PipelineOptions pipeline) => Runs(pipeline.Database);
}
