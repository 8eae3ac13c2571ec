namespace WeiduEtl.Serving;

/// <summary>The last runs of a pipeline, newest first, or why they could not be read.</summary>
internal sealed record RunHistoryResult(IReadOnlyList<RunRecord> Runs, string? Error);
