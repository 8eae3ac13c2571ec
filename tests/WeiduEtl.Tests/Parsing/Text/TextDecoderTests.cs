using System.Text;
using WeiduEtl.Core.Ports;
using WeiduEtl.Parsing.Text;

namespace WeiduEtl.Tests.Parsing.Text;

public sealed class TextDecoderTests
{
    private const string Line = "本报讯（记者 王远）8月15日，魏都区签约集成电路项目。";

    [Fact]
    public void Decode_Gb18030File_ReturnsSameTextAsUtf8()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var gb = Encoding.GetEncoding("GB18030").GetBytes(Line);

        Assert.Equal(Line, TextDecoder.Decode(gb));
    }

    [Fact]
    public void Decode_Utf8WithBom_DropsTheBom()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Line)).ToArray();

        Assert.Equal(Line, TextDecoder.Decode(bytes));
    }

    [Fact]
    public void Decode_BinaryBytes_IsRejectedWithReason()
    {
        var bytes = Enumerable.Range(0, 512).Select(i => (byte)(i * 7 % 256)).ToArray();

        var error = Assert.Throws<DocumentRejectedException>(() => TextDecoder.Decode(bytes));
        Assert.Contains("not text", error.Message);
    }

    [Fact]
    public void Decode_EmptyFile_IsRejectedAsEmpty()
    {
        var error = Assert.Throws<DocumentRejectedException>(() => TextDecoder.Decode([]));
        Assert.Contains("empty", error.Message);
    }
}
