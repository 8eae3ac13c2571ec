using System.Globalization;

namespace WeiduEtl.Publishing.Destinations;

/// <summary>
/// Which snapshots a publish may delete: never the one latest.json names, never the newest <c>keep</c>, and never
/// one that stopped being latest less than a grace period ago (a reader that fetched latest.json just before the
/// publish is still downloading it). A snapshot stopped being latest when the next one was made, which its id
/// (UTC time to the second) says, so no extra state is kept.
/// </summary>
internal static class RetentionPlan
{
    public static IReadOnlyList<string> ToDelete(IEnumerable<string> snapshotIds, string latestId, int keep, DateTimeOffset now, TimeSpan grace)
    {
        var newestFirst = snapshotIds.Distinct(StringComparer.Ordinal).OrderByDescending(id => id, StringComparer.Ordinal).ToList();
        var deletable = new List<string>();
        var kept = newestFirst.Contains(latestId, StringComparer.Ordinal) ? 1 : 0;
        for (var i = 0; i < newestFirst.Count; i++)
        {
            var id = newestFirst[i];
            if (id == latestId)
            {
                continue;
            }
            if (kept < keep)
            {
                kept++;
                continue;
            }
            var supersededAt = i == 0 ? null : CreatedAt(newestFirst[i - 1]);
            if (grace <= TimeSpan.Zero || (supersededAt is { } at && now - at >= grace))
            {
                deletable.Add(id);
            }
        }
        return deletable;
    }

    /// <summary>The time a snapshot id names ("20260114T081500Z" or with a "-2" suffix); null for a foreign name.</summary>
    public static DateTimeOffset? CreatedAt(string snapshotId) =>
        snapshotId.Length >= 16 && DateTimeOffset.TryParseExact(snapshotId[..16], "yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var at) ? at : null;
}
