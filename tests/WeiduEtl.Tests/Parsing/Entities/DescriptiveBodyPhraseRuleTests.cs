using WeiduEtl.Core.Parsing;

namespace WeiduEtl.Tests.Parsing.Entities;

/// <summary>
/// Words that end like a body but are a descriptive phrase, on made-up lines in the styles of evening, county, business
/// and web papers: a building a project puts up, an app, an outlet signing its credit, a kind of team, centre or works, a
/// branch after a verb, a person taken to a body, a sub-district's roads; and the area word before a body's name.
/// </summary>
public sealed class DescriptiveBodyPhraseRuleTests
{
    [Theory]
    [InlineData("开发区今年新开工东岭国际学校项目、滨河康复医院项目等12个项目。", "东岭国际学校")]
    [InlineData("开发区今年新开工东岭国际学校项目、滨河康复医院项目等12个项目。", "滨河康复医院")]
    [InlineData("北湾数字经济总部中心项目将于年底封顶。", "北湾数字经济总部中心")]
    [InlineData("位于江滨的县生活垃圾焚烧发电厂项目一期明年投运。", "县生活垃圾焚烧发电厂")]
    public void Extract_BuildingAProjectPutsUp_IsNoBody(string body, string building) =>
        Assert.DoesNotContain(building, Entities.Names(body, MentionKind.Organisation));

    [Fact]
    public void Extract_BodyBeforeTheBuildingItsProjectPutsUp_IsTheBody()
    {
        var found = Entities.Names("签约项目包括南湖大学附属医院质子中心建设项目等。", MentionKind.Organisation);

        Assert.Contains("南湖大学附属医院", found);
        Assert.DoesNotContain("南湖大学附属医院质子中心", found);
    }

    [Fact]
    public void Extract_SchoolThePupilsGoTo_IsStillABody() =>
        Assert.Contains("东岭国际学校", Entities.Names("在东岭国际学校上学的孩子们排练了节目。", MentionKind.Organisation));

    [Fact]
    public void Extract_AppInQuotes_IsNoBody() =>
        Assert.DoesNotContain("平安守护中心", Entities.Names("社区民警逐户查看老人手机上是否安装了“平安守护中心”APP。", MentionKind.Organisation));

    [Theory]
    [InlineData("（临江晚报/掌上临江/临江网记者 王磊）昨日，新桥正式通车。", "临江晚报")]
    [InlineData("江口县融媒体中心 记者 刘洋 通讯员 张敏/连日来，全县秋收忙。", "江口县融媒体中心")]
    [InlineData("东方网南山站5月8日讯（南山日报记者 陈静）昨日，南山区举行招聘会。", "东方网南山站")]
    public void Extract_OutletSigningTheCredit_IsNoMention(string body, string outlet) =>
        Assert.DoesNotContain(outlet, Entities.Names(body, MentionKind.Organisation));

    [Fact]
    public void Extract_MediaCentreTheArticleCites_IsABody() =>
        Assert.Contains("江口县融媒体中心", Entities.Names("据江口县融媒体中心消息，全县秋收已近尾声。", MentionKind.Organisation));

    [Theory]
    [InlineData("鹿鸣花园小区的业主委员会主任正在值班。")]
    [InlineData("小偷刚欲作案就被巡防大队队员抓了现行。")]
    [InlineData("村里建起了农副产品加工厂，成立了种植专业合作社。")]
    [InlineData("志愿者走进超市、老年活动中心宣讲防诈骗知识。")]
    [InlineData("小区业委会和物业公司一起商量。")]
    [InlineData("县里成立指挥部，抽调专人驻点。")]
    [InlineData("他扎根基层人民法庭十七年。")]
    public void Extract_KindOfTeamCentreOrWorks_IsNoBody(string body) =>
        Assert.DoesNotContain(Entities.Names(body, MentionKind.Organisation), n => n.EndsWith("委员会", StringComparison.Ordinal)
            || n.EndsWith("大队", StringComparison.Ordinal) || n.EndsWith('厂') || n.EndsWith("合作社", StringComparison.Ordinal)
            || n.EndsWith("中心", StringComparison.Ordinal) || n == "业委会" || n.EndsWith("党委", StringComparison.Ordinal) || n == "指挥部"
            || n.EndsWith("人民法庭", StringComparison.Ordinal));

    [Theory]
    [InlineData("鹿鸣花园业主委员会发出倡议。", "鹿鸣花园业主委员会")]
    [InlineData("城南巡防大队连夜出动。", "城南巡防大队")]
    [InlineData("上河村农产品展销中心开门迎客。", "上河村农产品展销中心")]
    [InlineData("城关镇人民法庭巡回审理了这起案件。", "城关镇人民法庭")]
    public void Extract_KindAfterAPlaceOrName_IsABody(string body, string name) =>
        Assert.Contains(name, Entities.Names(body, MentionKind.Organisation));

    [Theory]
    [InlineData("“村子富不富，关键看支部。”老支书常说。")]
    [InlineData("全县开展点亮支部堡垒星活动。")]
    [InlineData("各小区按照“小区支部主导型”模式推进。")]
    public void Extract_BranchOfNoUnit_IsNoBody(string body) =>
        Assert.DoesNotContain(Entities.Names(body, MentionKind.Organisation), n => n.EndsWith("支部", StringComparison.Ordinal));

    [Fact]
    public void Extract_BranchOfAVillage_IsABody() =>
        Assert.Contains("柳湾村支部", Entities.Names("柳湾村支部的党员们清扫了村道。", MentionKind.Organisation));

    [Fact]
    public void Extract_PersonTakenToABody_LeavesTheVerbOut() =>
        Assert.DoesNotContain(Entities.Names("嫌疑人随后被民警带回城西派出所接受调查。", MentionKind.Organisation), n => n.StartsWith("带回", StringComparison.Ordinal));

    [Fact]
    public void Extract_SubDistrictsRoads_IsNoSubDistrict() =>
        Assert.DoesNotContain(Entities.Names("居民不时反映学院街道路面坑洼，晚上没有路灯。", MentionKind.Organisation), n => n.EndsWith("街道", StringComparison.Ordinal));

    [Fact]
    public void Extract_AreaWordBeforeABody_IsLeftOut()
    {
        var found = Entities.Names("在辖区交警三大队、街道执法中队配合下，道路很快修好。", MentionKind.Organisation);

        Assert.Contains("交警三大队", found);
        Assert.DoesNotContain("辖区交警三大队", found);
    }
}
