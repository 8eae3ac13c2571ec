namespace WeiduEtl.Tests.Parsing.Entities;

/// <summary>
/// A kind of person named without a name or a count, opening the sentence after a quotation no one else is given (or a
/// clause after frames of time and place), on made-up lines in the styles of a district page, a county newsletter and an
/// evening paper; and kinds that are only talked about, own something or are the writer's colleagues.
/// </summary>
public sealed class KindSubjectSpeakerRuleTests
{
    [Theory]
    [InlineData("“先把老人送回家，再查监控。”民警在接到报警的同时，调出了沿街的监控录像。", "民警")]
    [InlineData("“护栏装上了，孩子在楼道里玩也放心了。”9月3日，在东城街道花园小区，住户们看到新装的护栏后连连点赞。", "住户们")]
    [InlineData("“今年的桃子又大又甜。”当天上午，果农们一边采摘一边算着收入账。", "果农们")]
    [InlineData("“水管修好了，今晚就能用上热水。”维修工人放下工具，擦了擦汗。", "维修工人")]
    public void Attribute_KindOpeningTheSentenceAfterTheQuote_Speaks(string body, string speaker) =>
        Assert.Equal(speaker, Entities.OnlyQuote(body).Speaker);

    [Theory]
    [InlineData("“靠山吃山，靠水吃水。”这座小城依水而建，市民有在河边散步的习惯。")]
    [InlineData("“今年的收成不错。”村民的果园都通过了认证。")]
    [InlineData("“这条路修得真快。”记者在现场看到，工人们正在铺设沥青。")]
    [InlineData("“家门口就能看病了。”居民和医生一起参加了义诊活动。")]
    public void Attribute_KindOnlyTalkedAbout_IsNoSpeaker(string body) =>
        Assert.Null(Entities.OnlyQuote(body).Speaker);
}
