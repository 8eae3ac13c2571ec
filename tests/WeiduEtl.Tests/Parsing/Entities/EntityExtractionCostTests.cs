using WeiduEtl.Core.Documents;
using WeiduEtl.Core.Parsing;
using WeiduEtl.Parsing.Entities;
using WeiduEtl.Parsing.Text;
using Xunit.Abstractions;

namespace WeiduEtl.Tests.Parsing.Entities;

/// <summary>
/// What finding mentions and quotations costs beside the text parse of the same corpus pages (the issue's budget is
/// 20 % of the parse). The times are printed, never asserted: the shared machine's load decides them. Run with
/// <c>dotnet test --filter EntityExtractionCostTests --logger "console;verbosity=detailed"</c>.
/// </summary>
[Collection(Alone)]
public sealed class EntityExtractionCostTests(ITestOutputHelper output)
{
    private const string Alone = "entity extraction cost, run alone";
    private const int Passes = 3;
    private const int WarmUps = 8;

    /// <summary>Each pass runs the work this many times: the scheduler counts a thread's time in ticks of a few milliseconds.</summary>
    private const int Repeats = 6;
    private static readonly string TextPages = Path.Combine(AppContext.BaseDirectory, "Quality", "Corpus", "text");

    [Fact]
    public void Extract_CorpusTextPages_CostBesideTheParseIsPrinted()
    {
        var parser = new TextIssueParser();
        var extractor = new RuleBasedEntityExtractor();
        var documents = Directory.GetFiles(TextPages, "*.txt").Order(StringComparer.Ordinal)
            .Select(f => new SourceDocument(Path.GetFileName(f), File.ReadAllBytes(f), MediaTypes.Text)).ToList();
        var bodies = documents.SelectMany(d => parser.Parse(d).Articles.Select(a => a.Body)).ToList();

        var parse = Time(() => documents.ForEach(d => parser.Parse(d)));
        var mentions = 0;
        var extract = Time(() => mentions = bodies.Sum(b => extractor.Extract(b).Mentions.Count));
        var organisations = Time(() => bodies.ForEach(b => OrganisationFinder.Find(b)));
        var people = Time(() => bodies.ForEach(b => PersonFinder.Find(b, OrganisationFinder.Find(b), PlaceFinder.Find(b))));
        var places = Time(() => bodies.ForEach(b => PlaceFinder.Find(b)));

        output.WriteLine($"{documents.Count} pages, {bodies.Count} articles, {bodies.Sum(b => b.Length)} letters of body, processor time, least of {Passes} passes");
        output.WriteLine($"text parse {parse.TotalMilliseconds:F1} ms, entities {extract.TotalMilliseconds:F1} ms = {extract / parse:P0} of the parse");
        output.WriteLine($"  organisations {organisations.TotalMilliseconds:F1} ms, people (with organisations) {people.TotalMilliseconds:F1} ms, places {places.TotalMilliseconds:F1} ms");
        Assert.True(documents.Count >= 50, $"{documents.Count} corpus text pages in {TextPages}");
        Assert.True(mentions > bodies.Count, $"{mentions} mentions in {bodies.Count} articles");
    }

    /// <summary>
    /// The least processor time of a few passes after warm-up passes. Processor time of this thread, not the clock nor
    /// the process: other work on a shared machine takes the processor away for a while, and other tests run beside
    /// this one in the same process.
    /// </summary>
    private static TimeSpan Time(Action action)
    {
        // Warm-up passes: the runtime compiles hot methods again, optimised, after some calls.
        for (var pass = 0; pass < WarmUps; pass++)
        {
            action();
        }
        var best = TimeSpan.MaxValue;
        for (var pass = 0; pass < Passes; pass++)
        {
            var before = ThreadTime();
            for (var repeat = 0; repeat < Repeats; repeat++)
            {
                action();
            }
            var spent = (ThreadTime() - before) / Repeats;
            best = spent < best ? spent : best;
        }
        return best;
    }

    /// <summary>Processor time this thread has run, from Linux's scheduler statistics (nanoseconds, first field).</summary>
    private static TimeSpan ThreadTime()
    {
        var fields = File.ReadAllText("/proc/thread-self/schedstat").Split(' ');
        return TimeSpan.FromTicks(long.Parse(fields[0], System.Globalization.CultureInfo.InvariantCulture) / 100);
    }
}

/// <summary>The cost test runs with no other test beside it, so that they do not share the processor's caches.</summary>
[CollectionDefinition("entity extraction cost, run alone", DisableParallelization = true)]
public sealed class EntityExtractionCostGroup;
