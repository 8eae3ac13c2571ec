using WeiduEtl.Core.Runs;

namespace WeiduEtl.Core.Pipeline;

/// <summary>
/// Where <see cref="StoreBatchWriter"/> records the documents it stored: a pass's own <see cref="RunLedger"/>, or the
/// shared run of a batch that one node of a cluster does (<see cref="SharedRunBatchLedger"/>).
/// </summary>
public interface IStoredDocumentsLedger
{
    /// <summary>Records documents stored together (or one stored alone), in their order.</summary>
    Task RecordStoredAsync(IReadOnlyList<(StoreBatch.Item Item, DocumentOutcome Outcome)> stored, CancellationToken cancellationToken);
}
