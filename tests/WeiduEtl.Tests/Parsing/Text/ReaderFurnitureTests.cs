using WeiduEtl.Core.Parsing;
using WeiduEtl.Parsing.Layout.Rules;
using WeiduEtl.Parsing.Lexicon;

namespace WeiduEtl.Tests.Parsing.Text;

/// <summary>
/// What an e-paper reader prints around the piece it shows: its controls and its bar of links, its list of the issue's
/// pages, the site's rights lines; and the neighbourhood kicker that no page label is. Made-up lines in the styles of a
/// city daily's reader, a county paper's reader, a provincial daily's site and an evening paper's site.
/// </summary>
public sealed class ReaderFurnitureTests
{
    [Theory]
    [InlineData("首页")]
    [InlineData("版面导航")]
    [InlineData("3上一版  下一版4")]
    [InlineData("3上一篇 2019年5月6日 放大 缩小 默认")]
    [InlineData("◀上一篇  下一篇▶")]
    [InlineData("展开通版")]
    [InlineData("通版阅读请点击：")]
    [InlineData("新闻搜索：")]
    [InlineData("关闭")]
    [InlineData("搜 索")]
    [InlineData("东江网  东江日报  东江晚报")]
    [InlineData("南岭网  南岭早报  南岭商报  今日新港区  旧版入口")]
    public void IsFurniture_ReadersControlsOrLinksBar_IsFurniture(string line) => Assert.True(PageFurnitureRule.IsFurniture(line));

    [Theory]
    [InlineData("放大 缩小")]
    [InlineData("首页经济再添新动能")]
    [InlineData("下一站 幸福")]
    [InlineData("东江日报 记者 王明")]
    [InlineData("日报晚报齐发力 融合传播见实效")]
    [InlineData("关闭高污染企业 守护一江清水")]
    public void IsFurniture_HeadlineOrCreditWithAControlsWord_IsNot(string line) => Assert.False(PageFurnitureRule.IsFurniture(line));

    [Theory]
    [InlineData("第04版：")]
    [InlineData("第A01版：[封面新闻]")]
    [InlineData("第B03版：【县域经济】")]
    [InlineData("03版：综合新闻")]
    [InlineData("12版：发现东江")]
    public void IsFurniture_ReadersPageNumber_IsFurniture(string line) => Assert.True(PageFurnitureRule.IsFurniture(line));

    [Theory]
    [InlineData("03版面的改版方案已经确定")]
    [InlineData("第4版：")]
    public void IsFurniture_PageNumberInText_IsOnlyTheBareNumber(string line) =>
        Assert.Equal(line.EndsWith('：'), PageFurnitureRule.IsFurniture(line));

    [Theory]
    [InlineData("所有内容为东江日报社版权所有.未经许可,不得转载或镜像")]
    [InlineData("南 岭 日 报 社 版 权 所 有  未 经 授 权 禁 止 复 制 或 建 立 镜 像")]
    [InlineData("粤ICP备12345678号 粤公网安备44010402000123号")]
    [InlineData("版权声明")]
    [InlineData("《东江日报》(电子版)的一切内容(包括但不限于文字、图片、版面设计)仅供读者阅读,未经东江日报书面授权,任何单位及个人不得将其用于商业性目的,包括但不限于转载、复制、发行,或将之在非本站所属的服务器上作镜像。")]
    public void IsFurniture_SitesRightsLine_IsFurniture(string line) =>
        Assert.True(PageFurnitureRule.IsFurniture(line, PressLexicon.BuiltIn));

    [Theory]
    [InlineData("根据著作权法,未经许可不得转载他人作品。")]
    [InlineData("版权所有者的合法权益得到保护")]
    [InlineData("市民在镜像湖畔散步,不得不说这里的风景很美,吸引了不少游客前来使用健身器材。")]
    public void IsFurniture_TextAboutCopyright_IsNot(string line) =>
        Assert.False(PageFurnitureRule.IsFurniture(line, PressLexicon.BuiltIn));

    [Theory]
    // A court report on a pirated game server: it names a mirror and forbids copying, as no site's statement does in prose.
    [InlineData("法院审理查明，被告人未经著作权人许可，擅自搭建镜像服务器牟利。法院认为，任何单位和个人不得擅自复制、发行他人作品。")]
    // An owner of rights in a short line of prose, not the site's 版权所有.
    [InlineData("该作品版权所有者未经许可不得转载")]
    public void IsFurniture_CourtReportOnMirrorsOrCopyrightOwners_IsNot(string line) =>
        Assert.False(PageFurnitureRule.IsFurniture(line, PressLexicon.BuiltIn));

    [Theory]
    // Headlines and kickers set with their words apart: two power grids, or two outlets and what they praise.
    [InlineData("国家电网  南方电网  全力迎峰度夏")]
    [InlineData("人民日报  新华网  点赞东江")]
    public void IsFurniture_HeadlineNamingTwoGridsOrOutlets_IsNot(string line) =>
        Assert.False(PageFurnitureRule.IsFurniture(line));

    [Theory]
    [InlineData("祭旗坡社区")]
    [InlineData("阳光小区")]
    [InlineData("高新园区")]
    public void IsLabel_NeighbourhoodOrPark_IsNoPageLabel(string line) => Assert.False(PageLabelRule.IsLabel(line));

    [Theory]
    [InlineData("浦东新区")]
    [InlineData("东城区")]
    [InlineData("矿区")]
    public void IsLabel_DistrictEndingInQu_IsAPageLabel(string line) => Assert.True(PageLabelRule.IsLabel(line));

    [Fact]
    public void Assemble_NeighbourhoodOverHeadlineAndByline_IsTheKicker()
    {
        var issue = TextPage.Assemble(
            "2023年10月13日",
            "桃源社区",
            "邻里节里暖意浓 共建共享新家园",
            "记者 王芳",
            "10月11日,桃源社区广场上热闹非凡,居民们参加邻里节活动。",
            "社区党委书记说,邻里节已经办了五届。");
        var article = Assert.Single(issue.Articles);
        Assert.Equal("桃源社区", article.Kicker);
        Assert.Equal("邻里节里暖意浓 共建共享新家园", article.Headline);
        Assert.Null(issue.PageLabel);
    }

    [Fact]
    public void Assemble_ReadersControlsUnderThePiece_EndIt()
    {
        var issue = TextPage.Assemble(
            "第A03版：城市管理",
            "3上一版  下一版4",
            "老街巷里换新颜",
            "□记者 王明",
            "本报讯 近日,东江区对老街巷开展集中整治,清理杂物百余处。",
            "3上一篇  下一篇4",
            "联系电话:0371-1234567 传真:0371-1234568",
            "所有内容为东江日报社版权所有.未经许可,不得转载或镜像",
            "关闭");
        var article = Assert.Single(issue.Articles);
        Assert.Equal("老街巷里换新颜", article.Headline);
        Assert.Null(article.Kicker);
        Assert.EndsWith("清理杂物百余处。", article.Paragraphs[^1], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("来源:东江日报 2020-08-06 07:48   https://www.djnews.cn/")]
    [InlineData("2021-03-02 10:15 来源:南岭新闻网 http://www.nlnews.com.cn")]
    [InlineData("来源:青川晚报 2019-05-06 08:30 https://qc.example.cn/a/123.html")]
    public void IsFurniture_FieldLineEndingInTheSitesAddress_IsFurniture(string line) => Assert.True(PageFurnitureRule.IsFurniture(line));

    [Theory]
    [InlineData("来源:市统计局 详见https://tjj.example.gov.cn")]
    [InlineData("来源:东江日报 https://www.djnews.cn/")]
    public void IsFurniture_SourceWithAnAddressButNoTimeStamp_IsNot(string line) => Assert.False(PageFurnitureRule.IsFurniture(line));

    [Fact]
    public void Assemble_CriedHeadlineOverTheSitesFieldLine_HeadsThePiece()
    {
        var issue = TextPage.Assemble(
            "今日东江 今日南岭 今日西城",
            "地方网 > 东江 > 今日东江 > 正文",
            "你还记得老厂区的样子吗? 老旧小区改造“改”出新生活",
            "来源:东江日报 2020-08-06 07:48   https://www.djnews.cn/",
            "本报记者王明",
            "8月4日,记者来到东江区老厂区,看到新铺的沥青路干净平整,居民们在树荫下聊天。",
            "去年,政府出资对这个老旧小区进行了改造。");
        var article = Assert.Single(issue.Articles);
        Assert.Equal("你还记得老厂区的样子吗? 老旧小区改造“改”出新生活", article.Headline);
        Assert.Null(article.Kicker);
        Assert.Equal(2, article.Paragraphs.Count);
    }

    [Fact]
    public void Assemble_ShareButtonsBetweenFieldLineAndText_AreTheSites()
    {
        var issue = TextPage.Assemble(
            "您当前的位置 : 南岭网 > 地方新闻 > 东江",
            "东江用实干开启城市更新新篇章",
            "——盘点2020系列报道之城建篇",
            "2021-01-16 09:11:12 来源:东江日报  作者:王明",
            "关注南岭网",
            "微信",
            "QQ空间",
            "南岭新闻",
            "南岭网1月16日讯 隆冬时节,行驶在宽阔整洁的大街上,市民们满脸欣喜。",
            "这一年,东江市城市建设管理水平显著提升。");
        var article = Assert.Single(issue.Articles);
        Assert.Equal("东江用实干开启城市更新新篇章", article.Headline);
        Assert.Null(article.Kicker);
    }

    [Fact]
    public void Assemble_OneShortLineUnderFieldLines_StaysInTheHead()
    {
        var issue = TextPage.Assemble(
            "当前报纸名称:南岭日报",
            "汇聚志愿力量 共建美好社会",
            "日期:12-06",
            "版面:第03版:综合       上一篇    下一篇",
            "东江市",
            "本报讯(记者 王明)12月5日,东江市志愿服务活动在市民广场举行。",
            "活动现场,志愿者向市民宣传环保知识。");
        var article = Assert.Single(issue.Articles);
        // The head keeps both lines in print order, whichever roles the grammar gives them.
        var head = new[] { article.Kicker, article.Headline, article.Subheadline }.Where(l => l is not null);
        Assert.Equal(["汇聚志愿力量 共建美好社会", "东江市"], head);
    }

    [Theory]
    [InlineData("省委书记致信全省科技工作者大会强调", "坚持创新驱动发展战略加快建设科技强省 为谱写现代化建设新篇章贡献更大力量", "大会在省城开幕", "新华社长沙5月30日电 全省科技工作者大会30日在长沙开幕。")]
    [InlineData("市委常委会召开扩大会议", "深入学习贯彻全会精神奋力推动高质量发展 在新征程上展现新担当新作为取得新成效", "市长出席并讲话", "本报讯(记者 王明)6月2日,市委常委会召开扩大会议。")]
    [InlineData("县委理论学习中心组举行集体学习", "以学铸魂以学增智以学正风以学促干 推动主题教育走深走实见到实效落到实处", "县委书记主持", "□记者 李红 通讯员 张强")]
    public void Assemble_LongUnpunctuatedLineBetweenKickerAndSubheadlineOverCredit_IsTheHeadline(string kicker, string headline, string subheadline, string credit)
    {
        var issue = TextPage.Assemble(kicker, headline, subheadline, credit, "会议指出,要深入学习贯彻会议精神,把各项工作落到实处。", "会议强调,要以钉钉子精神抓好落实。");
        var article = Assert.Single(issue.Articles);
        Assert.Equal(headline, article.Headline);
    }

    [Theory]
    [InlineData("会议指出,要坚持创新驱动发展战略,加快建设科技强省,为谱写现代化建设新篇章贡献更大力量。")]
    [InlineData("坚持创新驱动发展战略加快建设科技强省 为谱写现代化建设新篇章贡献更大力量 坚持人民至上推动经济社会发展全面绿色转型取得新的更大成效")]
    public void Assemble_ProseOrOverlongLineBetweenDisplayLines_HeadsNothing(string line)
    {
        var issue = TextPage.Assemble("省委书记致信全省科技工作者大会强调", line, "大会在省城开幕", "新华社长沙5月30日电 全省科技工作者大会30日在长沙开幕。", "会议强调,要以钉钉子精神抓好落实。");
        Assert.DoesNotContain(issue.Articles, a => a.Headline == line || a.Kicker == line || a.Subheadline == line);
    }

    [Theory]
    [InlineData("据《南岭日报》消息(记者王明 通讯员李红)近日,住房城乡建设部公布第二批典型案例。", "王明")]
    [InlineData("据《东江晚报》报道（记者 张强）3月5日,东江区首批重点项目集中开工。", "张强")]
    [InlineData("据《青川日报》消息(本报记者 赵丽)昨日,青川县举行春耕生产现场会。", "赵丽")]
    public void Match_ReprintOpenerWithCreditInBrackets_IsADatelineCreditingTheReporter(string line, string reporter)
    {
        var dateline = DatelineRule.Match(line, PressLexicon.BuiltIn);
        Assert.NotNull(dateline);
        Assert.Contains(dateline.Contributors, c => c.Name == reporter && c.Role == ContributorRole.Reporter);
    }

    [Theory]
    [InlineData("据《南岭日报》报道,东江区今年将新建学校12所。")]
    [InlineData("据《东江晚报》消息(2023年3月),全市新增就业岗位两万个。")]
    public void Match_ReprintMentionWithoutCredit_IsNoDateline(string line) =>
        Assert.Null(DatelineRule.Match(line, PressLexicon.BuiltIn));
}
