using System.Text;
using WeiduEtl.Core.Documents;
using WeiduEtl.Core.Parsing;
using WeiduEtl.Parsing.Text;

namespace WeiduEtl.Tests.Parsing.Text;

/// <summary>
/// A headline group set line by line with no blank line between (kicker / headline / subheadline), too long joined to
/// be one heading, is read as one block per line; a headline wrapped within a heading's length and a wrapped paragraph
/// that ends a sentence (or breaks off mid-clause) stay one block.
/// </summary>
public sealed class HeadlineGroupTests
{
    public static TheoryData<string, string[]> Groups => new()
    {
        // A city daily's weekly page: kicker / headline / the page's own line, then byline and newsflash.
        {
            "学习新思想 争做好少年\n“红领巾讲解员”项目启动\n《城南晚报·校园》每周三下午与小读者见面\n\n本报记者 王晓 报道\n\n本报讯 5月20日，“红领巾讲解员”项目在市博物馆启动。",
            ["学习新思想 争做好少年", "“红领巾讲解员”项目启动", "《城南晚报·校园》每周三下午与小读者见面", "本报记者 王晓 报道", "本报讯 5月20日，“红领巾讲解员”项目在市博物馆启动。"]
        },
        // A county paper: a two-line headline group whose lines together pass a heading's length.
        {
            "全县首个二十四小时城市书房在滨江公园正式开放\n市民可凭身份证免费借阅图书两万余册并参加读书沙龙\n\n融媒体记者 陈立\n\n城市书房面积三百平方米，设座位八十个。",
            ["全县首个二十四小时城市书房在滨江公园正式开放", "市民可凭身份证免费借阅图书两万余册并参加读书沙龙", "融媒体记者 陈立", "城市书房面积三百平方米，设座位八十个。"]
        },
        // An evening paper's feature: four display lines, none ending a sentence.
        {
            "夜经济\n老街灯火重新点亮 三百家小店延时营业至午夜\n文旅部门推出十条夜游线路\n邀请市民打卡城市烟火气\n\n记者 周敏\n\n入夜，老街人流如织。",
            ["夜经济", "老街灯火重新点亮 三百家小店延时营业至午夜", "文旅部门推出十条夜游线路", "邀请市民打卡城市烟火气", "记者 周敏", "入夜，老街人流如织。"]
        },
    };

    [Theory]
    [MemberData(nameof(Groups))]
    public void Read_HeadlineGroupTooLongJoined_IsOneBlockPerLine(string page, string[] expected) =>
        Assert.Equal(expected, TextBlockReader.Read(page).Select(b => b.Text));

    [Theory]
    // A headline wrapped over two lines within a heading's length.
    [InlineData("城北新区打造十分钟\n便民生活圈\n\n本报记者 任重", "城北新区打造十分钟便民生活圈")]
    // A wrapped paragraph whose last line ends the sentence.
    [InlineData("今年以来城北新区新建社区食堂六家便民超市十二家\n居民步行十分钟即可买菜就餐看病\n生活更加便利深受周边居民欢迎。",
        "今年以来城北新区新建社区食堂六家便民超市十二家居民步行十分钟即可买菜就餐看病生活更加便利深受周边居民欢迎。")]
    // A wrapped paragraph broken off mid-clause at a page's foot.
    [InlineData("记者从市住建局获悉今年全市计划改造老旧小区\n一百二十个涉及居民四万余户目前已开工\n八十个，",
        "记者从市住建局获悉今年全市计划改造老旧小区一百二十个涉及居民四万余户目前已开工八十个，")]
    public void Read_WrappedHeadlineOrParagraph_StaysOneBlock(string page, string first) =>
        Assert.Equal(first, TextBlockReader.Read(page)[0].Text);

    [Fact]
    public void Parse_HeadlineGroupOverAByline_KeepsKickerHeadlineSubheadlineAndReporter()
    {
        var page = "学习新思想 争做好少年\n“红领巾讲解员”项目启动\n《城南晚报·校园》每周三下午与小读者见面\n\n本报记者 王晓 报道\n\n" +
            "本报讯 5月20日，“红领巾讲解员”项目在市博物馆启动，全市二十所小学的学生参加。\n\n项目负责人表示，将组织讲解员走进社区。\n";

        var article = Assert.Single(new TextIssueParser().Parse(new SourceDocument("pages/p.txt", Encoding.UTF8.GetBytes(page), MediaTypes.Text)).Articles);

        Assert.Equal(("学习新思想 争做好少年", "“红领巾讲解员”项目启动", "《城南晚报·校园》每周三下午与小读者见面"), (article.Kicker, article.Headline, article.Subheadline));
        Assert.Equal(["王晓"], article.NamesIn(ContributorRole.Reporter).Distinct());
    }

    [Theory]
    // A county paper's report quoting a verse under a sentence ending in a colon.
    [InlineData("田间新韵\n\n本报记者 李明\n\n本报讯 村里的老支书写了一首诗，贴在文化墙上：\n\n春风吹绿了村前的稻田\n新修的水渠连着家家户户\n孩子们在文化广场上奔跑\n老人们笑着说日子越过越甜\n\n村民们说，这首诗写出了大家的心里话。")]
    // A government site's notice listing a working team's members and posts.
    [InlineData("县里成立工作专班\n\n本报记者 李明\n\n本报讯 县里成立了乡村振兴工作专班，成员如下：\n\n组长 张建国 县委书记 负责全面工作统筹协调\n副组长 李卫东 县委副书记 县长 负责日常工作\n成员 王晓明 县农业农村局局长 负责具体落实\n\n专班下设办公室。")]
    // A city paper's notice: the reading room's particulars set line by line under the last sentence.
    [InlineData("城市书房开门迎客\n\n本报记者 李明\n\n本报讯 城东城市书房昨日开放，藏书两万册，欢迎市民前来借阅。\n\n地址 城东区滨河路188号文化中心一楼\n开放时间 每天上午九点至晚上九点\n咨询电话 0374-5123456 或 13812345678\n\n书房还将定期举办读书沙龙。")]
    public void Parse_ListsAndParticularsInsideTheText_StayInTheArticle(string page)
    {
        var article = Assert.Single(new TextIssueParser().Parse(new SourceDocument("pages/p.txt", Encoding.UTF8.GetBytes(page), MediaTypes.Text)).Articles);
        Assert.Contains(article.Paragraphs, p => p.Contains("家家户户", StringComparison.Ordinal) || p.Contains("李卫东", StringComparison.Ordinal)
            || p.Contains("滨河路188号", StringComparison.Ordinal));
    }
}
