using WeiduEtl.Core.Options;
using WeiduEtl.Core.Pipeline;
using WeiduEtl.Core.Ports;
using WeiduEtl.Core.Rows;

namespace WeiduEtl.Worker.Benchmark;

/// <summary>
/// What storing alone costs, steady: the pass's parsed pages stored again as new issues (<see cref="SyntheticIssues"/>
/// copies), <see cref="StoreBatch.DefaultCapacity"/> a transaction, on one thread, after the pass has compiled the
/// store's code; the storing thread's own processor time, least of a few rounds. Beside the pass, where storing shares
/// two busy cores with the parse, this is the figure that shows a change in storing.
/// </summary>
internal static class StoreAlone
{
    public const int Rounds = 5;

    /// <returns>The least processor time a page over the rounds.</returns>
    public static async Task<TimeSpan> MeasureAsync(IIssueStore store, PipelineOptions pipeline, IReadOnlyList<IssueRecord> pages, CancellationToken cancellationToken)
    {
        var least = TimeSpan.MaxValue;
        var copy = 0;
        for (var round = 0; round < Rounds; round++)
        {
            var copies = pages.Select(page =>
            {
                var n = copy++;
                return SyntheticIssues.Copy(page, pipeline.Name, $"bench/store-alone/{n:D6}", SyntheticIssues.DayOf(n));
            }).ToList();
            // SQLite's calls finish on the calling thread, so its processor time is the store's.
            var cpu = ThreadCpu.Now();
            foreach (var batch in copies.Chunk(StoreBatch.DefaultCapacity))
            {
                await store.SaveIssuesAsync(batch, cancellationToken);
            }
            var perPage = (ThreadCpu.Now() - cpu) / Math.Max(copies.Count, 1);
            least = perPage < least ? perPage : least;
        }
        return least;
    }
}
