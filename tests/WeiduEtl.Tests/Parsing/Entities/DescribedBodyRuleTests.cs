using WeiduEtl.Core.Parsing;

namespace WeiduEtl.Tests.Parsing.Entities;

/// <summary>
/// Runs that end in an institution ending but describe a body (a verb with a kind of institution, a people's organ of a
/// level, a kind of unit's party organ, a kind with words of grade, trade or service, a squad, 前所未有), and the names
/// that look like them but name one, on made-up lines in the styles of an evening paper, a county report, a finance
/// page, a sports page and a court report.
/// </summary>
public sealed class DescribedBodyRuleTests
{
    [Theory]
    [InlineData("他辞职后在杭州注册公司，做起了茶叶电商。", "注册公司")]
    [InlineData("山里的娃娃大多要翻过两座山去上中学。", "上中学")]
    [InlineData("姐姐高中毕业后注册公司，开了家网店。", "注册公司")]
    [InlineData("老人摔伤后，家人连夜送他进医院。", "进医院")]
    [InlineData("小伙子辞去工作，在绍兴开新公司卖黄酒。", "开新公司")]
    [InlineData("他原本想进三甲医院，后来回乡当了村医。", "进三甲医院")]
    public void Extract_VerbWithAKindOfInstitution_IsNoName(string body, string action)
    {
        var names = Entities.Names(body, MentionKind.Organisation);
        Assert.DoesNotContain(names, n => n.Contains(action, StringComparison.Ordinal) || action.EndsWith(n, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("上海进才中学的学生在机器人比赛中夺得金奖。", "上海进才中学")]
    [InlineData("中国建设银行宣布下调部分存款利率。", "中国建设银行")]
    [InlineData("临泉县住建局开展了一次安全生产大检查。", "临泉县住建局")]
    [InlineData("市城建投资公司发行了一期债券。", "市城建投资公司")]
    [InlineData("县民办教育研究所发布了调查报告。", "县民办教育研究所")]
    public void Extract_NameOpeningWithAVerbLetter_IsKept(string body, string name) =>
        Assert.Contains(name, Entities.Names(body, MentionKind.Organisation));

    [Theory]
    [InlineData("乡镇人民政府应当协助做好耕地保护工作。", "乡镇人民政府")]
    [InlineData("本条例所称主管部门，由直辖市人民政府确定。", "直辖市人民政府")]
    [InlineData("当事人可以依法向人民法院提起诉讼。", "人民法院")]
    [InlineData("地方人民政府对本行政区域内的防汛工作负责。", "地方人民政府")]
    [InlineData("常务委员会会议审议了条例草案。", "常务委员会")]
    public void Extract_PeoplesOrganOfALevel_IsNoName(string body, string notAName) =>
        Assert.DoesNotContain(notAName, Entities.Names(body, MentionKind.Organisation));

    [Theory]
    [InlineData("海安市人民法院近日审结一起民间借贷纠纷案。", "海安市人民法院")]
    [InlineData("最高人民检察院发布一批公益诉讼典型案例。", "最高人民检察院")]
    public void Extract_PeoplesOrganOfAPlace_IsKept(string body, string name) =>
        Assert.Contains(name, Entities.Names(body, MentionKind.Organisation));

    [Theory]
    [InlineData("年终总结会上，公司党委要求各部门压实责任。", "公司党委")]
    [InlineData("通报指出，单位党组要切实担起主体责任。", "单位党组")]
    [InlineData("地方纪委监委要把监督挺在前面。", "地方纪委监委")]
    public void Extract_OrganOfAKindOfUnit_IsNoName(string body, string notAName) =>
        Assert.DoesNotContain(notAName, Entities.Names(body, MentionKind.Organisation));

    [Theory]
    [InlineData("柳林村党支部组织党员清理河道垃圾。", "柳林村党支部")]
    [InlineData("华润集团党委召开理论学习会议。", "华润集团党委")]
    public void Extract_OrganOfANamedUnit_IsKept(string body, string name) =>
        Assert.Contains(name, Entities.Names(body, MentionKind.Organisation));

    [Theory]
    [InlineData("三甲医院的专家号一票难求。", "三甲医院")]
    [InlineData("第三方支付公司的风控漏洞引发关注。", "第三方支付公司")]
    [InlineData("共享单车公司在地铁口投放了一批新车。", "共享单车公司")]
    [InlineData("行业协会呼吁会员企业诚信经营。", "行业协会")]
    [InlineData("急救中心接到电话后立即派车。", "急救中心")]
    [InlineData("健身中心的年卡今年涨了价。", "健身中心")]
    [InlineData("任何组织和个人不得侵占耕地。", "任何组织")]
    [InlineData("党群服务中心里，志愿者正在教老人用手机。", "党群服务中心")]
    [InlineData("全区新增老年人日间照料中心12个。", "老年人日间照料中心")]
    public void Extract_KindWithGradeTradeOrService_IsNoName(string body, string notAName)
    {
        var names = Entities.Names(body, MentionKind.Organisation);
        Assert.DoesNotContain(names, n => n.EndsWith(notAName, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("北京市急救中心派出三辆救护车赶赴现场。", "北京市急救中心")]
    [InlineData("中国支付清算协会发布年度报告。", "中国支付清算协会")]
    [InlineData("云溪社区党群服务中心开设了四点半课堂。", "云溪社区党群服务中心")]
    public void Extract_NamedBodyOfTheseKinds_IsKept(string body, string name) =>
        Assert.Contains(name, Entities.Names(body, MentionKind.Organisation));

    [Theory]
    [InlineData("春节前，县文化馆的文艺小分队走进敬老院慰问演出。", "小分队")]
    [InlineData("客场面对这支足球强队，主教练排出了防守阵型。", "强队")]
    [InlineData("今年汛期遇到的困难之多前所未有。", "前所")]
    public void Extract_SquadStrongSideOrParticle_IsNoName(string body, string ending)
    {
        var names = Entities.Names(body, MentionKind.Organisation);
        Assert.DoesNotContain(names, n => n.EndsWith(ending, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("1998年起，他先后任红旗镇派出所所长、县公安局副局长。", "红旗镇派出所")]
    [InlineData("2005年，他调阜阳市司法局工作。", "阜阳市司法局")]
    public void Extract_BodyAfterAVerbOfHoldingOrMoving_OpensAtThePlace(string body, string name) =>
        Assert.Contains(name, Entities.Names(body, MentionKind.Organisation));

    [Theory]
    [InlineData("明年将加大扶贫工作队的选派力度。", "加大")]
    [InlineData("老街新开茶艺体验馆，吸引了不少游客。", "新开")]
    public void Extract_VerbBeforeABody_IsNoPartOfIt(string body, string verb) =>
        Assert.DoesNotContain(Entities.Names(body, MentionKind.Organisation), n => n.Contains(verb, StringComparison.Ordinal));

    [Theory]
    [InlineData("对拒不整改的，按日处两万元罚款。", "处")]
    [InlineData("依照刑法规定，对其处三年以下有期徒刑。", "处")]
    [InlineData("数字经济对稳就业所起的作用日益明显。", "所")]
    [InlineData("不少旅行社推出了冰雪旅游线路。", "旅行社")]
    [InlineData("城市副中心建设全面提速。", "副中心")]
    public void Extract_PenaltyParticleTravelAgencyOrPlannedCentre_IsNoName(string body, string ending)
    {
        var names = Entities.Names(body, MentionKind.Organisation);
        Assert.DoesNotContain(names, n => n.EndsWith(ending, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("市财务处5名干部参加了培训。", "市财务处")]
    [InlineData("市城建处3月起开展背街小巷整治。", "市城建处")]
    [InlineData("县交通执法处5日通报了一起超载案件。", "县交通执法处")]
    [InlineData("市疾控中心组织专家赴社区开展流调。", "市疾控中心")]
    [InlineData("县融媒体中心组建了一支短视频团队。", "县融媒体中心")]
    [InlineData("光明国际旅行社推出了十条冰雪旅游线路。", "光明国际旅行社")]
    public void Extract_OfficeBeforeACountOrANamedAgency_IsKept(string body, string name) =>
        Assert.Contains(name, Entities.Names(body, MentionKind.Organisation));

    [Fact]
    public void Extract_PlaceOpeningWithAVerbLetter_KeepsIt() =>
        Assert.Contains("调兵山市第二中学", Entities.Names("调兵山市第二中学开展冰雪进校园活动。", MentionKind.Organisation));

    [Theory]
    [InlineData("镇里要求党委政府一把手亲自抓安全生产。", "党委政府")]
    [InlineData("沿海省市政府纷纷出台稳外贸措施。", "省市政府")]
    [InlineData("城乡养老服务设施由市县人民政府统筹规划。", "市县人民政府")]
    [InlineData("条例规定，有关人民政府应当及时公布监测信息。", "人民政府")]
    [InlineData("水源保护地区人民政府应当设立明显的保护标志。", "地区人民政府")]
    [InlineData("县委县政府高度重视秋粮收购工作。", "县委县政府")]
    [InlineData("党和政府的关怀温暖了每一位困难职工。", "政府")]
    [InlineData("这笔资金由养老服务相关政府部门统筹使用。", "相关政府")]
    public void Extract_GovernmentOfNoPlace_IsNoName(string body, string ending)
    {
        var names = Entities.Names(body, MentionKind.Organisation);
        Assert.DoesNotContain(names, n => n.EndsWith(ending, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("魏都区政府召开常务会议研究冬季供暖。", "魏都区政府")]
    [InlineData("美国联邦政府部分部门再度停摆。", "美国联邦政府")]
    [InlineData("临泉县人民政府发布禁燃烟花爆竹通告。", "临泉县人民政府")]
    [InlineData("中国政府一贯支持多边贸易体制。", "中国政府")]
    [InlineData("某某县人民政府与投资方签订了框架协议。", "某某县人民政府")]
    public void Extract_GovernmentOfAPlace_IsKept(string body, string name) =>
        Assert.Contains(name, Entities.Names(body, MentionKind.Organisation));

    [Theory]
    [InlineData("不少中国公司在海外设立了研发中心。", "中国公司")]
    [InlineData("美国城市社区普遍面临人口老龄化。", "美国城市社区")]
    [InlineData("这批日本科技公司把生产线迁回了本土。", "日本科技公司")]
    public void Extract_KindOfACountry_IsNoName(string body, string notAName) =>
        Assert.DoesNotContain(notAName, Entities.Names(body, MentionKind.Organisation));

    [Theory]
    [InlineData("美国通用电气公司宣布出售飞机租赁业务。", "美国通用电气公司")]
    [InlineData("德国西门子公司发布了新一财年业绩。", "德国西门子公司")]
    public void Extract_NamedFirmOfACountry_IsKept(string body, string name) =>
        Assert.Contains(name, Entities.Names(body, MentionKind.Organisation));

    [Theory]
    [InlineData("湖州市与浙江农林大学签订了全面合作协议。", "浙江农林大学", "湖州市与浙江农林大学")]
    [InlineData("市教育局和宁波工程学院共建实训基地。", "宁波工程学院", "市教育局和宁波工程学院")]
    public void Extract_TwoBodiesJoined_OpensAfterTheConjunction(string body, string name, string joined)
    {
        var names = Entities.Names(body, MentionKind.Organisation);
        Assert.Contains(name, names);
        Assert.DoesNotContain(joined, names);
    }

    [Fact]
    public void Extract_BodyAfterStationed_OpensAtTheHost()
    {
        var names = Entities.Names("近日，市纪委监委驻招商银行分行的监督检查室开展了专项检查。", MentionKind.Organisation);
        Assert.DoesNotContain(names, n => n.Contains('驻', StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("新疆和田地区人民医院派出医疗队。", "新疆和田地区人民医院")]
    [InlineData("驻马店市气象局发布寒潮蓝色预警。", "驻马店市气象局")]
    [InlineData("许昌市文化和旅游局组织送戏下乡。", "许昌市文化和旅游局")]
    [InlineData("临泉县人力资源和社会保障局发布招聘公告。", "临泉县人力资源和社会保障局")]
    [InlineData("某某有限公司与县人民医院签约共建。", "某某有限公司")]
    [InlineData("某某有限公司与县人民医院签约共建。", "县人民医院")]
    public void Extract_ConjunctionInsideAName_IsKept(string body, string name) =>
        Assert.Contains(name, Entities.Names(body, MentionKind.Organisation));

    [Theory]
    [InlineData("会上通报了3名省部级干部的违纪问题。", "省部")]
    [InlineData("他退休前是厅局级干部。", "厅局")]
    [InlineData("这样的小吃摊在老街随处可见。", "随处")]
    [InlineData("他把在多年基层工作中所积累的经验写成了书。", "中所")]
    public void Extract_RankEverywhereOrParticle_IsNoName(string body, string ending)
    {
        var names = Entities.Names(body, MentionKind.Organisation);
        Assert.DoesNotContain(names, n => n.EndsWith(ending, StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_InstituteAfterAPlace_IsKept() =>
        Assert.Contains("县农科所", Entities.Names("他在县农科所工作多年，培育了三个小麦新品种。", MentionKind.Organisation));

    [Theory]
    [InlineData("全市青少年篮球联赛在市体育中心开赛。", "体育中心")]
    [InlineData("新春年货展在国际会展中心开幕。", "会展中心")]
    [InlineData("区委理论学习中心组举行专题学习。", "学习中心")]
    [InlineData("不少民营企业办起了企业大学培养技工。", "企业大学")]
    [InlineData("项目评审由外聘专家组把关。", "外聘专家组")]
    public void Extract_VenueStudyGroupOrKind_IsNoName(string body, string ending)
    {
        var names = Entities.Names(body, MentionKind.Organisation);
        Assert.DoesNotContain(names, n => n.EndsWith(ending, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("市体育中心管理处主任介绍了场馆开放时间。", "市体育中心管理处")]
    [InlineData("县中小企业服务中心为商户办理贷款贴息。", "县中小企业服务中心")]
    [InlineData("宁波市社会科学院发布年度蓝皮书。", "宁波市社会科学院")]
    public void Extract_BodyOfAVenueOrAPlacesCentre_IsKept(string body, string name) =>
        Assert.Contains(name, Entities.Names(body, MentionKind.Organisation));
}
