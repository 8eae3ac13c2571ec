using WeiduEtl.Parsing.Layout.Rules;

namespace WeiduEtl.Tests.Parsing.Text;

/// <summary>
/// A digest page's furniture: the lunar date under the date line. Made-up lines in the styles of a morning paper's digest, a county
/// weekly and a city daily's front.
/// </summary>
public sealed class DigestPageTests
{
    [Theory]
    [InlineData("农历五月十二")]
    [InlineData("农历己亥年腊月初八")]
    [InlineData("农历闰四月廿三")]
    [InlineData("农历十一月三十 星期五")]
    public void IsFurniture_LunarDateAlone_IsFurniture(string line) => Assert.True(PageFurnitureRule.IsFurniture(line));

    [Theory]
    [InlineData("农历新年将至")]
    [InlineData("农历五月初五端午节")]
    [InlineData("农历正月十五闹元宵")]
    public void IsFurniture_LunarDateInAPhrase_IsNot(string line) => Assert.False(PageFurnitureRule.IsFurniture(line));
}
