using WeiduEtl.Parsing.Layout.Rules;

namespace WeiduEtl.Tests.Parsing.Text;

/// <summary>
/// The lines a news site or e-paper reader prints around a copied page, and a cried headline over the text of a copy
/// that holds one article. Made-up lines in the styles of a city site's article page, an e-paper reader's toolbar, a
/// county site's repost and a provincial daily's masthead.
/// </summary>
public sealed class WebCopyLineTests
{
    [Theory]
    [InlineData("来源：滨江晚报作者：时间：2023-05-06 07:15")]
    [InlineData("2022-11-03 09:40  来源：东山新闻网")]
    [InlineData("2019年07月02日 16:05    来源：西江网    记者 李明")]
    [InlineData("发布日期：2024/03/12 10:20:31 | 来源：本站原创 | 点击次数：")]
    [InlineData("版面：第05版：要闻       上一篇    下一篇")]
    [InlineData("日期：04-17")]
    [InlineData("字号：")]
    [InlineData("分享到：")]
    [InlineData("您当前的位置：江城网 > 新闻中心 > 本地要闻")]
    [InlineData("当前报纸名称：南岭日报")]
    [InlineData("2024-09-30")]
    [InlineData("星期三")]
    [InlineData("中共某某市委主管主办 某某日报社出版 国内统一刊号：CN41-0012")]
    [InlineData("新闻热线 0736-7281234")]
    [InlineData("青川晚报")]
    [InlineData("来源：滨江日报2024-03-08 10:15")]
    [InlineData("首页> 地方频道> 地方频道-江西> 头条 > 正文")]
    [InlineData("首页 >> 新闻中心 >> 本地新闻")]
    [InlineData("本文转自：滨江日报")]
    [InlineData("转载自：东山新闻网  2023-05-06 07:15")]
    [InlineData("本文转载自：南岭发布")]
    public void IsFurniture_WebCopysOwnLine_IsFurniture(string line) => Assert.True(PageFurnitureRule.IsFurniture(line));

    [Theory]
    [InlineData("时间：3月15日上午9时 地点：县文化馆")]
    [InlineData("来源：新华社")]
    [InlineData("时间：2024年3月15日，地点在县文化馆，欢迎市民参加。")]
    [InlineData("活动来源于群众，服务于群众")]
    [InlineData("晚报记者 王小明")]
    [InlineData("青川晚报创刊三十周年")]
    [InlineData("来源：滨江日报 记者 王明")]
    [InlineData("气温>30℃时，户外作业时间>4小时须轮换")]
    [InlineData("转自：外地游客纷纷点赞本地好风光，称这里的山水让人流连忘返")]
    [InlineData("（转自《青川日报》）")]
    public void IsFurniture_NoticeOrTextOrCredit_IsNot(string line) => Assert.False(PageFurnitureRule.IsFurniture(line));

    // A site's path joined by its typographic angle marks, and the reader's bar that sets the text's size, face or
    // background: in the styles of a district site, a provincial portal's channel page and a county site's repost.
    [Theory]
    [InlineData("首页 ›› 市南区新闻")]
    [InlineData("网站首页 » 新闻中心 » 县域动态")]
    [InlineData("江城网 › 本地 › 民生 › 正文")]
    [InlineData("【字号：大 中 小】")]
    [InlineData("字体：T T T")]
    [InlineData("【字号： | | 【背景色 米黄 豆沙绿 浅灰 纯白（默认色）")]
    public void IsFurniture_AngleMarkPathOrStyleBar_IsFurniture(string line) => Assert.True(PageFurnitureRule.IsFurniture(line));

    [Theory]
    [InlineData("城东 › 城西")]
    [InlineData("字号老店焕发新活力")]
    [InlineData("字体：颜体行书，笔力雄健")]
    [InlineData("字号：百年老店“同仁堂”迎来新掌门")]
    public void IsFurniture_TwoStepsOrHeadlineOnSizeWord_IsNot(string line) => Assert.False(PageFurnitureRule.IsFurniture(line));

    // An e-paper reader's stamp of the piece it shows: the paper's name with the day alone, or with the time and the
    // reader's text-size switch after it.
    [Theory]
    [InlineData("青川日报 2025-08-12")]
    [InlineData("滨江晚报 2021/03/05")]
    [InlineData("南岭日报 2019-12-29 07:02 大字")]
    [InlineData("江城都市报 2018-10-27 01:00 小字")]
    [InlineData("东山商报 2023.06.01 中字")]
    public void IsSiteStamp_PapersNameWithDayOrSizeSwitch_IsStamp(string line) =>
        Assert.True(WebCopyLineRule.IsSiteStamp(line) && PageFurnitureRule.IsFurniture(line));

    [Theory]
    [InlineData("青川日报创刊 2025-08-12")]
    [InlineData("年度盘点 2025-08-12")]
    [InlineData("本报记者 2025-08-12")]
    [InlineData("青川日报 2025-08-12 头版")]
    [InlineData("南岭日报 记者 2019-12-29 07:02 大字")]
    // A credit of where the text was taken from names the paper, not the site showing it.
    [InlineData("转自青川日报 2025-08-12")]
    [InlineData("摘自滨江晚报 2021/03/05")]
    [InlineData("据南岭日报 2019-12-29")]
    public void IsSiteStamp_OtherWordsBesideTheDay_IsNot(string line) => Assert.False(WebCopyLineRule.IsSiteStamp(line));

    [Fact]
    public void Assemble_ReadersStampUnderTheHeadline_LeavesTheHeadlineWhole()
    {
        var issue = TextPage.Assemble(
            "全省融媒体采访团走进青川",
            "青川日报 2018-10-27 01:00 大字",
            "本报讯（记者 林海）10月26日，全省融媒体采访团走进青川，记录乡村振兴的新变化。",
            "采访团先后走进三个乡镇，实地采访了特色产业发展情况。");
        var article = Assert.Single(issue.Articles);
        Assert.Equal("全省融媒体采访团走进青川", article.Headline);
        Assert.True(string.IsNullOrEmpty(article.Kicker));
    }

    [Fact]
    public void Assemble_FieldsBrokenOverTwoLines_TakesLabelsAndValuesOutOfTheHead()
    {
        var issue = TextPage.Assemble(
            "发布时间：", "2023-04-11", "| 来源：", "江城日报", "| 编辑：", "李红",
            "春耕正当时 田间农机忙",
            "本报讯（记者 周平）4月10日，记者在江城区看到，田间地头一派繁忙景象，农机手们正驾驶机械翻耕土地。",
            "据了解，今年全区计划春播面积12万亩。");
        var article = Assert.Single(issue.Articles);
        Assert.Equal("春耕正当时 田间农机忙", article.Headline);
        Assert.Null(article.Kicker);
        Assert.Empty(article.Subheadings);
        Assert.Contains(issue.Warnings, w => w.Contains("江城日报", StringComparison.Ordinal));
    }

    [Fact]
    public void Assemble_FieldLineBetweenHeadlineAndText_LeavesTheHeadlineOverItsText()
    {
        var issue = TextPage.Assemble(
            "老街换新颜 居民笑开颜",
            "2022-06-18 10:32  来源：西城新闻网",
            "6月17日，西城区老街改造完工，青石板路、仿古路灯让这条百年老街焕发新生。",
            "居民们纷纷走出家门，在街头拍照留念。");
        var article = Assert.Single(issue.Articles);
        Assert.Equal("老街换新颜 居民笑开颜", article.Headline);
        Assert.Null(article.Kicker);
        Assert.Equal(2, article.Paragraphs.Count);
    }

    [Fact]
    public void Assemble_CriedHeadlineOverTextWithNoItemOpen_HeadsTheText()
    {
        var issue = TextPage.Assemble(
            "总投资120亿元！南平市首批重点项目集中开工",
            "3月5日，南平市举行首批重点项目集中开工仪式，32个项目同时破土动工。",
            "据介绍，此次开工项目涵盖产业、基础设施和民生等领域。");
        var article = Assert.Single(issue.Articles);
        Assert.Equal("总投资120亿元！南平市首批重点项目集中开工", article.Headline);
        Assert.Equal(2, article.Paragraphs.Count);
    }

    [Fact]
    public void Assemble_CriedLineInsideAnOpenArticle_StartsNoItem()
    {
        var issue = TextPage.Assemble(
            "山村来了新书记",
            "本报讯（记者 周平）村里来了个年轻的第一书记，村民们议论纷纷。",
            "总投资120亿元！这样的项目村里从没见过",
            "村民们说，这些年村里变化太大了。");
        var article = Assert.Single(issue.Articles);
        Assert.Equal("山村来了新书记", article.Headline);
        Assert.EndsWith("村民们说，这些年村里变化太大了。", article.Paragraphs[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void Assemble_SitesTitleOverThePagesOwnHead_IsTakenOut()
    {
        var issue = TextPage.Assemble(
            "探访千年古镇的新生",
            "来源：江城晚报2024-05-20 08:30",
            "全省主流媒体走进古镇开展主题采访——",
            "探访千年古镇 的新生",
            "5月18日，全省主流媒体记者走进青石镇，记录古镇保护与发展的新变化。",
            "据介绍，青石镇近年来修缮古建筑40余处。");
        var article = Assert.Single(issue.Articles);
        Assert.Equal("全省主流媒体走进古镇开展主题采访——", article.Kicker);
        Assert.Equal("探访千年古镇 的新生", article.Headline);
        Assert.Empty(issue.UnplacedLines);
    }

    [Fact]
    public void Assemble_BoxMarkedBylineAfterTheLead_KeepsTheSectionsInTheStory()
    {
        var issue = TextPage.Assemble(
            "全省主流媒体走进古镇开展主题采访——",
            "探访千年古镇 的新生",
            "5月18日，全省主流媒体记者走进青石镇，记录古镇保护与发展的新变化。",
            "□融媒体记者 林海 实习生 陈可",
            "老街活化",
            "百年老铺重新开张迎客",
            "走进青石镇老街，一家家老铺重新开张，游客络绎不绝。",
            "非遗传承",
            "年轻人学起了老手艺",
            "在镇上的竹编工坊里，十几名年轻人正跟着老师傅学习竹编。");
        var article = Assert.Single(issue.Articles);
        Assert.Equal("探访千年古镇 的新生", article.Headline);
        Assert.Contains("林海", article.Contributors.Select(c => c.Name));
        Assert.EndsWith("学习竹编。", article.Paragraphs[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void Assemble_BoxMarkedBylineAfterAnOpeningSection_KeepsTheStoryOpen()
    {
        var issue = TextPage.Assemble(
            "灯火映古城 元宵闹新春",
            "过了元宵就是春。年味，从一盏花灯、一碗汤圆开始。",
            "昨日，由晚报社主办的元宵游园活动在古城广场开展，上万名市民游客参与。",
            "■全媒体记者 郑可 王小明 文/图",
            "猜灯谜 赢彩头",
            "活动现场，灯谜长廊前挤满了市民，大家三五成群地猜着灯谜。");
        var article = Assert.Single(issue.Articles);
        Assert.Equal("灯火映古城 元宵闹新春", article.Headline);
        Assert.EndsWith("猜着灯谜。", article.Paragraphs[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void Assemble_PlainBylineAfterTheText_StillSignsOffTheStory()
    {
        var issue = TextPage.Assemble(
            "古镇迎来客流高峰",
            "5月18日，青石镇迎来游客高峰，老街上人头攒动。",
            "融媒体记者 林海",
            "老街活化",
            "百年老铺重新开张迎客",
            "走进青石镇老街，一家家老铺重新开张，游客络绎不绝。");
        Assert.Equal(2, issue.Articles.Count);
    }

    [Theory]
    [InlineData("......")]
    [InlineData("……")]
    [InlineData("…… ……")]
    public void Assemble_TeaserListOfThePagesHeadlines_HeadsNothingAndItsEllipsisGoesWithIt(string elision)
    {
        var issue = TextPage.Assemble(
            "全市夏粮收购进度过半",
            "“江海联运”通道全线贯通",
            "古城墙修缮发现明代城砖",
            elision,
            "全市夏粮收购进度过半",
            "本报讯（记者 周平）6月16日，记者从市粮食局获悉，全市夏粮收购进度已过半。",
            "古城墙修缮发现明代城砖——",
            "六百年城墙的秘密",
            "本报讯（记者 林海）近日，古城墙东段修缮时发现一批明代城砖。");
        Assert.Equal(["全市夏粮收购进度过半", "六百年城墙的秘密"], issue.Articles.Select(a => a.Headline));
        Assert.Empty(issue.UnplacedLines);
        Assert.DoesNotContain(issue.Articles.SelectMany(a => a.Paragraphs), p => p.StartsWith('…') || p.StartsWith('.'));
    }

    // A government site's fields (索引号, 发文日期, 发布机构), a site's list of fields each under a bullet, and the path
    // as some sites word it (您现在所在的位置).
    [Theory]
    [InlineData("索引号： 发文日期： 2021-03-02 发布机构： 东山县人民政府")]
    [InlineData("• 发布日期：2022-5-13 12:14:36")]
    [InlineData("● 发文日期：2023-11-08")]
    [InlineData("您现在所在的位置 : 首页 > 政务 > 工作信息")]
    [InlineData("您现在的位置：江城网 > 本地")]
    public void IsFurniture_GovernmentSiteFieldsOrBulletedField_IsFurniture(string line) => Assert.True(PageFurnitureRule.IsFurniture(line));

    [Theory]
    [InlineData("• 消息来源：滨江日报社")]
    [InlineData("• 来源：新华社")]
    [InlineData("索引号：2021年第3号，请各单位于3月5日前报送。")]
    public void IsFurniture_BulletedLoneSourceOrSentence_IsNot(string line) => Assert.False(PageFurnitureRule.IsFurniture(line));

    [Theory]
    [InlineData("来源: 金江日报", "2021-06-03 10:12:45", "作者: 王明 李芳")]
    [InlineData("• 消息来源：滨江日报社", "• 发布日期：2022-5-13 12:14:36", "• 点击次数：")]
    [InlineData("信息来源：东山县融媒体中心", "发布时间：2020-04-01", "来源：东山县融媒体中心")]
    public void Assemble_LoneFieldBesideTheCopysOwnLines_IsNoHeadline(string source, string stamp, string other)
    {
        var issue = TextPage.Assemble(
            "城西社区开展环境整治",
            stamp,
            source,
            other,
            "连日来，城西社区组织党员干部清理卫生死角，居民纷纷点赞。");
        Assert.Equal(["城西社区开展环境整治"], issue.Articles.Select(a => a.Headline));
        Assert.All(issue.Articles, a => Assert.Null(a.Kicker));
    }

    [Theory]
    [InlineData("来源：新华社")]
    [InlineData("作者：王明")]
    public void Assemble_LoneFieldAtAnArticlesEnd_StaysInTheFlow(string field)
    {
        var issue = TextPage.Assemble(
            "城西社区开展环境整治",
            "连日来，城西社区组织党员干部清理卫生死角，居民纷纷点赞。",
            field,
            "古城墙修缮发现明代城砖",
            "本报讯（记者 林海）近日，古城墙东段修缮时发现一批明代城砖。");
        Assert.Equal(["城西社区开展环境整治", "古城墙修缮发现明代城砖"], issue.Articles.Select(a => a.Headline));
        Assert.DoesNotContain(issue.Warnings, w => w.Contains(field, StringComparison.Ordinal));
    }

    [Fact]
    public void Assemble_HeadlineOverTextThatIsNotPrintedAgain_StaysAHeadline()
    {
        var issue = TextPage.Assemble(
            "全市夏粮收购进度过半",
            "本报讯（记者 周平）6月16日，记者从市粮食局获悉，全市夏粮收购进度已过半。",
            "古城墙修缮发现明代城砖",
            "本报讯（记者 林海）近日，古城墙东段修缮时发现一批明代城砖。");
        Assert.Equal(["全市夏粮收购进度过半", "古城墙修缮发现明代城砖"], issue.Articles.Select(a => a.Headline));
    }

    [Fact]
    public void Assemble_ContentsInsideAPieceOverItsChapters_StayThePiecesOwn()
    {
        var issue = TextPage.Assemble(
            "某某省湿地保护条例",
            "本条例经省人民代表大会常务委员会通过，现予公布，自2024年7月1日起施行。",
            "第一章 总则",
            "第二章 湿地规划",
            "第一章 总则",
            "第一条 为了加强湿地保护，维护湿地生态功能，根据有关法律，结合本省实际，制定本条例。",
            "第二章 湿地规划",
            "第二条 县级以上人民政府应当组织编制湿地保护规划。");
        Assert.Equal("某某省湿地保护条例", issue.Articles[0].Headline);
        Assert.DoesNotContain(issue.Warnings, w => w.Contains("第二章 湿地规划", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("掌上读报", "2025-03-02", "当前报纸名称：江城日报")]
    [InlineData("网站首页", "手机版", "您当前的位置：西江网 > 本地新闻")]
    [InlineData("数字报刊平台", "星期四", "首页> 地方频道> 头条 > 正文")]
    public void Assemble_DisplayLinesOverTheSitesOwnLines_AreNotTheHead(string first, string second, string siteLine)
    {
        var issue = TextPage.Assemble(
            first,
            second,
            siteLine,
            "春耕正当时 田间农机忙",
            "本报讯（记者 周平）4月10日，记者在江城区看到，田间地头一派繁忙景象。",
            "据了解，今年全区计划春播面积12万亩。");
        var article = Assert.Single(issue.Articles);
        Assert.Null(article.Kicker);
        Assert.Equal("春耕正当时 田间农机忙", article.Headline);
    }

    [Fact]
    public void Assemble_HeadlineOverTheArticlesOwnFields_StaysTheHead()
    {
        var issue = TextPage.Assemble(
            "城市更文明 街巷更宜居",
            "2022-06-18 10:32  来源：西城新闻网",
            "日期：06-18",
            "6月17日，西城区老街改造完工，青石板路、仿古路灯让这条百年老街焕发新生。");
        Assert.Equal("城市更文明 街巷更宜居", Assert.Single(issue.Articles).Headline);
    }

    [Theory]
    [InlineData("11.04.2015 08:40")]
    [InlineData("03.09.2018  21:15")]
    [InlineData("27.11.2020")]
    [InlineData("签发时间:2008-07-11")]
    [InlineData("发布日期:2019/05/02 08:30")]
    [InlineData("本文来源: www.example.com.cn")]
    [InlineData("文章来源:南岭日报")]
    [InlineData("00007版:平安")]
    [InlineData("0012版:文体")]
    public void IsFurniture_DayFirstStampPostingFieldOrPaddedPage_IsFurniture(string line) =>
        Assert.True(PageFurnitureRule.IsFurniture(line));

    [Theory]
    [InlineData("签发时间:2008年7月11日上午,县长签发了这份文件。")]
    [InlineData("11.04亩地,产值达2015万元")]
    [InlineData("本文来源于一次基层调研,所引数据均为县统计局公布。")]
    [InlineData("00007号文件已于昨日印发")]
    public void IsFurniture_SentenceWithLikeWords_IsNot(string line) => Assert.False(PageFurnitureRule.IsFurniture(line));

    [Theory]
    [InlineData("13.12.2016  14:09")]
    [InlineData("签发时间:2008-07-11")]
    [InlineData("发布时间:2024-06-01 10:00")]
    public void IsSiteLine_DayFirstStampOrPostingField_IsTheSites(string line) => Assert.True(WebCopyLineRule.IsSiteLine(line));

    [Theory]
    [InlineData("来源:滨江日报")]
    [InlineData("开考时间:2024-06-01")]
    public void IsSiteLine_SourceOrEventTimeField_IsNot(string line) => Assert.False(WebCopyLineRule.IsSiteLine(line));

    [Fact]
    public void Assemble_SiteNameOverDayFirstStamp_TakesBothOutOfTheHead()
    {
        var issue = TextPage.Assemble(
            "江城网", "13.12.2016  14:09",
            "逐条学规划 共建好家园",
            "12月12日,在江城区某街道会议室,社区举办的一场理论宣讲活动吸引了居民的积极参与,志愿者与居民共同学习探讨了规划。",
            "当日下午,多个社区同时开展了该主题的宣讲活动。");
        var article = Assert.Single(issue.Articles);
        Assert.Equal("逐条学规划 共建好家园", article.Headline);
        Assert.Null(article.Kicker);
    }

    // A headline worded as a field (时间：…) right over the copy's stamp is still the head.
    [Fact]
    public void Assemble_HeadlineInFieldFormOverTheStamp_StaysTheHead()
    {
        var issue = TextPage.Assemble(
            "时间：最公正的见证者",
            "2022-06-18 10:32  来源：西城新闻网",
            "6月17日，西城区老街改造完工，青石板路、仿古路灯让这条百年老街焕发新生。",
            "居民们纷纷走出家门，在街头拍照留念。");
        Assert.Equal("时间：最公正的见证者", Assert.Single(issue.Articles).Headline);
    }
}
