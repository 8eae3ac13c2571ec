using WeiduEtl.Core.Parsing;

namespace WeiduEtl.Tests.Parsing.Entities;

/// <summary>
/// People as county, evening and women's-federation pages name them: a member of an association after it (某协会会员某某,
/// the association theirs), two full names that 几位/几名/几人 counts as people (给某某某、某某某几位高龄老人体检), and families
/// listed by the names of their heads (某某某家庭、某某家庭2户家庭入选). Made-up sentences.
/// </summary>
public sealed class MemberFewAndFamilyHeadRuleTests
{
    [Theory]
    [InlineData("当天，省作家协会会员王丽华、陈志强二人应邀出席。", new[] { "王丽华", "陈志强" }, "省作家协会")]
    [InlineData("市摄影家协会会员刘建国拍下了这一幕。", new[] { "刘建国" }, "市摄影家协会")]
    [InlineData("县书法家协会会员李梅、张晓东现场挥毫。", new[] { "李梅", "张晓东" }, "县书法家协会")]
    public void Extract_NamesAfterAMemberOfAnAssociation_HoldThePostOfMember(string body, string[] names, string association)
    {
        var people = Entities.People(body);
        Assert.Equal(names, people.Select(p => p.Name));
        Assert.All(people, p => Assert.Equal(("会员", association), (p.Title, p.Organisation)));
    }

    [Theory]
    [InlineData("协会现有会员三百余人，覆盖全市各区。")]
    [InlineData("会员单位代表参加了会议。")]
    [InlineData("健身会员与健身房签订合同时要看清条款。")]
    public void Extract_MemberBeforeNoName_IsNoPerson(string body) =>
        Assert.Empty(Entities.People(body));

    [Theory]
    [InlineData("“我准备上门给周德顺、吴桂兰几位高龄老人送药。”", new[] { "周德顺", "吴桂兰" })]
    [InlineData("社区请马文涛、郑丽萍几位老党员讲党课。", new[] { "马文涛", "郑丽萍" })]
    [InlineData("早在十年前，王建军、陈晓红几人就合伙开了一家店。", new[] { "王建军", "陈晓红" })]
    public void Extract_TwoFullNamesThatAFewPeopleCounts_AreAList(string body, string[] names) =>
        Assert.Equal(names, Entities.People(body).Select(p => p.Name));

    [Fact]
    public void Extract_TwoFullNamesCountedWithAPost_EachHoldsThePost()
    {
        var people = Entities.People("接到报警后，李国强、赵明辉几名民警来到现场。");
        Assert.Equal(["李国强", "赵明辉"], people.Select(p => p.Name));
        Assert.All(people, p => Assert.Equal("民警", p.Title));
    }

    [Theory]
    [InlineData("市场上，白菜、黄瓜几样蔬菜的价格都降了。")]
    [InlineData("游客可以去王府井、李家村几处景点看看。")]
    [InlineData("要在高效率、高水平几个方面下功夫。")]
    public void Extract_TwoWordsAFewThingsCount_AreNoPeople(string body) =>
        Assert.Empty(Entities.People(body));

    [Theory]
    [InlineData("其中，南阳市王建国家庭、李秀英家庭入选省级文明家庭。", new[] { "王建国", "李秀英" })]
    [InlineData("经评审，获评的是张伟家庭和陈玉兰家庭等5户最美家庭。", new[] { "张伟", "陈玉兰" })]
    [InlineData("周敏家庭、郭海涛家庭、孙丽家庭3户家庭获得表彰。", new[] { "周敏", "郭海涛", "孙丽" })]
    public void Extract_FamiliesListedByTheirHeads_NameThoseHeads(string body, string[] names)
    {
        var people = Entities.People(body);
        Assert.Equal(names, people.Select(p => p.Name));
        Assert.All(people, p => Assert.Equal(MentionKind.Person, p.Kind));
    }

    [Theory]
    [InlineData("单亲家庭、军人家庭是帮扶的重点。")]
    [InlineData("困难家庭、低保家庭每月可领取补贴。")]
    [InlineData("对高收入家庭、双职工家庭不再补贴。")]
    [InlineData("多年来，王建国家庭和睦，邻里称赞。")]
    public void Extract_FamiliesOfAKindOrOneFamilyAlone_NameNoHead(string body) =>
        Assert.Empty(Entities.People(body));
}
