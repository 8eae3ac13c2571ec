namespace WeiduEtl.Tests.Parsing.Entities;

/// <summary>
/// A speaker given by a familiar form of address (老游, 王姐, 李书记) is the person with that surname named before, and
/// that post when the form is a post; forms that keep a stranger unnamed (张先生) stay as printed. Made-up sentences in
/// the styles of a national daily's village feature and a district newsletter (许昌日报 魏都区).
/// </summary>
public sealed class AddressedSpeakerRuleTests
{
    [Theory]
    [InlineData("说话间门帘被掀开，进来的是村里的老党员游文超。听到“老”字，老游努努嘴，“还不老，身体棒着呢。”", "游文超")]
    [InlineData("魏都区东大街道平安社区网格员王秀兰每天都要走访十几户居民。“谁家有事，我心里都有数。”王姐笑着说。", "王秀兰")]
    [InlineData("区委书记李明来到魏源广场夜市。“摊位要摆整齐，通道要留够。”李书记叮嘱说。", "李明")]
    [InlineData("开车的是乘务员郭艳婷大姐，她在这条线上干了二十年。郭姐告诉我：“春运最忙，一天要跑三趟。”", "郭艳婷")]
    public void Attribute_FamiliarFormOfSomeoneNamedBefore_IsThatPerson(string body, string speaker) =>
        Assert.Equal((speaker, "quote-address-named"), Entities.LastQuote(body));

    [Theory]
    [InlineData("区长张立新来到现场查看管网改造。张先生说：“我家的水管终于修好了。”", "张先生")]
    [InlineData("区长李明来到魏源广场夜市。“摊位要摆整齐，通道要留够。”李书记说。", "李书记")]
    public void Attribute_FormOfAStrangerOrOfAnotherPost_StaysAsPrinted(string body, string speaker) =>
        Assert.Equal(speaker, Entities.LastQuote(body).Speaker);
}
