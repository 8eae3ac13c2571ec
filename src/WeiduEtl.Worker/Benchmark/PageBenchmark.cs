using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using WeiduEtl.Core.Documents;
using WeiduEtl.Core.Parsing;
using WeiduEtl.Core.Ports;

namespace WeiduEtl.Worker.Benchmark;

/// <summary>
/// Processes page PDFs end to end (read, parse, optionally store) on every core and prints pages per second and
/// peak memory, then runs <c>pdftotext</c> on the same files the same way, when it is installed, so the two
/// numbers sit side by side. Peak working set is the process's since start; the GC heap peak is sampled.
/// </summary>
public sealed class PageBenchmark(TimeSpan? heapSampleInterval = null)
{
    /// <summary>USER_HZ, which Linux fixes at 100 for /proc's tick counts on every common architecture.</summary>
    private const int ClockTicksPerSecond = 100;

    private readonly TimeSpan sampleEvery = heapSampleInterval ?? TimeSpan.FromMilliseconds(20);

    /// <param name="pdfPaths">The files; each is read from disk inside the loop, so memory holds only the pages in flight.</param>
    /// <param name="parser">The parser to measure (the PDF parser).</param>
    /// <param name="output">Receives the report lines; defaults to the console.</param>
    /// <param name="passes">How many times to go over the files (a pass over 5 one-page files is 5 pages).</param>
    /// <param name="store">The storage step of the pipeline, when the caller wires one; it runs inside the timed loop.</param>
    /// <returns>The parser's pages per second.</returns>
    public async Task<double> RunAsync(
        IReadOnlyList<string> pdfPaths,
        IIssueParser parser,
        Action<string>? output = null,
        int passes = 1,
        Func<SourceDocument, ParsedIssue, CancellationToken, ValueTask>? store = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(pdfPaths);
        ArgumentNullException.ThrowIfNull(parser);
        ArgumentOutOfRangeException.ThrowIfLessThan(passes, 1);
        var write = output ?? Console.WriteLine;
        if (pdfPaths.Count == 0)
        {
            write("bench: no PDF files given");
            return 0;
        }
        var work = Enumerable.Repeat(pdfPaths, passes).SelectMany(p => p).ToList();
        var cores = Environment.ProcessorCount;
        write(string.Create(CultureInfo.InvariantCulture, $"bench: {pdfPaths.Count} file(s) x {passes} pass(es) = {work.Count} documents on {cores} core(s)"));

        // Warm up once so JIT and PdfPig's static tables are not billed to the first pages.
        await ParseOneAsync(pdfPaths[0], parser, store, cancellationToken);
        GC.Collect();

        var pagesByFile = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
        var pages = 0;
        var rejected = 0;
        using var sampler = new HeapSampler(sampleEvery);
        var cpuBefore = BenchReport.CpuTime();
        var gcBefore = GcTally.Now();
        var jitBefore = JitTally.Now();
        var clock = Stopwatch.StartNew();
        await Parallel.ForEachAsync(
            work,
            new ParallelOptions { MaxDegreeOfParallelism = cores, CancellationToken = cancellationToken },
            async (path, ct) =>
            {
                var count = await ParseOneAsync(path, parser, store, ct);
                if (count < 0)
                {
                    Interlocked.Increment(ref rejected);
                    return;
                }
                pagesByFile[path] = count;
                Interlocked.Add(ref pages, count);
            });
        clock.Stop();
        var cpu = BenchReport.CpuTime() - cpuBefore;
        var gc = GcTally.Now() - gcBefore;
        var jit = JitTally.Now() - jitBefore;
        var parserRate = pages / Math.Max(clock.Elapsed.TotalSeconds, 1e-9);
        using (var self = Process.GetCurrentProcess())
        {
            write(string.Create(CultureInfo.InvariantCulture,
                $"{parser.Version,-12} {pages,6} pages in {clock.Elapsed.TotalSeconds,7:F2} s = {parserRate,7:F1} pages/s, " +
                $"{cpu.TotalSeconds:F2} s CPU ({cpu.TotalMilliseconds / Math.Max(pages, 1):F1} ms a page); " +
                $"peak working set {Mb(self.PeakWorkingSet64)} MB, peak GC heap {Mb(sampler.PeakHeapBytes)} MB, {rejected} rejected"));
            write(string.Create(CultureInfo.InvariantCulture,
                $"{"",-12} allocated {gc.AllocatedBytes / 1024.0 / 1024.0 / Math.Max(pages, 1):F1} MB a page; {gc}; {jit}"));
        }

        var pdftotext = FindOnPath("pdftotext");
        if (pdftotext is null)
        {
            write("pdftotext    not installed; no comparison");
            return parserRate;
        }
        var external = await RunPdftotextAsync(pdftotext, work, cores, cancellationToken);
        var externalPages = work.Sum(p => pagesByFile.GetValueOrDefault(p));
        var externalRate = externalPages / Math.Max(external.Elapsed.TotalSeconds, 1e-9);
        write(string.Create(CultureInfo.InvariantCulture,
            $"{"pdftotext",-12} {externalPages,6} pages in {external.Elapsed.TotalSeconds,7:F2} s = {externalRate,7:F1} pages/s, " +
            $"{external.Cpu.TotalSeconds:F2} s CPU ({external.Cpu.TotalMilliseconds / Math.Max(externalPages, 1):F1} ms a page; one process a file, as many at once as cores); " +
            $"peak RSS of one process {Mb(external.PeakRssBytes)} MB (sampled), {external.Failures} failed"));
        write(string.Create(CultureInfo.InvariantCulture,
            $"{parser.Version} runs at {parserRate / Math.Max(externalRate, 1e-9):P0} of pdftotext's speed (pdftotext extracts text only: no layout, articles or pictures)"));
        return parserRate;
    }

    /// <returns>Pages parsed, or -1 when the document was rejected.</returns>
    private static async Task<int> ParseOneAsync(string path, IIssueParser parser, Func<SourceDocument, ParsedIssue, CancellationToken, ValueTask>? store, CancellationToken ct)
    {
        var document = new SourceDocument(path, await File.ReadAllBytesAsync(path, ct), MediaTypes.Pdf);
        try
        {
            var issue = parser.Parse(document);
            if (store is not null)
            {
                await store(document, issue, ct);
            }
            return issue.PageCount;
        }
        catch (DocumentRejectedException)
        {
            return -1;
        }
    }

    private static async Task<(TimeSpan Elapsed, TimeSpan Cpu, long PeakRssBytes, int Failures)> RunPdftotextAsync(string exe, List<string> work, int cores, CancellationToken cancellationToken)
    {
        long peak = 0;
        var failures = 0;
        var cpuBefore = ChildrenCpu();
        var clock = Stopwatch.StartNew();
        await Parallel.ForEachAsync(
            work,
            new ParallelOptions { MaxDegreeOfParallelism = cores, CancellationToken = cancellationToken },
            async (path, ct) =>
            {
                var start = new ProcessStartInfo(exe) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
                foreach (var argument in new[] { "-q", "-enc", "UTF-8", path, "-" })
                {
                    start.ArgumentList.Add(argument);
                }
                using var process = Process.Start(start)!;
                var drain = process.StandardOutput.BaseStream.CopyToAsync(Stream.Null, ct);
                var errors = process.StandardError.ReadToEndAsync(ct);
                while (!process.HasExited)
                {
                    InterlockedMax(ref peak, ReadVmHwm(process.Id));
                    await Task.Delay(2, ct);
                }
                await drain;
                await errors;
                await process.WaitForExitAsync(ct);
                if (process.ExitCode != 0)
                {
                    Interlocked.Increment(ref failures);
                }
            });
        clock.Stop();
        return (clock.Elapsed, ChildrenCpu() - cpuBefore, peak, failures);
    }

    /// <summary>A child's peak resident set from /proc (Linux); 0 elsewhere or once the process is gone.</summary>
    private static long ReadVmHwm(int pid)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    var kb = line["VmHWM:".Length..].Trim().Split(' ')[0];
                    return long.Parse(kb, CultureInfo.InvariantCulture) * 1024;
                }
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException)
        {
            // The process ended between the check and the read.
        }
        return 0;
    }

    /// <summary>CPU time of the ended child processes (Linux: cutime + cstime of /proc/self/stat); zero elsewhere.</summary>
    private static TimeSpan ChildrenCpu()
    {
        try
        {
            var stat = File.ReadAllText("/proc/self/stat");
            // Fields after the command name, which is in parentheses and may hold spaces: cutime and cstime are the 14th and 15th.
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            var ticks = long.Parse(fields[13], CultureInfo.InvariantCulture) + long.Parse(fields[14], CultureInfo.InvariantCulture);
            return TimeSpan.FromSeconds(ticks / (double)ClockTicksPerSecond);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException)
        {
            return TimeSpan.Zero;
        }
    }

    private static string? FindOnPath(string name)
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        return path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, name))
            .FirstOrDefault(File.Exists);
    }

    private static void InterlockedMax(ref long target, long value)
    {
        var current = Interlocked.Read(ref target);
        while (value > current)
        {
            var seen = Interlocked.CompareExchange(ref target, value, current);
            if (seen == current)
            {
                return;
            }
            current = seen;
        }
    }

    private static string Mb(long bytes) => (bytes / 1024.0 / 1024.0).ToString("F0", CultureInfo.InvariantCulture);

    /// <summary>Samples the GC heap size on a timer, since the heap's peak is not kept by the runtime.</summary>
    private sealed class HeapSampler : IDisposable
    {
        private readonly Timer timer;
        private long peak;

        public HeapSampler(TimeSpan every)
        {
            peak = GC.GetTotalMemory(false);
            timer = new Timer(_ => InterlockedMax(ref peak, GC.GetTotalMemory(false)), null, TimeSpan.Zero, every);
        }

        public long PeakHeapBytes => Interlocked.Read(ref peak);

        public void Dispose() => timer.Dispose();
    }
}
