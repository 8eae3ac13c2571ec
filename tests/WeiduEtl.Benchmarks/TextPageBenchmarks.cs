using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;
using WeiduEtl.Core;
using WeiduEtl.Core.Documents;
using WeiduEtl.Core.Options;
using WeiduEtl.Core.Parsing;
using WeiduEtl.Core.Pipeline;
using WeiduEtl.Core.Ports;
using WeiduEtl.Parsing;

namespace WeiduEtl.Benchmarks;

/// <summary>
/// A text page's hot paths, one page at a time on one core: its grammar (lines → articles) and the rows built from it
/// (figures, dates, people and quotations found in every body).
/// </summary>
[MemoryDiagnoser]
public class TextPageBenchmarks
{
    private readonly PipelineOptions _pipeline = new() { Name = "bench", Publication = "许昌日报", PageLabel = "魏都区" };
    private ServiceProvider _services = null!;
    private IIssueParser _text = null!;
    private IssueRecordBuilder _builder = null!;
    private SourceDocument _textPage = null!;
    private ParsedIssue _parsedTextPage = null!;

    /// <summary>The seed page (魏都区, 16 KB) or a national-daily corpus page.</summary>
    [Params("seed", "corpus")]
    public string Page { get; set; } = "seed";

    [GlobalSetup]
    public void Setup()
    {
        _services = new ServiceCollection().AddWeiduCore().AddWeiduParsing().BuildServiceProvider();
        _text = _services.GetServices<IIssueParser>().First(p => p.CanParse(MediaTypes.Text));
        _builder = _services.GetRequiredService<IssueRecordBuilder>();
        var pages = Path.Combine(AppContext.BaseDirectory, "pages");
        var textFile = Page == "seed" ? Directory.GetFiles(pages, "000_*.txt").Single() : Path.Combine(pages, "20200102-01.txt");
        _textPage = new SourceDocument(Path.GetFileName(textFile), File.ReadAllBytes(textFile), MediaTypes.Text);
        _parsedTextPage = _text.Parse(_textPage);
    }

    [GlobalCleanup]
    public void Cleanup() => _services.Dispose();

    [Benchmark(Description = "text page: lines → articles")]
    public ParsedIssue ParseText() => _text.Parse(_textPage);

    [Benchmark(Description = "text page: rows (figures, dates, entities)")]
    public object BuildRows() => _builder.Build(_pipeline, _textPage, _parsedTextPage, _text.Version, DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch);
}
