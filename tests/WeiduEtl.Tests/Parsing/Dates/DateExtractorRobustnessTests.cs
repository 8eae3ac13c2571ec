namespace WeiduEtl.Tests.Parsing.Dates;

public sealed class DateExtractorRobustnessTests
{
    private const string Alphabet = "0123456789０５.-—至到年月日号份度今去明的一二三四五六七八九十〇零上午下晚每第";

    [Fact]
    public void Extract_RandomDateSoup_NeverThrowsAndKeepsSpansTrue()
    {
        var random = new Random(8151);
        for (var n = 0; n < 3000; n++)
        {
            var chars = new char[random.Next(1, 30)];
            for (var i = 0; i < chars.Length; i++)
            {
                chars[i] = Alphabet[random.Next(Alphabet.Length)];
            }

            DateRows.Extract(new string(chars), n % 3 == 0 ? null : 2023);
        }
    }
}
