using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using WeiduEtl.Core.Documents;
using WeiduEtl.Core.Pipeline;
using WeiduEtl.Quality;
using WeiduEtl.Worker.Hosting;

namespace WeiduEtl.Worker.Cli;

/// <summary><c>quality</c>: how well the parser finds the articles of a corpus of pages whose truth is known.</summary>
public static class QualityVerb
{
    private const string DefaultCorpus = "tests/fixtures/corpus/peoples-daily-2020-01";

    private static readonly Option<DirectoryInfo> Corpus = new("--corpus")
    {
        Description = $"A corpus folder: truth/<page>.json and one folder per rendering (default: {DefaultCorpus})",
    };
    private static readonly Option<string[]> Sets = new("--set") { Description = "Renderings to score (text, pdf-a, pdf-b…; default: every one)" };
    private static readonly Option<string[]> HeldOut = new("--held-out") { Description = "Days kept out of rule-writing, reported apart (default: the corpus's corpus.json)" };
    private static readonly Option<bool> Pages = new("--pages") { Description = "Print each page's scores" };
    private static readonly Option<bool> Differences = new("--differences")
    {
        Description = "Print every difference from the truth: articles page by page, then people, organisations, quotations and figures against their labels",
    };
    private static readonly Option<bool> Json = new("--json") { Description = "Print the scores as JSON" };
    private static readonly Option<DirectoryInfo> EntityLabels = new("--entity-labels")
    {
        Description = $"Hand labels of people, organisations and quotations on corpus pages (default: {ExtractionQuality.DefaultEntityLabels})",
    };
    private static readonly Option<DirectoryInfo> FigureLabels = new("--figure-labels")
    {
        Description = $"Hand labels of figures: labels/ and pages/ (default: {ExtractionQuality.DefaultFigureLabels})",
    };
    private static readonly Option<bool> Rules = new("--rules")
    {
        Description = "With the text report: print what each entity rule found on the rule-writing pages and how much of it is right (--release writes both sets of pages into its JSON)",
    };
    private static readonly Option<bool> Release = new("--release")
    {
        Description = "Print the summary a release publishes in datapackage.json (src/WeiduEtl.Publishing/Quality/parser-quality.json)",
    };

    public static Command Create()
    {
        var command = new Command("quality", "Score the parser against a corpus of pages with known articles: found, extra, headers, body ends, reporters, paragraphs")
        {
            Corpus, Sets, HeldOut, Pages, Differences, Json, EntityLabels, FigureLabels, Rules, Release,
        };
        command.SetAction(async (parse, _) =>
        {
            var corpus = parse.GetValue(Corpus)?.FullName ?? Path.GetFullPath(DefaultCorpus);
            if (!Directory.Exists(Path.Combine(corpus, "truth")))
            {
                Console.Error.WriteLine($"quality: {corpus} has no truth/ folder; pass --corpus with a folder holding truth/<page>.json and a rendering per folder");
                return ExitCodes.BadConfiguration;
            }
            var manifest = CorpusManifest.Read(corpus);
            var heldOut = HeldOutDays(parse.GetValue(HeldOut), manifest);
            if (heldOut is null)
            {
                return ExitCodes.BadConfiguration;
            }
            var sets = parse.GetValue(Sets) is { Length: > 0 } chosen
                ? chosen
                : Directory.GetDirectories(corpus).Select(Path.GetFileName).Where(n => n is not "truth").Order(StringComparer.Ordinal).ToArray()!;
            await using var services = new ServiceCollection().AddLogging(l => l.AddWeiduConsoleLogging()).AddWeiduEtl().BuildServiceProvider();
            var processor = services.GetRequiredService<DocumentProcessor>();
            var scores = new List<SetQuality>();
            foreach (var set in sets)
            {
                if (!Directory.Exists(Path.Combine(corpus, set!)))
                {
                    Console.Error.WriteLine($"quality: {Path.Combine(corpus, set!)}: no such rendering");
                    return ExitCodes.BadConfiguration;
                }
                scores.Add(CorpusScorer.Score(corpus, set!, file => Parse(processor, file), heldOut));
            }
            var extraction = ExtractionQuality.Score(
                services, corpus,
                parse.GetValue(EntityLabels)?.FullName ?? Path.GetFullPath(ExtractionQuality.DefaultEntityLabels),
                parse.GetValue(FigureLabels)?.FullName ?? Path.GetFullPath(ExtractionQuality.DefaultFigureLabels));
            var (entities, figures, labelError) = (extraction.Entities, extraction.Figures, extraction.Error);
            if (labelError is not null && parse.GetValue(Release))
            {
                Console.Error.WriteLine($"quality: {labelError}");
                return ExitCodes.BadConfiguration;
            }
            if (parse.GetValue(Release))
            {
                var versions = new[] { MediaTypes.Text, MediaTypes.Pdf }.Select(m => processor.ParserFor(m).Version);
                var summary = QualitySummary.For(manifest.Description, versions, scores);
                summary["entities"] = entities;
                summary["figures"] = figures;
                Console.WriteLine(summary.ToJsonString(QualityReport.JsonOptions));
                return ExitCodes.Success;
            }
            if (parse.GetValue(Json))
            {
                Console.WriteLine(QualityReport.Json(scores));
                return ExitCodes.Success;
            }
            Console.WriteLine(QualityReport.Text(scores, parse.GetValue(Pages), parse.GetValue(Differences)));
            if (entities is null || figures is null)
            {
                // Article scores stand on their own: a corpus of another paper has no entity or figure labels.
                Console.Error.WriteLine($"quality: no entity or figure scores: {labelError}");
                return ExitCodes.Success;
            }
            Console.WriteLine($"entities: {entities["rule_writing_pages"]!.ToJsonString()} (rule-writing pages), {entities["held_out_pages"]!.ToJsonString()} (held-out pages)");
            Console.WriteLine($"figures: {figures["rule_writing_pages"]!.ToJsonString()} (rule-writing pages), {figures["held_out_pages"]!.ToJsonString()} (held-out pages)");
            if (parse.GetValue(Differences))
            {
                foreach (var line in extraction.EntityDifferences.Lines("entity").Concat(extraction.FigureDifferences.Lines("figure")))
                {
                    Console.WriteLine(line);
                }
            }
            if (parse.GetValue(Rules))
            {
                PrintRules(entities["rules"]!["rule_writing_pages"]!.AsArray());
            }
            return ExitCodes.Success;
        });
        return command;
    }

    private static void PrintRules(System.Text.Json.Nodes.JsonArray rules)
    {
        Console.WriteLine("entity rules on the rule-writing pages: kind, rule, found, right, precision");
        foreach (var rule in rules)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {rule!["kind"],-13}{rule["rule"],-36}{rule["found"],6}{rule["right"],6}{(double)rule["precision"]!,8:P0}"));
        }
    }

    private static Core.Parsing.ParsedIssue Parse(DocumentProcessor processor, string file)
    {
        var document = new SourceDocument(Path.GetFileName(file), File.ReadAllBytes(file), MediaTypes.FromFileName(file));
        return processor.ParserFor(document.MediaType).Parse(document);
    }

    private static HashSet<DateOnly>? HeldOutDays(string[]? given, CorpusManifest manifest)
    {
        var days = given is { Length: > 0 } ? given : manifest.HeldOutDays;
        var parsed = new HashSet<DateOnly>();
        foreach (var day in days)
        {
            if (!DateOnly.TryParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                Console.Error.WriteLine($"quality: held-out day '{day}' is not a date like 2020-01-20");
                return null;
            }
            parsed.Add(date);
        }
        return parsed;
    }
}
