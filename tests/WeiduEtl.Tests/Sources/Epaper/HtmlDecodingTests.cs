using System.Text;
using WeiduEtl.Sources.Epaper;

namespace WeiduEtl.Tests.Sources.Epaper;

public sealed class HtmlDecodingTests
{
    private const string Label = "第05版：魏都区";

    private static Encoding Gbk()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("GBK");
    }

    [Fact]
    public void Decode_GbkDeclaredInMetaHttpEquiv_ReadsTheChineseLabel()
    {
        var bytes = Gbk().GetBytes($"<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\"></head><body><a href=\"node_5.htm\">{Label}</a></body></html>");

        Assert.Contains(Label, HtmlDecoding.Decode(bytes, headerCharset: null), StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_HeaderCharset_WinsOverAWrongMeta()
    {
        var bytes = Gbk().GetBytes($"<html><head><meta charset=\"utf-8\"></head><body>{Label}</body></html>");

        Assert.Contains(Label, HtmlDecoding.Decode(bytes, headerCharset: "GBK"), StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_NothingDeclaredAndNotUtf8_ReadsAsGb18030()
    {
        var bytes = Gbk().GetBytes($"<html><body>{Label}</body></html>");

        Assert.Contains(Label, HtmlDecoding.Decode(bytes, headerCharset: null), StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_Utf8WithBomAndNoDeclaration_DropsTheBom()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes($"<p>{Label}</p>")).ToArray();

        Assert.Equal($"<p>{Label}</p>", HtmlDecoding.Decode(bytes, headerCharset: null));
    }
}
