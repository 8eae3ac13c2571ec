using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using WeiduEtl.Core.Documents;
using WeiduEtl.Core.Options;
using WeiduEtl.Core.Pipeline;
using WeiduEtl.Core.Ports;
using WeiduEtl.Worker.Benchmark;
using WeiduEtl.Worker.Hosting;

namespace WeiduEtl.Worker.Cli;

/// <summary><c>bench</c>: pages per second and peak memory, end to end (extract, parse, store), beside pdftotext.</summary>
public static class BenchVerb
{
    private static readonly Argument<string[]> Paths = new("PATH")
    {
        Description = "PDF files or folders of PDFs (default: the committed page fixtures)",
        Arity = ArgumentArity.ZeroOrMore,
    };
    private static readonly Option<int> Passes = new("--passes") { Description = "Times to go over the files (the report gives the pages this makes)", DefaultValueFactory = _ => 20 };

    public static Command Create()
    {
        var command = new Command("bench", "Measure PDF pages per second and peak memory, extract+parse+store, side by side with pdftotext") { Paths, Passes };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var given = parse.GetValue(Paths) is { Length: > 0 } p ? p : ["tests/WeiduEtl.Tests/Parsing/Pdf/Pages"];
            var files = given.SelectMany(path => Directory.Exists(path) ? Directory.GetFiles(path, "*.pdf") : [path]).Order(StringComparer.Ordinal).ToList();
            var missing = files.Where(f => !File.Exists(f)).ToList();
            if (files.Count == 0 || missing.Count > 0)
            {
                Console.Error.WriteLine(files.Count == 0 ? "bench: no PDF files found; pass files or folders" : $"bench: no such file: {string.Join(", ", missing)}");
                return ExitCodes.BadConfiguration;
            }
            await using var services = new ServiceCollection().AddLogging(l => l.AddWeiduConsoleLogging()).AddWeiduEtl().BuildServiceProvider();
            var parser = services.GetServices<IIssueParser>().First(x => x.CanParse(MediaTypes.Pdf));
            var builder = services.GetRequiredService<IssueRecordBuilder>();
                        var time = services.GetRequiredService<TimeProvider>();
            var folder = Directory.CreateTempSubdirectory("weidu-bench-");
            var pipeline = new PipelineOptions { Name = "bench", Publication = "bench", Database = Path.Combine(folder.FullName, "bench.db") };
            var store = services.GetRequiredService<IStoreFactory>().Issues(pipeline);
            try
            {
                await store.MigrateAsync(cancellationToken);
                var counter = 0;
                await new PageBenchmark().RunAsync(files, parser, Console.WriteLine, parse.GetValue(Passes), async (document, parsed, ct) =>
                {
                    // Each document under its own source URI, as a backfill of distinct pages would store them.
                    var unique = document with { SourceUri = $"{document.SourceUri}#{Interlocked.Increment(ref counter)}" };
                    var record = builder.Build(pipeline, unique, parsed, parser.Version, time.GetUtcNow(), time.GetUtcNow());
                    await store.SaveIssueAsync(record, ct);
                }, cancellationToken);
            }
            finally
            {
                folder.Delete(recursive: true);
            }
            return ExitCodes.Success;
        });
        return command;
    }
}
