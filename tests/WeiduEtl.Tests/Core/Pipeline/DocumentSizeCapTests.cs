using System.Text;
using Microsoft.Extensions.DependencyInjection;
using WeiduEtl.Core;
using WeiduEtl.Core.Documents;
using WeiduEtl.Core.Options;
using WeiduEtl.Core.Pipeline;
using WeiduEtl.Core.Ports;
using WeiduEtl.Parsing;

namespace WeiduEtl.Tests.Core.Pipeline;

public sealed class DocumentSizeCapTests
{
    private static readonly byte[] Page = Encoding.UTF8.GetBytes("区里新建三座公园\n\n本报讯 今年区里新建3座公园，面积共12公顷。\n");

    [Fact]
    public void Process_TextLargerThanMaxTextBytes_IsRejectedNamingTheSizeAndTheSetting()
    {
        using var services = new ServiceCollection().AddWeiduCore().AddWeiduParsing().BuildServiceProvider();
        var processor = services.GetRequiredService<DocumentProcessor>();
        var pipeline = new PipelineOptions { Name = "t", Publication = "某报", MaxTextBytes = Page.Length - 1 };

        var error = Assert.Throws<DocumentRejectedException>(() => processor.Process(pipeline, new SourceDocument("big.txt", Page, MediaTypes.Text)));

        Assert.Contains($"the file is {Page.Length} bytes, more than the {Page.Length - 1}", error.Message, StringComparison.Ordinal);
        Assert.Contains("maxTextBytes", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Process_TextAtTheCap_IsParsed()
    {
        using var services = new ServiceCollection().AddWeiduCore().AddWeiduParsing().BuildServiceProvider();
        var processor = services.GetRequiredService<DocumentProcessor>();
        var pipeline = new PipelineOptions { Name = "t", Publication = "某报", MaxTextBytes = Page.Length, MaxPdfBytes = 1 };

        var record = processor.Process(pipeline, new SourceDocument("page.txt", Page, MediaTypes.Text));

        Assert.NotEmpty(record.Articles);
    }
}
