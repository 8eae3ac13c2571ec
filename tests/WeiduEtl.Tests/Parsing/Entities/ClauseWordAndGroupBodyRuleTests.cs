using WeiduEtl.Core.Parsing;

namespace WeiduEtl.Tests.Parsing.Entities;

/// <summary>
/// Words cut from a clause that end like a body (a spot or a stop, 办 done at once, 组成 of making up, a central village, a
/// kind after the preposition 同), groups sent to teach or preach, and a body's group before the group's head, on made-up
/// lines in the styles of a city daily, a county paper and a regional party paper.
/// </summary>
public sealed class ClauseWordAndGroupBodyRuleTests
{
    [Theory]
    [InlineData("这条老街成了城区与乡村的结合部，过去污水横流。")]
    [InlineData("小区位于城区与农村的接合部，人员流动大。")]
    [InlineData("这批古瓦为何会出现在别处的祠堂屋顶，至今无人知晓。")]
    [InlineData("这口古钟为何“飞”到他处的庙里，成了谜。")]
    [InlineData("采访团首站来到古渡口村，村民正忙着晒秋。")]
    [InlineData("参观结束后，调研团下一站来到新区产业园。")]
    public void Extract_SpotOrStopOfATour_IsNoBody(string body) =>
        Assert.Empty(Entities.Names(body, MentionKind.Organisation));

    [Theory]
    [InlineData("该区积极探索“接诉即办”，群众诉求当天回应。")]
    [InlineData("政务大厅推行“随到随办”，企业少跑腿。")]
    [InlineData("全县推广“有呼必应、接单立办”的做法。")]
    public void Extract_BanDoneAtOnce_IsNoOffice(string body) =>
        Assert.DoesNotContain(Entities.Names(body, MentionKind.Organisation), n => n.EndsWith('办'));

    [Theory]
    [InlineData("县扶贫办工作人员入户核实情况。", "县扶贫办")]
    [InlineData("记者从市创文办获悉，测评将于下月开始。", "市创文办")]
    public void Extract_OfficeNamedByItsField_StaysABody(string body, string office) =>
        Assert.Contains(office, Entities.Names(body, MentionKind.Organisation));

    [Theory]
    [InlineData("省总工会精心挑选业务专家组成讲师队伍，授课内容涵盖劳动法。")]
    [InlineData("学校邀请高校教授和一线骨干教师组成评审小组。")]
    [InlineData("市人社局遴选技能大师和青年骨干专家组成服务队，上门指导。")]
    public void Extract_GroupMakingUpATeam_EndsNoBodyInsideTheVerb(string body) =>
        Assert.DoesNotContain(Entities.Names(body, MentionKind.Organisation), n => n.EndsWith('组'));

    [Theory]
    [InlineData("省环保督察专家组成员一行来到现场。", "省环保督察专家组")]
    [InlineData("县防汛抗旱工作领导小组成立以来，排查隐患120处。", "县防汛抗旱工作领导小组")]
    public void Extract_GroupBeforeItsMembersOrFounding_StaysABody(string body, string group) =>
        Assert.Contains(group, Entities.Names(body, MentionKind.Organisation));

    [Theory]
    [InlineData("昌吉市六工镇沙河中心村东片组党支部书记李军说，合作社带动村民增收。")]
    [InlineData("记者来到奇台县西地镇双桥中心村二组党支部书记马强家中。")]
    [InlineData("合作社由奇台县西地镇双桥中心村东片组党支部牵头组建。奇台县西地镇双桥中心村东片组党支部书记马强说，今年分红翻了一番。")]
    public void Extract_CentralVillageOrTown_IsNoCentre(string body) =>
        Assert.DoesNotContain(Entities.Names(body, MentionKind.Organisation), n => n.EndsWith("中心", StringComparison.Ordinal));

    [Theory]
    [InlineData("该县把主题教育同中心工作统筹起来，察实情、解民忧。")]
    [InlineData("要把党史学习教育同中心工作结合起来。")]
    [InlineData("坚持把党建工作同社区治理融合推进。")]
    public void Extract_KindAfterThePrepositionTong_IsNoBody(string body) =>
        Assert.Empty(Entities.Names(body, MentionKind.Organisation));

    [Theory]
    [InlineData("他在上海市协同中心从事研究工作。", "上海市协同中心")]
    [InlineData("患者被送往北京同仁医院救治。", "北京同仁医院")]
    public void Extract_TongInsideAName_StaysPartOfIt(string body, string name) =>
        Assert.Contains(name, Entities.Names(body, MentionKind.Organisation));

    [Theory]
    [InlineData("王芳是来自武汉大学研究生支教团的志愿者，今年9月来县里支教。", "武汉大学研究生支教团")]
    [InlineData("自治区党委宣讲团走进牧区，为牧民宣讲政策。", "自治区党委宣讲团")]
    [InlineData("近日，长沙市委讲师团成员深入社区开展宣讲。", "长沙市委讲师团")]
    public void Extract_GroupSentToTeachOrPreach_IsOneBody(string body, string group) =>
        Assert.Contains(group, Entities.Names(body, MentionKind.Organisation));

    [Theory]
    [InlineData("丽水市援疆指挥部人才组组长陈明说，今年已引进教师30名。", "陈明", "丽水市援疆指挥部人才组")]
    [InlineData("县应急管理局综合组副组长刘强带队巡查。", "刘强", "县应急管理局综合组")]
    [InlineData("市扶贫开发领导小组办公室督查组组长赵峰介绍了情况。", "赵峰", "市扶贫开发领导小组办公室督查组")]
    public void Extract_BodysGroupBeforeItsHead_IsThePostsBody(string body, string name, string organisation)
    {
        var head = Assert.Single(Entities.People(body), p => p.Name == name);

        Assert.Equal(organisation, head.Organisation);
    }

    [Fact]
    public void Extract_SetOfItemsBeforeAnotherPost_TakesNoGroup()
    {
        var head = Assert.Single(Entities.People("县文化馆一组主任李娜介绍，展览共分三组。"), p => p.Name == "李娜");

        Assert.NotEqual("县文化馆一组", head.Organisation);
    }
}
