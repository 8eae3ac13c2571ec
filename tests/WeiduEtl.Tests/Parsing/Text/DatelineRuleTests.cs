using WeiduEtl.Core.Parsing;
using WeiduEtl.Parsing.Layout.Rules;
using WeiduEtl.Parsing.Lexicon;

namespace WeiduEtl.Tests.Parsing.Text;

public sealed class DatelineRuleTests
{
    [Fact]
    public void Match_LocalNewsWithBracketedCredits_SplitsDatelineCreditsAndText()
    {
        var m = DatelineRule.Match("本报讯(记者 杜文静 通讯员 包宏)为做好秋冬季供暖准备，市热力公司近日开展管网检修。", PressLexicon.BuiltIn);

        Assert.NotNull(m);
        Assert.Equal("本报讯", m.Dateline);
        Assert.Equal(["杜文静"], m.Contributors.Where(c => c.Role == ContributorRole.Reporter).Select(c => c.Name));
        Assert.Equal(["包宏"], m.Contributors.Where(c => c.Role == ContributorRole.Correspondent).Select(c => c.Name));
        Assert.Equal("为做好秋冬季供暖准备，市热力公司近日开展管网检修。", m.Rest);
    }

    [Fact]
    public void Match_FullWidthBracketsAndGluedName_ReadsTheReporter()
    {
        var m = DatelineRule.Match("本报讯（记者曹阳）日前，城东新区首批保障性租赁住房交付使用。", PressLexicon.BuiltIn);

        Assert.NotNull(m);
        Assert.Equal("曹阳", Assert.Single(m.Contributors).Name);
        Assert.StartsWith("日前", m.Rest, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("本报北京10月9日电 （记者王远）国务院新闻办公室9日举行发布会。", "本报北京10月9日电")]
    [InlineData("新华社北京10月9日电（记者 陈晓）记者9日从有关部门获悉。", "新华社北京10月9日电")]
    [InlineData("新华社华盛顿10月8日电 美国商务部8日公布数据。", "新华社华盛顿10月8日电")]
    [InlineData("中新网上海3月1日电 上海今日迎来强降雨。", "中新网上海3月1日电")]
    [InlineData("本报杭州十月九日电 浙江省今年秋粮喜获丰收。", "本报杭州十月九日电")]
    [InlineData("本报6月17日讯 清晨，滨江公园迎来第一批晨练的市民。", "本报6月17日讯")]
    [InlineData("本报北京3月2日讯（记者 苏禾）全国政协十四届三次会议2日举行新闻发布会。", "本报北京3月2日讯")]
    public void Match_AgencyDateline_KeepsPlaceAndDate(string paragraph, string dateline)
    {
        Assert.Equal(dateline, DatelineRule.Match(paragraph, PressLexicon.BuiltIn)?.Dateline);
    }

    [Theory]
    [InlineData("鹿鸣湖社区工作人员电话随时在线。")]
    [InlineData("本报记者 张三")]
    [InlineData("本报通讯员李明从区气象台了解到，本周以晴为主。")]
    [InlineData("本报热线电话开通以来，共受理群众来电1.2万件。")]
    [InlineData("本报记者从市供电公司获悉，今冬电网负荷将创新高。")]
    [InlineData("新华社电视中心承办了本次活动。")]
    [InlineData("8月15日，全区召开大会。")]
    public void Match_OrdinaryText_IsNoDateline(string paragraph)
    {
        Assert.Null(DatelineRule.Match(paragraph, PressLexicon.BuiltIn));
    }

    // A paper and its site filing together: a city daily's, an evening paper's and a county station's styles.
    [Theory]
    [InlineData("青川日报/青川网讯（记者罗明报道）5月9日上午，市委书记会见了来访客人。", "青川日报/青川网讯", "罗明")]
    [InlineData("滨江晚报、滨江网讯（记者 王远 通讯员 李欣）日前，城东新区首批租赁住房交付使用。", "滨江晚报、滨江网讯", "王远")]
    [InlineData("南岭台/南岭在线讯 (记者 苏禾) 全县秋粮喜获丰收。", "南岭台/南岭在线讯", "苏禾")]
    public void Match_PaperAndSiteJoined_ReadsBothAsTheDateline(string paragraph, string dateline, string reporter)
    {
        var m = DatelineRule.Match(paragraph, PressLexicon.BuiltIn);

        Assert.NotNull(m);
        Assert.Equal(dateline, m.Dateline);
        Assert.Contains(reporter, m.Contributors.Where(c => c.Role == ContributorRole.Reporter).Select(c => c.Name));
    }

    [Theory]
    [InlineData("日报/网络平台讯息发布规范出台后，各单位认真执行。")]
    [InlineData("晚报、电台和网站联合推出专栏，讯速回应市民关切。")]
    public void Match_OutletsJoinedInProse_IsNoDateline(string paragraph) => Assert.Null(DatelineRule.Match(paragraph, PressLexicon.BuiltIn));

    [Fact]
    public void Match_CreditsWithoutBracketsEndingInReported_AreReadAsCredits()
    {
        var m = DatelineRule.Match("本报讯 记者 邓晨 通讯员 谭月 报道：国庆假期，全市接待游客120万人次。", PressLexicon.BuiltIn);

        Assert.NotNull(m);
        Assert.Equal(["邓晨", "谭月"], m.Contributors.Select(c => c.Name));
        Assert.Equal("国庆假期，全市接待游客120万人次。", m.Rest);
    }

    [Theory]
    [InlineData("本报乌恰讯 (记者 李娜 通讯员 王强) 11月3日，乌恰县举行冬季运动会。", "本报乌恰讯", "李娜", "王强")]
    [InlineData("本报阿勒泰讯（记者 马兰 通讯员 赵丽）近日，阿勒泰市首条冰雪旅游专线开通。", "本报阿勒泰讯", "马兰", "赵丽")]
    [InlineData("本报东湖讯 (记者 周平 通讯员 吴涛) 记者从区农业农村局获悉，全区秋粮收购已过半。", "本报东湖讯", "周平", "吴涛")]
    public void Match_HousesPlaceDatelineWithoutDate_CreditsReporterAndCorrespondent(string paragraph, string dateline, string reporter, string correspondent)
    {
        var m = DatelineRule.Match(paragraph, PressLexicon.BuiltIn);

        Assert.NotNull(m);
        Assert.Equal(dateline, m.Dateline);
        Assert.Equal([reporter], m.Contributors.Where(c => c.Role == ContributorRole.Reporter).Select(c => c.Name));
        Assert.Equal([correspondent], m.Contributors.Where(c => c.Role == ContributorRole.Correspondent).Select(c => c.Name));
    }

    [Theory]
    [InlineData("本报通讯员走进社区，记录下居民生活的点滴变化。")]
    [InlineData("本报资讯平台上线以来，累计发布消息三千余条。")]
    public void Match_HouseNameRunningOnIntoASentence_IsNoDateline(string paragraph) => Assert.Null(DatelineRule.Match(paragraph, PressLexicon.BuiltIn));
}
