using WeiduEtl.Storage.Search;

namespace WeiduEtl.Tests.Storage;

/// <summary>Which terms PostgreSQL may look for by LIKE or position instead of ILIKE: those ILIKE's lowering cannot reach.</summary>
public sealed class SearchTermsTests
{
    [Theory]
    [InlineData("集成电路", true)]
    [InlineData("的", true)]
    [InlineData("5%，“引号”", true)]
    [InlineData("5G", false)]
    [InlineData("ai", false)]
    [InlineData("Ⓐ", false)]
    [InlineData("Ⅰ期", false)]
    [InlineData("ß", false)]
    [InlineData("Ａ股", false)]
    public void HasNoCase_LettersLowerCaseCannotReach_OnlyThose(string term, bool expected) =>
        Assert.Equal(expected, SearchTerms.HasNoCase(term));
}
