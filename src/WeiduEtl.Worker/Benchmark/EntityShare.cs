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
    private const int WarmUps = 3;
    private const int Passes = 5;

    /// <summary>The scheduler counts a thread's time in ticks of a few milliseconds: each pass runs the work for at least this long.</summary>
    private static readonly TimeSpan MinPass = TimeSpan.FromMilliseconds(200);

    /// <returns>The extraction's time as a share of the parse's.</returns>
    public double Measure(PipelineOptions pipeline, IReadOnlyList<(string Name, byte[] Bytes)> pages, Action<string> write)
    {
        var parser = processor.ParserFor(MediaTypes.Text);
        var documents = pages.Select(p => new SourceDocument(p.Name, p.Bytes, MediaTypes.Text)).ToList();
        var bodies = documents.SelectMany(d => parser.Parse(d, pipeline.PressProfile).Articles.Select(a => a.Body)).ToList();

        var parse = LeastOf(() => documents.ForEach(d => parser.Parse(d, pipeline.PressProfile)));
        var extract = LeastOf(() => bodies.ForEach(b => entities.Extract(b)));
        var share = extract / parse;
        write(string.Create(CultureInfo.InvariantCulture,
            $"entities     {BenchReport.Ms(extract.TotalMilliseconds / documents.Count)} ms CPU a page beside the text parse's {BenchReport.Ms(parse.TotalMilliseconds / documents.Count)} ms on one thread " +
            $"= {share:P0} of the parse (issue 15's budget: 20 %); {documents.Count} page(s), {bodies.Count} article(s), least of {Passes} passes"));
        return share;
    }

    private static TimeSpan LeastOf(Action work)
    {
        var once = ThreadCpu.Now();
        for (var pass = 0; pass < WarmUps; pass++)
        {
            work();
        }
        var repeats = (int)Math.Clamp(Math.Ceiling(MinPass / Max((ThreadCpu.Now() - once) / WarmUps, TimeSpan.FromMilliseconds(1))), 1, 1000);
        var least = TimeSpan.MaxValue;
        for (var pass = 0; pass < Passes; pass++)
        {
            var before = ThreadCpu.Now();
            for (var repeat = 0; repeat < repeats; repeat++)
            {
                work();
            }
            var spent = (ThreadCpu.Now() - before) / repeats;
            least = spent < least ? spent : least;
        }
        return least;
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}
