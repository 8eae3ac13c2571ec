using WeiduEtl.Core.Parsing;

namespace WeiduEtl.Tests.Parsing.Entities;

/// <summary>
/// Names listed after a descriptor or joined by 与, a word after a role that opens with a surname's letter, and the
/// great rivers whose names read like a person's, on made-up sentences in the styles of a national daily and a district page.
/// </summary>
public sealed class PersonListAndNaturalFeatureRuleTests
{
    [Theory]
    [InlineData("村民刘大山、王小英、李建设等人一起动手。", new[] { "刘大山", "王小英", "李建设" })]
    [InlineData("志愿者陈光明和李秀英每天都来。", new[] { "陈光明", "李秀英" })]
    [InlineData("参赛选手赵海峰与孙丽华并列第一。", new[] { "赵海峰", "孙丽华" })]
    public void Extract_NamesListedAfterADescriptor_AreEachAPerson(string body, string[] names) =>
        Assert.Equal(names, Entities.Names(body, MentionKind.Person));

    [Fact]
    public void Extract_PlacesAfterADescriptor_AreNoList() =>
        Assert.Empty(Entities.Names("受灾的村民孙家庄、李家湾等地群众已安全转移。", MentionKind.Person));

    [Theory]
    [InlineData("获奖运动员包括孙晓东、钱文华。")]
    [InlineData("魏都区获奖的网格员包括东大街道的几位同志。")]
    public void Extract_WordOpeningWithASurnamesLetter_IsNoName(string body) =>
        Assert.Empty(Entities.Names(body, MentionKind.Person));

    [Theory]
    [InlineData("“以前这里到处是垃圾。”住在附近的居民指着门前的黄河说，现在可以散步了。")]
    [InlineData("“水清了，鱼也多了。”老人望着远处的黄河感慨地说。")]
    public void Extract_RiverBeforeAVerbOfSaying_IsNoPerson(string body) =>
        Assert.DoesNotContain("黄河", Entities.Names(body, MentionKind.Person));
}
