using WeiduEtl.Storage.Search;
using WeiduEtl.Storage.Sqlite;

namespace WeiduEtl.Tests.Storage;

/// <summary>The texts migration 12's indexes are given, and the tokens a search term is looked for by.</summary>
public sealed class LetterPairsTests
{
    [Theory]
    [InlineData("集成电路", "集成 成电 电路 路", "集 成 电 路")]
    [InlineData("鹿", "鹿", "鹿")]
    [InlineData("", "", "")]
    [InlineData("5G 基站", "5G G\n \n基 基站 站", "5 G \n 基 站")]
    [InlineData("𠀀字", "𠀀字 字", "𠀀 字")]
    public void Pairs_AndLetters_OfAText_EachLetterWithTheNextAndAlone(string text, string pairs, string letters)
    {
        Assert.Equal(pairs, LetterPairs.Pairs(text));
        Assert.Equal(letters, LetterPairs.Letters(text));
    }

    [Theory]
    [InlineData("鹿", "鹿")]
    [InlineData("鸣湖", "鸣湖")]
    [InlineData("集成电路", "集成 成电 电路")]
    [InlineData("GDP增长", "GD DP P增 增长")]
    [InlineData("𠀀字字", "𠀀字 字字")]
    [InlineData("Éa", null)]
    [InlineData("École", "Éc co ol le")]
    public void Tokens_OfATerm_AreItsLetterOrItsPairs(string term, string? tokens)
    {
        Assert.Equal(tokens, SqliteLetterTerms.Tokens(term));
    }
}
