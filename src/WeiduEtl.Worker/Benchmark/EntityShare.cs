using System.Globalization;
using WeiduEtl.Core.Documents;
using WeiduEtl.Core.Options;
using WeiduEtl.Core.Pipeline;
using WeiduEtl.Core.Ports;

namespace WeiduEtl.Worker.Benchmark;

/// <summary>
/// What finding mentions and quotations costs beside the text parse of the same pages (issue 15's budget: a fifth of
/// the parse), on one thread: the parse of every page, then the extraction from every article body of them, each the
/// least of a few passes after warm-up passes. Processor time of this thread, not the clock: on a shared machine
/// other work takes the processor away, and the storing threads of the rest of the bench are not billed to it.
/// </summary>
public sealed class EntityShare(DocumentProcessor processor, IEntityExtractor entities)
{
    /// <summary>Passes before timing: the runtime compiles hot methods again, optimised, after some calls and a delay.</summary>
    private const int WarmUps = 8;
    private const int Passes = 5;

    /// <summary>The scheduler counts a thread's time in ticks of a few milliseconds: each pass runs the work for at least this long.</summary>
    private static readonly TimeSpan MinPass = TimeSpan.FromMilliseconds(200);

    /// <returns>The extraction's time as a share of the parse's.</returns>
    public double Measure(PipelineOptions pipeline, IReadOnlyList<(string Name, byte[] Bytes)> pages, Action<string> write)
    {
        var parser = processor.ParserFor(MediaTypes.Text);
        var documents = pages.Select(p => new SourceDocument(p.Name, p.Bytes, MediaTypes.Text)).ToList();
        var bodies = documents.SelectMany(d => parser.Parse(d, pipeline.PressProfile).Articles.Select(a => a.Body)).ToList();

        var (parse, extract) = LeastOf(() => documents.ForEach(d => parser.Parse(d, pipeline.PressProfile)), () => bodies.ForEach(b => entities.Extract(b)));
        var share = extract / parse;
        // The pass's own work (parse and rows: figures, dates, mentions) steady on one thread, to hold the pass's figure against.
        var (process, _) = LeastOf(() => documents.ForEach(d => processor.TryProcess(pipeline, d)), () => { });
        write(string.Create(CultureInfo.InvariantCulture,
            $"one thread   parse and rows {BenchReport.Ms(process.TotalMilliseconds / documents.Count)} ms CPU a page, optimised code, least of {Passes} passes"));
        // Two denominators, since issue 15's "text parse" reads either way: the page grammar alone, which has grown much
        // cheaper since the budget was set (so the share rose with no change to the extraction), or all a text page's parse
        // in the pass costs (grammar, figures, dates, mentions and quotes, rows), which the extraction is part of.
        write(string.Create(CultureInfo.InvariantCulture,
            $"entities     {BenchReport.Ms(extract.TotalMilliseconds / documents.Count)} ms CPU a page beside the text parse's {BenchReport.Ms(parse.TotalMilliseconds / documents.Count)} ms on one thread " +
            $"= {share:P0} of the page grammar, {extract / process:P0} of parse and rows (issue 15's budget: 20 %); {documents.Count} page(s), {bodies.Count} article(s), least of {Passes} alternating passes"));
        return share;
    }

    /// <summary>The least time of each piece of work; their passes alternate, so that a change of the machine's load falls on both.</summary>
    internal static (TimeSpan First, TimeSpan Second) LeastOf(Action first, Action second)
    {
        var warm = (First: TimeSpan.Zero, Second: TimeSpan.Zero);
        for (var pass = 0; pass < WarmUps; pass++)
        {
            warm = (warm.First + Time(first, 1), warm.Second + Time(second, 1));
        }
        var repeats = (First: Repeats(warm.First / WarmUps), Second: Repeats(warm.Second / WarmUps));
        var least = (First: TimeSpan.MaxValue, Second: TimeSpan.MaxValue);
        for (var pass = 0; pass < Passes; pass++)
        {
            var spent = (First: Time(first, repeats.First), Second: Time(second, repeats.Second));
            least = (spent.First < least.First ? spent.First : least.First, spent.Second < least.Second ? spent.Second : least.Second);
        }
        return least;
    }

    private static int Repeats(TimeSpan once) =>
        (int)Math.Clamp(Math.Ceiling(MinPass / (once > TimeSpan.FromMilliseconds(1) ? once : TimeSpan.FromMilliseconds(1))), 1, 1000);

    private static TimeSpan Time(Action work, int repeats)
    {
        var before = ThreadCpu.Now();
        for (var repeat = 0; repeat < repeats; repeat++)
        {
            work();
        }
        return (ThreadCpu.Now() - before) / repeats;
    }
}
