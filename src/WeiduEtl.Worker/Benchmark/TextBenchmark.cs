using System.Diagnostics;
using System.Globalization;
using WeiduEtl.Core.Documents;
using WeiduEtl.Core.Options;
using WeiduEtl.Core.Pipeline;
using WeiduEtl.Core.Ports;
using WeiduEtl.Core.Rows;

namespace WeiduEtl.Worker.Benchmark;

/// <summary>
/// Parses and stores text pages the way a pass does (parsing ahead on every core, storing in order, up to
/// <see cref="StoreBatch.DefaultCapacity"/> pages a transaction) into the caller's temporary store, each copy under its own source URI, and prints pages per second with
/// the time per page spent parsing (on one core) and storing, then the search index's catch-up after them (as at the end
/// of a pass), then storing alone on one thread (<see cref="StoreAlone"/>), then what finding mentions and quotations
/// costs beside the parse (<see cref="EntityShare"/>).
/// </summary>
public sealed class TextBenchmark(DocumentProcessor processor, IStoreFactory stores, IEntityExtractor entities)
{
    /// <returns>Pages parsed and stored per second.</returns>
    public async Task<double> RunAsync(PipelineOptions pipeline, IReadOnlyList<string> textPaths, int passes, Action<string> write, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(passes, 1);
        var pages = new List<(string Name, byte[] Bytes)>();
        foreach (var path in textPaths)
        {
            pages.Add((Path.GetFileName(path), await File.ReadAllBytesAsync(path, cancellationToken)));
        }
        write(string.Create(CultureInfo.InvariantCulture,
            $"bench --text: {pages.Count} page(s) x {passes} pass(es) = {pages.Count * passes} pages on {Environment.ProcessorCount} core(s), {pages.Sum(p => p.Bytes.LongLength) / pages.Count / 1024} KB a page on average"));

        // Warm up once so JIT and the parsers' static tables are not billed to the first pages.
        processor.TryProcess(pipeline, new SourceDocument("warm-up.txt", pages[0].Bytes, MediaTypes.Text));

        var parsing = new ParseTally(pages.Count * passes);
        var index = 0;
        var storing = new Stopwatch();
        var storingCpu = TimeSpan.Zero;
        var stored = 0;
        var rejected = 0;
        var ahead = new ParseAhead<(SourceDocument Document, IssueRecord? Record, Exception? Error)>();
        var batch = new StoreBatch(StoreBatch.DefaultCapacity);
        var firstPass = new List<IssueRecord>();
        var cpu = BenchReport.CpuTime();
        var clock = Stopwatch.StartNew();
        for (var pass = 0; pass < passes; pass++)
        {
            foreach (var (name, bytes) in pages)
            {
                var document = new SourceDocument($"bench/{pass:D4}/{name}", bytes, MediaTypes.Text);
                var page = index++;
                ahead.Start(() =>
                {
                    var (record, error) = parsing.Measure(page, () => processor.TryProcess(pipeline, document));
                    return (document, record, error);
                }, bytes.LongLength);
                if (ahead.IsFull)
                {
                    await StoreOldestAsync();
                }
            }
        }
        while (ahead.Count > 0)
        {
            await StoreOldestAsync();
        }
        await StoreBatchAsync();
        clock.Stop();
        cpu = BenchReport.CpuTime() - cpu;

        var rate = stored / Math.Max(clock.Elapsed.TotalSeconds, 1e-9);
        write($"text pages   {BenchReport.Count(stored),6} pages in {BenchReport.Seconds(clock.Elapsed),7} s = {BenchReport.Rate(stored, clock.Elapsed),7} pages/s parse+store; " +
            $"{rejected} rejected; CPU {BenchReport.Seconds(cpu)} s ({BenchReport.Ms(cpu.TotalMilliseconds / Math.Max(stored, 1))} ms a page); peak working set {BenchReport.PeakMb()} MB");
        var perPage = Math.Max(stored + rejected, 1);
        write($"per page     parsing {BenchReport.Ms(parsing.WallMsAPage)} ms on one core (clock; {parsing}), " +
            $"storing {BenchReport.Ms(storing.Elapsed.TotalMilliseconds / perPage)} ms (CPU {BenchReport.Ms(storingCpu.TotalMilliseconds / perPage)} ms; in order, up to {StoreBatch.DefaultCapacity} a transaction)");

        // As a pass ends: the articles stored wait for the search index, which catches up in large transactions.
        var indexing = new BenchClock();
        var indexed = await stores.Issues(pipeline).CatchUpSearchAsync(cancellationToken);
        var (indexWall, indexCpu) = (indexing.Elapsed, indexing.Cpu);
        write($"search index {BenchReport.Count(indexed),6} articles caught up in {BenchReport.Seconds(indexWall)} s, CPU {BenchReport.Seconds(indexCpu)} s " +
            $"({BenchReport.Ms(indexCpu.TotalMilliseconds / Math.Max(stored, 1))} ms a page); parse+store+index {BenchReport.Rate(stored, clock.Elapsed + indexWall)} pages/s, " +
            $"CPU {BenchReport.Ms((cpu + indexCpu).TotalMilliseconds / Math.Max(stored, 1))} ms a page");
        var storeAlone = await StoreAlone.MeasureAsync(stores.Issues(pipeline), pipeline, firstPass, cancellationToken);
        write($"one thread   storing {BenchReport.Ms(storeAlone.TotalMilliseconds)} ms CPU a page, {firstPass.Count} pages stored again as new issues, " +
            $"up to {StoreBatch.DefaultCapacity} a transaction, least of {StoreAlone.Rounds} rounds");
        new EntityShare(processor, entities).Measure(pipeline, pages, write);
        return rate;

        async Task StoreOldestAsync()
        {
            var (document, record, error) = await ahead.TakeOldestAsync();
            if (record is null)
            {
                rejected++;
                write($"rejected: {error?.Message}");
                return;
            }
            if (firstPass.Count < pages.Count)
            {
                firstPass.Add(record);
            }
            batch.Add(new StoreBatch.Item(document, record, Known: false));
            if (batch.IsFull)
            {
                await StoreBatchAsync();
            }
        }

        async Task StoreBatchAsync()
        {
            var records = batch.Take().Select(item => item.Record).ToList();
            storing.Start();
            // SQLite's calls finish on the calling thread, so its processor time is the store's.
            var threadCpu = ThreadCpu.Now();
            await stores.Issues(pipeline).SaveIssuesAsync(records, cancellationToken);
            storingCpu += ThreadCpu.Now() - threadCpu;
            storing.Stop();
            stored += records.Count;
        }
    }
}
