using WeiduEtl.Core.Parsing;

namespace WeiduEtl.Tests.Parsing.Entities;

/// <summary>
/// Where a body's name read back from its ending crosses the clause around it: a stop letter that opens an everyday word
/// (有|效, 就|业, 使|者), a numeral-tagged adverb before a verb (一起审议), a verb before a place (跟随|某市委), a word for any
/// body in apposition (子公司|某某有限公司), 组织 after a body's own ending (某部|组织的); venues, spots, a verb of manner,
/// buildings a project puts up, schools a city numbers, and an outlet as
/// a title in book marks or signing a credit. Made-up lines in the style of an evening paper, a county report,
/// a business page and a community column.
/// </summary>
public sealed class ClauseAroundBodyNameRuleTests
{
    [Theory]
    [InlineData("新修的环城快速路将有效缓解中心城区的拥堵。")]
    [InlineData("晚饭后，老党员们一起讲述社区这些年的变化。")]
    public void Extract_WordOrVerbBeforeABareEnding_IsNoOrganisation(string body) =>
        Assert.Empty(Entities.Names(body, MentionKind.Organisation));

    [Theory]
    [InlineData("去年，城南区就业服务中心为三百多名下岗职工找到了工作。", "城南区就业服务中心")]
    [InlineData("当晚，小区“红色使者服务队”的队员们挨家挨户敲门。", "红色使者服务队")]
    public void Extract_StopLetterOpeningAWord_KeepsTheWholeName(string body, string name) =>
        Assert.Contains(name, Entities.Names(body, MentionKind.Organisation));

    [Fact]
    public void Extract_NumeralAdverbBeforeVerb_NamesTheObjectOnly()
    {
        var names = Entities.Names("会上，代表们一起审议区政府工作报告。", MentionKind.Organisation);
        Assert.DoesNotContain(names, n => n.Contains("一起", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_VerbBeforeAPlace_OpensTheNameAtThePlace()
    {
        var names = Entities.Names("采风团成员王晓东跟随杭州市委宣传部调研组来到茶园。", MentionKind.Organisation);
        Assert.Contains(names, n => n.StartsWith("杭州市委", StringComparison.Ordinal));
        Assert.DoesNotContain(names, n => n.Contains("跟随", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("大桥由集团的子公司宏远路桥工程有限公司承建。", "宏远路桥工程有限公司")]
    [InlineData("副市长走访了挂钩帮扶企业福安达纺织公司。", "福安达纺织公司")]
    public void Extract_BodyKindInApposition_IsLeftOutOfTheName(string body, string name) =>
        Assert.Contains(name, Entities.Names(body, MentionKind.Organisation));

    [Fact]
    public void Extract_BodyKindBeforeEverydayWords_StaysInTheName() =>
        Assert.DoesNotContain("登记管理局", Entities.Names("市事业单位登记管理局昨天发出通知。", MentionKind.Organisation));

    [Fact]
    public void Extract_OrganisingAfterABodysEnding_EndsTheBody()
    {
        var names = Entities.Names("由南山区委宣传部组织的文艺小分队昨天进村演出。", MentionKind.Organisation);
        Assert.Contains("南山区委宣传部", names);
        Assert.DoesNotContain(names, n => n.EndsWith("组织", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("论坛昨天在国际会议中心开幕，游客们在铁路陈列馆前合影。")]
    [InlineData("不能为了追求局部利益而牺牲整体，新区离中心城区只有二十公里。")]
    [InlineData("全县已有家庭农场、合作社等经营主体三百多家。")]
    [InlineData("群众的小事也要认真办，山路最陡最窄处只容一人通过。")]
    [InlineData("实验小学新建项目已经封顶，明年秋季招生。")]
    public void Extract_VenueSpotVerbOrProject_IsNoOrganisation(string body) =>
        Assert.Empty(Entities.Names(body, MentionKind.Organisation));

    [Fact]
    public void Extract_OurCityBeforeTheCitysBody_IsNoDoubledLevel() =>
        Assert.DoesNotContain("市市委", Entities.Names("我市市委常委、副市长周建国出席开工仪式。", MentionKind.Organisation));

    [Fact]
    public void Extract_NumberedSchool_IsABodyButPupilsAreNot()
    {
        Assert.Contains("58中学", Entities.Names("58中学的师生们昨天走进了老兵之家。", MentionKind.Organisation));
        Assert.Empty(Entities.Names("今年全市有2500中学生报名参加夏令营。", MentionKind.Organisation));
    }

    [Theory]
    [InlineData("小学生们排着队走进校门，35小学的老师早早等在门口。", "35小学")]
    [InlineData("队员们刚下井，1203队的队长就赶到了现场。", "1203队")]
    public void Extract_ParagraphOpeningWithTheUnitsWord_StillFindsTheNumberedUnitLater(string body, string unit) =>
        Assert.Contains(unit, Entities.Names(body, MentionKind.Organisation));

    [Theory]
    [InlineData("本届展会吸引了《江城晚报》、市广播电台等媒体到场。", "江城晚报")]
    [InlineData("活动一直持续到晚上九点。江城日报全媒体首席记者李明文/图", "江城日报")]
    [InlineData("江城日报（记者 李明 通讯员 王芳）昨天，新桥开通。", "江城日报")]
    [InlineData("滨海市新闻传媒中心记者 陈思 报道：大桥今天合龙。", "滨海市新闻传媒中心")]
    public void Extract_OutletAsTitleOrCredit_IsNoOrganisation(string body, string outlet) =>
        Assert.DoesNotContain(outlet, Entities.Names(body, MentionKind.Organisation));
}
