using WeiduEtl.Core.Parsing;

namespace WeiduEtl.Tests.Parsing.Entities;

/// <summary>
/// Titles and organisations of people on made-up lines in the styles of court and army reports, county pages, company
/// and sports news and foreign news (posts of courts and the army, acting holders, assistants, a village before its
/// post, trades printed as a post), and people named bare as the ones who state a view (commentaries and theory pages
/// citing writers and thinkers), with the runs that open such clauses but name no one.
/// </summary>
public sealed class PostChainAndBareSpeakerRuleTests
{
    [Theory]
    [InlineData("本院民一庭庭长徐文静说，调解结案率逐年提高。", "徐文静", "庭长")]
    [InlineData("审判长冯丽宣读了判决书。", "冯丽", "审判长")]
    [InlineData("某旅旅长王海军带领官兵进行实弹射击。", "王海军", "旅长")]
    [InlineData("营长赵铁柱冲在最前面。", "赵铁柱", "营长")]
    [InlineData("某部参谋长刘振东介绍了演习情况。", "刘振东", "参谋长")]
    [InlineData("某舰舰长徐海涛下达命令。", "徐海涛", "舰长")]
    [InlineData("公司首席财务官赵敏透露，利润增长两成。", "赵敏", "首席财务官")]
    [InlineData("代县长李卫东作政府工作报告。", "李卫东", "代县长")]
    [InlineData("该院院长助理邵明宇介绍，新院区明年启用。", "邵明宇", "院长助理")]
    [InlineData("江城队主教练陈斌赛后说，球员们发挥出色。", "陈斌", "主教练")]
    [InlineData("队长周磊打进制胜一球。", "周磊", "队长")]
    public void Extract_PostOfCourtArmyCompanyOrTeam_ReadsTitleAndName(string body, string name, string title)
    {
        var person = Assert.Single(Entities.People(body), p => p.Title is not null);
        Assert.Equal((name, title), (person.Name, person.Title));
    }

    [Theory]
    [InlineData("远航集团总经理助理彭磊表示，项目进展顺利。", "彭磊", "总经理助理", "远航集团")]
    [InlineData("日本首相助理山田一郎称，双方将加强沟通。", "山田一郎", "首相助理", "日本")]
    [InlineData("县水利局近日召开防汛会议。该局代局长何志强说，工程进展顺利。", "何志强", "代局长", "县水利局")]
    [InlineData("俄罗斯总统新闻秘书佩斯科夫说，会谈富有成果。", "佩斯科夫", "新闻秘书", "俄罗斯总统")]
    public void Extract_AssistantActingOrSecretaryPost_KeepsItsBody(string body, string name, string title, string organisation)
    {
        var person = Assert.Single(Entities.People(body), p => p.Name == name);
        Assert.Equal((title, organisation), (person.Title, person.Organisation));
    }

    [Theory]
    [InlineData("北关村党支部书记、村委会主任张满仓带领村民修路。", "张满仓", "北关村")]
    [InlineData("平江县石门镇柳树村支书赵长胜说，路修好了。", "赵长胜", "平江县石门镇柳树村")]
    [InlineData("城关镇下河村党支部书记程建国介绍，全村已经脱贫。", "程建国", "城关镇下河村")]
    public void Extract_VillageBeforeItsPost_IsTheOrganisation(string body, string name, string organisation)
    {
        var person = Assert.Single(Entities.People(body), p => p.Name == name);
        Assert.Equal(organisation, person.Organisation);
    }

    [Fact]
    public void Extract_VerbEndingBeforeAVillagePost_IsNoVillage()
    {
        var person = Assert.Single(Entities.People("大家跟着村支书孙长江，一起往山上走。"));
        Assert.Equal(("孙长江", (string?)null), (person.Name, person.Organisation));
    }

    [Theory]
    [InlineData("著名历史学家宋明远在讲座中谈到这段往事。", "宋明远", "历史学家")]
    [InlineData("青年舞蹈家林小雨在晚会上表演了独舞。", "林小雨", "舞蹈家")]
    [InlineData("影视评论人周子明认为，这部电影节奏紧凑。", "周子明", "影视评论人")]
    [InlineData("养老院看护员钱玉珍每天查房三次。钱玉珍说，老人们就像自己的亲人。", "钱玉珍", "看护员")]
    public void Extract_TradeBeforeAName_IsTheTitle(string body, string name, string title)
    {
        var person = Assert.Single(Entities.People(body), p => p.Title is not null);
        Assert.Equal((name, title), (person.Name, person.Title));
    }

    [Theory]
    [InlineData("村民孙大海说，今年收成不错。")]
    [InlineData("技术人员郑晓东正在调试设备。")]
    [InlineData("专家吴国庆在会上作了报告。")]
    public void Extract_DescriptionOfWhoSomeoneIs_GivesNoTitle(string body) =>
        Assert.Null(Assert.Single(Entities.People(body)).Title);

    [Theory]
    [InlineData("王阳明认为，知与行是一回事。", "王阳明")]
    [InlineData("马克思指出，人的本质是一切社会关系的总和。", "马克思")]
    [InlineData("黑格尔指出，凡是现实的都是合乎理性的。", "黑格尔")]
    [InlineData("达尔文认为，物种是不断进化的。", "达尔文")]
    [InlineData("苏东坡说，人有悲欢离合。", "苏东坡")]
    [InlineData("司马迁写道，人固有一死。", "司马迁")]
    [InlineData("孔子曾说，学而不厌，诲人不倦。", "孔子")]
    [InlineData("毛泽东同志指出，实践是检验真理的唯一标准。", "毛泽东")]
    [InlineData("正如鲁迅所说，其实地上本没有路。", "鲁迅")]
    [InlineData("诚如茅盾所言，文学是时代的镜子。", "茅盾")]
    public void Extract_BareNameStatingAView_IsAPerson(string body, string name) =>
        Assert.Equal([name], Entities.Names(body, MentionKind.Person));

    [Theory]
    [InlineData("文件指出，要加快推进乡村振兴。")]
    [InlineData("白皮书指出，中国始终坚持和平发展。")]
    [InlineData("常委会认为，该草案基本成熟。")]
    [InlineData("正如古人所说，民以食为天。")]
    [InlineData("方案提出，到2025年建成一批示范区。")]
    [InlineData("单位认为，这一做法符合规定。")]
    [InlineData("成本少说也要一千元。")]
    [InlineData("简言之，就是要把好事办好。")]
    [InlineData("高中生认为学习压力大。")]
    [InlineData("人民英雄纪念碑前摆放着花篮。")]
    [InlineData("新一代领导集体高度重视。")]
    [InlineData("金融界认为，降准仍有空间。")]
    [InlineData("常言说，众人拾柴火焰高。")]
    [InlineData("正如文件所说，要抓好落实。")]
    [InlineData("马拉松说到底是耐力比赛。")]
    [InlineData("欧盟指出，谈判仍有分歧。")]
    public void Extract_RunOpeningAClauseOfStating_IsNoPerson(string body) =>
        Assert.Empty(Entities.Names(body, MentionKind.Person));

    [Theory]
    [InlineData("王羲之、颜真卿、柳公权等书法家留下了大量碑帖。", new[] { "王羲之", "颜真卿", "柳公权" })]
    [InlineData("顾炎武、黄宗羲、王夫之等思想家都主张经世致用。", new[] { "顾炎武", "黄宗羲", "王夫之" })]
    public void Extract_ListOfNamesEndingIn之_ReadsEachWhole(string body, string[] names) =>
        Assert.Equal(names, Entities.Names(body, MentionKind.Person));

    [Theory]
    [InlineData("犯罪嫌疑人张建军被当场抓获。", "张建军")]
    [InlineData("受害人王秀芝向记者讲述了经过。", "王秀芝")]
    public void Extract_PartyOfACourtOrPoliceReport_IsAPersonWithoutTitle(string body, string name)
    {
        var person = Assert.Single(Entities.People(body));
        Assert.Equal((name, (string?)null), (person.Name, person.Title));
    }

    [Fact]
    public void Extract_ThenServingBeforeAPost_IsNoName() =>
        Assert.DoesNotContain("时任", Entities.Names("时任乡长的刘永福连夜赶到现场。", MentionKind.Person));
}
