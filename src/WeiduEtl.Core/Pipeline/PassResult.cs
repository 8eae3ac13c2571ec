using WeiduEtl.Core.Runs;

namespace WeiduEtl.Core.Pipeline;

/// <summary>What one pass of one pipeline did, with the ledger's summary and the failures' messages.</summary>
public sealed record PassResult(RunSummary Summary, IReadOnlyList<RunDocument> Failures)
{
    public bool HasFailures => Summary.Failed > 0 || Summary.Status == "failed";
}
