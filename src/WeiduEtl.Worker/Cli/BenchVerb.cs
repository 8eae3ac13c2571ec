using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using WeiduEtl.Core.Documents;
using WeiduEtl.Core.Options;
using WeiduEtl.Core.Pipeline;
using WeiduEtl.Core.Ports;
using WeiduEtl.Worker.Benchmark;
using WeiduEtl.Worker.Hosting;

namespace WeiduEtl.Worker.Cli;

/// <summary>
/// <c>bench</c>: PDF pages per second and peak memory end to end beside pdftotext; <c>--text</c>: text pages parsed
/// and stored per second; <c>--synthetic N</c>: a store of N issues, and what storing, publishing, idle passes and a
/// re-parse cost at that size; <c>--search N</c>: search latency over about N articles, and under load while storing.
/// Everything is written in a temporary folder, removed afterwards.
/// </summary>
public static class BenchVerb
{
    private static readonly string[] DefaultTextPages = ["seeds", "tests/fixtures/corpus/peoples-daily-2020-01/text"];

    private static readonly Argument<string[]> Paths = new("PATH")
    {
        Description = "Files or folders of pages: PDFs (default: the committed page fixtures), or with --text/--synthetic text pages (default: seeds/ and the corpus text pages)",
        Arity = ArgumentArity.ZeroOrMore,
    };
    private static readonly Option<int> Passes = new("--passes") { Description = "Times to go over the files (the report gives the pages this makes)", DefaultValueFactory = _ => 20 };
    private static readonly Option<bool> Text = new("--text") { Description = "Measure text pages parsed and stored per second instead of PDFs" };
    private static readonly Option<int?> Synthetic = new("--synthetic") { Description = "Fill a temporary store with N issues copied from the text pages and measure storing, publish, idle passes and a re-parse at that size" };
    private static readonly Option<int?> Search = new("--search") { Description = "Fill a temporary store with about N articles copied from the text pages, serve it and measure /api/articles: latency percentiles, then 2,000 searches 50 at a time while issues are stored and published" };
    private static readonly Option<string?> Store = new("--store") { Description = "With --search: keep the filled store as this SQLite file, or, when the file exists, search a copy of it instead of filling one (a 100,000-article fill takes 8-15 minutes)" };

    public static Command Create()
    {
        var command = new Command("bench", "Measure pages per second and peak memory: PDFs beside pdftotext, text pages (--text), a store of N issues (--synthetic N), or search over N articles (--search N)")
        {
            Paths, Passes, Text, Synthetic, Search, Store,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var synthetic = parse.GetValue(Synthetic);
            var search = parse.GetValue(Search);
            var text = parse.GetValue(Text) || synthetic is not null || search is not null;
            if (synthetic is < 1 || search is < 1)
            {
                Console.Error.WriteLine(synthetic is < 1
                    ? "bench: --synthetic takes the number of issues to store, 1 or more (e.g. --synthetic 10000)"
                    : "bench: --search takes the number of articles to search over, 1 or more (e.g. --search 100000)");
                return ExitCodes.BadConfiguration;
            }
            var given = parse.GetValue(Paths) is { Length: > 0 } p ? p : text ? DefaultTextPages : ["tests/WeiduEtl.Tests/Parsing/Pdf/Pages"];
            var pattern = text ? "*.txt" : "*.pdf";
            var files = given.SelectMany(path => Directory.Exists(path) ? Directory.GetFiles(path, pattern) : [path]).Order(StringComparer.Ordinal).ToList();
            var missing = files.Where(f => !File.Exists(f)).ToList();
            if (files.Count == 0 || missing.Count > 0)
            {
                Console.Error.WriteLine(files.Count == 0 ? $"bench: no {pattern} files found in {string.Join(", ", given)}; pass files or folders" : $"bench: no such file: {string.Join(", ", missing)}");
                return ExitCodes.BadConfiguration;
            }
            // A line per document would swamp the figures; warnings and errors still show.
            await using var services = new ServiceCollection()
                .AddLogging(l => l.AddWeiduConsoleLogging().SetMinimumLevel(text ? LogLevel.Warning : LogLevel.Information))
                .AddWeiduEtl().BuildServiceProvider();
            var folder = Directory.CreateTempSubdirectory("weidu-bench-");
            var pipeline = new PipelineOptions
            {
                Name = "bench", Publication = "bench", Database = Path.Combine(folder.FullName, "bench.db"), Output = Path.Combine(folder.FullName, "output"),
                Source = new SourceOptions { Type = "folder", Path = "pages", Include = ["*.txt"], BaseDirectory = folder.FullName },
            };
            try
            {
                var kept = parse.GetValue(Store);
                var reused = search is not null && kept is not null && File.Exists(kept);
                if (reused)
                {
                    // A copy: the load part stores issues into it, and a migration of a newer version would change it.
                    File.Copy(kept!, pipeline.Database);
                }
                var store = services.GetRequiredService<IStoreFactory>().Issues(pipeline);
                await store.MigrateAsync(cancellationToken);
                if (search is { } articles)
                {
                    await ActivatorUtilities.CreateInstance<SearchBenchmark>(services).RunAsync(pipeline, articles, files, reused ? null : kept, Console.WriteLine, cancellationToken);
                }
                else if (synthetic is { } count)
                {
                    await ActivatorUtilities.CreateInstance<SyntheticBenchmark>(services).RunAsync(pipeline, count, files, services.GetRequiredService<TimeProvider>(), Console.WriteLine, cancellationToken);
                }
                else if (text)
                {
                    await ActivatorUtilities.CreateInstance<TextBenchmark>(services).RunAsync(pipeline, files, parse.GetValue(Passes), Console.WriteLine, cancellationToken);
                }
                else
                {
                    await RunPdfAsync(services, pipeline, files, parse.GetValue(Passes), cancellationToken);
                }
            }
            finally
            {
                folder.Delete(recursive: true);
            }
            return ExitCodes.Success;
        });
        return command;
    }

    private static async Task RunPdfAsync(IServiceProvider services, PipelineOptions pipeline, List<string> files, int passes, CancellationToken cancellationToken)
    {
        var parser = services.GetServices<IIssueParser>().First(x => x.CanParse(MediaTypes.Pdf));
        var builder = services.GetRequiredService<IssueRecordBuilder>();
        var store = services.GetRequiredService<IStoreFactory>().Issues(pipeline);
        var time = services.GetRequiredService<TimeProvider>();
        var counter = 0;
        await new PageBenchmark().RunAsync(files, parser, Console.WriteLine, passes, async (document, parsed, ct) =>
        {
            // Each document under its own source URI, as a backfill of distinct pages would store them.
            var unique = document with { SourceUri = $"{document.SourceUri}#{Interlocked.Increment(ref counter)}" };
            var record = builder.Build(pipeline, unique, parsed, parser.Version, time.GetUtcNow(), time.GetUtcNow());
            await store.SaveIssueAsync(record, ct);
        }, cancellationToken);
    }
}
