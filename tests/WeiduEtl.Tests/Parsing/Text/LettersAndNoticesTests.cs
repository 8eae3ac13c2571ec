using WeiduEtl.Parsing.Layout;
using WeiduEtl.Parsing.Layout.Rules;

namespace WeiduEtl.Tests.Parsing.Text;

/// <summary>
/// Readers' letters signed with the writer's place and name, a column of several letters under a short name, a
/// column's contact line under its last piece, and an announcement printed after a report. Made-up lines in the styles
/// of a provincial daily's letters page and a city paper's notices.
/// </summary>
public sealed class LettersAndNoticesTests
{
    [Theory]
    [InlineData("河南新乡市  王  磊")]
    [InlineData("浙江温州市鹿城区 陈小红")]
    [InlineData("广西百色市田阳区\u00A0\u00A0黄\u00A0\u00A0勇")]
    [InlineData("内蒙古通辽市科尔沁区  李春生")]
    public void IsSignature_PlaceAndName_IsAReadersSignature(string line) =>
        Assert.True(ReaderSignatureRule.IsSignature(line));

    [Theory]
    [InlineData("本报记者  王  磊")]
    [InlineData("河南新乡市  全面推进乡村振兴")]
    [InlineData("新乡市 卫辉市")]
    [InlineData("河南新乡市")]
    public void IsSignature_CreditHeadlineOrPlacesOnly_IsNoSignature(string line) =>
        Assert.False(ReaderSignatureRule.IsSignature(line));

    [Theory]
    [InlineData("来稿邮箱：kanwu2023@126.com")]
    [InlineData("读者热线：0371-65551234")]
    [InlineData("欢迎投稿，电子邮箱：citynews@qq.com。")]
    [InlineData("报名邮箱：hr2024@sina.com（邮件标题请注明“姓名+岗位”）")]
    [InlineData("网址：www.xcrb.example.cn")]
    [InlineData("传真：（0374）2345678")]
    [InlineData("服务热线：0374-1234567转8001")]
    public void IsContactLine_ChannelAndAddress_IsAContactLine(string line) =>
        Assert.True(ContactLineRule.IsContactLine(line));

    [Theory]
    [InlineData("记者从市邮政管理局获悉：全市快递业务量增长12%")]
    [InlineData("热线电话背后的民生温度")]
    [InlineData("邮箱：")]
    [InlineData("维权热线：3.15晚会")]
    [InlineData("网站：人民网.中国")]
    public void IsContactLine_SentenceOrHeadline_IsNoContactLine(string line) =>
        Assert.False(ContactLineRule.IsContactLine(line));

    [Theory]
    [InlineData("市第一人民医院医师招聘公告")]
    [InlineData("关于春节期间调整公交线路的通告")]
    [InlineData("遗失声明")]
    [InlineData("县级领导干部任前公示（第二批）")]
    public void IsNoticeTitle_TitleEndingInANoticeGenre_IsANoticeTitle(string line) =>
        Assert.True(NoticeTitleRule.IsNoticeTitle(line));

    [Theory]
    [InlineData("公告")]
    [InlineData("发布公告后，市民反响热烈")]
    [InlineData("让公示制度更完善")]
    [InlineData("推行村务公示")]
    [InlineData("及时发出预警通知")]
    public void IsNoticeTitle_LabelOrSentence_IsNoNoticeTitle(string line) =>
        Assert.False(NoticeTitleRule.IsNoticeTitle(line));

    [Fact]
    public void Assemble_SignedLetters_EachEndsWithItsSignatureAndAColumnOfLettersStaysOne()
    {
        var issue = TextPage.Assemble(
            "小区电梯维修不能一拖再拖（读者来信）",
            "我家住在新乡市某小区12楼，电梯停运已经一个多月，老人上下楼十分困难。希望物业尽快维修。",
            "河南新乡市  王  磊",
            "建言",
            "“共享雨伞”需要规范管理",
            "不少地铁站投放了共享雨伞，但借出去的伞很少归还。建议运营方完善押金和信用管理。",
            "湖北宜昌市  刘小红",
            "公园夜间照明该补上",
            "城东公园晚上散步的人很多，可有几段路没有路灯，存在安全隐患。",
            "江苏盐城市  陈  刚",
            "垃圾分类亭不能成摆设（曝光）",
            "某街道新建的分类亭常年上锁，居民只好把垃圾堆在亭外。",
            "山东潍坊市  赵  敏");

        Assert.Equal(
            ["小区电梯维修不能一拖再拖（读者来信）", "“共享雨伞”需要规范管理", "垃圾分类亭不能成摆设（曝光）"],
            issue.Articles.Select(a => a.Headline));
        Assert.Equal("河南新乡市  王  磊", issue.Articles[0].Paragraphs[^1]);
        Assert.Null(issue.Articles[2].Kicker);
        var column = issue.Articles[1];
        Assert.Equal("建言", column.Kicker);
        Assert.Contains("湖北宜昌市  刘小红", column.Paragraphs);
        Assert.Contains("公园夜间照明该补上", column.Subheadings);
        Assert.Equal("山东潍坊市  赵  敏", issue.Articles[2].Paragraphs[^1]);
        Assert.Equal("江苏盐城市  陈  刚", column.Paragraphs[^1]);
    }

    [Fact]
    public void Assemble_ContactLineUnderAColumnsLastPiece_EndsThatPieceAndHeadsNothing()
    {
        var issue = TextPage.Assemble(
            "基层减负要减到实处（基层观察）",
            "一些地方的填表报数仍然不少，基层干部把大量时间花在了材料上。减负，关键在落实。",
            "（作者为某县委党校教师）",
            "栏目邮箱：jiceng2024@163.com",
            "乡村公路通到家门口",
            "本报记者  李  明",
            "今年以来，全市新改建农村公路300公里，20个行政村通上了硬化路。");

        Assert.Equal(2, issue.Articles.Count);
        Assert.Equal("栏目邮箱：jiceng2024@163.com", issue.Articles[0].Paragraphs[^1]);
        Assert.Null(issue.Articles[1].Kicker);
        Assert.Equal("乡村公路通到家门口", issue.Articles[1].Headline);
    }

    [Fact]
    public void Assemble_AnnouncementAfterADatedReport_IsAnItemOfItsOwn()
    {
        var issue = TextPage.Assemble(
            "全市新增绿道120公里",
            "本报讯（记者 张华）记者从市园林局获悉，去年全市新增绿道120公里，串联起30座公园。",
            "市第一人民医院医师招聘公告",
            "因工作需要，我院面向社会公开招聘医师20名，现将有关事项公告如下。",
            "一、招聘岗位",
            "内科、外科、儿科医师各若干名。",
            "二、报名方式",
            "报名邮箱：yy2024@163.com（邮件标题请注明“姓名+岗位”）",
            "咨询电话：0374-1234567");

        Assert.Equal(["全市新增绿道120公里", "市第一人民医院医师招聘公告"], issue.Articles.Select(a => a.Headline));
        Assert.Equal("咨询电话：0374-1234567", issue.Articles[1].Paragraphs[^1]);
    }

    [Fact]
    public void Assemble_SignatureSetInBoldDisplayTypeOverTheNextLettersTitle_EndsItsOwnLetter()
    {
        // A PDF letters page signs each letter in bold type larger than the text (10.5 pt over 9 pt), right above the
        // next letter's title.
        var issue = PageAssembler.Assemble(
        [
            new("小区停车难有了新办法", 1, FontSize: 15, Hint: BlockHint.Display),
            new("我家所在的小区建成已有二十年，车位一直不够用，居民为了抢车位常常闹矛盾。", 1, FontSize: 9),
            new("湖北宜昌市  周  敏", 1, FontSize: 10.5, Hint: BlockHint.Display),
            new("乡村公交要守时", 1, FontSize: 15, Hint: BlockHint.Display),
            new("我们村通了公交车，可发车时间不固定，村民常常在路边一等就是一个多小时。", 1, FontSize: 9),
            new("四川南充市顺庆区 何小燕", 1, FontSize: 10.5, Hint: BlockHint.Display),
        ]);

        Assert.Equal(["小区停车难有了新办法", "乡村公交要守时"], issue.Articles.Select(a => a.Headline));
        Assert.All(issue.Articles, a => Assert.Null(a.Kicker));
        Assert.Equal("湖北宜昌市  周  敏", issue.Articles[0].Paragraphs[^1]);
    }

    [Fact]
    public void Assemble_PlaceAndNameInHeadlineType_StaysAHeadline()
    {
        // A series of portraits titles each with where the person lives and the name, in headline type.
        var issue = PageAssembler.Assemble(
        [
            new("甘肃定西市  马永福", 1, FontSize: 18, Hint: BlockHint.Display),
            new("本报记者 王静", 1, FontSize: 9),
            new("马永福种了三十年马铃薯，去年他的合作社带动全村八十户增收。", 1, FontSize: 9),
        ]);

        Assert.Equal("甘肃定西市  马永福", Assert.Single(issue.Articles).Headline);
    }
}
