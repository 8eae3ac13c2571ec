using Microsoft.Extensions.Logging.Abstractions;
using WeiduEtl.Core.Options;
using WeiduEtl.Sources.Epaper;

namespace WeiduEtl.Tests.Sources.Epaper;

public sealed class EpaperOptionsTests
{
    private static readonly EpaperIssueSource Source = new(
        new TestHttpClientFactory(), new FetchStateOnlyStores(new InMemoryFetchStateStore()), TimeProvider.System, new EpaperResilienceTuning(), NullLogger<EpaperIssueSource>.Instance);

    private static PipelineOptions Pipeline(Action<SourceOptions> change)
    {
        var source = new SourceOptions
        {
            Type = "epaper",
            Index = "https://paper.example.cn/html/{date:yyyy-MM}/{date:dd}/node_1.htm",
            PageLinks = @"node_\d+\.htm",
            PageLabel = "魏都",
            PdfLinks = @"\.pdf$",
            Start = "2023-08-01",
            LookBackDays = 7,
            RequestsPerSecond = 2,
        };
        change(source);
        return new PipelineOptions { Name = "weidu", Source = source };
    }

    [Fact]
    public void Validate_TheIssuesExample_HasNoProblems()
    {
        Assert.Empty(Source.Validate(Pipeline(_ => { }), "/"));
    }

    [Fact]
    public void Validate_EveryFieldWrong_ListsEachProblemNamingItsField()
    {
        var pipeline = Pipeline(s =>
        {
            s.Index = "ftp://paper.example.cn/{date:yyyy-MM}/node_1.htm";
            s.PageLinks = "node_(";
            s.PdfLinks = "[.pdf";
            s.Start = "2023/08/01";
            s.LookBackDays = -1;
            s.RequestsPerSecond = 0;
            s.UserAgent = " ";
            s.MaxDownloadBytes = 0;
            s.RequestTimeoutSeconds = 0;
            s.DocumentTimeoutSeconds = -5;
            s.MaxRetries = -1;
        });

        var problems = Source.Validate(pipeline, "/").ToList();

        string[] fields = ["index", "pageLinks", "pdfLinks", "start", "lookBackDays", "requestsPerSecond", "userAgent", "maxDownloadBytes", "requestTimeoutSeconds", "documentTimeoutSeconds", "maxRetries"];
        Assert.Equal(fields.Select(f => $"field 'source.{f}'"), problems.Select(p => p[..p.IndexOf(':', StringComparison.Ordinal)]));
        Assert.Contains("http", problems[0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, "required")]
    [InlineData("https://paper.example.cn/html/node_1.htm", "no {date:FORMAT} placeholder")]
    [InlineData("https://paper.example.cn/html/{day}/{date:dd}/node_1.htm", "not a {date:FORMAT} placeholder")]
    [InlineData("paper.example.cn/{date:yyyy-MM}/node_1.htm", "absolute http:// or https://")]
    public void Validate_BadIndex_SaysWhy(string? index, string reason)
    {
        var problem = Assert.Single(Source.Validate(Pipeline(s => s.Index = index), "/"));

        Assert.StartsWith("field 'source.index': ", problem, StringComparison.Ordinal);
        Assert.Contains(reason, problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_PageLabelWithoutPageLinks_IsAProblem()
    {
        var problem = Assert.Single(Source.Validate(Pipeline(s => s.PageLinks = null), "/"));

        Assert.StartsWith("field 'source.pageLabel': ", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_DocumentTimeoutShorterThanRequestTimeout_IsAProblem()
    {
        var problem = Assert.Single(Source.Validate(Pipeline(s => { s.RequestTimeoutSeconds = 30; s.DocumentTimeoutSeconds = 10; }), "/"));

        Assert.StartsWith("field 'source.documentTimeoutSeconds': ", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void IndexUrlTemplate_TheIssuesExample_FillsMonthAndDay()
    {
        var template = IndexUrlTemplate.Parse("https://paper.example.cn/html/{date:yyyy-MM}/{date:dd}/node_1.htm");

        Assert.Equal("https://paper.example.cn/html/2023-08/01/node_1.htm", template.For(new DateOnly(2023, 8, 1)).AbsoluteUri);
    }

    [Fact]
    public void IndexUrlTemplate_BareDateAndCompactFormat_FillBoth()
    {
        var template = IndexUrlTemplate.Parse("http://epaper.example.cn/{date}/{date:yyyyMMdd}.htm");

        Assert.Equal("http://epaper.example.cn/2026-11-05/20261105.htm", template.For(new DateOnly(2026, 11, 5)).AbsoluteUri);
    }
}
