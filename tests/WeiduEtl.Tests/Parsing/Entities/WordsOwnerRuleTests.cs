using WeiduEtl.Core.Parsing;

namespace WeiduEtl.Tests.Parsing.Entities;

/// <summary>
/// The sentence after a quotation says whose words they were (这是…的回答, …的心里话, 听到…的话, 某主席的话语, 随着某主任的
/// 宣布): the owner speaks, and 随着 opens no body's name.
/// Made-up sentences in the styles of a national daily's economy page and a district newsletter (许昌日报 魏都区).
/// </summary>
public sealed class WordsOwnerRuleTests
{
    [Theory]
    [InlineData("“从投资角度来说，这里一直是最具吸引力的地方。”外资企业负责人的心里话，正是对营商环境投出的信任票。", "外资企业负责人")]
    [InlineData("“来魏都卖菜，城管不撵，安心！”这是许多菜农对魏都区便民点“情有独钟”的实在回答。", "菜农")]
    [InlineData("“天热了，给你们送瓶水，别中暑了。”在春秋广场，听到城管队员的话，摊主夫妻停了下来。", "城管队员")]
    public void Attribute_OwnerOfTheWordsInTheNextSentence_Speaks(string body, string speaker) =>
        Assert.Equal((speaker, "quote-words-owner"), Entities.OnlyQuote(body));

    [Fact]
    public void Attribute_ConditionalDeHua_NamesNoOwner() =>
        Assert.Null(Entities.OnlyQuote("“这件事今年办不成。”如果真是这样的话，居民们又要多等一年。").Speaker);

    [Theory]
    [InlineData("会议开幕了。\n“发展是第一要务，也是解决一切问题的基础。”王文华主席的朴素话语，道出了全省干部的共同心声。", "王文华")]
    [InlineData("表决开始了。\n“全票通过！”随着区人大常委会主任刘建国的宣布，会场里响起热烈掌声。", "刘建国")]
    public void Attribute_PublicWordsOfAPersonWithAPost_AreTheirs(string body, string speaker) =>
        Assert.Equal((speaker, "quote-words-owner"), Entities.LastQuote(body));

    [Fact]
    public void Extract_PrepositionSuiZhe_OpensNoBodysName() =>
        Assert.Contains("区人大常委会", Entities.Names("表决开始了。随着区人大常委会主任刘建国的宣布，会场里响起热烈掌声。", MentionKind.Organisation));
}
