using System.Text;
using CsCheck;
using Microsoft.Extensions.DependencyInjection;
using WeiduEtl.Core;
using WeiduEtl.Core.Documents;
using WeiduEtl.Core.Options;
using WeiduEtl.Core.Pipeline;
using WeiduEtl.Core.Ports;
using WeiduEtl.Core.Rows;
using WeiduEtl.Parsing;
using WeiduEtl.Parsing.Dates;
using WeiduEtl.Parsing.Figures;

namespace WeiduEtl.Tests.Properties;

/// <summary>
/// Any text or bytes through the real parsers and extractors: a result whose spans lie inside their body, or a
/// <see cref="DocumentRejectedException"/> with a reason in words, never another exception. CsCheck shrinks a
/// failing input and prints the seed that reproduces it.
/// </summary>
public sealed class ParserPropertyTests
{
    private const int Iterations = 2000;

    // Page grammar, numbers, dates and the code points that broke things before: U+FFFE, a lone surrogate, NUL, BOM.
    private const string Alphabet =
        "本报讯记者通讯员摄影文图责编版区街道社区年月日时上午下午今明去约近余多万亿元人次公里个百分点第一二三四五六七八九十零〇" +
        "0123456789０５.%-—–～至到，。、：；！？“”《》（）【】·  \t\n\n\n\r\uFFFE\uFFFF\uFDD0\uD800\u0000\uFEFF\u3000abcXYZ";

    private static readonly Gen<string> PageText = Gen.Char[Alphabet].Array[0, 600].Select(chars => new string(chars));

    private static readonly Gen<string> Body = Gen.Char[Alphabet.Replace("\uD800", "", StringComparison.Ordinal)].Array[0, 200].Select(chars => new string(chars));

    private static readonly PipelineOptions Pipeline = new() { Name = "prop", Publication = "某报" };

    private static readonly ServiceProvider Services = new ServiceCollection().AddWeiduCore().AddWeiduParsing().BuildServiceProvider();

    [Fact]
    public void Process_AnyTextPage_GivesRowsWithSpansInsideTheirBodyOrARejectionInWords()
    {
        var processor = Services.GetRequiredService<DocumentProcessor>();
        PageText.Sample(text =>
        {
            var document = new SourceDocument("page.txt", Encoding.UTF8.GetBytes(text), MediaTypes.Text);
            if (ProcessOrReject(processor, document) is { } record)
            {
                AssertSpansInside(record);
            }
        }, iter: Iterations);
    }

    [Fact]
    public void Process_AnyBytesCalledPdf_GivesRowsOrARejectionInWords()
    {
        var processor = Services.GetRequiredService<DocumentProcessor>();
        var bytes = Gen.Byte.Array[0, 3000].Select(Gen.Bool, (body, framed) => framed ? [.. "%PDF-1.7\n"u8, .. body, .. "\n%%EOF\n"u8] : body);
        bytes.Sample(content =>
        {
            if (ProcessOrReject(processor, new SourceDocument("page.pdf", content, MediaTypes.Pdf)) is { } record)
            {
                AssertSpansInside(record);
            }
        }, iter: Iterations);
    }

    [Fact]
    public void Extract_AnyBody_FiguresAndDatesLieInsideIt()
    {
        var figures = new RuleBasedFigureExtractor();
        var dates = new RuleBasedDateExtractor();
        Body.Select(Gen.Int[1989, 2030]).Sample((body, n) =>
        {
            foreach (var figure in figures.Extract(body))
            {
                Assert.Equal(body[figure.CharStart..figure.CharEnd], figure.Text);
            }
            int? year = n == 1989 ? null : n;
            foreach (var date in dates.Extract(body, year))
            {
                Assert.Equal(body[date.CharStart..date.CharEnd], date.Text);
            }
        }, iter: Iterations * 5);
    }

    private static IssueRecord? ProcessOrReject(DocumentProcessor processor, SourceDocument document)
    {
        try
        {
            return processor.Process(Pipeline, document);
        }
        catch (DocumentRejectedException rejected)
        {
            Assert.False(string.IsNullOrWhiteSpace(rejected.Message));
            Assert.DoesNotContain("Exception", rejected.Message, StringComparison.Ordinal);
            Assert.DoesNotContain("UglyToad", rejected.Message, StringComparison.Ordinal);
            return null;
        }
    }

    private static void AssertSpansInside(IssueRecord record)
    {
        var bodies = record.Articles.ToDictionary(a => a.ArticleId, a => a.Body);
        foreach (var figure in record.Figures)
        {
            Assert.Equal(bodies[figure.ArticleId][figure.CharStart..figure.CharEnd], figure.Text);
        }
        foreach (var date in record.Dates)
        {
            Assert.Equal(bodies[date.ArticleId][date.CharStart..date.CharEnd], date.Text);
        }
    }
}
