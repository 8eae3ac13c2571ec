using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;
using WeiduEtl.Core;
using WeiduEtl.Core.Documents;
using WeiduEtl.Core.Parsing;
using WeiduEtl.Core.Ports;
using WeiduEtl.Parsing;

namespace WeiduEtl.Benchmarks;

/// <summary>A PDF page from its bytes to articles (PdfPig's letters, lines, blocks, grammar), one page on one core.</summary>
[MemoryDiagnoser]
public class PdfPageBenchmarks
{
    private ServiceProvider _services = null!;
    private IIssueParser _pdf = null!;
    private SourceDocument _page = null!;

    [GlobalSetup]
    public void Setup()
    {
        _services = new ServiceCollection().AddWeiduCore().AddWeiduParsing().BuildServiceProvider();
        _pdf = _services.GetServices<IIssueParser>().First(p => p.CanParse(MediaTypes.Pdf));
        var file = Path.Combine(AppContext.BaseDirectory, "pages", "district-page.pdf");
        _page = new SourceDocument(Path.GetFileName(file), File.ReadAllBytes(file), MediaTypes.Pdf);
    }

    [GlobalCleanup]
    public void Cleanup() => _services.Dispose();

    [Benchmark(Description = "PDF page: bytes → articles (district page, A3)")]
    public ParsedIssue ParsePdf() => _pdf.Parse(_page);
}
