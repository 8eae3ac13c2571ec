namespace WeiduEtl.Core.Pipeline;

/// <summary>Which stored issues a backfill touches.</summary>
/// <param name="All">Every stored issue, whatever its date.</param>
/// <param name="Since">Issues dated on or after this day (undated issues are left out).</param>
/// <param name="Until">Issues dated on or before this day.</param>
/// <param name="Reparse">Parse again even when the stored parser version is the current one.</param>
/// <param name="DryRun">List what would be done, change nothing.</param>
/// <param name="Failed">Only stored issues whose last outcome in the run ledger is failed, parsed again.</param>
public sealed record BackfillSelection(bool All, DateOnly? Since, DateOnly? Until, bool Reparse, bool DryRun, bool Failed = false);
