using WeiduEtl.Parsing.Layout.Rules;
using WeiduEtl.Parsing.Lexicon;

namespace WeiduEtl.Tests.Parsing.Text;

/// <summary>
/// A help desk's readers' questions with the answers of the bodies asked, each under its own title, and a reporter's
/// credit set after an item's last sentence with a wide space and no brackets. Made-up lines in the styles of a city
/// evening paper's hotline page, a county paper's 问政 column and a metro daily's 民生 page.
/// </summary>
public sealed class LetterAndReplyTests
{
    [Theory]
    [InlineData("小区东门的路灯已全部修复。  记者 王晓东", 1)]
    [InlineData("该路段将于月底前恢复通行。\u3000本报记者 李青 通讯员 张明", 2)]
    [InlineData("“下周就能用上热水了。”  见习记者 周一帆", 1)]
    public void SplitTrailing_UnbracketedCreditAfterAWideSpace_IsTheItemsCreditKeptAsPrinted(string paragraph, int people)
    {
        var split = SourceTagRule.SplitTrailing(paragraph, PressLexicon.BuiltIn);

        Assert.NotNull(split);
        Assert.Equal(paragraph, split.Value.Paragraph);
        Assert.Equal(TrailingNoteKind.Credits, split.Value.Note.Kind);
        Assert.Equal(people, split.Value.Note.Contributors.Count);
    }

    [Theory]
    [InlineData("工人们正在抢修管道。记者走访发现")]
    [InlineData("市民在新建的口袋公园里健身。 记者 赵明摄")]
    [InlineData("问题已经解决。 记者了解到，该项目明年开工")]
    public void SplitTrailing_SentenceOrPictureCredit_IsNoClosingCredit(string paragraph) =>
        Assert.Null(SourceTagRule.SplitTrailing(paragraph, PressLexicon.BuiltIn));

    [Theory]
    [InlineData("市民张女士来电反映：她家楼下的烧烤店油烟很大，晚上吵得睡不着。", "区城管局回复：执法队员已到现场核查，责令店主安装油烟净化设备。")]
    [InlineData("网友“西城老王”留言：学校门口早晚高峰拥堵，希望增派交警疏导。", "市公安局交警支队：已在该路段增设护学岗，上下学时段安排警力值守。")]
    [InlineData("读者刘先生致电本报咨询：新办的社保卡多久能拿到？", "市人社局答复：窗口办理一般十个工作日内寄出。")]
    public void IsQueryAndReply_ReadersQuestionThenABodysAnswer_IsAPair(string query, string reply) =>
        Assert.True(LetterAndReplyRule.IsQueryAndReply(query, reply));

    [Theory]
    [InlineData("记者在现场看到，烧烤店门前摆满了桌椅。", "区城管局回复：执法队员已到现场核查。")]
    [InlineData("市民张女士来电反映：她家楼下的烧烤店油烟很大。", "“我们已经联系了店主。”执法队员说。")]
    [InlineData("据市民反映，这一带的路灯坏了很久，晚上出行很不方便。", "记者随后联系了街道办：工作人员说正在处理。")]
    public void IsQueryAndReply_ReportOrQuotedAnswer_IsNoPair(string query, string reply) =>
        Assert.False(LetterAndReplyRule.IsQueryAndReply(query, reply));

    [Fact]
    public void Assemble_LettersWithRepliesAfterAReportWithSubheadings_EachIsAnItemClosedByItsCredit()
    {
        var issue = TextPage.Assemble(
            "老旧小区停车难引发热议",
            "车位少了车多了，夜里回家绕三圈",
            "本报记者 郑一鸣/文 何川/图",
            "本报前日报道老旧小区停车难后，不少读者打来电话。记者走访了城东多个小区。",
            "占道停车成常态",
            "晚上九点以后，小区主干道两侧停满了车，消防通道也被堵住。",
            "物业管理跟不上",
            "不少小区没有物业，停车全靠自觉。",
            "楼道堆物该清理了",
            "市民孙先生来电反映：他家所在的单元楼道里堆满杂物，存在消防隐患。",
            "东湖街道办事处回复：街道已组织社区人员上门劝导，杂物将于本周内清理完毕。 记者 冯晓",
            "小区健身器材坏了没人修",
            "市民钱女士致电本报反映：小区里的健身器材坏了大半年，一直没人维修。",
            "南苑社区：社区已联系厂家，下周上门维修。 记者 冯晓");

        Assert.Equal(3, issue.Articles.Count);
        Assert.Equal("楼道堆物该清理了", issue.Articles[1].Headline);
        Assert.Equal(2, issue.Articles[1].Paragraphs.Count);
        Assert.Equal("小区健身器材坏了没人修", issue.Articles[2].Headline);
        Assert.Equal(2, issue.Articles[2].Paragraphs.Count);
        Assert.Contains(issue.Articles[2].Contributors, c => c.Name == "冯晓");
        Assert.DoesNotContain("楼道堆物该清理了", issue.Articles[0].Subheadings);
    }

    [Fact]
    public void Assemble_CitizensComplaintInsideAReport_StaysUnderItsSubheading()
    {
        var issue = TextPage.Assemble(
            "老旧小区停车难引发热议",
            "本报记者 郑一鸣",
            "本报前日报道老旧小区停车难后，不少读者打来电话。",
            "占道停车成常态",
            "市民孙先生来电反映：晚上九点以后，小区主干道两侧停满了车。",
            "记者随后来到小区，看到消防通道也被堵住。");

        Assert.Single(issue.Articles);
    }
}
