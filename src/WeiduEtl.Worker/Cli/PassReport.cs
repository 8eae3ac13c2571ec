using WeiduEtl.Core.Pipeline;

namespace WeiduEtl.Worker.Cli;

/// <summary>Prints a pass's outcome for people and maps it to an exit code.</summary>
public static class PassReport
{
    public static int Print(IReadOnlyList<PassResult> results)
    {
        foreach (var result in results)
        {
            var s = result.Summary;
            var snapshot = s.SnapshotId is null ? "no new snapshot (nothing changed)" : $"snapshot {s.SnapshotId}";
            Console.WriteLine($"{s.Pipeline}: run {s.RunId} {s.Status}: {s.Seen} documents, {s.Stored} stored, {s.Unchanged} unchanged, {s.Failed} failed; {snapshot}");
            if (s.Status == "failed" && s.Message is { } message)
            {
                Console.WriteLine($"  FAILED {message}");
            }
            foreach (var failure in result.Failures)
            {
                Console.WriteLine($"  FAILED {failure.SourceUri}: {failure.Error}");
            }
        }
        if (results.Any(r => r.Summary.Status == "cancelled"))
        {
            return ExitCodes.Cancelled;
        }
        return results.Any(r => r.HasFailures) ? ExitCodes.DocumentsFailed : ExitCodes.Success;
    }
}
