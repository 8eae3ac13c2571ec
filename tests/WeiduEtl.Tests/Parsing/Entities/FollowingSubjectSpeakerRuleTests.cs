namespace WeiduEtl.Tests.Parsing.Entities;

/// <summary>
/// A quotation opening its sentence that runs on, after a comma or a dash, into a clause whose subject is a person
/// (“…”，某书记动员…; “…”——去年底，某省长作出批示。): that subject said the words, whatever the verb. Made-up sentences in
/// the styles of a national daily and a district page (许昌日报 魏都区).
/// </summary>
public sealed class FollowingSubjectSpeakerRuleTests
{
    [Theory]
    [InlineData("全省脱贫攻坚推进会日前召开。\n“越是艰难的时候，越要坚定信心，一鼓作气”，省委书记李明远动员全省干部扑下身子抓落实。", "李明远")]
    [InlineData("老旧小区改造启动了。\n“小区的事就是自家的事，大家商量着办”，街道党工委书记王晓峰召集居民代表开了个院落会。", "王晓峰")]
    public void Attribute_SubjectAfterTheComma_SaidTheWords(string body, string speaker) =>
        Assert.Equal((speaker, "quote-following-subject"), Entities.LastQuote(body));

    [Theory]
    [InlineData("这项工作牵动人心。\n“要把群众的冷暖放在心上，决不能让一户掉队”——去年底，省长张国华作出批示。", "张国华")]
    [InlineData("社区环境变美了。\n“垃圾分类从我做起，从小事做起”——今年初，社区书记刘红梅带着志愿者挨家挨户宣传。", "刘红梅")]
    [InlineData("这项工作牵动人心。\n“要把群众的冷暖放在心上，决不能让一户掉队”——在全省扶贫工作会议上，省长张国华作出部署。", "张国华")]
    public void Attribute_SubjectAfterADashAndAFrame_SaidTheWords(string body, string speaker) =>
        Assert.Equal((speaker, "quote-following-subject"), Entities.LastQuote(body));

    [Theory]
    [InlineData("新路通车了。\n“村里的路修好了，出门方便多了”，跟着村支书王大勇，村民们放起了鞭炮。")]
    [InlineData("新路通车了。\n“村里的路修好了，出门方便多了”，这条路足足修了三年多，村支书王大勇带着村民放起了鞭炮。")]
    public void Attribute_PersonAfterAPrepositionOrAnotherClause_IsNoSpeaker(string body) =>
        Assert.NotEqual("王大勇", Entities.LastQuote(body).Speaker);
}
