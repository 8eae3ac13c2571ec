using WeiduEtl.Core.Runs;

namespace WeiduEtl.Serving;

/// <summary>A run from the ledger with the documents it failed on.</summary>
internal sealed record RunRecord(RunSummary Run, IReadOnlyList<RunDocument> Failures);
