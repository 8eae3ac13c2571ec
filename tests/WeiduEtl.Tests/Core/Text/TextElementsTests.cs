using System.Globalization;
using WeiduEtl.Core.Text;

namespace WeiduEtl.Tests.Core.Text;

public sealed class TextElementsTests
{
    [Theory]
    [InlineData("正文\n第二段", 5)]
    [InlineData("e\u0301 café\n", 6)]
    [InlineData("家庭👨‍👩‍👧，\n①②", 6)]
    [InlineData("\r\n\r\n", 2)]
    [InlineData("", 0)]
    public void CountWithoutLineBreaks_CountsWhatStringInfoCountsWithoutTheBreaks(string text, int expected)
    {
        Assert.Equal(expected, TextElements.CountWithoutLineBreaks(text));
        Assert.Equal(new StringInfo(text.Replace("\n", "", StringComparison.Ordinal)).LengthInTextElements, expected);
    }

    [Fact]
    public void CountWithoutLineBreaks_EveryLetterBesideItselfAndOthers_AgreesWithStringInfo()
    {
        // Whichever way a letter is counted, letter by letter or by StringInfo, the count must be StringInfo's, also where
        // a line break taken out brings a combining letter next to another.
        for (var code = 0; code <= 0xFFFF; code++)
        {
            if (code is >= 0xD800 and <= 0xDFFF)
            {
                continue;
            }
            var ch = (char)code;
            foreach (var text in new[] { $"a{ch}{ch}中\n{ch}a", $"{ch}\n\u0301{ch}", $"{ch}{ch}", $"\u4E00{ch}" })
            {
                Assert.Equal(new StringInfo(text.Replace("\n", "", StringComparison.Ordinal)).LengthInTextElements, TextElements.CountWithoutLineBreaks(text));
            }
        }
    }
}
