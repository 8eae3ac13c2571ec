using System.Diagnostics;
using System.Globalization;
using System.Net;
using WeiduEtl.IntegrationTests.Serving;
using WeiduEtl.IntegrationTests.Support;
using Xunit.Abstractions;

namespace WeiduEtl.IntegrationTests.Explore;

/// <summary>
/// 2,000 searches, 50 at a time, against the real <c>serve</c> while a real <c>run</c> stores 40 new issues and
/// publishes: every answer a 200 with its total, the run unharmed. Latency is reported, not asserted (speed is
/// measured by <c>bench --search</c>).
/// </summary>
public sealed class SearchUnderLoadTests(ITestOutputHelper output)
{
    private static readonly string[] Queries = ["工作", "魏都区", "集成电路", "社区", "区", "补充说明", "NEAR(", "\"", "第3份副本"];

    [Fact]
    public async Task TwoThousandSearchesFiftyAtATime_WhileARunStoresAndPublishes_AllAnswer()
    {
        using var workspace = new Workspace();
        Assert.Equal(0, (await workspace.RunAsync("run")).ExitCode);
        await using var server = await ServeProcess.StartAsync(workspace);
        workspace.AddSeedCopies(40);

        var run = workspace.RunAsync("run");
        var times = new double[2_000];
        var failures = new List<string>();
        await Parallel.ForAsync(0, times.Length, new ParallelOptions { MaxDegreeOfParallelism = 50 }, async (i, ct) =>
        {
            var query = Queries[i % Queries.Length];
            var watch = Stopwatch.StartNew();
            try
            {
                using var response = await server.Client.GetAsync($"/api/articles?q={Uri.EscapeDataString(query)}&page={1 + (i % 3)}&size=5", ct);
                var body = await response.Content.ReadAsStringAsync(ct);
                times[i] = watch.Elapsed.TotalMilliseconds;
                if (response.StatusCode != HttpStatusCode.OK || !body.Contains("\"total\":", StringComparison.Ordinal))
                {
                    lock (failures)
                    {
                        failures.Add($"{query}: {(int)response.StatusCode} {body}");
                    }
                }
            }
            catch (HttpRequestException ex)
            {
                lock (failures)
                {
                    failures.Add($"{query}: {ex.Message}");
                }
            }
        });
        var result = await run;

        Assert.True(failures.Count == 0, $"{failures.Count} failed, first: {failures.FirstOrDefault()}\n{server.Log}");
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(2, workspace.SnapshotIds().Length);
        var sorted = times.Order().ToArray();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"2,000 searches 50 at a time during a run storing 40 issues: p50 {sorted[999]:F0} ms, p95 {sorted[1899]:F0} ms, p99 {sorted[1979]:F0} ms, max {sorted[^1]:F0} ms"));
    }
}
