using System.Diagnostics;
using System.Globalization;
using WeiduEtl.Core.Documents;
using WeiduEtl.Core.Options;
using WeiduEtl.Core.Pipeline;
using WeiduEtl.Core.Ports;
using WeiduEtl.Core.Rows;

namespace WeiduEtl.Worker.Benchmark;

/// <summary>
/// Fills a store in the caller's temporary folder with N issues copied from real parsed pages
/// (<see cref="SyntheticIssues"/>), each backed by a link to its template's text in the pipeline's folder, then
/// measures at that size: storing (in tenths, to show whether the cost per issue grows with the store), a publish,
/// an idle pass reading every file (no stamps yet) and one using the stamps, and a re-parse of one month.
/// </summary>
public sealed class SyntheticBenchmark(DocumentProcessor processor, IStoreFactory stores, SnapshotStep snapshots, EtlPipeline passes, BackfillRunner backfill)
{
    private const string Templates = "_templates";

    public async Task RunAsync(PipelineOptions pipeline, int count, IReadOnlyList<string> templatePaths, TimeProvider time, Action<string> write, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        var folder = Path.Combine(pipeline.Source.BaseDirectory!, pipeline.Source.Path!);
        var templates = await ParseTemplatesAsync(pipeline, templatePaths, Path.Combine(folder, Templates), time, cancellationToken);
        write($"bench --synthetic: {BenchReport.Count(count)} issues copied from {templates.Count} parsed text page(s), " +
            $"{BenchReport.Count(templates.Sum(t => t.Record.Articles.Count) * (long)count / templates.Count)} articles, in {pipeline.Source.BaseDirectory}");

        await FillAsync(pipeline, count, templates, folder, write, cancellationToken);

        var clock = new BenchClock();
        var gcBefore = GcTally.Now();
        var snapshot = await snapshots.PublishAsync(pipeline, cancellationToken);
        var full = clock.Elapsed;
        var gc = GcTally.Now() - gcBefore;
        write($"publish      {BenchReport.Count(snapshot.Tables.GetValueOrDefault("articles")),9} articles in {clock.Both}, {Describe(pipeline, snapshot)}; " +
            $"{BenchReport.Count(gc.AllocatedBytes / 1024 / 1024)} MB allocated, {gc}; peak working set so far {BenchReport.PeakMb()} MB");

        await StoreAsync(pipeline, count, templates, folder, cancellationToken);
        clock.Restart();
        snapshot = await snapshots.PublishAsync(pipeline, cancellationToken);
        write($"publish      after one new page: {clock.Both} = {(clock.Elapsed / full * 100).ToString("F1", CultureInfo.InvariantCulture)} % of the full publish; peak working set so far {BenchReport.PeakMb()} MB");

        foreach (var label in new[] { "idle pass    (first: reads and hashes every file)", "idle pass    (stamps: reads nothing)" })
        {
            clock.Restart();
            var result = await passes.RunAsync(pipeline, "bench", null, cancellationToken);
            write($"{label}: {BenchReport.Count(result.Summary.Unchanged)} unchanged, {result.Summary.Stored} stored in {clock.Both}");
        }

        await ReparseMonthAsync(pipeline, write, cancellationToken);
    }

    /// <summary>Parses each template once and leaves its text, dated an hour back, where the links will lead.</summary>
    private async Task<List<(IssueRecord Record, string File)>> ParseTemplatesAsync(PipelineOptions pipeline, IReadOnlyList<string> paths, string templateFolder, TimeProvider time, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(templateFolder);
        var templates = new List<(IssueRecord, string)>();
        foreach (var path in paths)
        {
            var bytes = await File.ReadAllBytesAsync(path, cancellationToken);
            var (record, _) = processor.TryProcess(pipeline, new SourceDocument(Path.GetFileName(path), bytes, MediaTypes.Text));
            if (record is null)
            {
                continue;
            }
            // Not *.txt, so the pipeline's folder source lists the links only.
            var file = Path.Combine(templateFolder, Path.GetFileNameWithoutExtension(path) + ".page");
            await File.WriteAllBytesAsync(file, bytes, cancellationToken);
            File.SetLastWriteTimeUtc(file, time.GetUtcNow().UtcDateTime.AddHours(-1));
            templates.Add((record, file));
        }
        return templates.Count > 0 ? templates : throw new InvalidOperationException("bench --synthetic: none of the template pages could be parsed");
    }

    private async Task FillAsync(PipelineOptions pipeline, int count, List<(IssueRecord Record, string File)> templates, string folder, Action<string> write, CancellationToken cancellationToken)
    {
        var tenth = Math.Max(1, count / 10);
        var clock = new BenchClock();
        var total = new BenchClock();
        for (var n = 0; n < count; n++)
        {
            await StoreAsync(pipeline, n, templates, folder, cancellationToken);
            if ((n + 1) % tenth == 0 || n + 1 == count)
            {
                var inStep = (n % tenth) + 1;
                write($"store        {BenchReport.Count(n + 1),9} issues stored; the last {BenchReport.Count(inStep)} at {BenchReport.Rate(inStep, clock.Elapsed)} issues/s, CPU {BenchReport.Ms(clock.Cpu.TotalMilliseconds / inStep)} ms each");
                clock.Restart();
            }
        }
        write($"store        {BenchReport.Count(count),9} issues in {total.Both} = {BenchReport.Rate(count, total.Elapsed)} issues/s (rows built ahead, no parsing); peak working set so far {BenchReport.PeakMb()} MB");
        clock.Restart();
        var indexed = await stores.Issues(pipeline).CatchUpSearchAsync(cancellationToken);
        write($"search index {BenchReport.Count(indexed),9} articles caught up in {clock.Both}, CPU {BenchReport.Ms(clock.Cpu.TotalMilliseconds / count)} ms an issue");
    }

    /// <summary>The n-th synthetic issue: a link to its template's text in the source folder, and its rows stored.</summary>
    private async Task StoreAsync(PipelineOptions pipeline, int n, List<(IssueRecord Record, string File)> templates, string folder, CancellationToken cancellationToken)
    {
        var (template, file) = templates[n % templates.Count];
        var name = string.Create(CultureInfo.InvariantCulture, $"{n:D7}.txt");
        File.CreateSymbolicLink(Path.Combine(folder, name), Path.Combine(Templates, Path.GetFileName(file)));
        var sourceUri = $"{pipeline.Source.Path}/{name}";
        await stores.Issues(pipeline).SaveIssueAsync(SyntheticIssues.Copy(template, pipeline.Name, sourceUri, SyntheticIssues.DayOf(n)), cancellationToken);
    }

    /// <summary>"1,234 files, 567 MB": what a snapshot holds.</summary>
    private static string Describe(PipelineOptions pipeline, SnapshotInfo snapshot)
    {
        var files = new DirectoryInfo(Path.Combine(pipeline.Output, snapshot.Path)).GetFiles("*", SearchOption.AllDirectories);
        return $"{BenchReport.Count(files.Length)} files, {BenchReport.Count(files.Sum(f => f.Length) / 1024 / 1024)} MB";
    }

    /// <summary>backfill --reparse of the first month's issues in the full store: parse and replace, timed to the last one stored.</summary>
    private async Task ReparseMonthAsync(PipelineOptions pipeline, Action<string> write, CancellationToken cancellationToken)
    {
        var first = SyntheticIssues.FirstDay;
        var progress = new LastReport();
        var cpuAtStart = BenchReport.CpuTime();
        var clock = new BenchClock();
        var result = await backfill.RunAsync(pipeline, new BackfillSelection(false, first, first.AddMonths(1).AddDays(-1), Reparse: true, DryRun: false), progress, cancellationToken);
        var replaced = result.Summary.Stored;
        var untilLast = progress.At ?? clock.Elapsed;
        var cpu = (progress.CpuAt ?? BenchReport.CpuTime()) - cpuAtStart;
        write($"backfill     {BenchReport.Count(replaced),9} issues of one month parsed again and replaced in {BenchReport.Seconds(untilLast)} s = {BenchReport.Rate(replaced, untilLast)} issues/s, " +
            $"CPU {BenchReport.Ms(cpu.TotalMilliseconds / Math.Max(replaced, 1))} ms each (with the publish after it: {clock.Both})");
    }

    /// <summary>When the last progress report came, on the benchmark's clock and in CPU time: reports come on the pass's own thread.</summary>
    private sealed class LastReport : IProgress<PassProgress>
    {
        private readonly Stopwatch _clock = Stopwatch.StartNew();

        public TimeSpan? At { get; private set; }

        public TimeSpan? CpuAt { get; private set; }

        public void Report(PassProgress value)
        {
            At = _clock.Elapsed;
            CpuAt = BenchReport.CpuTime();
        }
    }
}
