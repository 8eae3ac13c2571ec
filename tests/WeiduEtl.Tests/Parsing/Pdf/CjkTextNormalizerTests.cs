using WeiduEtl.Parsing.Pdf;

namespace WeiduEtl.Tests.Parsing.Pdf;

public sealed class CjkTextNormalizerTests
{
    [Theory]
    [InlineData("\u2F47", "日")]
    [InlineData("\u2F64", "用")]
    [InlineData("\u2EA0", "民")]
    [InlineData("\u2ED3", "长")]
    [InlineData("\u2EDB", "风")]
    public void Normalize_Radical_BecomesTheUnifiedIdeograph(string radical, string ideograph)
    {
        var normalizer = new CjkTextNormalizer();

        Assert.Equal(ideograph, normalizer.Normalize(radical));
        Assert.Equal(1, normalizer.Radicals);
        Assert.Null(normalizer.StrippedReport());
    }

    [Fact]
    public void Normalize_SupplementRadicalOutsideTheBmp_BecomesASurrogatePair()
    {
        Assert.Equal("\U00020628", new CjkTextNormalizer().Normalize("\u2E87"));
    }

    [Theory]
    [InlineData("，")]
    [InlineData("（")]
    [InlineData("１")]
    [InlineData("魏")]
    public void Normalize_FullWidthAndIdeographs_AreKeptAsPrinted(string text)
    {
        Assert.Equal(text, new CjkTextNormalizer().Normalize(text));
    }

    [Fact]
    public void Normalize_SoftHyphenAndPrivateUse_AreStrippedAndReported()
    {
        var normalizer = new CjkTextNormalizer();

        var text = normalizer.Normalize("魏\u00AD") + normalizer.Normalize("\uE001") + normalizer.Normalize("\u200B都");

        Assert.Equal("魏都", text);
        var report = normalizer.StrippedReport();
        Assert.NotNull(report);
        Assert.Contains("1 soft hyphen", report);
        Assert.Contains("1 private-use", report);
        Assert.Contains("1 zero-width", report);
    }
}
