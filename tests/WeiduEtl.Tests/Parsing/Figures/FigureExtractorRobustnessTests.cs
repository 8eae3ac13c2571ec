namespace WeiduEtl.Tests.Parsing.Figures;

public sealed class FigureExtractorRobustnessTests
{
    private const string Alphabet = "0123456789０５.．,，、。—-至到~约近超余多来几数半零〇一二两三四五六七八九十百千万亿点个人户次元亩米年月日号岁%％百分之第届“”《》以上左右不超过G";

    [Fact]
    public void Extract_RandomNumeralSoup_NeverThrowsAndKeepsSpansTrue()
    {
        var random = new Random(20231);
        for (var n = 0; n < 3000; n++)
        {
            var chars = new char[random.Next(1, 40)];
            for (var i = 0; i < chars.Length; i++)
            {
                chars[i] = Alphabet[random.Next(Alphabet.Length)];
            }

            FigureRows.Extract(new string(chars));
        }
    }

    [Fact]
    public void Extract_NumeralsTooLongForADecimal_AreSkipped()
    {
        Assert.Empty(FigureRows.Extract("九亿亿亿亿亿亿亿亿元"));
        Assert.Empty(FigureRows.Extract(new string('9', 40) + "亿元"));
    }
}
