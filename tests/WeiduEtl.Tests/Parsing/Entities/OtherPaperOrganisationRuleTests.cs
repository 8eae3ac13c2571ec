using WeiduEtl.Core.Parsing;

namespace WeiduEtl.Tests.Parsing.Entities;

/// <summary>
/// Organisation rules read from city, evening and court papers, on made-up lines in those styles: a place's police, the
/// departments listed before a shared post, an inspection group, a paper signing its own dateline or credit, and the
/// words that end like a body but name none (a counted group, a kind, a correspondent's credit, slogans of building a court, ideals and kinds, verbs before a community,
/// the particle 所, venues).
/// </summary>
public sealed class OtherPaperOrganisationRuleTests
{
    [Theory]
    [InlineData("本报讯（通讯员王明 记者李华）许昌警方昨日通报，一起电信诈骗案告破。", "许昌警方")]
    [InlineData("该男子因涉嫌盗窃被河北保定警方列为网上逃犯。", "河北保定警方")]
    [InlineData("案发后，禹州警方迅速成立专案组。", "禹州警方")]
    [InlineData("此次抓获逃犯，为鄢陵公安“春雷行动”再添战果。", "鄢陵公安")]
    public void Extract_PlaceAndPolice_IsTheBody(string body, string police) =>
        Assert.Contains(police, Entities.Names(body, MentionKind.Organisation));

    [Theory]
    [InlineData("当地警方提醒市民提高警惕。")]
    [InlineData("全市公安民警坚守岗位。")]
    [InlineData("他毕业于公安院校，多年从事公安工作。")]
    public void Extract_PoliceOfNoPlaceOrPublicSecurityGoingOn_IsNoPoliceBody(string body) =>
        Assert.DoesNotContain(Entities.Names(body, MentionKind.Organisation), n => n.EndsWith("警方", StringComparison.Ordinal) || n.EndsWith("公安", StringComparison.Ordinal));

    [Fact]
    public void Extract_DepartmentsBeforeASharedPost_AreEachABody() =>
        Assert.Superset(
            new HashSet<string>(["审判庭", "办公室", "财务科"], StringComparer.Ordinal),
            Entities.Names("区法院院长刘军及审判庭、办公室、财务科负责人一行到社区走访。", MentionKind.Organisation).ToHashSet(StringComparer.Ordinal));

    [Fact]
    public void Extract_InspectionGroupWithItsNumber_IsOneBody() =>
        Assert.Contains("许昌市委第三巡察组", Entities.Names("去年7月，许昌市委第三巡察组进驻该镇，收到群众来信20余件。", MentionKind.Organisation));

    [Fact]
    public void Extract_NumberedGroupBeforeItsLeader_IsThePostsBody()
    {
        var leader = Assert.Single(Entities.People("巡察组进村后，第二巡察组组长周强立即带队查看积水。"));

        Assert.Equal("第二巡察组", leader.Organisation);
    }

    [Fact]
    public void Extract_ResidentsCouncilOfACompound_IsABodyACouncilOfNoPlaceNot()
    {
        var found = Entities.Names("“路终于修好了。”金桂园居民议事会主任王芳说。小区还成立了邻里议事会。", MentionKind.Organisation);

        Assert.Equal(["金桂园居民议事会"], found);
    }

    [Theory]
    [InlineData("南方日报讯（全媒体记者 王芳）昨日，全市首条智慧公交线路开通。")]
    [InlineData("东海晚报3月5日讯 记者 李强 报道：春耕正忙。")]
    [InlineData("村民在田间劳作。东海晚报记者 李强 摄")]
    [InlineData("新厂房已投入使用。（南方日报 记者 王芳 通讯员 张伟）")]
    public void Extract_PaperSigningItsDatelineOrCredit_IsNoMention(string body) =>
        Assert.DoesNotContain(Entities.Names(body, MentionKind.Organisation), n => n.EndsWith('报'));

    [Fact]
    public void Extract_PaperNamedInTheText_IsStillABody() =>
        Assert.Contains("东海早报", Entities.Names("居民向东海早报、东海网记者反映，路灯坏了半个月。", MentionKind.Organisation));

    [Theory]
    [InlineData("近年来，该院坚持政治建院、业务强院、文化兴院，各项工作全面提升。")]
    [InlineData("法庭围绕智慧法庭、文明法庭建设，推进诉讼服务。")]
    [InlineData("群众可通过移动微法院在线立案。")]
    [InlineData("多次被辖区党委政府评为先进单位。")]
    [InlineData("他们为街道综合文化站揭牌，参观了文化活动中心。")]
    [InlineData("县城是全县的政治、经济与文化中心。")]
    [InlineData("女子队今年招募了一批新队员。")]
    [InlineData("该镇镇中心大市场已开工建设。")]
    public void Extract_SloganIdealOrKind_IsNoBody(string body) =>
        Assert.Empty(Entities.Names(body, MentionKind.Organisation));

    [Theory]
    [InlineData("她长年义务清扫社区卫生，还主动包下社区一段河道的保洁。")]
    [InlineData("进出社区的两座桥终于修好了。")]
    [InlineData("活动拉近社区与居民的距离，党建引领社区治理。")]
    [InlineData("民警进社区开展防诈骗宣传。")]
    [InlineData("老人所到之处都干干净净，大家对他所做的一切赞不绝口。")]
    [InlineData("他立即按失主所指的方向追去。")]
    [InlineData("座谈会上，村民畅所欲言。")]
    [InlineData("光小旅馆就有十多家。")]
    [InlineData("家住客运总站对面的王大爷说，门口收费站改扩建了。")]
    [InlineData("要紧盯上级交办的任务，逐一研究对策。")]
    [InlineData("随后观看了群众自发组织的文艺演出。")]
    public void Extract_VerbBeforeACommunityParticleOrVenue_IsNoBody(string body) =>
        Assert.Empty(Entities.Names(body, MentionKind.Organisation));

    [Theory]
    [InlineData("市长张伟率东海市党政考察团来许考察。", "东海市党政考察团")]
    [InlineData("作为驻新华社区“第一书记”的王强，还帮居民修了路灯。", "新华社区")]
    [InlineData("活动由县委宣传部、县文明办组织《东海日报》等媒体参加。", "县文明办")]
    [InlineData("在她的带领下城关法庭全体干警攻坚克难。", "城关法庭")]
    public void Extract_BodyAfterAVerbOrAFrame_OpensAfterIt(string body, string organisation) =>
        Assert.Contains(organisation, Entities.Names(body, MentionKind.Organisation));

    [Theory]
    [InlineData("法庭紧紧围绕实施无讼法庭建设，制定院歌、院训。")]
    [InlineData("村里发展旅游需要一支八音队。")]
    [InlineData("这里有全市首个村级农产品快检中心。")]
    [InlineData("社居委开展过几次清理，街道便民服务中心也来了人。")]
    [InlineData("本报讯（记者王华 通讯员司明）村民挥着锄头下地了。")]
    public void Extract_TitleWordCountKindOrCredit_IsNoBody(string body) =>
        Assert.Empty(Entities.Names(body, MentionKind.Organisation));

    [Theory]
    [InlineData("县妇联联合爱心企业东方餐饮公司为获奖群众颁奖。", "东方餐饮公司")]
    [InlineData("工地上，许昌医专、钧瓷小镇等项目正在施工。", "许昌医专")]
    [InlineData("活动中，老干部督导团积极参与。", "老干部督导团")]
    public void Extract_FirmAfterItsDescriptionOrAShortCollege_IsTheBody(string body, string organisation) =>
        Assert.Contains(organisation, Entities.Names(body, MentionKind.Organisation));
}
