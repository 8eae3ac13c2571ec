using WeiduEtl.Core.Parsing;
using WeiduEtl.Parsing.Layout.Rules;
using WeiduEtl.Parsing.Lexicon;

namespace WeiduEtl.Tests.Parsing.Text;

/// <summary>
/// Credits that tell a headline from a 小标题 on pages without letter sizes: a closing credit after the paper's name,
/// and a report's first paragraph opening with its reporters in brackets. Made-up lines in the styles of a prefecture
/// daily, a city evening paper and a government news site.
/// </summary>
public sealed class OpeningAndClosingCreditTests
{
    [Theory]
    [InlineData("滨江日报（记者 周晓岚 通讯员 马骁）", 2)]
    [InlineData("山城晚报（记者 龚小川）", 1)]
    [InlineData("东湖融媒体中心（通讯员 曾凡 胡杨）", 2)]
    public void MatchBlock_OutletBeforeBracketedCredit_IsItsCredits(string line, int people)
    {
        var note = SourceTagRule.MatchBlock(line, PressLexicon.BuiltIn);

        Assert.Equal(TrailingNoteKind.Credits, note?.Kind);
        Assert.Equal(people, note?.Contributors.Count);
    }

    [Theory]
    [InlineData("江北日报（二）")]
    [InlineData("城市晚报（合订本）")]
    [InlineData("市民热议新修订的物业管理条例（记者 龚小川）。")]
    public void MatchBlock_OutletBeforeOtherBrackets_IsNoCredit(string line) =>
        Assert.NotEqual(TrailingNoteKind.Credits, SourceTagRule.MatchBlock(line, PressLexicon.BuiltIn)?.Kind);

    [Theory]
    [InlineData("（记者唐敏 罗小军摄影报道）5月8日，在城东新区一处工地，工人们正在吊装钢梁。", true)]
    [InlineData("（本报记者 邓洁）昨日上午，市第二人民医院新门诊楼正式投用。", true)]
    [InlineData("（通讯员 彭程）近日，县税务局开展了“便民办税春风行动”。", true)]
    [InlineData("【江城网记者探访】3月2日，记者来到新建成的滨河步道。", true)]
    [InlineData("【记者手记】这次采访让我们看到了基层干部的担当。", false)]
    [InlineData("（记者 邓洁）", false)]
    [InlineData("（上接第3版）昨日上午，市第二人民医院新门诊楼正式投用。", false)]
    [InlineData("记者唐敏在现场看到，工人们正在吊装钢梁。", false)]
    public void OpensWithCredit(string paragraph, bool expected) => Assert.Equal(expected, SourceTagRule.OpensWithCredit(paragraph));

    [Fact]
    public void Assemble_HeadlineOverParagraphUnderPaperNameCredit_StartsTheSecondReport()
    {
        var issue = TextPage.Assemble(
            "滨江县全年新增就业岗位逾万个",
            "本报讯（通讯员 马骁）2025年，滨江县把稳就业作为民生头等大事，全年城镇新增就业10360人。",
            "抓培训，技能人才加快成长。全县开展职业技能培训86期，培训人数达4200人次。",
            "江心洲湿地公园二期工程开工",
            "3月18日上午，江心洲湿地公园二期工程在沙洲片区开工。",
            "二期工程总投资约2.6亿元，建成后将新增湿地面积近千亩。",
            "滨江日报（记者 周晓岚 通讯员 马骁）");

        Assert.Equal(2, issue.Articles.Count);
        Assert.Empty(issue.Articles[0].Subheadings);
        Assert.Equal("江心洲湿地公园二期工程开工", issue.Articles[1].Headline);
    }

    [Fact]
    public void Assemble_HeadlineOverBracketedReportersOpener_StartsAnArticle()
    {
        var issue = TextPage.Assemble(
            "老旧小区装上了电梯",
            "家住南门街道的王阿婆今年82岁，过去下一趟楼要歇三回。",
            "如今电梯装好了，她每天都下楼晒太阳。",
            "城东新区首座人行天桥合龙",
            "（记者唐敏 罗小军摄影报道）5月8日，城东新区首座人行天桥顺利合龙，预计6月底通行。",
            "天桥全长126米，设有无障碍电梯两部。");

        Assert.Equal(2, issue.Articles.Count);
        Assert.Empty(issue.Articles[0].Subheadings);
        Assert.Equal("城东新区首座人行天桥合龙", issue.Articles[1].Headline);
        Assert.Equal("headline-over-credit-opener", issue.Articles[1].StartedBy);
    }

    [Fact]
    public void Assemble_SubheadingsOverPlainParagraphs_StayInTheArticle()
    {
        var issue = TextPage.Assemble(
            "外地游客点赞山城",
            "（记者 龚小川）春节假期，来自哈尔滨的游客陈女士一家在山城住了五天。",
            "出行方便",
            "“地铁换乘标识清楚，问路时总有人热心指点。”陈女士说。",
            "吃得放心",
            "“小吃街明码标价，分量也足。”陈女士的丈夫说。");

        Assert.Single(issue.Articles);
        Assert.Equal(["出行方便", "吃得放心"], issue.Articles[0].Subheadings);
    }

    [Fact]
    public void Assemble_HeadlineOverCaptionAndSiteReportersOpener_StartsAnArticle()
    {
        var issue = TextPage.Assemble(
            "城东新区首座人行天桥合龙",
            "（记者唐敏 罗小军摄影报道）5月8日，城东新区首座人行天桥顺利合龙，预计6月底通行。",
            "天桥全长126米，设有无障碍电梯两部。",
            "游客夫妇：江城的夜景真美",
            "张建国刘美华夫妇。受访者供图",
            "【江城网记者探访】3月2日，来自沈阳的张建国夫妇在江边步道散步。",
            "“江城人热情，问路总有人耐心指点。”张建国说。");

        Assert.Equal(2, issue.Articles.Count);
        Assert.Equal("游客夫妇：江城的夜景真美", issue.Articles[1].Headline);
        Assert.Empty(issue.Articles[0].Subheadings);
    }
}
