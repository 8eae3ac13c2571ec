using WeiduEtl.Core.Parsing;

namespace WeiduEtl.Tests.Parsing.Entities;

/// <summary>
/// A rank or 整 'whole' before a body's kind (第三大|集装箱中心, 500强|公司, 整个|研究所), which names no body; armies named
/// without an institution ending (红军, 八路军, 海军); and three full names after an unlisted noun of people, who share it
/// as their role (巡逻员甲、乙、丙), on made-up lines in the styles of a business page, an evening paper, a veterans'
/// feature, a sports report and a county newsletter, with the lines they must leave alone.
/// </summary>
public sealed class RankWholeArmyAndRoleListRuleTests
{
    [Theory]
    [InlineData("该港去年跃升为全国第三大集装箱中心。")]
    [InlineData("这家省属第一大银行今年利润增长一成。")]
    [InlineData("世界500强公司纷纷落户园区，带动就业上万人。")]
    [InlineData("消息传来，整个研究所都沸腾了。")]
    [InlineData("整座医院的医护人员连夜集结。")]
    public void Extract_RankOrWholeBeforeAKind_IsNoBody(string body) =>
        Assert.Empty(Entities.Names(body, MentionKind.Organisation));

    [Theory]
    [InlineData("中共一大纪念馆今年接待游客逾百万人次。", "中共一大纪念馆")]
    [InlineData("市第三人民医院派出医疗队。", "市第三人民医院")]
    public void Extract_NumberInTheName_KeepsTheBody(string body, string name) =>
        Assert.Contains(name, Entities.Names(body, MentionKind.Organisation));

    [Theory]
    [InlineData("1936年，红军三大主力在会宁会师。", "红军")]
    [InlineData("老兵回忆当年参加八路军的经历。", "八路军")]
    [InlineData("驻地海军官兵与群众联欢。", "海军")]
    public void Extract_ArmyNamedWithoutAnEnding_IsABody(string body, string army) =>
        Assert.Contains(army, Entities.Names(body, MentionKind.Organisation));

    [Fact]
    public void Extract_WordsEndingInTheArmysLetter_AreNoBody() =>
        Assert.Empty(Entities.Names("他在比赛中夺得冠军，随后参军入伍。", MentionKind.Organisation));

    [Theory]
    [InlineData("夜里，巡逻员刘振国、张海波、李卫东沿着河堤巡查。", "巡逻员", "刘振国", "张海波", "李卫东")]
    [InlineData("本场比赛由裁判员王志刚、陈国华、赵立新执法。", "裁判员", "王志刚", "陈国华", "赵立新")]
    [InlineData("夜里，三名协管员刘振国、张海波、李卫东沿着河堤巡查。", "协管员", "刘振国", "张海波", "李卫东")]
    public void Extract_ThreeFullNamesAfterANounOfPeople_ArePeopleInThatRole(string body, string role, params string[] names)
    {
        var people = Entities.People(body);
        Assert.Equal(names, people.Select(p => p.Name));
        Assert.All(people, p => Assert.Equal(role, p.Title));
        // The first mention's text is the whole role and the name, never a cut word (逻员刘振国).
        Assert.Equal(role + names[0], people[0].Text);
    }

    [Theory]
    [InlineData("管理人员包括会计、出纳、保管员等。")]
    [InlineData("安保人员王府井、西单、前门一带轮流值守。")]
    [InlineData("巡逻员刘振国、张海波沿着河堤巡查。")]
    public void Extract_ListThatIsNoThreeFullNames_FindsNoPerson(string body) =>
        Assert.Empty(Entities.People(body));
}
