using WeiduEtl.Core.Parsing;

namespace WeiduEtl.Tests.Parsing.Text;

/// <summary>
/// A text dump gives no letter sizes, so a lone display line inside an article is either a 小标题 or the headline of
/// an article that carries no credit at its head. Made-up pages in the styles of a provincial daily's world page, a
/// city evening paper's opinion page and a county paper's news page.
/// </summary>
public sealed class UncreditedHeadlineTests
{
    private static ParsedIssue Assemble(params string[] blocks) => TextPage.Assemble(blocks);

    [Fact]
    public void Assemble_AgencyReportThenStoryEndingInItsOwnDateline_IsTwoArticles()
    {
        var issue = Assemble(
            "中老铁路开通两周年客流创新高",
            "新华社万象12月3日电  （记者林森）中老铁路开通两年来，累计发送旅客超过2400万人次。",
            "老挝公共工程与运输部表示，铁路带动了沿线旅游和物流发展。",
            "“坐火车回家过节真方便”",
            "12月2日傍晚，万象站候车大厅里挤满了背着行李的旅客。",
            "来自琅勃拉邦的教师宋珀说，过去回家要坐十个小时大巴，现在不到两小时。",
            "（本报万象12月2日电）");

        Assert.Equal(2, issue.Articles.Count);
        Assert.Empty(issue.Articles[0].Subheadings);
        Assert.Equal("“坐火车回家过节真方便”", issue.Articles[1].Headline);
        Assert.Equal("本报万象12月2日电", issue.Articles[1].Dateline);
        Assert.Equal("headline-of-credited-stretch", issue.Articles[1].StartedBy);
    }

    [Fact]
    public void Assemble_BylinedStoryThenPictureStoryEndingInItsCredit_IsTwoArticles()
    {
        var issue = Assemble(
            "乡村公路通到家门口",
            "本报记者 周敏",
            "今年全县新改建农村公路186公里，所有行政村通了硬化路。",
            "村民说，过去下雨天出门一脚泥，如今班车开到了村口。",
            "雪后清晨",
            "12月5日清晨，一场降雪过后，东山脚下的村庄银装素裹，村民们早早起来扫雪。",
            "扫雪的队伍从村口一直排到了小学门口，孩子们在路边堆起了雪人，笑声传出很远。",
            "陈晓东摄");

        Assert.Equal(2, issue.Articles.Count);
        Assert.Equal("雪后清晨", issue.Articles[1].Headline);
    }

    [Fact]
    public void Assemble_TwoUnsignedCommentariesInARow_AreTwoArticles()
    {
        var issue = Assemble(
            "让“家门口”的服务更贴心（晚报快评）",
            "社区食堂开到楼下，老人吃饭不再犯愁。这样的小事，最见城市的温度。",
            "办好民生实事，贵在久久为功。",
            "读书的灯要一直亮着",
            "城市书房延长开放时间，夜里十点仍有读者伏案。",
            "一座城的书香，要靠一盏盏不灭的灯来守护。");

        Assert.Equal(2, issue.Articles.Count);
        Assert.Equal("读书的灯要一直亮着", issue.Articles[1].Headline);
        Assert.Equal("lone-display-line", issue.Articles[1].StartedBy);
    }

    [Fact]
    public void Assemble_DatedReportThenUnsignedBrief_IsTwoArticles()
    {
        var issue = Assemble(
            "我县首条城乡公交环线开通",
            "本报讯  12月1日，县城至北部六镇的公交环线正式开通，沿线设站42个。",
            "环线采用新能源车辆，每天发车24班次。",
            "冬季用电高峰供电平稳",
            "进入12月以来，全县最高用电负荷同比增长8%，电网运行平稳。",
            "供电公司组织巡线队伍，对重点线路开展特巡。");

        Assert.Equal(2, issue.Articles.Count);
        Assert.Equal("冬季用电高峰供电平稳", issue.Articles[1].Headline);
    }

    [Fact]
    public void Assemble_SignedFeatureWithOneSubheading_StaysOneArticle()
    {
        var issue = Assemble(
            "一条老街的新生",
            "本报记者 王岚",
            "青石板路修好了，老字号回来了，北门老街又热闹起来。",
            "老手艺有了新传人",
            "在街角的铜器铺里，32岁的李想正跟着师傅学錾刻。",
            "他说，老街改造后游客多了，手艺也有人愿意学了。");

        var article = Assert.Single(issue.Articles);
        Assert.Equal(["老手艺有了新传人"], article.Subheadings);
    }

    [Fact]
    public void Assemble_ReportWithTwoSubheadingsAndClosingCredits_StaysOneArticle()
    {
        var issue = Assemble(
            "全市重点项目集中开工",
            "本报讯  12月2日，全市第四季度重点项目集中开工，共62个项目，总投资约310亿元。",
            "产业项目挑大梁",
            "62个项目中，先进制造业项目有28个。",
            "民生项目暖人心",
            "学校、医院、养老等民生项目有19个。",
            "（记者 何平 通讯员 张一鸣）");

        var article = Assert.Single(issue.Articles);
        Assert.Equal(["产业项目挑大梁", "民生项目暖人心"], article.Subheadings);
    }

    [Theory]
    [InlineData("“我们要把这条路修到每个人的心坎")]
    [InlineData("（记者从市交通局获悉")]
    public void Assemble_LineLeavingAQuoteOrBracketOpen_NeverHeadsAnArticle(string cut)
    {
        var issue = Assemble(
            "我县首条城乡公交环线开通",
            "本报讯  12月1日，县城至北部六镇的公交环线正式开通，沿线设站42个。",
            cut,
            "上”，县交通局局长说。",
            "环线采用新能源车辆，每天发车24班次。");

        Assert.Single(issue.Articles);
    }

    [Theory]
    [InlineData("声明说，两国将在明年举行新一轮磋商")]
    [InlineData("他表示，合作项目进展顺利")]
    public void Assemble_LineOfReportedSpeech_IsProseNotAHeadline(string line)
    {
        var issue = Assemble(
            "两国外长举行会谈",
            "新华社北京12月3日电  两国外长3日在北京举行会谈。",
            line,
            "并将就地区问题保持沟通。");

        var article = Assert.Single(issue.Articles);
        Assert.Empty(article.Subheadings);
    }

    [Fact]
    public void Assemble_SignedFeatureThenStoryOpeningWithADate_IsTwoArticles()
    {
        var issue = Assemble(
            "晚风里的夜市烟火",
            "本报记者 赵晴",
            "夜幕降临，城东夜市的灯一盏盏亮起来，摊主们忙着招呼客人。",
            "市民们说，逛夜市成了夏夜里最惬意的事。",
            "城南一路口信号灯时长过短，行人过街一路小跑",
            "早高峰时段，城南路口的行人常常要小跑才能过完斑马线。6月3日，市民刘女士向本报热线反映了这一情况。",
            "交警部门表示，将对路口信号灯配时进行评估调整。");

        Assert.Equal(2, issue.Articles.Count);
        Assert.Empty(issue.Articles[0].Subheadings);
        Assert.Equal("城南一路口信号灯时长过短，行人过街一路小跑", issue.Articles[1].Headline);
        Assert.Equal("headline-over-news-lead", issue.Articles[1].StartedBy);
    }

    [Fact]
    public void Assemble_FeatureWithThreeSubheadingsEachOverADate_StaysOneArticle()
    {
        var issue = Assemble(
            "一位山村教师的三十年",
            "本报记者 孙立",
            "从二十岁走上讲台，张老师在山村小学一待就是三十年。",
            "从一间教室到一所像样的学校",
            "1994年9月1日，张老师第一次站上讲台，全校只有一间教室。",
            "学生们坐在自己带来的小板凳上听课。",
            "把孩子们一个个送出大山去",
            "2005年7月20日，村里第一个大学生拿到了录取通知书。",
            "她说，那天全村人都来学校看喜报。",
            "退休以后还想在讲台上再站几年",
            "3月2日，张老师又回到了学校，给孩子们上起了书法课。");

        var article = Assert.Single(issue.Articles);
        Assert.Equal(3, article.Subheadings.Count);
    }

    [Theory]
    [InlineData("老手艺在年轻人手里活了过来", "5月1日，老街的铜器铺重新开张，门口排起了长队。")]
    [InlineData("路口改造让通行效率明显提高了", "该路口改造后，车辆排队长度明显缩短。6月3日，交警部门再次调整了配时。")]
    public void Assemble_LoneSubheadingOfSignedFeature_ShorterThanItsHeadlineOrPointingBack_StaysASubheading(string subheading, string paragraph)
    {
        var issue = Assemble(
            "一条老街的百年变迁与新生故事",
            "本报记者 王岚",
            "青石板路修好了，老字号回来了，北门老街又热闹起来。",
            subheading,
            paragraph,
            "游客们说，老街的烟火气又回来了。");

        var article = Assert.Single(issue.Articles);
        Assert.Equal([subheading], article.Subheadings);
    }

    [Fact]
    public void Assemble_StoryOverANewsLeadWithASourceLineAtThePageFoot_IsAnArticleOfItsOwn()
    {
        var issue = Assemble(
            "江滩公园的清晨",
            "■本报记者 何帆/文 林静/图",
            "天刚亮，江滩公园里已是一片热闹，晨练的市民沿着步道慢跑。",
            "公园管理处说，入秋以来每天早晨的游客都在三千人以上。",
            "老城区一小区电梯频繁停运，居民上下楼犯难",
            "住在十八楼的陈阿姨已经一周没下楼了。9月2日，她的女儿向本报热线反映了这一情况。",
            "物业公司表示，已联系厂家更换老化部件。",
            "来源 | 江城晚报·掌上江城客户端 记者 宋阳/文/图");

        Assert.Equal(2, issue.Articles.Count);
        Assert.Equal("老城区一小区电梯频繁停运，居民上下楼犯难", issue.Articles[1].Headline);
    }

    [Theory]
    [InlineData("居民在展位前咨询政策", "活动在一曲合唱中拉开序幕，现场设置了12个服务展位。")]
    [InlineData("志愿者为老人测量血压", "义诊持续了整个上午，医生们耐心解答老人提出的问题。")]
    [InlineData("参赛选手同台竞技", "比赛分为初赛和决赛两个阶段，共有48支队伍参加。")]
    public void Assemble_LineUnderTheLeadOfADatelinedReport_StaysInTheReport(string line, string text)
    {
        var issue = Assemble(
            "社区服务进万家",
            "本报讯（记者 周平）12月5日，城南街道志愿服务活动在文化广场举行。",
            line,
            text,
            "据悉，此类活动今年已举办十余场。");

        var article = Assert.Single(issue.Articles);
        Assert.Equal("社区服务进万家", article.Headline);
        Assert.Equal("据悉，此类活动今年已举办十余场。", article.Paragraphs[^1]);
    }

    [Fact]
    public void Assemble_LineOverANewsLeadUnderADatelinedReport_HeadsTheNextStory()
    {
        var issue = Assemble(
            "社区服务进万家",
            "本报讯（记者 周平）12月5日，城南街道志愿服务活动在文化广场举行。",
            "城北街道启动冬季送温暖行动帮扶困难群众",
            "12月4日，城北街道启动冬季送温暖行动，为辖区困难群众送去棉被和米面油。",
            "据介绍，此次行动将持续到明年春节。");

        Assert.Equal(2, issue.Articles.Count);
        Assert.Equal("城北街道启动冬季送温暖行动帮扶困难群众", issue.Articles[1].Headline);
    }
}
